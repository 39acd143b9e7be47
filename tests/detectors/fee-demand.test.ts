import { describe, expect, it } from 'vitest';
import detector from '../../detectors/fee-demand';
import { testDetector } from '../helpers/detector-tester';
import { detect, keys } from '../helpers/page';

testDetector(detector, {
  fires: [
    { name: 'usage fee', html: '<p>ご利用料金：79,000円</p>', reports: '79,000円' },
    { name: 'full-width digits', html: '<p>ご利用料金：９９，８００円</p>', reports: '99,800円' },
    { name: 'yen sign', html: '<p>ご請求額 ￥150,000</p>', reports: '¥150,000' },
    { name: 'man-en', html: '<p>入会金 9万9800円 をお支払いください</p>', reports: '9万9800円' },
    { name: 'kanji numerals', html: '<p>年会費 十五万円</p>', reports: '十五万円' },
    { name: 'split digits', html: '<p>ご利用料金：<b>9</b><span>8,000</span>円</p>', reports: '98,000円' },
    { name: 'zero-width inside the number', html: '<p>ご請求金額：98&#8203;,000円</p>', reports: '98,000円' },
    { name: 'late payment', html: '<p>未納金額：180,000円（延滞金含む）</p>', reports: '180,000円' },
  ],
  silent: [
    { name: 'a price list', html: '<p>4Kテレビ <s>128,000円</s> → 89,800円</p>' },
    { name: 'a price with no payment words', html: '<p>おまかせコース 22,000円（税込）</p>' },
    { name: 'a tiny amount', html: '<p>お支払い手数料：110円</p>' },
    { name: 'a quotation', html: '<blockquote><p>ご利用料金 99,000円をお支払いください</p></blockquote>' },
    { name: 'a hidden decoy', html: '<p style="display:none">ご利用料金：99,000円</p>' },
    { name: 'no amount', html: '<p>料金についてはお問い合わせください</p>' },
  ],
});

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
