// Text normalisation, done once per block so that every detector can match plain half-width text.
// Fraud pages write 「９９，８００円」, 「登&#8203;録完了」 or 「186ー03ー…」 precisely so that naive matching fails.

// Unicode's default-ignorable code points, which browsers draw as nothing: zero-width and formatting characters,
// soft hyphen, bidi controls, variation selectors, U+FFF0–FFFB (the interlinear annotation marks draw nothing in
// ordinary text), the blank braille pattern U+2800 (a blank, not a word); beyond the BMP (as surrogate pairs) the whole
// U+E0000–E0FFF block (tags, variation selectors and the unassigned rest), musical-symbol and shorthand controls;
// and the keycap frame U+20E3, drawn around a digit that stays (0️⃣ reads 0).
const INVISIBLE_SOURCE =
  '[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u20E3\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFFB\\u2800]|[\\uDB40-\\uDB43][\\uDC00-\\uDFFF]|\\uD834[\\uDD73-\\uDD7A]|\\uD82F[\\uDCA0-\\uDCA3]';
const INVISIBLE = new RegExp(INVISIBLE_SOURCE, 'g');
// Dash look-alikes that stand between digits of a phone number (after NFKC: hyphens, minus, katakana long vowel,
// the hyphen bullet ⁃, modifier minus ˗, heavy minus ➖, box-drawing lines ─ ━, the line extension ⎯, the kanji
// 一 (and the stroke ㇐) and the Hangul ㅡ drawn like a dash, the dots · ‧ ∙ some numbers are written with, and the wave dashes 〜 ～
// (～ is ~ after NFKC): 0120～986～142 is dialled like 0120-986-142).
const DASH_CHARS = '~\u301C\u00B7\u02D7\u2010-\u2015\u2027\u2043\u2212\u2219\u23AF\u2500\u2501\u2796\u2E3A\u2E3B\u30FC\u1173\u3161\u31D0\u4E00\uFE58\uFE63\uFF0D\uFF70-';
const DIGIT_DASH = new RegExp(`(\\d) ?[${DASH_CHARS}] ?(?=\\d)`, 'g');
// Japanese characters. A line break between two of them in the source is not a gap (browsers join such
// lines in Japanese text), while a typed space (often a full-width one) is a deliberate separator.
const CJK = '\\u3000-\\u303F\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
const SOFT = '\uE001';
const SOFT_BETWEEN_CJK = new RegExp(`([${CJK}])\\uE001(?=[${CJK}])`, 'g');
// A thin, hair or narrow space inside Japanese words (「ウイ\u2009ルス」) is a gap a reader hardly sees and reads across;
// Japanese text puts no spaces between words, so between two Japanese characters it joins them.
const THIN_BETWEEN_CJK = new RegExp(`([${CJK}])[\\u2005\\u2006\\u2009\\u200A\\u202F\\u205F]+(?=[${CJK}])`, 'g');
const HAS_THIN = /[\u2005\u2006\u2009\u200A\u202F\u205F]/;
// 「登 録 完 了」: single spaces between every character are letter-spacing meant to break matching.
const SPACED_OUT = new RegExp(`(?:[${CJK}] ){3,}[${CJK}]`, 'g');
const NON_ASCII = /[^\x00-\x7F]/;
// Characters NFKC changes (full-width and half-width forms, compatibility and enclosed characters, combining
// marks, odd spaces): most Japanese text has none, and NFKC on every block is the costliest step here.
// (\uD835 starts the mathematical letters and digits 𝟎–𝟿, which NFKC makes plain. The Kangxi radicals ⾦ ⼊ ⼿ ⼀
// and the CJK compatibility ideographs, \uD87E beyond the BMP, draw as the kanji 金 入 手 一 and NFKC makes them so:
// 「解決⼿数料」 is 解決手数料 to a reader, red team 16.)
const NEEDS_NFKC = /[\u00A0-\u00BF\u0300-\u036F\u2000-\u2BFF\u2F00-\u2FDF\u3000\u3099-\u309C\u3200-\u33FF\uF900-\uFAFF\uFB00-\uFB4F\uFE10-\uFE6F\uFF00-\uFFEF\uD835\uD87E]/;
const HAS_INVISIBLE = new RegExp(INVISIBLE_SOURCE);
const DASH_OR_SPACE = new RegExp(`[${DASH_CHARS}]| `);

