// The evasions a fraud page would try once this extension is known, applied to every generated fraud page, and
// the reverse for honest pages (a bill quoted inside them, with the advice around it that a real warning gives).
// Everything here is what the page's author controls: text, a title, markup, styles.
import * as P from './phrases';
import { WALK_BUDGET, type WalkBudget } from '../../detectors/snapshot/limits';

export interface Mutation {
  name: string;
  /** What the page would look like to a reader after the mutation. */
  apply(html: string): string;
  /**
   * The same evasion a tenth of the size, for a scan whose walk caps are scaled down alike (`budget`): the page
   * crosses the same caps in the same order at a tenth of the cost. The jsdom runs use it; Chromium reads the
   * full-size page with the real caps.
   */
  small?: { apply(html: string): string; budget: Partial<WalkBudget> };
}

const afterBody = (html: string, add: string) => html.replace(/<body[^>]*>/i, (m) => `${m}\n${add}\n`);
const beforeBodyEnd = (html: string, add: string) => html.replace(/<\/body>/i, `${add}\n</body>`);
const ADVICE_TEXT = P.ADVICE.join('');

/** More ordinary visible text than the snapshot's character cap (400,000), written before the bill. */
export const PADDING_CHARS = 420_000;
/** How much smaller the small padded page and the caps it is scanned with are. */
export const SMALL_SCALE = 10;
/** The caps of how much of a page the walk reads, divided by SMALL_SCALE (see Mutation.small); the sources' own caps stay. */
const SCALED = ['elements', 'pageChars', 'plainBlocks', 'blocks', 'sparseChars', 'layerBlocks', 'layerChars', 'closedShadowLookups', 'closedShadowCustom'] as const;
export const SMALL_BUDGET: WalkBudget = { ...WALK_BUDGET, ...Object.fromEntries(SCALED.map((k) => [k, Math.ceil(WALK_BUDGET[k] / SMALL_SCALE)])) };
function padding(chars: number): string {
  const paragraphs: string[] = [];
  for (let i = 0, written = 0; written < chars; i++) {
    const text = `${P.FILLER[i % P.FILLER.length]}（${i + 1}）`;
    paragraphs.push(`<p>${text}</p>`);
    written += text.length;
  }
  return `<div class="news">${paragraphs.join('')}</div>`;
}
let paddingHtml: string | null = null;
let smallPaddingHtml: string | null = null;

export const FRAUD_MUTATIONS: readonly Mutation[] = [
  { name: 'advice-footer', apply: (h) => beforeBodyEnd(h, '<footer><small>料金についてご不明な点は消費生活センターにご相談ください。</small></footer>') },
  { name: 'fraud-banner', apply: (h) => afterBody(h, '<div class="notice">【ご注意】最近、当サイトを装った架空請求・ワンクリック詐欺が発生しています。悪質な業者からの連絡は無視してください。</div>') },
  { name: 'title-names-fraud', apply: (h) => h.replace(/<title>[^<]*<\/title>/i, '<title>架空請求・ワンクリック詐欺にご注意｜会員サポート</title>') },
  { name: 'testimonial-quote', apply: (h) => beforeBodyEnd(h, '<blockquote>「消費生活センターに相談したら、払う必要はないと言われて安心しました。電話しなくてよかったです」（30代・男性）</blockquote>') },
  { name: 'not-fraud-disclaimer', apply: (h) => beforeBodyEnd(h, '<p>※当サイトは詐欺ではありません。正規の料金請求です。ご不明な点は消費者ホットライン188にご相談いただいても構いません。</p>') },
  {
    name: 'hidden-advice-decoy',
    apply: (h) =>
      afterBody(
        h.replace(/<\/head>/i, '<style>.n{display:none}</style></head>'),
        `<div class="n"><h1>ワンクリック詐欺の手口と対処法</h1><p>この記事は架空請求の手口を解説しています。${ADVICE_TEXT}</p></div><div style="display:none">${ADVICE_TEXT}</div><div aria-hidden="true" hidden>${ADVICE_TEXT}</div>`,
      ),
  },
  {
    name: 'visible-advice-box',
    apply: (h) => beforeBodyEnd(h, `<aside class="tips"><h3>ワンクリック詐欺にご注意ください</h3><ul>${P.ADVICE.map((a) => `<li>${a}</li>`).join('')}</ul></aside>`),
  },
  {
    name: 'padding-before-bill',
    apply: (h) => afterBody(h, (paddingHtml ??= padding(PADDING_CHARS))),
    small: { apply: (h) => afterBody(h, (smallPaddingHtml ??= padding(PADDING_CHARS / SMALL_SCALE))), budget: SMALL_BUDGET },
  },
];

/**
 * A bill as a warning quotes it: its words, not its working parts. Links become their text and forms their labels
 * (a warning does not hand its reader a button that dials the fraud); a quotation that keeps them is the fraud's
 * own interface, and the engine reads it as such (detectors/regions.ts).
 */
export function quotedWords(bill: string): string {
  return bill
    .replace(/<\/?(?:a|form|button|label)\b[^>]*>/gi, '')
    .replace(/<(?:input|select|textarea)\b[^>]*>(?:[^<]*<\/(?:select|textarea)>)?/gi, '');
}

/** An honest page that warns its readers with a bill quoted as an example, the way real warnings do. */
export function quoteBill(html: string, bill: string): string {
  return beforeBodyEnd(
    html,
    `<section class="warning"><h2>こんな画面にご注意ください</h2><p>最近、次のような偽の請求画面が表示されたという相談が寄せられています。表示されても連絡や支払いはせず、無視してください。困ったときは消費者ホットライン188にご相談ください。</p><blockquote>${quotedWords(bill)}</blockquote></section>`,
  );
}

export const HONEST_MUTATION = 'quoted-bill';
