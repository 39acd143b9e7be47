import { describe, expect, it } from 'vitest';
import detector from '../../detectors/completion-claim';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector);

describe('completion-claim', () => {
  it('is strongest when the claim is prominent', () => {
    const heading = detect(detector, '<h1>会員登録が完了しました</h1>')!;
    const buried = detect(detector, `<p>${'ご案内です。'.repeat(10)}会員登録が完了しましたのでご案内いたします。${'詳細です。'.repeat(10)}</p>`)!;
    expect(heading.strength).toBe(1);
    expect(buried.strength).toBeLessThan(heading.strength);
  });

  it('weakens a claim that is only quoted', () => {
    const quoted = detect(detector, '<p>突然「登録完了」と表示される被害が増えています。</p>')!;
    expect(quoted.strength).toBeLessThan(0.5);
  });
});