// Look-alike letters: Cyrillic and Greek capitals and small letters drawn like Latin ones (іРhоnе for iPhone,
// Αmazon), replaced where they stand in a word with Latin letters; Russian or Greek text itself is left alone.
const CONFUSABLE: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ο: 'o', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  // Cherokee and Lisu capitals drawn like Latin ones (ᏢayPay, ᏞINE, Ꮐoogle: red team 16).
  Ꭺ: 'A', Ᏼ: 'B', Ꮯ: 'C', Ꭰ: 'D', Ꭼ: 'E', Ᏻ: 'G', Ꮐ: 'G', Ꮋ: 'H', Ꭻ: 'J', Ꮶ: 'K', Ꮮ: 'L', Ꮇ: 'M', Ꮲ: 'P', Ꭱ: 'R', Ꮪ: 'S',
  Ꭲ: 'T', Ꮩ: 'V', Ꮃ: 'W', Ꮓ: 'Z',
  ꓐ: 'B', ꓑ: 'P', ꓓ: 'D', ꓔ: 'T', ꓖ: 'G', ꓗ: 'K', ꓙ: 'J', ꓚ: 'C', ꓜ: 'Z', ꓝ: 'F', ꓟ: 'M', ꓠ: 'N', ꓡ: 'L', ꓢ: 'S',
  ꓣ: 'R', ꓦ: 'V', ꓧ: 'H', ꓪ: 'W', ꓫ: 'X', ꓬ: 'Y', ꓮ: 'A', ꓰ: 'E', ꓲ: 'I', ꓳ: 'O', ꓴ: 'U',
};
const CYRILLIC_OR_GREEK = /[\u0370-\u04FF\u0500-\u052F\u13A0-\u13F5\uA4D0-\uA4FF]/;
const LOOK_ALIKE_WORD = /[A-Za-z\u0370-\u04FF\u0500-\u052F\u13A0-\u13F5\uA4D0-\uA4FF]+/g;
const LOOK_ALIKE = /[\u0370-\u04FF\u0500-\u052F\u13A0-\u13F5\uA4D0-\uA4FF]/g;
/** A word mixing Latin and look-alike letters, or of look-alike capitals only (ІР), written in Latin. */
function latinLookAlike(word: string): string {
  const latin = word.replace(LOOK_ALIKE, (c) => CONFUSABLE[c] ?? c);
  const capitals = word.length >= 2 && word === word.toUpperCase() && !CYRILLIC_OR_GREEK.test(latin);
  return /[A-Za-z]/.test(word) || capitals ? latin : word;
}
// Old and variant kanji forms that read as today's (會員, 登錄, 圓, 拂込): a reader sees the same word.
const OLD_FORMS: Record<string, string> = {
  會: '会', 錄: '録', 圓: '円', 拂: '払', 證: '証', 號: '号', 價: '価', 賣: '売', 轉: '転', 濟: '済', 對: '対',
  續: '続', 條: '条', 惡: '悪', 數: '数', 發: '発', 圖: '図', 體: '体', 舊: '旧', 應: '応', 處: '処', 滯: '滞',
  擔: '担', 當: '当', 據: '拠', 檢: '検', 權: '権', 關: '関', 齡: '齢', 歲: '歳', 萬: '万', 圍: '囲', 絕: '絶', 遲: '遅', 樣: '様', 參: '参', 貳: '弐', 壹: '壱',
};
const OLD_FORM = new RegExp(`[${Object.keys(OLD_FORMS).join('')}]`, 'g');
// Kanji drawn like katakana, inside a katakana word: 「ブ口ック」「クレジッ卜力一ド」「パスワ一ド」 (red team 16). Read
// inside a run of katakana and look-alikes holding two katakana or more, not at its edges (アメリカ口座 keeps its 口座,
// メール一通 its 一); 卜, a kanji no Japanese word uses, at an edge too.
const KANA_LOOK_ALIKE: Record<string, string> = { 口: 'ロ', 力: 'カ', 工: 'エ', 一: 'ー', 八: 'ハ', 二: 'ニ', 夕: 'タ', 才: 'オ', 卜: 'ト' };
const KANA_RUN = /[\u30A1-\u30FA\u30FC口力工一八二夕才卜]{3,}/g;
const KATAKANA_LETTER = /[\u30A1-\u30FA]/g;
function katakanaRun(run: string): string {
  if ((run.match(KATAKANA_LETTER)?.length ?? 0) < 2) return run;
  const chars = [...run];
  return chars.map((c, i) => (KANA_LOOK_ALIKE[c] !== undefined && (c === '卜' || (i > 0 && i < chars.length - 1)) ? KANA_LOOK_ALIKE[c] : c)).join('');
}
const HAS_KANA_LOOK_ALIKE = /[口力工一八二夕才卜]/;

