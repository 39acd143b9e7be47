// What a fraud page needs to work: a live way for the visitor to act — digits or a tel: link to dial, a mail, LINE
// or chat address, a form, a bank account or crypto address to pay into, a field for gift-card codes, a download.
// A bill, a fake warning or a threat without one takes no victim. A help page that reproduces one usually shows it
// dead: the number masked (03-XXXX-XXXX, 0120-○○-○○○○), the address x'd out, the digits told inside a story
// (「050-…に電話するよう言われた」), or no way to answer at all.
//
// The page writes all of this too: masks, decoys, stories. What it cannot do is drop its live channel and still
// take calls, so a live channel is required for a fraud verdict, and a masked one counts only where no live one is
// seen (see evaluate.ts). A live channel alone proves nothing: police pages publish real scam numbers.
import type { Evidence } from './define';
import { evidence, matchBlocks, narrated, quotedPhrase } from './helpers';
import { SEARCH_BOX } from './snapshot/elements';
import type { Block, PageSnapshot } from './snapshot/schema';

export interface Channels {
  /** Ways to act that work, in the page's own voice: liveTel, liveMail, liveChat, liveForm, liveApp, livePayment. */
  live: Evidence[];
  /** Ways to act shown dead: maskedChannel (masked digits or addresses, placeholder numbers). */
  dead: Evidence[];
  /** A dead way to act stands closer to the bill than any live one: the bill is a reproduction. */
  masksNearest: boolean;
  /** A way to act in one tap (a tel:, mail or LINE link, a form, a download) inside or right beside the bill. */
  tapBesideBill: boolean;
}

