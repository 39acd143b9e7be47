// Readers of elements that mean something by their attributes rather than their text: contact links and forms,
// media, images and pictures with labels, event-handler attributes, CSS generated text and the layers a page puts
// above everything else. Pure functions of the element or document; the collector calls them from its one pass.
import type { AppLink, Contact, Media, Phone } from './schema';
import { LIMITS } from './limits';
import { clip, normalizeText } from './normalize';
import { parsePhoneDigits } from './extract';
import { fileName } from './script-hints';
import { Counters } from './counters';

const NON_SPACE = /\S/;
// CSS generated text: rules with readable text, elements per rule, and rules looked at in all (icon fonts write
// thousands of ::before rules whose content is one private-use character; they are passed over without a query).
const GENERATED_RULES = 400;
const GENERATED_ELEMENTS = 20;
const RULES_LOOKED_AT = 20_000;
// Rules setting quotes kept, and elements whose open-quote / close-quote is looked up.
const QUOTE_RULES = 50;
const QUOTE_LOOKUPS = 200;
const READABLE = /[\p{L}\p{N}]/u;
// Layers a page puts above everything else.
const LAYERS = 'dialog[open], [aria-modal="true"], [role="dialog"], [role="alertdialog"], [popover], [style*="fixed" i], [style*="sticky" i]';

/** A tel:, mailto: or LINE link as a contact channel (and, for tel:, the number dialled). */
export function linkContact(el: Element, block: number): { contact: Contact; phone: Phone | null } | null {
  const href = (el.getAttribute('href') ?? '').trim();
  if (!href) return null;
  const lower = href.slice(0, 16).toLowerCase();
  if (lower.startsWith('tel:') || lower.startsWith('callto:')) {
    let number = href.slice(href.indexOf(':') + 1);
    try {
      number = decodeURIComponent(number);
    } catch {
      // keep as written
    }
    const parsed = parsePhoneDigits(normalizeText(number));
    return {
      contact: { kind: 'tel', value: clip(number, LIMITS.valueChars), block },
      phone: parsed ? { display: clip(`tel:${number}`, LIMITS.valueChars), ...parsed, tel: true, block } : null,
    };
  }
  if (lower.startsWith('mailto:')) return { contact: { kind: 'mail', value: clip(href.slice(7).split('?')[0] ?? '', LIMITS.valueChars), block }, phone: null };
  if (/^(?:https?:\/\/)?(?:line\.me|lin\.ee|page\.line\.me)\//i.test(href) || lower.startsWith('line:')) {
    return { contact: { kind: 'line', value: clip(href, LIMITS.valueChars), block }, phone: null };
  }
  if (/^(?:https?:\/\/)?(?:t\.me|telegram\.me|open\.kakao\.com|qr\.kakao\.com)\//i.test(href) || lower.startsWith('tg:') || lower.startsWith('kakaotalk:')) {
    return { contact: { kind: 'chat', value: clip(href, LIMITS.valueChars), block }, phone: null };
  }
  return null;
}

