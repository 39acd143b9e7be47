import { describe, expect, it } from 'vitest';
import detector from '../../detectors/scareware';
import { detect, keys } from '../helpers/page';

describe('scareware', () => {
  it.each([
    ['infection and a number', '<h2>⚠ ウイルスに感染しています</h2><p>今すぐサポート窓口に電話してください：050-5840-2213</p>'],
    ['trojan and support', '<p>検出された脅威: トロイの木馬スパイウェア</p><p>Windows サポートに問い合わせる</p>'],
    ['English kit text', '<h1>Your computer is infected</h1><p>Call Microsoft Support now</p>'],
    ['ransom', '<p>あなたのデバイスはランサムウェアに感染しました。</p><p>復号化には100,000円の振り込みが必要です。</p>'],
    ['full-width and split', '<h2>ウイルスに<span>感染</span>しています</h2><p>サポートへお電話ください ０５０－５８４０－２２１３</p>'],
  ])('fires at full strength on %s', (_, html) => {
    const finding = detect(detector, html);
    expect(finding!.strength).toBe(1);
    expect(keys(finding)).toContain('virusClaim');
  });

  it('rates a bare warning without a call to action lower', () => {
    const finding = detect(detector, '<p>ウイルスが検出されました</p>');
    expect(finding!.strength).toBeLessThan(0.5);
  });

  it.each([
    ['a quoted warning', '<blockquote>ウイルスに感染しています。今すぐサポートにお電話ください 050-1234-5678</blockquote>'],
    ['an antivirus product page', '<h1>ウイルス対策ソフト</h1><p>最新の脅威からパソコンを守ります</p>'],
    ['a hidden decoy', '<div style="display:none">トロイの木馬</div><p>ようこそ</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(detect(detector, html)).toBeNull();
  });
});

describe('scareware with alarming behaviour', () => {
  it('rates a single claim higher when the page forces full screen or sounds an alarm by itself', async () => {
    const { pageOf, runtime } = await import('../helpers/page');
    const quiet = detector.detect(pageOf('<p>ウイルスが検出されました</p>'))!;
    const loud = detector.detect(pageOf('<p>ウイルスが検出されました</p>', { behaviour: [runtime('fullscreen', false)] }))!;
    expect(loud.strength).toBeGreaterThan(quiet.strength);
    const afterClick = detector.detect(pageOf('<p>ウイルスが検出されました</p>', { behaviour: [runtime('fullscreen', true)] }))!;
    expect(afterClick.strength).toBe(quiet.strength);
  });
});
