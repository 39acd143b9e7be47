import { describe, expect, it } from 'vitest';
import { clip, normalizeText } from '../../../detectors/snapshot/normalize';

describe('normalizeText', () => {
  it.each([
    ['full-width digits and punctuation', '９９，８００円', '99,800円'],
    ['full-width latin', 'ＩＰアドレス', 'IPアドレス'],
    ['yen sign', '￥150,000', '¥150,000'],
    ['zero-width space', '登\u200b録\u200c完\u200d了\ufeff', '登録完了'],
    ['soft hyphen', '登\u00ad録', '登録'],
    ['katakana long vowel between digits', '１８６ー０３ー５５４４ー７８１０', '186-03-5544-7810'],
    ['minus and en dash between digits', '03−1234–5678', '03-1234-5678'],
    ['a thin or hair space inside a Japanese word (red team 14)', 'ウイ\u2009ルスに感染、不正\u200Aアクセス', 'ウイルスに感染、不正アクセス'],
    ['a thin space between Latin words stays a space', 'Windows\u2009Defender', 'Windows Defender'],
    ['wave dashes between digits (red team 13)', '0120～986～142 / 03〜6280〜2741', '0120-986-142 / 03-6280-2741'],
    ['long vowel in words stays', 'インストール', 'インストール'],
    ['half-width katakana', 'ｲﾝｽﾄｰﾙ', 'インストール'],
    ['collapsed whitespace', '  a \t  b  ', 'a b'],
    ['ideographic space kept as a separator', '79,000円\u3000お支払期限', '79,000円 お支払期限'],
    ['source line break between Japanese joins', '会員登録が\n   完了しました', '会員登録が完了しました'],
    ['source line break between words is a space', 'Windows\n  Defender', 'Windows Defender'],
    ['letter-spaced kanji', '登 録 完 了', '登録完了'],
    ['circled digits', '①', '1'],
    ['Cyrillic look-alikes inside a Latin word', 'ご利用端末 іРhоnе', 'ご利用端末 iPhone'],
    ['a word only of look-alike capitals', 'ІР アドレス', 'IP アドレス'],
    ['Kangxi radicals drawn as kanji (red team 16)', '解決⼿数料 ご⼊会 お⼼当たり 050⼀5840⼀2213', '解決手数料 ご入会 お心当たり 050-5840-2213'],
    ['Cherokee and Lisu capitals inside a Latin word (red team 16)', 'ᏢayPay ID ᏞINE Ꮐoogle ꓮmazon', 'PayPay ID LINE Google Amazon'],
    ['kanji drawn like katakana inside katakana words (red team 16)', 'ブ口ック クレジッ卜力一ド パスワ一ド ギフ卜カード', 'ブロック クレジットカード パスワード ギフトカード'],
    ['the same kanji at a katakana word\'s edge stay kanji', 'アメリカ口座 メール一通 カード一枚 一二三 サポートへ連絡', 'アメリカ口座 メール一通 カード一枚 一二三 サポートへ連絡'],
    ['Russian text stays Russian', 'Москва', 'Москва'],
    ['Greek letters in a formula stay', 'α線とβ線', 'α線とβ線'],
    ['old kanji forms', '會員登錄 九萬九千圓', '会員登録 九万九千円'],
    ['kanji zero among digits', '186-〇3-〇628 2〇3.〇.113.177', '186-03-0628 203.0.113.177'],
    ['kanji zero among kanji numerals stays', '二〇二四年', '二〇二四年'],
    // Red team 9: stored backwards, drawn forwards by a right-to-left override.
    ['text under a right-to-left override, as drawn', 'これ全部\u202Eすまきまらばにトンウカアの親\u202C。', 'これ全部親のアカウントにばらまきます。'],
    ['an override to the end of the text', '\u202E0054-6415-50', '05-5146-4500'],
    ['box-drawing lines between digits', '0120─847─293', '0120-847-293'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  // Red team 12: a <br> inside a phrase or a value is one phrase over two lines for the visitor.
  it.each([
    ['inside a phrase', 'トロイの木馬に\uE000感染しています', 'トロイの木馬に感染しています'],
    ['inside a verb', '家族に送り\uE000つけるね', '家族に送りつけるね'],
    ['inside a number', '03-6412-\uE0000093', '03-6412-0093'],
    ['before a number\'s dash', '03-6412\uE000-0093', '03-6412-0093'],
    ['after a label\'s colon', 'LINE ID:\uE000pay_desk77', 'LINE ID:pay_desk77'],
    ['around a mail address\'s @', 'info@\uE000example.jp', 'info@example.jp'],
    ['after 普通', '普通\uE0004417926', '普通4417926'],
  ])('joins a <br> %s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['after a sentence', 'ウイルスを検出しました\uE000今すぐ電話', 'ウイルスを検出しました\n今すぐ電話'],
    ['between two numbers', '03-6412-0093\uE000090-1111-2222', '03-6412-0093\n090-1111-2222'],
    ['between a name and a number', '株式会社ABC\uE00003-1234-5678', '株式会社ABC\n03-1234-5678'],
  ])('keeps a <br> %s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('turns the <br> marker into a line break', () => {
    expect(normalizeText('a\uE000 \uE000b')).toBe('a\nb');
  });

  it('clips long values with an ellipsis', () => {
    expect(clip('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(clip(' short\nvalue ', 20)).toBe('short value');
  });
});
