// Small helpers the detectors share, so that each detector file holds only what is particular to its signal.
import type { Block, PageSnapshot } from './snapshot/schema';
import type { Evidence } from './define';
import { clip } from './snapshot/normalize';
import { PAYMENT_WORDS_LIST, wordsPattern } from './vocabulary';

export interface BlockMatch {
  block: Block;
  index: number;
  match: RegExpExecArray;
  /** Inside 「」『』“” in its block: the page is quoting these words, not saying them. */
  inQuotes: boolean;
}

export interface MatchOptions {
  /** A cheap test (literal words) that a block must pass before the full pattern runs on it. */
  needs?: RegExp;
  /** Also look inside blockquote/q/figure (default: no — a quotation is not the page's own claim). */
  quoted?: boolean;
  /** Also read text recovered from inline scripts (default: yes). */
  script?: boolean;
  /** Stop after this many matches (default 20). */
  limit?: number;
}

/** Every match of `pattern` (needs the g flag) over the page's blocks, in page order. */
export function matchBlocks(page: PageSnapshot, pattern: RegExp, options: MatchOptions = {}): BlockMatch[] {
  const { quoted = false, script = true, limit = 20, needs } = options;
  const found: BlockMatch[] = [];
  // Most pages do not contain the words at all: one test over the whole text ends the work for them.
  if (needs && !needs.test(pageText(page))) return found;
  for (let index = 0; index < page.blocks.length && found.length < limit; index++) {
    const block = page.blocks[index]!;
    if ((!quoted && block.quoted) || (!script && block.script)) continue;
    if (needs && !needs.test(block.text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(block.text); m && found.length < limit; m = pattern.exec(block.text)) {
      found.push({ block, index, match: m, inQuotes: insideQuotes(block.text, m.index) });
      if (m[0] === '') pattern.lastIndex++;
    }
  }
  return found;
}

const TEXTS = new WeakMap<PageSnapshot, string>();

/** All block text of the page as one string (computed once per snapshot), for page-wide quick tests. */
export function pageText(page: PageSnapshot): string {
  let text = TEXTS.get(page);
  if (text === undefined) {
    text = page.blocks.map((b) => b.text).join('\n');
    TEXTS.set(page, text);
  }
  return text;
}

const OPEN = '「『“〝';
const CLOSE = '」』”〟';

/** Whether position `at` of `text` sits inside Japanese quotation brackets. */
export function insideQuotes(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
  }
  return depth > 0;
}

// What may stand beside a value inside its brackets and leave them emphasis: a label (「TEL:」「ID：」), a space.
const BRACKET_LABEL_CHARS = 6;

/**
 * Whether the value at `at` (of `length` characters) sits inside a quotation rather than in brackets that only
 * set it off: 『0120-961-437』 or 「@lovematch_cs」 is the page's own channel, emphasised; 「03-1234-5678から電話が
 * ありました」 is someone's words.
 */
export function quotedPhrase(text: string, at: number, length: number): boolean {
  if (!insideQuotes(text, at)) return false;
  const open = enclosingBracket(text, at - 1, -1);
  const close = enclosingBracket(text, at + length, 1);
  const around = (text.slice(open + 1, at) + text.slice(at + length, close)).replace(/[\s:：]/g, '');
  return around.length > BRACKET_LABEL_CHARS;
}

/**
 * The bracket that encloses position `from`, looking back (`step` -1: an opening one, -1 when none) or ahead (1: a
 * closing one, the text's length when none); pairs met on the way are skipped.
 */
