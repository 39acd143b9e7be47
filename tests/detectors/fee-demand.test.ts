import { describe, expect, it } from 'vitest';
import detector from '../../detectors/fee-demand';
import { detect, keys, values } from '../helpers/page';

describe('fee-demand', () => {
  it.each([
    ['usage fee', '<p>ご利用料金：79,000円</p>', '79,000円'],
    ['full-width digits', '<p>ご利用料金：９９，８００円</p>', '99,800円'],
    ['yen sign', '<p>ご請求額 ￥150,000</p>', '¥150,000'],
    ['man-en', '<p>入会金 9万9800円 をお支払いください</p>', '9万9800円'],
    ['kanji numerals', '<p>年会費 十五万円</p>', '十五万円'],
    ['split digits', '<p>ご利用料金：<b>9</b><span>8,000</span>円</p>', '98,000円'],
    ['zero-width inside the number', '<p>ご請求金額：98&#8203;,000円</p>', '98,000円'],
    ['late payment', '<p>未納金額：180,000円（延滞金含む）</p>', '180,000円'],
  ])('fires on %s', (_, html, expected) => {
    const finding = detect(detector, html);
    expect(finding).not.toBeNull();
    expect(values(finding)).toContain(expected);
  });

  it('adds the bank account when the page gives one', () => {
    const finding = detect(detector, '<p>ご利用料金：198,000円</p><p>振込先：DTB銀行 常滑支店 普通 01478962</p>');
    expect(keys(finding)).toContain('bankAccount');
    expect(finding!.strength).toBe(1);
  });

  it('rates small amounts lower', () => {
    expect(detect(detector, '<p>お支払い金額：3,000円</p>')!.strength).toBeLessThan(1);
  });

  it.each([
    ['a price list', '<p>4Kテレビ <s>128,000円</s> → 89,800円</p>'],
    ['a price with no payment words', '<p>おまかせコース 22,000円（税込）</p>'],
    ['a tiny amount', '<p>お支払い手数料：110円</p>'],
    ['a quotation', '<blockquote><p>ご利用料金 99,000円をお支払いください</p></blockquote>'],
    ['a hidden decoy', '<p style="display:none">ご利用料金：99,000円</p>'],
    ['no amount', '<p>料金についてはお問い合わせください</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(detect(detector, html)).toBeNull();
  });
});