/** A link that installs an app from outside the stores (the "video-call app" of an extortion story). */
export function appLink(el: Element, block: number): AppLink | null {
  const href = (el.getAttribute('href') ?? '').trim();
  // What the browser saves: the path as the server reads it (「.ap%6B」 is .apk), or the name a download= gives it.
  const path = percentDecoded(href.split(/[?#]/)[0] ?? '');
  const saved = el.getAttribute('download')?.trim() ?? '';
  const type = el.getAttribute('type') ?? '';
  const kind: AppLink['kind'] | null = /^itms-services:/i.test(href)
    ? 'ios-app'
    : /\.apk$/i.test(path) || /\.apk$/i.test(saved) || APK_TYPE.test(type) || /^data:application\/vnd\.android\.package-archive/i.test(href)
      ? 'apk'
      : /\.mobileconfig$/i.test(path) || /\.mobileconfig$/i.test(saved)
        ? 'profile'
        : null;
  return kind ? { kind, value: clip((/\.(?:apk|mobileconfig)$/i.test(saved) ? saved : '') || fileName(path) || href, LIMITS.valueChars), block } : null;
}

const APK_TYPE = /^\s*application\/vnd\.android\.package-archive/i;

/** A URL path with its %xx escapes decoded (twice at most; a malformed escape leaves it as it is). */
function percentDecoded(path: string): string {
  let out = path;
  for (let i = 0; i < 2 && out.includes('%'); i++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}

/** A form a visitor can fill in is a contact channel. */
export function formContact(el: Element, block: number): Contact | null {
  if (!el.querySelector('input:not([type=hidden]), textarea, select, button')) return null;
  return { kind: 'form', value: fileName(el.getAttribute('action') ?? '') || 'form', block };
}

/** What an image says to the reader: its alt text, or its aria-label or title (a bill drawn as an image). */
export function imageLabel(el: Element): string | null {
  const text = el.getAttribute('alt') || el.getAttribute('aria-label') || el.getAttribute('title');
  return text && NON_SPACE.test(text) ? text : null;
}

/** An element drawn as a picture (role=img, no text of its own) speaks through its aria-label. */
export function pictureLabel(el: Element): string | null {
  if (el.getAttribute('role') !== 'img' || NON_SPACE.test(el.textContent ?? '')) return null;
  const label = el.getAttribute('aria-label');
  return label && NON_SPACE.test(label) ? label : null;
}

/** Sounds play whether or not their element is visible (an <audio> without controls never is), so all are read. */
export function readMedia(doc: Document, media: Media[]): void {
  const found = doc.querySelectorAll('audio, video, bgsound, embed, object');
  for (let i = 0; i < found.length && media.length < LIMITS.items; i++) {
    const el = found[i]!;
    const tag = el.localName as Media['tag'];
    let src = el.getAttribute('src') ?? el.getAttribute('data') ?? '';
    if (!src && (tag === 'audio' || tag === 'video')) src = el.querySelector('source[src]')?.getAttribute('src') ?? '';
    if (!src) continue; // a <video> fed by the camera or a script has no file of its own
    const autostart = (el.getAttribute('autostart') ?? '').toLowerCase();
    media.push({
      tag,
      src: fileName(src),
      autoplay: tag === 'bgsound' || el.hasAttribute('autoplay') || autostart === 'true' || autostart === '1',
      loop: el.hasAttribute('loop') || (tag === 'bgsound' && el.getAttribute('loop') !== '1'),
      muted: el.hasAttribute('muted'),
    });
  }
}

/** The on* attributes of <html> and <body> (onload="…", onbeforeunload="…"), for static behaviour hints. */
export function handlerAttributes(doc: Document): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    for (const a of Array.from(el.attributes)) {
      if (a.name.startsWith('on')) attrs[a.name] = (attrs[a.name] ?? '') + a.value.slice(0, 10_000);
    }
  }
  return attrs;
}

/**
 * The elements the page's style sheets give ::before/::after text, with that text: what the visitor reads but the
 * DOM does not hold. Read from the rules, not from every element's computed style: a page has few such rules and
 * thousands of elements.
 */
export function generatedContent(doc: Document, sheets: readonly CSSStyleRule[] = styleRules(doc)): Map<Element, { before: string; after: string }> {
  const found = new Map<Element, { before: string; after: string }>();
  // Read only when a rule shows quotes (few pages do); the rules and lookups are bounded for hostile pages.
  let quotes: QuoteRule[] | null = null;
  let quoteLookups = 0;
  const quotesFor = (el: Element) => (quoteLookups++ < QUOTE_LOOKUPS ? quotesOf(el, (quotes ??= quoteRules(sheets))) : null);
  // Counters are read only when a rule draws one (few pages do).
  let counters: Counters | null = null;
  const counterText = (el: Element, pseudo: CSSStyleDeclaration, name: string, style?: string) =>
    (counters ??= new Counters(sheets, counterStyleRules(doc), unescapeCss, doc.defaultView)).text(el, pseudo, name, style);
  let rules = 0;
  for (const style of sheets) {
    if (rules >= GENERATED_RULES) break;
    const content = style.style?.getPropertyValue('content') ?? '';
    if (!content || content === 'none' || content === 'normal' || !/["'(]|open-quote|close-quote/.test(content)) continue;
    // Only text a reader could read is looked for on the page (not an icon font's one private-use character).
    if (!/attr\(|counters?\(|open-quote|close-quote/.test(content) && !READABLE.test(cssStrings(content).replace(/[\uE000-\uF8FF]/g, ''))) continue;
    for (const selector of style.selectorText.split(',')) {
      const pseudo = /::?(before|after)\s*$/i.exec(selector.trim());
      if (!pseudo) continue;
      rules++;
      let elements: Element[];
      try {
        elements = Array.from(doc.querySelectorAll(selector.trim().slice(0, pseudo.index).trim() || '*')).slice(0, GENERATED_ELEMENTS);
      } catch {
        continue; // a selector this engine cannot read
      }
      for (const el of elements) {
        const entry = found.get(el) ?? { before: '', after: '' };
        entry[pseudo[1]!.toLowerCase() as 'before' | 'after'] = cssContentText(content, el, quotesFor, (name, counterStyle) => counterText(el, style.style, name, counterStyle));
        found.set(el, entry);
      }
    }
  }
  return found;
}

/** The style rules of the page's sheets in order, inside @media, @supports, @layer and @import'ed sheets too. */
export function styleRules(doc: Document): CSSStyleRule[] {
  const out: CSSStyleRule[] = [];
  const view = doc.defaultView;
  let looked = 0;
  const visit = (list: CSSRuleList | undefined, depth: number) => {
    if (!list || depth > 8) return;
    for (const rule of Array.from(list)) {
      if (++looked > RULES_LOOKED_AT) return;
      const imported = (rule as CSSImportRule).styleSheet;
      if (imported) {
        try {
          visit(imported.cssRules, depth + 1);
        } catch {
          // an imported sheet from another origin
        }
        continue;
      }
      const style = rule as CSSStyleRule;
      if (style.selectorText) out.push(style);
      else if (mediaApplies((rule as CSSMediaRule).media, view)) visit((rule as CSSGroupingRule).cssRules, depth + 1);
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      visit(sheet.cssRules, 0);
    } catch {
      // a style sheet from another origin cannot be read (and is no page's own text trick we could see)
    }
  }
  return out;
}

/** The page's @counter-style rules (top level and inside applying @media), a bounded number. */
function counterStyleRules(doc: Document): CSSRule[] {
  const out: CSSRule[] = [];
  let looked = 0;
  const visit = (list: CSSRuleList | undefined, depth: number) => {
    if (!list || depth > 4) return;
    for (const rule of Array.from(list)) {
      if (++looked > RULES_LOOKED_AT) return;
      if (rule.type === 11 /* CSSRule.COUNTER_STYLE_RULE */) out.push(rule);
      else if (!(rule as CSSStyleRule).selectorText && (rule as CSSGroupingRule).cssRules && mediaApplies((rule as CSSMediaRule).media, doc.defaultView)) visit((rule as CSSGroupingRule).cssRules, depth + 1);
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      visit(sheet.cssRules, 0);
    } catch {
      // another origin's sheet
    }
  }
  return out;
}

/**
 * Whether an @media rule's queries apply to the screen the page is drawn on: the browser's answer where there is one,
 * else a desktop screen of 1280×800 (a print or speech rule never hides or shows text on screen). Rules that are
 * not @media (@supports, @layer, @container) apply.
 */
export function mediaApplies(media: MediaList | undefined, view: (Window & typeof globalThis) | null): boolean {
  const text = media?.mediaText?.trim() ?? '';
  if (!text) return true;
  if (typeof view?.matchMedia === 'function') {
    try {
      return view.matchMedia(text).matches;
    } catch {
      // fall through to the emulation
    }
  }
  return text.split(',').some((query) => screenQuery(query.trim().toLowerCase()));
}

const DESKTOP = { width: 1280, height: 800 };

function screenQuery(query: string): boolean {
  const negated = query.startsWith('not ');
  const q = negated ? query.slice(4) : query;
  const type = /^(?:only\s+)?(all|screen|print|speech|tty|tv|projection|handheld|braille|embossed|aural)\b/.exec(q)?.[1];
  let applies = type === undefined || type === 'all' || type === 'screen';
  for (const [, feature, value, unit] of q.matchAll(/\(\s*((?:min|max)-(?:width|height))\s*:\s*([\d.]+)\s*(px|em|rem)?\s*\)/g)) {
    const px = Number(value) * (unit === 'em' || unit === 'rem' ? 16 : 1);
    const size = feature!.endsWith('width') ? DESKTOP.width : DESKTOP.height;
    applies &&= feature!.startsWith('min') ? size >= px : size <= px;
  }
  return negated ? !applies : applies;
}

/** Rules that set quotes (what open-quote and close-quote show), with the strings in order. */
function quoteRules(rules: readonly CSSStyleRule[]): QuoteRule[] {
  const out: QuoteRule[] = [];
  for (const r of rules) {
    const value = r.style?.getPropertyValue('quotes') ?? '';
    if (!value || value === 'none' || value === 'auto') continue;
    const strings = [...value.matchAll(CSS_STRING)].map((m) => unescapeCss(m[1] ?? m[2] ?? ''));
    if (strings.length >= 2) out.push({ selector: r.selectorText.replace(/::?(?:before|after)\s*(?=,|$)/gi, '').trim() || '*', strings });
  }
  return out.slice(-QUOTE_RULES); // the last rules win the cascade
}

interface QuoteRule {
  selector: string;
  strings: string[];
}

/** The quotes in force on `el`: the last rule that matches it, else the nearest ancestor's (quotes inherit). */
function quotesOf(el: Element, rules: readonly QuoteRule[]): string[] | null {
  for (let at: Element | null = el, up = 0; at && up < 20; at = at.parentElement, up++) {
    for (let i = rules.length - 1; i >= 0; i--) {
      try {
        if (at.matches(rules[i]!.selector)) return rules[i]!.strings;
      } catch {
        // a selector this engine cannot read
      }
    }
  }
  return null;
}

const CSS_STRING = /"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'/g;

/** The quoted strings of a content value, unescaped, without attr() (for telling readable text from icons). */
function cssStrings(value: string): string {
  return [...value.matchAll(CSS_STRING)].map((m) => unescapeCss(m[1] ?? m[2] ?? '')).join('');
}

function unescapeCss(text: string): string {
  return text.replace(/\\([0-9a-fA-F]{1,6})\s?|\\([\s\S])/g, (_, hex: string | undefined, ch: string | undefined) => (hex ? codePoint(parseInt(hex, 16)) : ch === '\n' ? '' : ch ?? ''));
}

/**
 * The text a CSS content value shows: quoted strings (with CSS escapes such as \767B), attr() values, and
 * open-quote / close-quote with the quotes in force on the element (the outer pair); counters and images are left out.
 */
export function cssContentText(
  value: string,
  el: Element,
  quotesFor: (el: Element) => string[] | null = () => null,
  counterText: (name: string, style?: string) => string = () => '',
): string {
  let out = '';
  const token = /"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'|attr\(\s*([\w-]+)\s*\)|\b(open|close)-quote\b|\bcounters?\(\s*([\w-]+)\s*(?:,\s*(?:"[^"]*"|'[^']*')\s*)?(?:,\s*([\w-]+)\s*)?\)/g;
  for (const m of value.matchAll(token)) {
    if (m[3] !== undefined) out += el.getAttribute(m[3]) ?? '';
    else if (m[4] !== undefined) out += quotesFor(el)?.[m[4] === 'open' ? 0 : 1] ?? '';
    else if (m[5] !== undefined) out += counterText(m[5], m[6]);
    else out += unescapeCss(m[1] ?? m[2] ?? '');
    if (out.length > LIMITS.blockChars) break;
  }
  return out.slice(0, LIMITS.blockChars);
}

/** A CSS escape's character; out-of-range values and lone surrogates become U+FFFD, as CSS says (never a throw). */
const codePoint = (n: number): string => (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(n));

/** An element's text as read, without ruby readings, scripts or styles (a bounded walk). */
export function renderedText(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && text.length < LIMITS.blockChars; node = walker.nextNode()) {
    const parent = node.parentElement?.localName ?? '';
    if (parent !== 'rt' && parent !== 'rp' && parent !== 'script' && parent !== 'style') text += (node as Text).data;
  }
  return text;
}

/** What the page puts above everything else — open dialogs, fixed or sticky boxes, popovers — outermost first. */
export function layerElements(doc: Document, view: (Window & typeof globalThis) | null, layout: boolean): Element[] {
  const found = Array.from(doc.querySelectorAll(LAYERS));
  if (layout && view && doc.body) {
    // Fixed boxes styled from a stylesheet: the body's own children are where pages put them.
    for (const el of Array.from(doc.body.children).slice(-50)) if (/^(?:fixed|sticky)$/.test(view.getComputedStyle(el).position)) found.push(el);
  }
  return found.filter((el, i) => !found.some((other, j) => j !== i && other !== el && other.contains(el))).slice(0, LIMITS.layers);
}