// 〇 (the kanji zero) standing for the digit 0 among Arabic digits: 2〇3.〇.113.177, 186-〇3-〇628.
const ZERO_MARK = /(?<=[0-9０-９][-.ー－]?〇*)〇|〇(?=〇*[-.ー－]?[0-9０-９])/g;

// An override to the right (U+202E) and what it governs: up to a pop (U+202C), another embedding or the end.
const RIGHT_TO_LEFT_OVERRIDE = /\u202E([^\u202A-\u202E\uE000\n]*)(?:\u202C|(?=[\u202A-\u202D\uE000\n])|$)/g;

// A <br> inside a phrase or a value (「ウイルスに<br>感染しています」「03-6412-<br>0093」「LINE ID：<br>abc」「普通<br>4417926」):
// the visitor reads one phrase over two lines. Joined where the line does not end a sentence (red team 12).
const KANA_KANJI = '\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF';
const BR_IN_PHRASE = new RegExp(`([${KANA_KANJI}]) ?\\uE000[ \\uE000]*(?=[${KANA_KANJI}])`, 'g');
const SENTENCE_END = /(?:ます|ました|です|でした|ません|ください|だ|よ|ね)$/;
const BR_IN_VALUE = /(\d-|[:@]|(?:普通|当座|番号|記号|No\.?) ?) ?\uE000[ \uE000]*(?=[\dA-Za-z@])|(\d) ?\uE000[ \uE000]*(?=-\d)| ?\uE000[ \uE000]*(?=@)/g;

function joinBrokenPhrases(s: string): string {
  const joined = s.replace(BR_IN_PHRASE, (whole, left: string, at: number) => (SENTENCE_END.test(s.slice(Math.max(0, at - 3), at + 1)) ? whole : left));
  return joined.replace(BR_IN_VALUE, (_, before?: string, digit?: string) => before ?? digit ?? '');
}

/** Stands for <br> in raw block text until normalisation turns it into "\n" (private use: pages never need it). */
/** The text without the characters that draw nothing (see INVISIBLE_SOURCE). */
export const dropInvisible = (s: string): string => (HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s);

export const LINE_BREAK = '\uE000';

/** NFKC, invisible characters removed, dashes between digits unified, whitespace collapsed, <br> as "\n". */
export function normalizeText(raw: string): string {
  let s = raw;
  const nonAscii = NON_ASCII.test(s);
  if (s.includes('\n')) s = s.replace(/[ \t\r]*\n[ \t\r\n]*/g, SOFT);
  if (nonAscii) {
    // A right-to-left override draws what follows it backwards, up to its pop (or the paragraph's end): the page
    // stores 「すまし散拡」 and the visitor reads 「拡散します」 (red team 9). Read it as drawn before the marks go.
    if (s.includes('\u202E')) s = s.replace(RIGHT_TO_LEFT_OVERRIDE, (_, inner: string) => [...inner].reverse().join(''));
    if (HAS_INVISIBLE.test(s)) s = s.replace(INVISIBLE, '');
    if (HAS_THIN.test(s)) s = s.replace(THIN_BETWEEN_CJK, '$1');
    if (NEEDS_NFKC.test(s)) s = s.normalize('NFKC');
    if (s.includes(SOFT)) s = s.replace(SOFT_BETWEEN_CJK, '$1');
    if (CYRILLIC_OR_GREEK.test(s)) s = s.replace(LOOK_ALIKE_WORD, latinLookAlike);
    OLD_FORM.lastIndex = 0;
    if (OLD_FORM.test(s)) s = s.replace(OLD_FORM, (c) => OLD_FORMS[c] ?? c);
    if (HAS_KANA_LOOK_ALIKE.test(s)) s = s.replace(KANA_RUN, katakanaRun);
  }
  if (s.includes('〇')) s = s.replace(ZERO_MARK, '0');
  s = s.replace(/[\s\uE001]+/g, ' ');
  if (s.includes(LINE_BREAK)) s = joinBrokenPhrases(s).replace(/ ?\uE000[ \uE000]*/g, '\n');
  s = s.trim();
  if (nonAscii && s.includes(' ')) s = s.replace(SPACED_OUT, (run) => run.replace(/ /g, ''));
  return DASH_OR_SPACE.test(s) ? s.replace(DIGIT_DASH, '$1-') : s;
}

const JAPANESE = /[\u3040-\u30FF\u4E00-\u9FFF]/;
export const hasJapanese = (s: string): boolean => JAPANESE.test(s);

/** Shortens a value for evidence: one line, at most `max` characters. */
export function clip(s: string, max: number): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