function enclosingBracket(text: string, from: number, step: -1 | 1): number {
  const [nested, enclosing] = step < 0 ? [CLOSE, OPEN] : [OPEN, CLOSE];
  for (let i = from, depth = 0; i >= 0 && i < text.length; i += step) {
    const ch = text[i]!;
    if (nested.includes(ch)) depth++;
    else if (enclosing.includes(ch)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return step < 0 ? -1 : text.length;
}

/** Whether block `a` and block `b` are within `distance` blocks of each other. */
export const near = (a: number, b: number, distance: number): boolean => Math.abs(a - b) <= distance;

/** A block that the page makes stand out: a heading, large or red text, or the short main line of a screen. */
export function isProminent(block: Block): boolean {
  return (block.heading > 0 && block.heading <= 3) || block.fontPx >= 20 || block.red || (block.text.length <= 30 && !block.link);
}

// A sentence that reports what a screen or a message said (「…」と表示され, …を請求されました, …という画面): the words
// in it are someone else's, told by a victim, a reporter or an adviser.
// 「本通知が届いた方専用」「請求された方へ」: a clause that says whom the page addresses, not what someone was shown.
const FOR_WHOM = '(?:方|お客様|皆様|皆さま|人|者|場合)';
const REPORTED = new RegExp(`(?:」|』)?(?:と|などと|のように|という|といった)(?:表示|書かれ|書いて|記載|言われ|脅され|請求され|要求され|届|出て|出ました|出る|の(?:画面|表示|メール|メッセージ))|(?:が|を|と)(?:表示され|請求され|要求され)(?:た|ました|て|る)(?!${FOR_WHOM})|請求された(?!${FOR_WHOM})|表示された(?!${FOR_WHOM})|届いた(?!${FOR_WHOM})|(?:たら|ところ)[^。！？\n]{0,20}(?:表示され|出て|出た|出まし|請求され)`);

/** Whether the sentence around position `at` reports what a screen said rather than saying it. */
export function narrated(text: string, at: number): boolean {
  const sentence = sentenceAt(text, at);
  return REPORTED.test(sentence) || ASKED.test(sentence);
}

// A reader's question in an FAQ or a Q&A (「Q. 家族宛てに通知書が届きました。」): the asker's words, not the page's.
const ASKED = /^\s*(?:Q\d*[.．:：）)]|Ｑ\d*[.．:：]?|質問\d*[:：]|【質問】)/;

// 「…を求めることは一切ありません」「…を要求しません」: the page says what it never does (a bank's, a servicer's or a
// site's terms), not what it asks.
// (Not a bare 「いたしません」: 「これ以上の猶予はいたしません」 is the threat, hardened.)
const DENIED = /ことは(?:一切|絶対に|決して)?(?:ありません|ございません|ない|無い)|(?:お?受け|受け付け|取り扱っ|取扱っ)(?:し|いたし)?て?(?:おり)?ません|(?:求め|要求し|依頼し|お願いし|(?:ご?請求|ご?要求|ご?依頼|お願い|ご?連絡|お電話|送付|お振込み?)(?:を|は)?(?:いたし|致し))ません/;

// What others demand, warned of: 「…ギフトカードで払えと求めるサイトは」「…と言われても」.
const DEMANDED_BY_OTHERS = /^[^。\n]{0,6}?と(?:求め|要求|言わ|言っ)(?:る|られ|て)[^。\n]{0,4}?(?:サイト|業者|相手|手口|詐欺|ケース|メール|メッセージ)/;

/** Whether the words right after a demand ending at `end` say others make it (「…払えと求めるサイト」). */
export const demandedByOthers = (text: string, end: number): boolean => DEMANDED_BY_OTHERS.test(text.slice(end, end + 24));

/** Whether the rest of the sentence after position `at` denies it: 「…の送付を求めることはありません」. */
export function denied(text: string, at: number): boolean {
  const sentence = sentenceAt(text, at);
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  return DENIED.test(sentence.slice(at - start));
}

/** The sentence (between 。 and a line break before, 。！？ or a line break after) around position `at`. */
export function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  const end = text.slice(at).search(/[。！？\n]/);
  return text.slice(start, end < 0 ? text.length : at + end + 1);
}

// The page's own interface is made of short lines: a headline, a label and its value, a table cell, a button.
// Sentences of an article run longer.
const SHORT_LINE = 80;
const INTERFACE_TAGS = new Set(['td', 'th', 'dt', 'dd', 'li', 'button', 'caption', 'label']);

/**
 * Whether a match stands in the page's own interface: not quoted or reported, in a heading, large or red text,
 * a table cell, a link or button, or a short line of its own.
 */
export function standsOut(block: Block, text: string, at: number): boolean {
  // Text a script writes into the page (read statically) is what the page will show: it counts like the rest.
  if (block.quoted || insideQuotes(text, at) || narrated(text, at)) return false;
  if ((block.heading > 0 && block.heading <= 3) || block.fontPx >= 20 || block.red) return true;
  if (block.prose && text.length > SHORT_LINE) return false;
  const line = lineAt(text, at);
  return line.length <= SHORT_LINE || INTERFACE_TAGS.has(block.tag) || block.link;
}

/** The line (between "\n") of `text` that holds position `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Evidence with its values clipped short and de-duplicated. */
export function evidence(key: string, values: readonly string[] = [], max = 3): Evidence {
  const unique = [...new Set(values.map((v) => clip(v, 60)).filter(Boolean))];
  return { key, values: unique.slice(0, max) };
}

/** Distinct non-empty matched texts, first `max`. */
export const texts = (matches: readonly BlockMatch[], max = 3): string[] => [...new Set(matches.map((m) => m.match[0]))].slice(0, max);

/** Strength reduced when every match is a quotation (「…」) or a report of what a screen said, not the page's own word. */
export function quotedFactor(matches: readonly BlockMatch[]): number {
  return matches.length > 0 && matches.every((m) => m.inQuotes || narrated(m.block.text, m.match.index)) ? 0.4 : 1;
}

/** Whether any match stands in the page's own interface (see standsOut). */
export const anyStandsOut = (matches: readonly BlockMatch[]): boolean => matches.some((m) => standsOut(m.block, m.block.text, m.match.index));

/** Where `value` (an extracted item's text) stands in its block: its own interface or reported prose. */
export function itemStandsOut(page: PageSnapshot, item: { block: number; text?: string; value?: string; display?: string }): boolean {
  const block = page.blocks[item.block];
  if (!block) return false;
  const at = block.text.indexOf(item.text ?? item.value ?? item.display ?? '');
  return standsOut(block, block.text, Math.max(0, at));
}

export const clamp01 = (n: number): number => Math.max(0, Math.min(1, n));

/** Payment words: what turns an amount or a deadline into a demand. */
export const PAYMENT_WORDS = wordsPattern(PAYMENT_WORDS_LIST);

/** Payment instructions: a bank account to transfer to (振込先 … 普通 01478962, ○○銀行 ○○支店). */
export const BANK_ACCOUNT = /(?:振込先|振込口座|口座番号|普通|当座)[^\n]{0,12}?\d{6,8}|[^\s]{1,12}銀行[^\n]{0,12}支店/g;
