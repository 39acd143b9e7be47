import { describe, expect, it } from 'vitest';
import detector from '../../detectors/caller-id-186';
import { detect, keys, values } from '../helpers/page';

describe('caller-id-186', () => {
  it.each([
    ['a written 186 prefix', '<p>186-03-6412-0093</p>', '186-03-6412-0093'],
    ['full-width digits and long-vowel dashes', '<p>お問合せ：１８６ー０３ー５５４４ー７８１０</p>', '186-03-5544-7810'],
    ['a tel: link that dials 186', '<a href="tel:18603-4580-2291">03-4580-2291</a>', 'tel:18603-4580-2291'],
    ['a tel: link without dashes', '<a href="tel:18605031119982">050-3111-9982</a>', 'tel:18605031119982'],
    ['zero-width characters inside', '<p>186&#8203;-050-3183-7720</p>', '186-050-3183-7720'],
    ['a +81 tel link with 186 before it', '<a href="tel:186%2B81-3-1234-5678">電話</a>', 'tel:186+81-3-1234-5678'],
  ])('fires on %s', (_, html, expected) => {
    const finding = detect(detector, html);
    expect(finding).not.toBeNull();
    expect(finding!.strength).toBe(1);
    expect(values(finding).join(' ')).toContain(expected);
  });

  it.each([
    ['番号通知', '<p>お問い合わせは番号通知（186）でお願いします：06-6110-3382</p>'],
    ['非通知不可', '<p class="t">03-6412-0093</p><p>※非通知ではつながりません</p>'],
  ])('fires on a spoken cue (%s) next to a number', (_, html) => {
    const finding = detect(detector, html);
    expect(keys(finding)).toContain('noAnonymousCalls');
  });

  it.each([
    ['a cue with no number', '<p>「186をつけて電話してください」と書かれていることが多い</p>'],
    ['a number with no cue', '<p>お問い合わせ 0120-831-004</p>'],
    ['an amount that starts with 186', '<p>ご請求 186,000円 電話 03-1234-5678</p>'],
    ['a quoted number', '<blockquote>お問合せ：186-03-5544-7810</blockquote>'],
    ['a number hidden from view', '<p aria-hidden="true" style="display:none">186-03-5544-7810</p>'],
    ['a 184 prefix (it hides the number)', '<p>184-03-5544-7810</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(detect(detector, html)).toBeNull();
  });
});
