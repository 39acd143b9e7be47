// Style and visibility for the snapshot: what is hidden (statically from markup and style sheets, or from the
// rendered page), and how large, red and high up a block's text stands. Part of the collector's single pass.
import { LIMITS } from './limits';
import { renderedText, styleRules } from './elements';

const INLINE_HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:!important\s*)?(?:;|$)|font-size\s*:\s*0(?:\.0+)?(?:px|em|rem|pt)?\s*(?:!important\s*)?(?:;|$)/i;
const CSS_COMMENT = /\/\*[\s\S]*?(?:\*\/|$)/g;
// Text that stays in the layout but out of sight: transparent, too small to read, far off the page, clipped away.
// A letter hidden this way inside a word splits the word for a reader of the DOM and not for the visitor.
const INLINE_UNSEEN = /(?:^|[;\s])(?:color\s*:\s*(?:transparent|rgba\([^)]*[,/]\s*0(?:\.0+)?\s*\))|font-size\s*:\s*(?:[0-3](?:\.\d+)?px|0?\.[0-2]\d*r?em)|(?:left|top|text-indent|margin-left|margin-top)\s*:\s*-\d{4,}|clip\s*:\s*rect\(\s*0[^)]*\)|clip-path\s*:\s*(?:inset\(\s*50%|circle\(\s*0))/i;
// Smallest font size a visitor can read, in px.
const READABLE_PX = 4;

export interface BlockStyle {
  fontPx: number;
  red: boolean;
  /** Distance from the top of the document in px; -1 when unknown. */
  top: number;
  /** Off the page or shrunk below reading size: a decoy, not something the visitor sees. */
  hidden: boolean;
}

/** Visibility and style lookups for one document: static (markup and style sheets, for jsdom) or rendered. */
export class PageStyle {
  private budget = LIMITS.styleLookups;
  private hiddenSelector = '';
  private lastParent: Element | null = null;
  private lastParentVisible = true;
  private readonly view: (Window & typeof globalThis) | null;

  constructor(
    private readonly doc: Document,
    private readonly layout: boolean,
  ) {
    this.view = (doc.defaultView as (Window & typeof globalThis) | null) ?? null;
  }

  /** Reads the style sheets' hiding rules once (static pages only) and their bidi overrides (both). */
  prepare(): void {
    this.rules = styleRules(this.doc);
    if (!this.layout) {
      this.hiddenSelector = staticHiddenSelector(this.doc, this.rules);
      this.inlineSelector = this.rules.filter((r) => r.style?.display?.startsWith('inline')).slice(0, LIMITS.hiddenSelectors).map((r) => r.selectorText).join(', ');
    }
    this.overridden = rtlOverrides(this.doc, this.rules);
  }

  private inlineSelector = '';

  /**
   * A block element drawn inline (a <legend> or <div> styled display:inline inside a sentence): it does not break the
   * line, so it must not split the words around it.
   */
  drawnInline(el: Element): boolean {
    if (this.layout) return this.view !== null && this.view.getComputedStyle(el).display.startsWith('inline');
    let style = el.getAttribute('style');
    if (style?.includes('/*')) style = style.replace(CSS_COMMENT, '');
    if (style && /display\s*:\s*inline/i.test(style)) return true;
    try {
      return this.inlineSelector !== '' && el.matches(this.inlineSelector);
    } catch {
      return false;
    }
  }

  /** The page's style rules, nested and imported ones too (read once, for every use). */
  rules: readonly CSSStyleRule[] = [];

  /** Elements a style sheet draws right to left with a bidi override. */
  private overridden: ReadonlySet<Element> = new Set();

  /** Drawn right to left by a bidi override (a style sheet's rule or its own style attribute). */
  reversed(el: Element): boolean {
    if (this.overridden.has(el)) return true;
    const style = el.getAttribute('style');
    return style !== null && RTL_OVERRIDE_INLINE.test(style) && /direction\s*:\s*rtl/i.test(style);
  }

  /** The text of an element drawn with a right-to-left override, as the visitor reads it; null when it is not one. */
  drawnText(el: Element): string | null {
    const rtl = el.localName === 'bdo' ? /^rtl$/i.test((el.getAttribute('dir') ?? '').trim()) : this.reversed(el);
    if (!rtl) return null;
    return [...renderedText(el)].reverse().join('');
  }

  /** Hidden by its own markup or a style sheet; with layout, rendered visibility is checked per text holder instead. */
  isHidden(el: Element, tag: string): boolean {
    if (this.layout) return false;
    if (el.hasAttribute('hidden')) return true;
    if (tag === 'dialog' && !el.hasAttribute('open')) return true;
    let style = el.getAttribute('style');
    if (style?.includes('/*')) style = style.replace(CSS_COMMENT, ''); // display:/**/none is display:none
    if (style && (INLINE_HIDDEN.test(style) || INLINE_UNSEEN.test(style))) return true;
    if (el.getAttribute('aria-hidden') === 'true') return true;
    return this.hiddenSelector !== '' && el.matches(this.hiddenSelector);
  }

  /**
   * Rendered visibility, cached for consecutive text of one element: display, visibility and opacity (up the tree,
   * by the browser), then what leaves text in the layout but out of sight — transparent, unreadably small, off the
   * page to the left or top, or clipped to a point (the element or its nearest ancestors).
   */
  visible(el: Element): boolean {
    if (el === this.lastParent) return this.lastParentVisible;
    this.lastParent = el;
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    let visible = typeof check === 'function' ? check.call(el, { opacityProperty: true, visibilityProperty: true }) : true;
    if (visible && this.view && el.localName !== 'br') visible = !this.outOfSight(el, this.view);
    this.lastParentVisible = visible;
    return visible;
  }

  /** Visibility checks left for blocks without signal words (see the collector's flush). */
  private visibilityBudget: number = LIMITS.visibilityChecks;

  /** Takes `count` checks from the page's budget; false (and nothing taken) when too few are left. */
  spendVisibilityChecks(count: number): boolean {
    if (count > this.visibilityBudget) return false;
    this.visibilityBudget -= count;
    return true;
  }

  private outOfSight(el: Element, view: Window & typeof globalThis): boolean {
    const cs = view.getComputedStyle(el);
    if ((cssPx(cs.fontSize) || READABLE_PX) < READABLE_PX) return true;
    // Gradient text (transparent fill over a background clipped to the glyphs) and shadowed text are seen.
    const fill = cs.getPropertyValue('-webkit-text-fill-color') || cs.color;
    if (isTransparent(fill) && isTransparent(cs.color) && !/text/.test(cs.getPropertyValue('background-clip')) && (cs.textShadow || 'none') === 'none') return true;
    if (cs.display === 'contents') return false; // no box of its own: its text is laid out in the parent's
    const r = el.getBoundingClientRect();
    if (r.right + (view.scrollX || 0) <= 0 || r.bottom + (view.scrollY || 0) <= 0) return true;
    // The screen-reader-only pattern: a box of a pixel or none, its overflow hidden or clipped, holding the text.
    if (clipsToAPoint(cs, r)) return true;
    // A fixed or absolute box is not clipped by the static boxes around it, and <body>'s overflow is the viewport's.
    if (cs.position === 'fixed' || cs.position === 'absolute') return false;
    for (let box = el.parentElement, up = 1; box && up < 3 && box !== this.doc.body && box !== this.doc.documentElement; box = box.parentElement, up++) {
      let clips = this.clipping.get(box);
      if (clips === undefined) {
        clips = clipsToAPoint(view.getComputedStyle(box), box.getBoundingClientRect());
        this.clipping.set(box, clips);
      }
      if (clips) return true;
    }
    return false;
  }

  /** Ancestors already asked whether they clip their content to a point (siblings share them). */
  private readonly clipping = new WeakMap<Element, boolean>();

  /** Font size, colour and position of a block's elements, within a page-wide budget of lookups. */
  of(elements: readonly Element[]): BlockStyle {
    const style: BlockStyle = { fontPx: 0, red: false, top: -1, hidden: false };
    const view = this.view;
    if (!view || elements.length === 0 || this.budget <= 0) return style;
    for (const el of elements) {
      if (this.budget-- <= 0) break;
      const cs = view.getComputedStyle(el);
      const px = cssPx(cs.fontSize) || cssPx(/font-size\s*:\s*([^;]+)/i.exec(el.getAttribute('style') ?? '')?.[1] ?? '');
      style.fontPx = Math.max(style.fontPx, px);
      style.red ||= isRed(cs.color || el.getAttribute('color') || '');
      if (this.layout) {
        const r = el.getBoundingClientRect();
        const top = r.top + (view.scrollY || 0);
        if (style.top < 0 || top < style.top) style.top = Math.max(0, Math.round(top));
        // Text pushed off the page or shrunk below reading size is a decoy, not something the visitor sees.
        if (r.right <= 0 || r.bottom + (view.scrollY || 0) <= 0 || (px > 0 && px < 4)) style.hidden = true;
      }
    }
    return style;
  }
}

const RTL_OVERRIDE_INLINE = /unicode-bidi\s*:\s*(?:bidi-override|isolate-override)/i;
// Rules read for bidi overrides, and elements taken from them.
const OVERRIDE_RULES = 100;
const OVERRIDE_ELEMENTS = 200;

/** Elements the style sheets draw right to left with unicode-bidi: bidi-override (characters stored backwards). */
function rtlOverrides(doc: Document, rules: readonly CSSStyleRule[]): Set<Element> {
  const found = new Set<Element>();
  let matched = 0;
  for (const r of rules) {
    const css = r.style?.cssText ?? '';
    if (!RTL_OVERRIDE_INLINE.test(css) || !/direction\s*:\s*rtl/i.test(css)) continue;
    if (++matched > OVERRIDE_RULES || found.size >= OVERRIDE_ELEMENTS) break;
    try {
      for (const el of Array.from(doc.querySelectorAll(r.selectorText)).slice(0, OVERRIDE_ELEMENTS)) found.add(el);
    } catch {
      // a selector this engine cannot read
    }
  }
  return found;
}

/** One selector list of the stylesheet rules that hide elements (display:none, visibility:hidden…), for jsdom. */
function staticHiddenSelector(doc: Document, rules: readonly CSSStyleRule[]): string {
  const selectors: string[] = [];
  for (const r of rules) {
    const s = r.style;
    if (!s) continue;
    const hides =
      s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0' || /^0(?:\.0+)?(?:px|em|rem|pt)?$/.test(s.fontSize) || INLINE_UNSEEN.test(s.cssText) || clippedToAPoint(s);
    if (!hides) continue;
    try {
      doc.documentElement?.matches(r.selectorText); // drops selectors the engine cannot parse
      selectors.push(r.selectorText);
    } catch {
      // unsupported selector: ignore it
    }
    if (selectors.length >= LIMITS.hiddenSelectors) break;
  }
  return selectors.join(', ');
}

/** A rendered box that shows none of its content: clipped away, or a pixel or less with its overflow hidden. */
function clipsToAPoint(style: CSSStyleDeclaration, box: DOMRect): boolean {
  if (/inset\(\s*50%|circle\(\s*0/.test(style.clipPath) || /^rect\(0(?:px)?,? 0(?:px)?,? 0(?:px)?,? 0(?:px)?\)$/.test(style.clip)) return true;
  return style.overflow !== 'visible' && style.display !== 'inline' && (box.width <= 1 || box.height <= 1);
}

/** A box of a pixel or none that hides what overflows it (the screen-reader-only pattern). */
function clippedToAPoint(s: CSSStyleDeclaration): boolean {
  if (!/hidden|clip/.test(s.overflow ?? '')) return false;
  const tiny = (v: string) => /^[01](?:px)?$/.test((v ?? '').trim());
  return tiny(s.width) || tiny(s.height);
}

/** A colour with no alpha: transparent, rgba(…, 0), #rrggbb00. */
export function isTransparent(color: string): boolean {
  const c = color.trim().toLowerCase();
  return c === 'transparent' || /^rgba\([^)]*[,/]\s*0(?:\.0+)?\s*\)$/.test(c) || /^#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)$/.test(c);
}

/** A CSS length as px; relative units against the 16px default (jsdom reports them unresolved). */
function cssPx(value: string): number {
  const m = /^\s*([\d.]+)\s*(px|pt|em|rem|%)?/i.exec(value);
  if (!m) return 0;
  const n = parseFloat(m[1]!);
  switch ((m[2] ?? 'px').toLowerCase()) {
    case 'pt':
      return n * (4 / 3);
    case 'em':
    case 'rem':
      return n * 16;
    case '%':
      return (n / 100) * 16;
    default:
      return n;
  }
}

const RED_NAMES = new Set(['red', 'crimson', 'darkred', 'firebrick', 'orangered', 'tomato']);

/** Red-ish text: the colour of alarm on billing screens. */
export function isRed(color: string): boolean {
  const c = color.trim().toLowerCase();
  if (RED_NAMES.has(c)) return true;
  let r: number, g: number, b: number;
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(c);
  if (rgb) [r, g, b] = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  else {
    const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(c);
    if (!hex) return false;
    const h = hex[1]!.length === 3 ? hex[1]!.replace(/./g, '$&$&') : hex[1]!;
    [r, g, b] = [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  return r >= 170 && g <= 90 && b <= 90;
}
