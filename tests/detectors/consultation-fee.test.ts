import { describe, expect, it } from 'vitest';
import detector from '../../detectors/consultation-fee';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector);

describe('consultation-fee', () => {
  it('is weaker for an office that names its licence, and without a promise', () => {
    const fee = '<p>解決手数料 29,800円</p>';
    expect(detect(detector, `<h1>架空請求被害相談センター</h1><p>請求を止めます。</p>${fee}`)!.strength).toBe(1);
    expect(detect(detector, `<h1>架空請求被害相談センター</h1>${fee}`)!.strength).toBeLessThan(1);
    expect(detect(detector, `<h1>架空請求被害相談センター（弁護士法人みどり法律事務所）</h1><p>請求を止めます。</p>${fee}`)!.strength).toBe(0.5);
  });
});