// Characters pages put where digits or letters were: X, ×, ○, ●, ＊, #, △, □.
const MASK = '[Xx×○〇●◯◎*＊#△▲□■]';
const MASK_SYMBOL = /[×○〇●◯◎*＊#△▲□■]/g;
const PHONE_GROUP = `[0-9]{0,4}${MASK}{0,5}[0-9]{0,4}`;
// A phone number's shape (2–5, 2–4, 3–4 characters in hyphenated groups) with masked groups.
const MASKED_PHONE = new RegExp(`(?<![A-Za-z0-9])(?:18[46]-?)?(?:0${PHONE_GROUP}|${MASK}{2,5}|\\(0[0-9]{0,4}\\))[-‐ー−–)]${PHONE_GROUP}[-‐ー−–]${PHONE_GROUP}(?![A-Za-z0-9])`, 'g');
// A number cut short: 「03-1234-…」「090-12…」.
const SHORTENED_PHONE = /(?<![0-9])0[0-9]{1,4}-[0-9]{0,4}(?:…|\.{3}|‥)/g;
const MASKED_ADDRESS = new RegExp(`[A-Za-z0-9._%+-]*${MASK}{3,}[A-Za-z0-9._%+-]*@[A-Za-z0-9.${MASK.slice(1, -1)}-]+|@${MASK}{3,}`, 'g');
const MASKED_ID = new RegExp(`(?:LINE|ライン|カカオ|Kakao|Telegram|テレグラム)[^\\n]{0,8}?(?:ID|ＩＤ)?[:：]?\\s?@?${MASK}{3,}`, 'g');
const MASKED_ACCOUNT = new RegExp(`(?:口座番号|普通|当座)[^\\n]{0,6}?${MASK}{4,}`, 'g');
const DEAD_NEEDS = new RegExp(`${MASK}{2}|…|\\.{3}|‥`);

// Crypto addresses: Bitcoin (legacy, bech32), Ethereum-style, TRON (USDT).
// (A bech32 address may be written in capitals: BC1Q…, as QR codes carry it.)
export const CRYPTO_NEEDS = /bc1|BC1|0x|[13T][1-9A-HJ-NP-Za-km-z]{20}/;
export const CRYPTO = /(?<![A-Za-z0-9])(?:bc1[a-z0-9]{25,60}|BC1[A-Z0-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})(?![A-Za-z0-9])/g;
// A bank account to pay into: a branch and an account number of digits.
const ACCOUNT = /(?:口座(?:番号|No\.?|NO\.?|#)|普通(?:預金)?|当座(?:預金)?)[^\n]{0,8}?(?<![0-9])[0-9]{4,8}(?![0-9])/g;
// A Japan Post Bank account: 記号 of five digits and 番号 of up to eight (ゆうちょ銀行 記号12345 番号67890121).
// A person's payment handle: 「PayPay ID：yui_0915」, a paypal.me or PayPay QR link. Money sent there goes to someone,
// not to a merchant's checkout.
const PAYMENT_HANDLE = /paypal\.me\/[A-Za-z0-9_.-]{3,}|qr\.paypay\.ne\.jp\/[A-Za-z0-9_]{6,}|(?:PayPay|ペイペイ) ?(?:ID|ＩＤ) ?[:：]? ?@?[A-Za-z0-9_.-]{4,}/gi;
const POSTAL_ACCOUNT = /記号[^\n]{0,4}?(?<![0-9])[0-9]{5}(?![0-9])[^\n]{0,8}?番号[^\n]{0,4}?(?<![0-9])[0-9]{6,8}(?![0-9])/g;
// A number abroad, as English support-scam kits print it: +1-800-555-0199, (888) 555-0123, +44 20 7946 0958.
const FOREIGN_PHONE = /(?<![\d+])(?:\+\d{1,3}[-\s.]?)?\(?\d{3}\)?[-\s.]\d{3}[-\s.]\d{4}(?!\d)|\+\d{1,3}[-\s]\d{1,4}(?:[-\s]\d{2,4}){2,3}(?!\d)/g;
// The start of a number abroad left open at a block's end, and the digits that finish it in the next (a number
// drawn over flex items: 「+1-800-555-」「0199」).
const FOREIGN_OPEN = /(?:\+\d{1,3}[-\s.]?)?\(?\d[\d()\s.-]{1,14}[-\s.]?$/;
const FOREIGN_CONTINUED = /^[\d()][\d()\s.-]{0,14}/;


/** Numbers abroad written over two blocks in a row (block `index` holds their end); national ones: extract.ts. */
function splitAbroad(page: PageSnapshot): { number: string; index: number }[] {
  const found: { number: string; index: number }[] = [];
  let open = '';
  for (let i = 0; i < page.blocks.length && found.length < 5; i++) {
    const text = page.blocks[i]!.text.trim();
    if (open) {
      const head = FOREIGN_CONTINUED.exec(text)?.[0];
      if (head && /\d/.test(head)) {
        const joined = open + head;
        FOREIGN_PHONE.lastIndex = 0;
        for (let m = FOREIGN_PHONE.exec(joined); m; m = FOREIGN_PHONE.exec(joined)) {
          if (m.index < open.length && m.index + m[0].length > open.length) found.push({ number: m[0], index: i });
        }
        // A block of digits alone may be the middle of the number: 「+1-」「800-555-」「0199」.
        if (head === text && joined.length <= 24) {
          open = joined;
          continue;
        }
      }
    }
    const last = text.charCodeAt(text.length - 1);
    // Most blocks end in a word or a stop: one character code decides for them.
    open = (last >= 48 && last <= 57) || last === 45 || last === 41 || last === 46 ? (FOREIGN_OPEN.exec(text)?.[0] ?? '') : '';
  }
  return found;
}

/** Whether an extracted value (phone digits, an address, an ID) is a placeholder rather than something to use. */
export function isPlaceholder(value: string): boolean {
  if ((value.match(MASK_SYMBOL)?.length ?? 0) >= 2) return true;
  // Letters x mask only where they read as a mask: xxx standing apart (xxxx@xxxx, ID: xxx-123), or XX among the
  // digits of a number (03-12XX-5678); 「jidan_xx2025」 or 「boxx」 is a name someone chose.
  if (/(?<![A-Za-z])[Xx]{3,}(?![A-Za-z])/.test(value) || (/^[\d\s()+\-‐ー−–Xx]+$/.test(value) && /[Xx]{2}/.test(value))) return true;
  const digits = value.replace(/\D/g, '');
  // 03-0000-0000: the subscriber part all zeros (〇〇〇〇 among digits becomes 0000). A number of one repeated
  // digit (050-7777-7777) is a number someone chose.
  if (digits.length >= 10 && /^0+$/.test(digits.slice(-8))) return true;
  const local = value.split('@')[0] ?? value;
  return /^(?:x+|example|sample|test|dummy|xxx.*|aaa+|abc)$/i.test(local.replace(/^@/, ''));
}

/** The page's own voice at position `at` of a block: not a quotation, not a story of what someone was shown. */
export function ownVoice(block: Block | undefined, at: number, length = 1): boolean {
  if (!block || block.quoted) return false;
  return !quotedPhrase(block.text, at, length) && !narrated(block.text, at);
}

const at = (block: Block | undefined, value: string): number => Math.max(0, block?.text.indexOf(value) ?? 0);

// A public help desk the page refers its reader to (a consumer centre, the police, IPA): the page's advice, not the
// fraud's channel. A fraud page cannot take its victims' calls on these lines.
const HELP_DESK = /消費生活センター|消費者ホットライン|消費生活相談|国民生活センター|警察署|警察本部|警察相談|#9110|サイバー犯罪相談|安心相談窓口|IPA|法テラス|市役所|区役所|市民相談|弁護士会|人権110番|法務局|子供SOS|被害者支援センター|児童相談所|いのちの電話|#8103|#8891|セーフライン/;
const BORROWED_NAME = /提携|連携|委託|代行|認定|公認|指定|協力|加盟|推奨/;
const HELP_DESK_DIGITS = new Set(['0359787509', '0570064370', '0570078374']);
// How far from the bill (in blocks) its way to act may stand: a fraud screen puts the number or the button beside
// the demand; a help page's own phone line sits in another section.
const CHANNEL_DISTANCE = 10;
const TAP_DISTANCE = 1;
// The words of a button to call or write, as an action (「LINEで問い合わせる」「電話する」), not a related article's
// title that names a call (「架空請求で電話してしまったら」).
const TAP_LABEL =
  /^[^。？?]{0,6}(?:(?:電話|通話|発信)(?:する|をかける|をする|で(?:相談|問い?合わせ))|(?:LINE|ライン)(?:で|に|を|から)?(?:今すぐ)?(?:相談|問い?合わせ|お問い?合わせ|連絡|追加|友だち|登録|送る|開く)|友だち追加|友達追加|(?:問い?合わせ|お問合せ|相談|連絡|退会(?:申請|手続き)?)(?:する|フォーム|はこちら|へ進む)|call (?:now|us))(?![^。？?]{0,30}[？?]$)/i;

/**
 * Whether the channel in `block` is a public help desk the page refers its reader to. `named`: whether a desk's
 * name beside a number may say so — only on a page that advises (a fraud page that labels its own number
 * 「セーフライン提携」 names no desk; the public desks' own numbers always do).
 */
export function helpDesk(page: PageSnapshot, block: number, digits = '', named = true): boolean {
  if (HELP_DESK_DIGITS.has(digits)) return true;
  if (!named) return false;
  const here = page.blocks[block];
  const before = page.blocks[block - 1];
  // The line above names the desk as a label (「○○市消費生活センター」「警察相談専用電話」), not in a sentence: a
  // threat to go to the police right above the fraud's own number is no label.
  // (「消費生活センター提携」「警察相談窓口と連携」 over a number: the bill's own desk borrowing the name, red team 16.)
  const names = (b: { text: string } | undefined) => b !== undefined && HELP_DESK.test(b.text) && !BORROWED_NAME.test(b.text);
  return names(here) || (before !== undefined && before.text.length <= 60 && !/[。！？]\s*$/.test(before.text) && names(before));
}

/**
 * The ways to act the page gives, live and dead. With `bill` (the blocks that hold the bill, the warning or the
 * threat), only those near it count: a consumer centre's own phone line far below its reproduced bill is not the
 * bill's channel. `advises`: the page gives advice, so a help desk it names beside a number is its advice.
 */
export function readChannels(page: PageSnapshot, bill: ReadonlySet<number> | null = null, advises = true): Channels {
  const live: Evidence[] = [];
  const nearBill = (block: number) => bill === null || [...bill].some((b) => Math.abs(b - block) <= CHANNEL_DISTANCE);
  const tel = page.phones.filter(
    (p) => !isPlaceholder(p.digits) && nearBill(p.block) && !helpDesk(page, p.block, p.digits, advises) && (p.tel || ownVoice(page.blocks[p.block], at(page.blocks[p.block], p.display), p.display.length)),
  );
  // (A Japanese number the phone reader already knows — 076-432-9233 has the shape of one abroad — is judged there: a
  // consumer centre's line on a news page was read as the fraud's number abroad.)
  const known = new Set(page.phones.map((p) => p.digits));
  const abroad = matchBlocks(page, FOREIGN_PHONE, { quoted: false, limit: 5, needs: /\d{3}[-\s.]\d{3,4}/ }).filter(
    (m) =>
      nearBill(m.index) &&
      !isPlaceholder(m.match[0]) &&
      !known.has(m.match[0].replace(/\D/g, '')) &&
      !helpDesk(page, m.index, '', advises) &&
      ownVoice(m.block, m.match.index, m.match[0].length),
  );
  const abroadSplit = splitAbroad(page).filter((m) => nearBill(m.index) && !isPlaceholder(m.number) && !helpDesk(page, m.index, '', advises) && ownVoice(page.blocks[m.index], 0));
  if (tel.length + abroad.length + abroadSplit.length > 0) live.push(evidence('liveTel', [...onePerNumber(tel), ...abroad.map((m) => m.match[0]), ...abroadSplit.map((m) => m.number)]));
  const contacts = page.contacts.filter((c) => c.kind !== 'tel' && c.kind !== 'form' && !isPlaceholder(c.value) && nearBill(c.block) && !helpDesk(page, c.block, '', advises));
  // A link works wherever it stands; an address written as text only in the page's own words.
  // (A contact whose block is not kept came from a link whose label was thinned out past a cap: text is always
  // read from a kept block.)
  const working = contacts.filter((c) => !page.blocks[c.block] || page.blocks[c.block]!.link || ownVoice(page.blocks[c.block], at(page.blocks[c.block], c.value), c.value.length));
  const mails = working.filter((c) => c.kind === 'mail');
  const chats = working.filter((c) => c.kind === 'line' || c.kind === 'chat');
  if (mails.length > 0) live.push(evidence('liveMail', mails.map((c) => c.value)));
  if (chats.length > 0) live.push(evidence('liveChat', chats.map((c) => c.value)));
  const forms = page.contacts.filter((c) => c.kind === 'form' && nearBill(c.block) && !page.blocks[c.block]?.quoted && c.value !== SEARCH_BOX);
  if (forms.length > 0) live.push(evidence('liveForm', forms.map((c) => c.value)));
  const apps = page.apps.filter((a) => nearBill(a.block));
  if (apps.length > 0) live.push(evidence('liveApp', apps.map((a) => a.value)));
  const own = { quoted: false, limit: 5 };
  const pay = [
    ...matchBlocks(page, CRYPTO, { ...own, needs: CRYPTO_NEEDS }),
    ...matchBlocks(page, POSTAL_ACCOUNT, { ...own, needs: /記号/ }),
    ...matchBlocks(page, PAYMENT_HANDLE, { ...own, needs: /paypal\.me|paypay|ペイペイ/i }),
    ...matchBlocks(page, ACCOUNT, { ...own, needs: /口座|普通|当座/ }),
  ].filter((m) => nearBill(m.index) && !quotedPhrase(m.block.text, m.match.index, m.match[0].length) && !narrated(m.block.text, m.match.index));
  if (pay.length > 0) live.push(evidence('livePayment', pay.map((m) => m.match[0])));

  const deadShown = [MASKED_PHONE, SHORTENED_PHONE, MASKED_ADDRESS, MASKED_ID, MASKED_ACCOUNT].flatMap((pattern) =>
    matchBlocks(page, pattern, { quoted: true, limit: 5, needs: DEAD_NEEDS }).filter((m) => nearBill(m.index) && (pattern !== MASKED_PHONE || isPlaceholder(m.match[0]))),
  );
  const placeholders = [
    ...page.phones.filter((p) => nearBill(p.block) && isPlaceholder(p.digits)).map((p) => p.display),
    ...page.contacts.filter((c) => nearBill(c.block) && isPlaceholder(c.value)).map((c) => c.value),
  ];
  const dead = deadShown.length + placeholders.length > 0 ? [evidence('maskedChannel', [...deadShown.map((m) => m.match[0]), ...placeholders])] : [];
  // The bill's own way to act is the one nearest to it: a masked number inside the reproduced warning is its
  // channel, not the shop's or the centre's own line a few blocks away.
  const liveBlocks = [...tel.map((p) => p.block), ...abroad.map((m) => m.index), ...abroadSplit.map((m) => m.index), ...working.map((c) => c.block), ...forms.map((c) => c.block), ...apps.map((a) => a.block), ...pay.map((m) => m.index)];
  const deadBlocks = [...deadShown.map((m) => m.index), ...page.phones.filter((p) => isPlaceholder(p.digits)).map((p) => p.block)];
  const masksNearest = bill !== null && deadBlocks.length > 0 && distanceTo(bill, deadBlocks) < distanceTo(bill, liveBlocks);
  // Help pages write a scam's number out (police pages publish them) but never make it tappable.
  const tapBlocks = [...tel.filter((p) => p.tel).map((p) => p.block), ...working.filter((c) => page.blocks[c.block]?.link).map((c) => c.block), ...forms.map((c) => c.block), ...apps.map((a) => a.block)];
  // A button that says it calls or writes is one to tap, wherever it leads (a same-site redirect to LINE, red team 11).
  const labelled = page.blocks.flatMap((b, i) => (b.link && !b.quoted && b.text.length <= 40 && TAP_LABEL.test(b.text) && !helpDesk(page, i, '', advises) ? [i] : []));
  const tapBesideBill = bill !== null && distanceTo(bill, [...tapBlocks, ...labelled]) <= TAP_DISTANCE;
  return { live, dead, masksNearest, tapBesideBill };
}

/** Each number once, as the page writes it (「050-5840-2213」 rather than its tel: link's digits). */
function onePerNumber(phones: readonly { digits: string; display: string }[]): string[] {
  const shown = new Map<string, string>();
  for (const p of phones) {
    const display = p.display.replace(/^tel:/, '');
    const known = shown.get(p.digits);
    if (known === undefined || (!/\D/.test(known) && /\D/.test(display))) shown.set(p.digits, display);
  }
  return [...shown.values()];
}

/** The smallest distance in blocks between the bill and any of `blocks` (Infinity when there are none). */
function distanceTo(bill: ReadonlySet<number>, blocks: readonly number[]): number {
  let best = Infinity;
  for (const b of bill) for (const k of blocks) best = Math.min(best, Math.abs(b - k));
  return best;
}

const CHANNEL_VALUE = /^(?:tel:)?[+\d\-‐ー−()（） ]{8,}$|@|^https?:|^line:/i;

/** The blocks that hold a report's evidence: where the bill, the warning or the threat stands. */
export function evidenceBlocks(page: PageSnapshot, values: readonly string[]): Set<number> {
  // Numbers and addresses are the channel, not the bill: they must not pull the bill towards themselves.
  const wanted = [...new Set(values.map((v) => v.replace(/…$/, '')).filter((v) => v.length >= 2 && !CHANNEL_VALUE.test(v)))];
  const found = new Set<number>();
  page.blocks.forEach((b, i) => {
    if (wanted.some((v) => b.text.includes(v))) found.add(i);
  });
  return found;
}
