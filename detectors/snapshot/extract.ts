// Derived views computed once per block of normalised text: phone numbers, yen amounts, IP addresses,
// labelled IDs, deadlines and written contact channels. Several detectors read each of them.
import type { Amount, Contact, Deadline, Ip, LabelledId, Phone } from './schema';
import { LIMITS } from './limits';
import { clip } from './normalize';
import { PAYMENT_WORDS_LIST, wordsPattern } from '../vocabulary';

export interface Extracted {
  phones: Phone[];
  amounts: Amount[];
  ips: Ip[];
  ids: LabelledId[];
  deadlines: Deadline[];
  contacts: Contact[];
}

const value = (s: string) => clip(s, LIMITS.valueChars);

function push<T>(list: T[], item: T): boolean {
  if (list.length >= LIMITS.items) return false;
  list.push(item);
  return true;
}

// Items that a bill is made of: an amount beside payment words, a number beside contact words. A page full of
// prices or numbers (a shop, a directory, or padding written to fill our lists) must not push them out.
const BILLING_LINE = wordsPattern(PAYMENT_WORDS_LIST);
const CONTACT_LINE = /電話|連絡|TEL|Tel|tel|退会|解約|誤|186|問い?合わせ|窓口|サポート/;
const unimportant = new WeakSet<object>();

