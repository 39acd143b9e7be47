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
    // 法務事務所 is a name anyone may take (red team 11).
    expect(detect(detector, `<h1>架空請求被害相談センター（みらい法務事務所）</h1><p>請求を止めます。</p>${fee}`)!.strength).toBe(1);
  });

  it('is weak where the page names the service as someone else\'s, and never reads the real centres as one', () => {
    const fee = '<p>着手金として29,800円を支払うよう求めた。</p><p>請求を止めますと告げた。</p>';
    expect(detect(detector, `<p>『ネット請求トラブル解決センター』と称する事業者に注意してください。</p><table><tr><th>名称</th><td>ネット請求トラブル解決センター</td></tr></table>${fee}`)!.strength).toBeLessThan(0.4);
    expect(detect(detector, `<p>お近くの消費生活センターにご相談ください。</p>${fee}`)).toBeNull();
  });

  it("takes a note about imitators under the page's own name in its headline for the service's disclaimer (red team 9)", () => {
    const page = '<h1>ネット被害解決支援センター</h1><p>専門スタッフが業者と交渉し、請求を止めます。</p><p>解決手数料 29,800円</p><p>※「ネット被害解決支援センター」をかたる偽サイトにご注意ください。</p>';
    expect(detect(detector, page)!.strength).toBe(1);
  });
});
