// Style and visibility for the snapshot: what is hidden (statically from markup and style sheets, or from the
// rendered page), and how large, red and high up a block's text stands. Part of the collector's single pass.
import { LIMITS } from './limits';

const INLINE_HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|font-size\s*:\s*0(?:px|em|rem|pt)?\s*(?:;|$)/i;

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

  /** Reads the style sheets' hiding rules once (static pages only). */
  prepare(): void {
    if (!this.layout) this.hiddenSelector = staticHiddenSelector(this.doc);
  }

  /** Hidden by its own markup or a style sheet; with layout, rendered visibility is checked per text holder instead. */
  isHidden(el: Element, tag: string): boolean {
    if (this.layout) return false;
    if (el.hasAttribute('hidden')) return true;
    if (tag === 'dialog' && !el.hasAttribute('open')) return true;
    const style = el.getAttribute('style');
    if (style && INLINE_HIDDEN.test(style)) return true;
    if (el.getAttribute('aria-hidden') === 'true') return true;
    return this.hiddenSelector !== '' && el.matches(this.hiddenSelector);
  }

  /** Rendered visibility (display, visibility, opacity), cached for consecutive text of one element. */
  visible(el: Element): boolean {
    if (el === this.lastParent) return this.lastParentVisible;
    this.lastParent = el;
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    this.lastParentVisible = typeof check === 'function' ? check.call(el, { opacityProperty: true, visibilityProperty: true }) : true;
    return this.lastParentVisible;
  }

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

/** One selector list of the stylesheet rules that hide elements (display:none, visibility:hidden…), for jsdom. */
function staticHiddenSelector(doc: Document): string {
  const selectors: string[] = [];
  try {
    for (const sheet of Array.from(doc.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules ?? [])) {
        const r = rule as CSSStyleRule;
        if (!r.selectorText || !r.style) continue;
        const s = r.style;
        const hides =
          s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0' || /^0(?:px|em|rem|pt)?$/.test(s.fontSize);
        if (!hides) continue;
        try {
          doc.documentElement?.matches(r.selectorText); // drops selectors the engine cannot parse
          selectors.push(r.selectorText);
        } catch {
          // unsupported selector: ignore it
        }
        if (selectors.length >= LIMITS.hiddenSelectors) break;
      }
    }
  } catch {
    return '';
  }
  return selectors.join(', ');
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
