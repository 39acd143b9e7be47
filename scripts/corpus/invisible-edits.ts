// Edits that change nothing a visitor sees but change what a naive reader of the DOM reads: the one-edit evasions
// a fraud author with our source code tries first (issue 18). Each takes a parsed page and rewrites it in place.
// Used by the jsdom gate (tests/gates/invisible-edits.test.ts) and in Chromium (tests/browser/invisible-edits.test.ts).

export type InvisibleEdit = (doc: Document) => void;

/** The page's visible text nodes (not scripts, styles, templates, or text we cannot rewrite safely). */
function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.body, 4);
  const nodes: Text[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (/\S/.test(node.data) && !node.parentElement?.closest('script, style, template, noscript, textarea, title, option')) nodes.push(node);
  }
  return nodes;
}

/** Puts `make()` after every second character of every text node: inside nearly every word. */
function insideWords(doc: Document, make: () => Node): void {
  for (const node of textNodes(doc)) {
    const chars = [...node.data];
    if (chars.length < 3) continue;
    const frag = doc.createDocumentFragment();
    for (let i = 0; i < chars.length; i += 2) {
      frag.append(chars.slice(i, i + 2).join(''));
      if (i + 2 < chars.length) frag.append(make());
    }
    node.replaceWith(frag);
  }
}

function span(doc: Document, text: string, attrs: Record<string, string>): HTMLElement {
  const el = doc.createElement('span');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = text;
  return el;
}

function addStyle(doc: Document, css: string): void {
  const style = doc.createElement('style');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
}

/**
 * The page's headings and emphasised lines, where a bill's key words are (not those with a class: a rule of the
 * page may already draw generated text on them, which ours would replace on screen).
 */
function keyLines(doc: Document): Element[] {
  return Array.from(doc.body.querySelectorAll('h1, h2, h3, strong, b')).filter((el) => el.children.length === 0 && !el.hasAttribute('class') && /\S/.test(el.textContent ?? '')).slice(0, 30);
}

const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ')}"`;

