import { describe, expect, it } from 'vitest';
import detector from '../../detectors/fee-demand';
import { testDetector } from '../helpers/detector-tester';
import { detect, keys } from '../helpers/page';

testDetector(detector);

describe('fee-demand', () => {
  it('adds the bank account when the page gives one', () => {
    const finding = detect(detector, '<p>ご利用料金：198,000円</p><p>振込先：DTB銀行 常滑支店 普通 01478962</p>');
    expect(keys(finding)).toContain('bankAccount');
    expect(finding!.strength).toBe(1);
  });

  it('rates small amounts lower', () => {
    expect(detect(detector, '<p>お支払い金額：3,000円</p>')!.strength).toBeLessThan(1);
  });
});
