// Page builders for the text-sources convention (issue 18, "one reader for the gate and the collector"): each page
// is 4,000+ characters of ordinary Japanese text followed by a bill written ONLY in one place text can hide beyond
// plain text nodes — form controls, image labels, generated content, shadow roots. The gate must pass every one and
// the engine must call every one fraud, in jsdom (tests/extension/content/text-sources.test.ts) and in Chromium
// (tests/browser/invisible-edits.test.ts). Static HTML only: the bill is in no script (the engine reads script
// literals too, which would hide a gap in the source under test).

/** The bill, one line each: a claim, an amount, a deadline, a bluff and a number to call. */
export const BILL_LINES = [
  'ご登録ありがとうございます 登録完了',
  'ご利用料金 98,000円',
  '本日中にお支払いください',
  'お客様のIPアドレス 126.33.201.9',
  '退会・誤操作の方はお電話ください 03-6412-0093',
] as const;

const TEL = 'tel:0364120093';

/** Ordinary news-like Japanese, well over 4,000 characters: no word of the bill's vocabulary. */
export const ORDINARY =
  '<article><h1>週末の公園だより</h1>' +
  Array.from({ length: 110 }, (_, i) => `<p>第${i + 1}回：週末は家族で近くの公園へ出かけ、季節の花を見ながらゆっくり散歩を楽しみました。</p>`).join('') +
  '</article>';

export interface SourcePage {
  /** The source module the bill hides in (detectors/snapshot/sources/<source>.ts). */
  source: 'controls' | 'images' | 'generated' | 'shadow';
  label: string;
  /** The whole document: ordinary text, then the bill in this source only. */
  html: string;
  /**
   * jsdom only: attaches what markup cannot (a closed shadow root made by script) and returns the lookup a content
   * script has for closed roots.
   */
  attach?: (doc: Document) => (el: Element) => ShadowRoot | null;
}

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function page(style: string, bill: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>週末の公園だより</title>${style ? `<style>${style}</style>` : ''}</head><body>${ORDINARY}<section>${bill}</section></body></html>`;
}

/** The bill's lines through `line`, the last one (the number to call) inside a live tel: link. */
function lines(line: (text: string, i: number) => string): string {
  return BILL_LINES.map((text, i) => (i === BILL_LINES.length - 1 ? `<a href="${TEL}">${line(text, i)}</a>` : `<div>${line(text, i)}</div>`)).join('');
}

/** A bill written in plain markup, for placing inside a shadow root. */
const PLAIN_BILL = `<h1>${BILL_LINES[0]}</h1>${BILL_LINES.slice(1, -1).map((l) => `<p>${l}</p>`).join('')}<p><a href="${TEL}">${BILL_LINES[BILL_LINES.length - 1]}</a></p>`;

export const SOURCE_PAGES: readonly SourcePage[] = [
  { source: 'controls', label: 'read-only <input value>', html: page('', lines((t) => `<input readonly size="60" value="${esc(t)}">`)) },
  { source: 'controls', label: '<input placeholder>', html: page('', lines((t) => `<input size="60" placeholder="${esc(t)}">`)) },
  { source: 'controls', label: '<input type=button> labels', html: page('', lines((t, i) => `<input type="${i % 2 ? 'submit' : 'button'}" value="${esc(t)}">`)) },
  { source: 'controls', label: '<select> options', html: page('', `<select size="5">${BILL_LINES.map((t) => `<option>${t}</option>`).join('')}</select><a href="${TEL}"><input type="button" value="${esc(BILL_LINES[4])}"></a>`) },
  { source: 'images', label: '<img alt>', html: page('', lines((t) => `<img src="${GIF}" width="480" height="32" alt="${esc(t)}">`)) },
  { source: 'images', label: 'role=img aria-label', html: page('.p { display: block; width: 480px; height: 32px; background: #eee }', lines((t) => `<span class="p" role="img" aria-label="${esc(t)}"></span>`)) },
  { source: 'images', label: '<svg> title', html: page('', lines((t) => `<svg role="img" width="480" height="32" viewBox="0 0 480 32"><title>${t}</title><rect width="480" height="32" fill="#c00"></rect></svg>`)) },
  { source: 'images', label: '<input type=image alt>', html: page('', lines((t) => `<input type="image" src="${GIF}" width="480" height="32" alt="${esc(t)}">`)) },
  {
    source: 'images',
    label: '<area alt> of an image map',
    html: page('', `<img src="${GIF}" width="480" height="160" usemap="#bill" alt=""><map name="bill">${BILL_LINES.map((t, i) => `<area shape="rect" coords="0,${i * 32},480,${i * 32 + 32}" href="${i === BILL_LINES.length - 1 ? TEL : '#'}" alt="${esc(t)}">`).join('')}</map>`),
  },
  { source: 'generated', label: '::before strings', html: page(BILL_LINES.map((t, i) => `.g${i}::before { content: ${cssString(t)} }`).join('\n'), lines((_, i) => `<span class="g${i}"></span>`)) },
  { source: 'generated', label: 'quotes shown by open-quote and close-quote', html: page(BILL_LINES.map((t, i) => `.q${i} { quotes: ${cssString(t)} "" } .q${i}::before { content: open-quote } .q${i}::after { content: close-quote }`).join('\n'), lines((_, i) => `<span class="q${i}"></span>`)) },
  // jsdom's CSS parser drops a lone `content: attr(x)` (and `counter(x)`) as invalid, so the scan cannot read that
  // form; with a string beside it the value is kept. The browser draws both the same.
  { source: 'generated', label: 'attr() of a data attribute', html: page('[data-t]::after { content: "" attr(data-t) }', lines((t) => `<span data-t="${esc(t)}"></span>`)) },
  { source: 'shadow', label: 'an open shadow root (declarative)', html: page('', `<div><template shadowrootmode="open">${PLAIN_BILL}</template></div>`) },
  { source: 'shadow', label: 'a closed shadow root (declarative)', html: page('', `<div><template shadowrootmode="closed">${PLAIN_BILL}</template></div>`) },
  ...['bill-box', 'div'].map((tag): SourcePage => ({
    source: 'shadow',
    label: `a closed shadow root on <${tag}> made by script, read through the closed-root lookup`,
    html: page('', `<${tag} id="bill"></${tag}>`),
    attach: (doc) => {
      const roots = new Map<Element, ShadowRoot>();
      const host = doc.getElementById('bill')!;
      const root = host.attachShadow({ mode: 'closed' });
      root.innerHTML = PLAIN_BILL;
      roots.set(host, root);
      return (el) => roots.get(el) ?? null;
    },
  })),
];