export const INVISIBLE_EDITS: Record<string, InvisibleEdit> = {
  'a hidden line break inside every word': (doc) => insideWords(doc, () => Object.assign(doc.createElement('br'), { hidden: true })),
  'a letter hidden by a class rule inside every word': (doc) => {
    addStyle(doc, '.zq { display: none }');
    insideWords(doc, () => span(doc, 'ぬ', { class: 'zq' }));
  },
  'a transparent 1 px letter inside every word': (doc) => insideWords(doc, () => span(doc, 'ぬ', { style: 'color: transparent; font-size: 1px' })),
  'an off-screen letter inside every word': (doc) => insideWords(doc, () => span(doc, 'ぬ', { style: 'position: absolute; left: -9999px' })),
  'a clipped letter inside every word': (doc) => {
    addStyle(doc, '.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap }');
    insideWords(doc, () => span(doc, 'ぬ', { class: 'sr' }));
  },
  'a letter hidden by a rule inside @media inside every word': (doc) => {
    addStyle(doc, '@media all { .zm { display: none } }');
    insideWords(doc, () => span(doc, 'ぬ', { class: 'zm' }));
  },
  'a tag character inside every word': (doc) => {
    for (const node of textNodes(doc)) node.data = [...node.data].join('\u{E0020}');
  },
  'a block element drawn inline inside every word': (doc) => {
    addStyle(doc, '.li { display: inline; padding: 0; margin: 0 }');
    for (const node of textNodes(doc)) {
      const chars = [...node.data];
      if (chars.length < 3) continue;
      const legend = doc.createElement('legend');
      legend.className = 'li';
      legend.textContent = chars.slice(1, 2).join('');
      node.replaceWith(chars[0]!, legend, chars.slice(2).join(''));
    }
  },
  'the body wrapped in <map>': (doc) => {
    const map = doc.createElement('map');
    map.append(...Array.from(doc.body.childNodes));
    doc.body.append(map);
  },
  'the body wrapped in an <object> without a resource': (doc) => {
    const object = doc.createElement('object');
    object.append(...Array.from(doc.body.childNodes));
    doc.body.append(object);
  },
  'every text reversed inside bdo dir=rtl': (doc) => {
    for (const node of textNodes(doc)) {
      if (!/[\u3040-\u30FF\u4E00-\u9FFF]/.test(node.data)) continue;
      const bdo = doc.createElement('bdo');
      bdo.setAttribute('dir', 'rtl');
      bdo.textContent = [...node.data].reverse().join('');
      node.replaceWith(bdo);
    }
  },
  'key lines as ::before text after 80 decoy rules': (doc) => {
    const decoys = Array.from({ length: 80 }, (_, i) => `.d${i}::before { content: "お知らせ" }`);
    const moved = keyLines(doc).map((el, i) => {
      const rule = `.k${i}::before { content: ${cssString(el.textContent ?? '')} }`;
      el.textContent = '';
      el.classList.add(`k${i}`);
      return rule;
    });
    for (let i = 0; i < 80; i++) doc.body.append(span(doc, '', { class: `d${i}` }));
    addStyle(doc, [...decoys, ...moved].join('\n'));
  },
  'an empty button drawn as contents inside every word': (doc) => insideWords(doc, () => Object.assign(doc.createElement('button'), { style: 'display: contents' })),
  'a letter scaled to nothing inside every word': (doc) => insideWords(doc, () => span(doc, 'ぬ', { style: 'position: absolute; transform: scale(0)' })),
  'a letter at 1% opacity inside every word': (doc) => insideWords(doc, () => span(doc, 'ぬ', { style: 'opacity: 0.01' })),
  'an unassigned default-ignorable character inside every word': (doc) => {
    for (const node of textNodes(doc)) node.data = [...node.data].join('\u{E01F0}');
  },
  'the body marked aria-hidden': (doc) => doc.body.setAttribute('aria-hidden', 'true'),
  'a hidden body shown by its own style': (doc) => {
    doc.body.setAttribute('hidden', '');
    doc.body.style.setProperty('display', 'block');
  },
  'a rule hiding the body that a later rule overrides': (doc) => addStyle(doc, 'body { display: none } body { display: block }'),
  'a rule hiding the body for print only': (doc) => addStyle(doc, '@media print { body { display: none } }'),
  'key lines as quotes shown by open-quote': (doc) => {
    const rules = keyLines(doc).map((el, i) => {
      const rule = `.q${i} { quotes: ${cssString(el.textContent ?? '')} "" } .q${i}::before { content: open-quote }`;
      el.textContent = '';
      el.classList.add(`q${i}`);
      return rule;
    });
    addStyle(doc, rules.join('\n'));
  },
  // Wrappers the browser's own sheet hides or draws apart, given a display by the page: on screen nothing changes.
  'the body wrapped in an <rt> drawn as a block': (doc) => wrapBody(doc, 'rt', { style: 'display: block; font-size: inherit; line-height: inherit' }),
  'the body wrapped in a Flash <object> the browser cannot show': (doc) => wrapBody(doc, 'object', { data: 'player.swf', type: 'application/x-shockwave-flash', style: 'display: block' }),
  'the body wrapped in a <datalist> drawn as a block': (doc) => wrapBody(doc, 'datalist', { style: 'display: block' }),
  // A masked decoy number (which would mark the bill as a reproduction) and a line of advice, both white on white.
  'a masked number and advice in their background colour': (doc) => {
    const box = doc.createElement('div');
    box.setAttribute('style', 'background: #fff; color: #fff');
    box.append(span(doc, '例：03-XXXX-XXXX', {}), doc.createElement('br'), span(doc, '身に覚えのない請求には絶対に連絡しないでください。消費者ホットライン188に相談しましょう。', {}));
    doc.body.prepend(box);
  },
  'a masked number and advice hidden by display:none': (doc) => {
    const box = doc.createElement('div');
    box.setAttribute('style', 'display: none');
    box.textContent = '例：03-XXXX-XXXX 身に覚えのない請求には絶対に連絡しないでください。消費者ホットライン188に相談しましょう。';
    doc.body.prepend(box);
  },
  // Red team 7: a helper's headline and advice in a layer of negative z-index, painted under a white box of the
  // page (the browser draws the box's background over it). Without layout a reader cannot tell: browser only.
  'a helper headline and advice painted under a white box': (doc) => {
    const cover = doc.createElement('div');
    cover.setAttribute('style', 'background: #fff');
    const layer = doc.createElement('div');
    layer.setAttribute('style', 'position: relative; z-index: -1');
    layer.append(Object.assign(doc.createElement('h1'), { textContent: 'ワンクリック詐欺にご注意ください' }));
    layer.append(Object.assign(doc.createElement('p'), { textContent: '例：03-XXXX-XXXX 身に覚えのない請求は無視してください。絶対に連絡しないでください。消費者ホットライン188に相談しましょう。' }));
    cover.append(layer);
    doc.body.prepend(cover);
  },
  // Red team 7: a letter in a box of no width, clipped by a polygon of no area, set by one class rule that also
  // gives the box a display; and a code point Chromium draws as nothing (interlinear annotation terminator).
  'a zero-width letter clipped to nothing inside every word': (doc) => {
    addStyle(doc, '.zw { display: inline-block; width: 0; clip-path: polygon(0 0, 0 0, 0 0) }');
    insideWords(doc, () => span(doc, 'ぬ', { class: 'zw' }));
  },
  'an interlinear annotation mark inside every word': (doc) => insideWords(doc, () => doc.createTextNode('\uFFFB')),
  // Every text drawn by one ::after rule from an attribute, after 20 empty elements the rule lands on first (red
  // team 6: a reader that takes a rule's first elements only reads nothing).
  'every text drawn by attr() after empty decoys': (doc) => {
    addStyle(doc, '[data-t]::after { content: attr(data-t) }');
    for (const node of textNodes(doc)) {
      const drawn = doc.createElement('span');
      drawn.setAttribute('data-t', node.data);
      node.replaceWith(drawn);
    }
    for (let i = 0; i < 20; i++) {
      const decoy = doc.createElement('span');
      decoy.setAttribute('data-t', '');
      doc.body.prepend(decoy);
    }
  },
  // A written number drawn over two flex items (one line on screen, two blocks for a reader of the DOM), and its
  // tel: link, if it has one, taken away so that only the drawn digits carry it.
  'every written phone number split over flex items, unlinked': (doc) => {
    for (const link of Array.from(doc.body.querySelectorAll('a[href^="tel:" i]'))) if (/\d{2,}-\d/.test(link.textContent ?? '')) link.replaceWith(...Array.from(link.childNodes));
    for (const node of textNodes(doc)) {
      const m = /(?<![\d+-])((?:\+\d{1,3}-)?\d{2,5}-\d{1,4}-)(\d{3,4})(?!\d)/.exec(node.data);
      if (!m) continue;
      const row = doc.createElement('span');
      row.setAttribute('style', 'display: inline-flex');
      const first = doc.createElement('div');
      const second = doc.createElement('div');
      first.textContent = m[1]!;
      second.textContent = m[2]!;
      row.append(first, second);
      const rest = node.splitText(m.index);
      rest.data = rest.data.slice(m[0].length);
      rest.before(row);
    }
  },
  // Red team 15: each line of plain text written into a read-only, borderless textarea, after 310 zero-width spaces
  // (past the control's budget when it counted raw characters). The visitor reads the same lines.
  'every plain line in a read-only textarea after 310 zero-width spaces': (doc) => {
    for (const el of Array.from(doc.body.querySelectorAll('p, h1, h2, h3, li, td, div'))) {
      if (el.children.length > 0 || !/\S/.test(el.textContent ?? '') || el.closest('script, style, template, noscript, a, button')) continue;
      const text = (el.textContent ?? '').trim();
      const box = doc.createElement('textarea');
      box.setAttribute('readonly', '');
      box.setAttribute('rows', String(Math.max(1, Math.ceil(text.length / 40))));
      box.setAttribute('style', 'border:0;resize:none;width:100%;background:transparent;font:inherit;color:inherit;overflow:hidden');
      box.textContent = '\u200B'.repeat(310) + text;
      el.replaceChildren(box);
    }
  },
  // Red team 16: a definition-list cell drawn inline inside every word (each <p> first drawn as a <div> with the same
  // margins, where the parser lets a <dt> stand). A naive reader puts a cell's gap into the word.
  'an inline definition-list cell inside every word': (doc) => {
    paragraphsAsDivs(doc);
    insideWords(doc, () => Object.assign(doc.createElement('dt'), { style: 'display:inline' }));
  },
  // Red team 17: each text split in two block items of an inline flex box, drawn side by side on its line (a class
  // rule, so the items carry no style of their own).
  'every text split over two blocks of an inline flex box': (doc) => {
    paragraphsAsDivs(doc);
    addStyle(doc, '.fx { display: inline-flex }');
    for (const node of textNodes(doc)) {
      const chars = [...node.data];
      if (chars.length < 2 || node.parentElement?.closest('button, option, select') !== null) continue;
      const half = Math.ceil(chars.length / 2);
      const box = span(doc, '', { class: 'fx' });
      box.append(Object.assign(doc.createElement('div'), { textContent: chars.slice(0, half).join('') }), Object.assign(doc.createElement('div'), { textContent: chars.slice(half).join('') }));
      node.replaceWith(box);
    }
  },
  // Red team 16: the Kangxi radicals (⾦ ⼊ ⼿ ⼀), drawn as the kanji 金 入 手 一, for every kanji that has one, and ⼀ for
  // the dashes between digits.
  'Kangxi radicals for the kanji they are drawn as': (doc) => {
    for (const node of textNodes(doc)) node.data = node.data.replace(/(?<=\d)[-－ー](?=\d)/g, '\u2F00').replace(KANJI_WITH_RADICAL, (c) => RADICAL_OF.get(c) ?? c);
  },
  // Red team 16: Cherokee and Lisu capitals for the Latin ones they look like (ᏢayPay, ᏞINE, Ꮐoogle).
  'Cherokee and Lisu capitals for Latin capitals': (doc) => {
    for (const node of textNodes(doc)) node.data = node.data.replace(/[A-Z]/g, (c) => LATIN_LOOK_ALIKE[c] ?? c);
  },
  // Red team 16: kanji drawn like katakana inside katakana words (ブ口ック, クレジット力ード, パスワ一ド, ギフ卜カード).
  'kanji for the katakana they look like, inside katakana words': (doc) => {
    for (const node of textNodes(doc)) node.data = node.data.replace(/(?<=[\u30A1-\u30FA\u30FC])[ロカエーハニタオト](?=[\u30A1-\u30FA\u30FC])/g, (c) => KANJI_LOOK_ALIKE[c] ?? c);
  },
};