/** Like push, but an important item takes the place of the latest unimportant one when the list is full. */
function pushRanked<T extends object>(list: T[], item: T, important: boolean): boolean {
  if (list.length < LIMITS.items) {
    if (!important) unimportant.add(item);
    list.push(item);
    return true;
  }
  if (!important) return false;
  for (let i = list.length - 1; i >= 0; i--) {
    if (!unimportant.has(list[i]!)) continue;
    list.splice(i, 1);
    list.push(item);
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- phone numbers

// A run that may be a phone number: digits with dashes, spaces or brackets, optionally +81.
const PHONE_RUN = /(?<![\w.,\-+])(?:\+81[- ]?)?\(?\d[\d\- ()]{7,20}\d(?![\d,]|\.\d)/g;
// Dots for dashes (050.3185.6624, 03・6427・9158), as some pages write numbers: groups of a number's shape only
// (not a version or an address of four parts), one kind of dot throughout.
const PHONE_DOTTED = /(?<![\w.,\-+・])(?:\+81[. ]?)?0\d{1,4}([.・])\d{1,4}\1\d{3,4}(?![\d,]|[.・]\d)/g;

/** Splits the digits of a written or dialled number into its caller-ID prefix and the national number. */
export function parsePhoneDigits(raw: string): { prefix: Phone['prefix']; digits: string } | null {
  let rest = raw.trim();
  let prefix: Phone['prefix'] = '';
  const written = /^(18[46])[- ]?(?=[+(0])/.exec(rest);
  if (written) {
    prefix = written[1] as Phone['prefix'];
    rest = rest.slice(written[0].length);
  }
  let d = rest.replace(/\D/g, '');
  if (rest.startsWith('+81')) d = `0${d.slice(2)}`;
  if (!prefix && (d.startsWith('186') || d.startsWith('184')) && d[3] === '0') {
    prefix = d.slice(0, 3) as Phone['prefix'];
    d = d.slice(3);
  }
  if (!isNationalNumber(d)) return null;
  return { prefix, digits: d };
}

function isNationalNumber(d: string): boolean {
  if (d[0] !== '0' || d[1] === '0') return false;
  if (d.length === 11) return /^0[5789]0/.test(d); // 050/070/080/090 and 0800
  return d.length === 10 && !/^0[789]0/.test(d);
}

function extractPhones(text: string, block: number, out: Phone[]): void {
  if (!/\d{2}/.test(text)) return;
  const important = CONTACT_LINE.test(text);
  for (const m of /[.・]/.test(text) ? [...text.matchAll(PHONE_RUN), ...text.matchAll(PHONE_DOTTED)] : text.matchAll(PHONE_RUN)) {
    // A run may hold two numbers separated by a space ("03-1234-5678 090-1234-5678"): try its parts too.
    const parts = parsePhoneDigits(m[0]) ? [m[0]] : m[0].split(/ +/);
    for (const part of parts) {
      const parsed = parsePhoneDigits(part);
      if (!parsed) continue;
      if (!pushRanked(out, { display: value(part.trim()), ...parsed, tel: false, block }, important)) return;
    }
  }
}

// A number drawn over side-by-side boxes (flex or grid items, cells) reads whole to the visitor and is split into
// blocks for us: 「03-6412-」「0093」. The start of a number left open at the end of one block, joined with the digits
// that open the next ones.
const PHONE_OPEN = /(?<![\w.,\-+])((?:18[46][- ]?)?(?:\+81[- ]?|\(?0)[\d\-() ]{0,12})$/;
const PHONE_CONTINUED = /^[\d\-() ]{1,14}/;
const MAX_PHONE_DIGITS = 11;

const nationalDigits = (run: string): number => run.replace(/^18[46][- ]?/, '').replace(/\D/g, '').length;

/**
 * Reads a number split between the block before (`open`, what it left unfinished) and this one; returns what this
 * block leaves unfinished for the next.
 */
export function extractSplitPhone(open: string, text: string, block: number, out: Phone[]): string {
  const trimmed = text.trim();
  if (open) {
    const head = PHONE_CONTINUED.exec(trimmed)?.[0] ?? '';
    if (/^\d/.test(head) || /^-\d/.test(head)) {
      const joined = open + head.trimEnd();
      const parsed = parsePhoneDigits(joined);
      // Only a number neither part makes alone (the block's own numbers are read already).
      if (parsed && !parsePhoneDigits(head)) {
        pushRanked(out, { display: value(joined), ...parsed, tel: false, block }, true);
        return '';
      }
      if (head === trimmed && nationalDigits(joined) < MAX_PHONE_DIGITS) return joined;
    }
  }
  const tail = PHONE_OPEN.exec(trimmed)?.[1];
  if (!tail) return '';
  const digits = nationalDigits(tail);
  return digits >= 2 && digits < 10 && !parsePhoneDigits(tail) ? tail : '';
}

// ---------------------------------------------------------------- yen amounts

const KANJI_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '壱': 1, '二': 2, '弐': 2, '三': 3, '参': 3, '四': 4, '五': 5, '六': 6, '七': 7,
  '八': 8, '九': 9,
};
const SMALL_UNITS: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '千': 1000 };
const BIG_UNITS: Record<string, number> = { '万': 10_000, '億': 100_000_000 };

/** Reads "99,800", "9万9800", "9万9千", "十五万", "100 万" as a number; NaN when it is not one. */
export function parseJapaneseNumber(raw: string): number {
  const s = raw.replace(/[,\s]/g, '');
  if (s === '') return NaN;
  let total = 0;
  let section = 0;
  let current: number | null = null;
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') current = (current ?? 0) * 10 + (ch.charCodeAt(0) - 48);
    else if (ch in KANJI_DIGITS) current = (current ?? 0) * 10 + KANJI_DIGITS[ch]!;
    else if (ch in SMALL_UNITS) {
      section += (current ?? 1) * SMALL_UNITS[ch]!;
      current = null;
    } else if (ch in BIG_UNITS) {
      section += current ?? 0;
      total += (section || 1) * BIG_UNITS[ch]!;
      section = 0;
      current = null;
    } else return NaN;
  }
  return total + section + (current ?? 0);
}

const YEN_SUFFIX = /((?:[\d〇零一壱二弐三参四五六七八九十拾百千万億][\d,〇零一壱二弐三参四五六七八九十拾百千万億 ]{0,18})?[\d〇零一壱二弐三参四五六七八九十拾百千万億]) ?円/g;
const YEN_PREFIX = /[¥\\] ?(\d[\d,]{0,14})(?![\d,])/g;
// 98000yen, 98,000 YEN: how kits write amounts to slip past a search for 円.
const YEN_WORD = /(?<![\d,])(\d[\d,]{0,14}) ?(?:yen|YEN|Yen)(?![A-Za-z])/g;
// 「示談金は80万」「削除費用 30万で」: a sum in 万 with no 円, after the name of what is paid (not 80万人, 80万回).
const YEN_NAMED = /(?<=(?:示談金|慰謝料|解決金|和解金|違約金|賠償金|口止め料|費用|料金|金額|代金)(?:は|を|として|が)?[:：]? ?)(\d{1,4} ?万)(?![\d人回件個台本部枚年点字円])/g;
// 98.000円, ¥98.000-: dots as thousands separators (groups of three digits), read as commas.
const DOT_THOUSANDS = /(\d)\.(?=\d{3}(?!\d))/g;

function extractAmounts(raw: string, block: number, out: Amount[]): void {
  if (!/[円¥\\万]|yen/i.test(raw)) return;
  // Same length as raw (a dot becomes a comma), so match positions hold for both.
  const text = raw.includes('.') ? raw.replace(DOT_THOUSANDS, '$1,') : raw;
  const important = BILLING_LINE.test(raw);
  // "十円玉" and "一円" in prose are not bills, but the detectors judge amounts by size and context.
  for (const pattern of [YEN_SUFFIX, YEN_PREFIX, YEN_WORD, YEN_NAMED]) {
    for (const m of text.matchAll(pattern)) {
      const yen = parseJapaneseNumber(m[1]!);
      if (!Number.isFinite(yen) || yen <= 0) continue;
      if (!pushRanked(out, { yen, text: value(raw.slice(m.index, m.index + m[0].length)), block }, important)) return;
    }
  }
}

// ---------------------------------------------------------------- IP addresses

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d]|\\.\\d)`, 'g');
const IPV6 = /(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi;

function extractIps(text: string, block: number, out: Ip[]): void {
  if (/\d\.\d/.test(text)) {
    for (const m of text.matchAll(IPV4)) if (!push(out, { value: m[0], block })) return;
  }
  if (text.includes(':')) {
    for (const m of text.matchAll(IPV6)) {
      const v = m[0];
      // Clock times (12:30:45) also match the shape; a real IPv6 address has "::", many groups or hex letters.
      const groups = v.split(':').length;
      if (!(v.includes('::') || groups >= 6) || !/[a-f]|::/i.test(v)) continue;
      if (!push(out, { value: value(v), block })) return;
    }
  }
}

// ---------------------------------------------------------------- labelled IDs

// Labels that present a code as the visitor's own: お客様ID, 会員番号, 個体識別番号, 払込みID, Member ID (the kits' English)…
const ID_LABEL =
  /((?:お客様|お客さま|会員|登録|ユーザー?|利用者|契約者|ご?契約|端末|お?申込み?|受付|管理|払込み?|顧客|個体識別|固体識別|端末識別|製造|識別|認証|照会|整理|Member|MEMBER|User|USER|Customer|CUSTOMER)[ ]?(?:ID[ ]?番号|ID|番号|No\.?|NO\.?|コード))(?:[ ]?(?:は|:|=|#))?[ ]?["'「『]?([A-Za-z0-9][A-Za-z0-9_\-]{2,39})?/g;

function extractIds(text: string, block: number, out: LabelledId[]): void {
  if (!/ID|番号|No|NO|コード/.test(text)) return;
  for (const m of text.matchAll(ID_LABEL)) {
    if (!push(out, { label: value(m[1]!), value: value(m[2] ?? ''), block })) return;
  }
}

// ---------------------------------------------------------------- deadlines

const KANJI_COUNT = '[0-9〇一二三四五六七八九十]+';
const UNIT_SECONDS: Record<string, number> = { '日': 86_400, '営業日': 86_400, '時間': 3600, '分': 60, '秒': 1 };
// 「3日以内」 and its paraphrases: 「3日のうちに」「3日間のうちに」「48時間内に」.
const WITHIN = new RegExp(`(${KANJI_COUNT}) ?(営業日|日|時間|分) ?(?:間)?(?:以内|のうちに|内に)`, 'g');
const CLOCK = /(?:(?:残り|あと|まで|期限|リミット|timer)[^\d\n]{0,4})?(\d{1,3}):([0-5]\d):([0-5]\d)/gi;
const HMS = /(\d{1,3}) ?時間 ?(\d{1,2}) ?分(?: ?(\d{1,2}) ?秒)?/g;
const TODAY = /本日中|今日中|当日中|本日のうちに|今日のうちに|本日 ?\d{1,2}時まで|本日 ?\d{1,2}:\d{2}まで/g;
// 「明日12時まで」「今夜中に」: tomorrow's or tonight's clock, as a threatening chat sets it; 「取下げ最終期日 本通知到達
// 日の翌日」: the day after the notice.
const TOMORROW = /(?:明日|今夜|今晩)(?:中|のうちに|(?:の)? ?\d{1,2}時まで)|(?:期日|期限)[^\n\d]{0,12}?(?:到達|通知|受領|受信|発送)(?:日)?の翌(?:日|営業日)/g;
const DEADLINE_WORD = '(?:支払|払込|振込|振替|入金|納付|お?支払い|振り?込み|ご入金|返済|期限|期日|締切|締め切り)';
// A date written first, the payment after it: 「令和6年6月14日（金）15時までにお振込みください」.
const ERA_DATE = '(?:令和|R) ?\\d{1,2}年\\d{1,2}月\\d{1,2}日';
const DATED_FIRST = new RegExp(
  `(?:${ERA_DATE}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{1,2}月\\d{1,2}日)[^\\n]{0,16}?まで(?:に)?[^\\n]{0,10}?(?:${DEADLINE_WORD}|ご?入金|お?振込|ご?連絡|ご?対応)`,
  'g',
);
const DATED = new RegExp(
  `${DEADLINE_WORD}[^\\n]{0,8}?(?:期限|期日|まで)[^\\n\\d]{0,4}(\\d{4}[年/.\\-]\\d{1,2}[月/.\\-]\\d{1,2}日?|\\d{1,2}月\\d{1,2}日|\\d{1,2}/\\d{1,2})`,
  'g',
);
const EMPTY_LABEL = new RegExp(`${DEADLINE_WORD}[^\\n]{0,6}?(?:期限|期日)(?:まで|:)? ?(?:あと|残り)?[ :]*$`);

function extractDeadlines(text: string, block: number, out: Deadline[]): void {
  if (!/以内|うちに|内に|[:：]\d|時間|本日|今日|当日|期限|期日|明日|今夜|今晩|\d日/.test(text)) return;
  for (const m of text.matchAll(WITHIN)) {
    const n = parseJapaneseNumber(m[1]!);
    if (!push(out, { kind: 'within', text: value(m[0]), seconds: n * UNIT_SECONDS[m[2]!]!, block })) return;
  }
  for (const m of text.matchAll(CLOCK)) {
    const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    if (!push(out, { kind: 'timer', text: value(m[0].trim()), seconds, block })) return;
  }
  for (const m of text.matchAll(HMS)) {
    const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
    if (!push(out, { kind: 'timer', text: value(m[0]), seconds, block })) return;
  }
  for (const m of text.matchAll(TODAY)) {
    if (!push(out, { kind: 'today', text: value(m[0]), seconds: 86_400, block })) return;
  }
  for (const m of text.matchAll(TOMORROW)) {
    if (!push(out, { kind: 'within', text: value(m[0]), seconds: 2 * 86_400, block })) return;
  }
  for (const m of text.matchAll(DATED)) {
    if (!push(out, { kind: 'date', text: value(m[0]), seconds: 0, block })) return;
  }
  for (const m of text.matchAll(DATED_FIRST)) {
    if (!push(out, { kind: 'date', text: value(m[0]), seconds: 0, block })) return;
  }
  const label = EMPTY_LABEL.exec(text);
  if (label) push(out, { kind: 'label', text: value(label[0]), seconds: 0, block });
}

// ---------------------------------------------------------------- contacts written as text

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,}/g;
// An ID may stand in brackets that set it off (LINE ID：「@lovematch_cs」, 【heartlink_cs77】) or in a sentence
// (LINEのIDは heartlink_cs77).
const LINE_ID = /LINE ?(?:の ?)?[(（]? ?(?:ID|ID検索|@)? ?(?:は|を|[:=])? ?[「『"“(【\[〔]? ?(@?[A-Za-z0-9._-]{3,30})/g;
const CHAT_ID = /(?:カカオトーク|カカオ|KakaoTalk|Kakao|Telegram|テレグラム|WeChat|ウィーチャット|Signal) ?(?:の ?)?[(（]? ?(?:ID|アカウント)? ?(?:は|を|[:=])? ?[「『"“(【\[〔]? ?(@?[A-Za-z0-9._-]{3,30})/g;

function extractContacts(text: string, block: number, out: Contact[]): void {
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) if (!push(out, { kind: 'mail', value: value(m[0]), block })) return;
  }
  if (text.includes('LINE')) {
    for (const m of text.matchAll(LINE_ID)) {
      // "LINE ID" alone or an English word after it is not an ID.
      if (!/\d|@|_|\./.test(m[1]!) && !/^[a-z0-9]+$/.test(m[1]!)) continue;
      if (!push(out, { kind: 'line', value: value(m[1]!), block })) return;
    }
  }
  if (/カカオ|Kakao|Telegram|テレグラム|WeChat|ウィーチャット|Signal/.test(text)) {
    for (const m of text.matchAll(CHAT_ID)) {
      if (!/\d|@|_|\./.test(m[1]!) && !/^[a-z0-9]+$/.test(m[1]!)) continue;
      if (!push(out, { kind: 'chat', value: value(m[1]!), block })) return;
    }
  }
}

/** Runs every extractor on one normalised block. */
export function extractFromBlock(text: string, block: number, out: Extracted): void {
  extractPhones(text, block, out.phones);
  extractAmounts(text, block, out.amounts);
  extractIps(text, block, out.ips);
  extractIds(text, block, out.ids);
  extractDeadlines(text, block, out.deadlines);
  extractContacts(text, block, out.contacts);
}