/** Each <p> as a <div> with the same margins: the parser closes a <p> at a block inside it, a <div> holds one. */
function paragraphsAsDivs(doc: Document): void {
  for (const p of Array.from(doc.body.querySelectorAll('p'))) {
    const div = doc.createElement('div');
    for (const attr of Array.from(p.attributes)) div.setAttribute(attr.name, attr.value);
    div.setAttribute('style', `margin:1em 0;${p.getAttribute('style') ?? ''}`);
    div.append(...Array.from(p.childNodes));
    p.replaceWith(div);
  }
}

// Each Kangxi radical (U+2F00–2FD5) is the kanji NFKC makes of it; the kanji are replaced by their radical.
const RADICAL_OF = new Map(Array.from({ length: 0xd6 }, (_, i) => String.fromCodePoint(0x2f00 + i)).map((r) => [r.normalize('NFKC'), r] as const));
const KANJI_WITH_RADICAL = new RegExp(`[${[...RADICAL_OF.keys()].join('')}]`, 'g');
const LATIN_LOOK_ALIKE: Record<string, string> = { A: 'ꓮ', B: 'ꓐ', C: 'Ꮯ', D: 'Ꭰ', E: 'Ꭼ', G: 'Ꮐ', H: 'Ꮋ', J: 'Ꭻ', K: 'Ꮶ', L: 'Ꮮ', M: 'Ꮇ', N: 'ꓠ', O: 'ꓳ', P: 'Ꮲ', R: 'Ꭱ', S: 'Ꮪ', T: 'Ꭲ', U: 'ꓴ', V: 'Ꮩ', W: 'Ꮃ', X: 'ꓫ', Y: 'ꓬ', Z: 'Ꮓ' };
const KANJI_LOOK_ALIKE: Record<string, string> = { ロ: '口', カ: '力', エ: '工', ー: '一', ハ: '八', ニ: '二', タ: '夕', オ: '才', ト: '卜' };

/** Moves the body's content into one `tag` element with `attrs`. */
function wrapBody(doc: Document, tag: string, attrs: Record<string, string>): void {
  const wrapper = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) wrapper.setAttribute(k, v);
  // Scripts stay where they are: moved into a fallback they would not run in every browser alike.
  for (const child of Array.from(doc.body.childNodes)) if ((child as Element).localName !== 'script') wrapper.append(child);
  doc.body.prepend(wrapper);
}

/** Edits only a reader with layout can see through (what is painted over what): they test the browser only. */
export const BROWSER_ONLY_EDITS: ReadonlySet<string> = new Set(['a helper headline and advice painted under a white box']);

/** Edits a browser draws past by itself (it reads the cascade and media): they test readers without layout only. */
export const SCAN_ONLY_EDITS: ReadonlySet<string> = new Set([
  'the body marked aria-hidden',
  'a hidden body shown by its own style',
  'a rule hiding the body that a later rule overrides',
  'a rule hiding the body for print only',
]);
