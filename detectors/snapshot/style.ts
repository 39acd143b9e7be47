// Style and visibility for the snapshot: what is hidden (statically from markup and style sheets, or from the
// rendered page), and how large, red and high up a block's text stands. Part of the collector's single pass.
import { LIMITS, type Budget } from './limits';
import { renderedText } from './elements';
import { styleRules } from './sources/generated';

const INLINE_HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:!important\s*)?(?:;|$)|font-size\s*:\s*0(?:\.0+)?(?:px|em|rem|pt)?\s*(?:!important\s*)?(?:;|$)/i;
const CSS_COMMENT = /\/\*[\s\S]*?(?:\*\/|$)/g;
// Text that stays in the layout but out of sight: transparent or nearly, too small to read or shrunk by a
// transform, far off the page, clipped away.
// A letter hidden this way inside a word splits the word for a reader of the DOM and not for the visitor.
const INLINE_UNSEEN = /(?:^|[;\s])(?:color\s*:\s*(?:transparent|rgba\([^)]*[,/]\s*0?(?:\.0\d*)?\s*\))|font-size\s*:\s*(?:[0-3](?:\.\d+)?px|0?\.[0-2]\d*r?em)|(?:left|top|text-indent|margin-left|margin-top)\s*:\s*-\d{4,}|(?:left|margin-left|text-indent)\s*:\s*\d{4,}px|clip\s*:\s*rect\(\s*0[^)]*\)|clip-path\s*:\s*(?:inset\(\s*(?:[5-9]\d|100)%|circle\(\s*0|polygon\(\s*([^,()]+?)\s*(?:,\s*\1\s*)+\))|opacity\s*:\s*0?\.0\d*\s*(?:!important\s*)?(?:;|$)|transform\s*:[^;]*scale[XY]?\(\s*0?(?:\.[01]\d*)?\s*[,)]|scale\s*:\s*0?(?:\.[01]\d*)?\s*(?:;|$))/i;
// A box of no height or width that clips what overflows it (「height:0;overflow:hidden」): its content is drawn nowhere.
const ZERO_BOX = /(?:^|[;\s])(?:max-)?(?:height|width)\s*:\s*0(?:\.0+)?(?:px|em|rem|%|vh|vw)?\s*(?:!important\s*)?(?:;|$)/i;
const CLIPS_OVERFLOW = /(?:^|[;\s])overflow(?:-[xy])?\s*:\s*(?:hidden|clip)\b/i;
const zeroBox = (css: string): boolean => ZERO_BOX.test(css) && CLIPS_OVERFLOW.test(css);
// Ruby text this large, against its ruby's font size, is no reading in small type: it is drawn as the line is.
const RUBY_TEXT_SIZE = 0.8;
// A reading is a few kana per character of its base; longer than this, it is a sentence set over the base.
const READING_PER_BASE_CHAR = 4;
const RUBY_PARTS = 32;

/** Whether ruby text reads as text of its own: over an empty base, or far longer than any reading of its base. */
function rubyTextStandsAlone(rt: Element): boolean {
  const ruby = rt.parentElement;
  if (!ruby) return true;
  // Ruby markup of many parts is real ruby; its bases are not read over and over for each of its readings.
  if (ruby.childNodes.length > RUBY_PARTS) return false;
  let base = '';
  for (const node of ruby.childNodes) {
    if (node.nodeType === 3) base += node.textContent ?? '';
    else if (node.nodeType === 1 && (node as Element).localName !== 'rt' && (node as Element).localName !== 'rp') base += node.textContent ?? '';
  }
  const baseChars = base.replace(/\s/g, '').length;
  const ownChars = (rt.textContent ?? '').replace(/\s/g, '').length;
  return ownChars > 0 && (baseChars === 0 || ownChars > baseChars * READING_PER_BASE_CHAR + 2);
}

// Smallest font size a visitor can read, in px.
const READABLE_PX = 4;
// Left of this (twice the viewport at least) a positioned box is off the page to the right.
const FAR_RIGHT_MIN = 1280;

export interface BlockStyle {
  fontPx: number;
  red: boolean;
  /** Distance from the top of the document in px; -1 when unknown. */
  top: number;
  /** Off the page or shrunk below reading size: a decoy, not something the visitor sees. */
  hidden: boolean;
}

/** Visibility and style lookups for one document: static (markup and style sheets, for jsdom) or rendered. */
// Below this size in both directions a picture shows nothing a visitor can read.
const TINY_PX = 4;

export class PageStyle {
  private budget = LIMITS.styleLookups;
  private hiddenSelector = '';
  private unseenSelector = '';
  private lastParent: Element | null = null;
  private lastParentVisible = true;
  private readonly view: (Window & typeof globalThis) | null;

  constructor(
    private readonly doc: Document,
    private readonly layout: boolean,
    private readonly readBudget: Pick<Budget, 'styleRules'>,
  ) {
    this.view = (doc.defaultView as (Window & typeof globalThis) | null) ?? null;
  }

  /** Reads the style sheets' hiding rules once (static pages only) and their bidi overrides (both). */
  prepare(): void {
    this.rules = styleRules(this.doc, this.readBudget);
    if (!this.layout) {
      this.hiddenSelector = staticHiddenSelector(this.doc, this.rules);
      this.unseenSelector = staticUnseenSelector(this.doc, this.rules);
      this.displayRules = cascadeEntries(this.doc, this.rules, 'display');
      this.visibilityRules = cascadeEntries(this.doc, this.rules, 'visibility');
      this.inlineSelector = this.rules.filter((r) => /^(?:inline|contents)/.test(r.style?.display ?? '')).slice(0, LIMITS.hiddenSelectors).map((r) => r.selectorText).join(', ');
      this.inlineFlexSelector = this.rules
        .filter((r) => r.style?.display === 'inline-flex' && !/column/.test(`${r.style.flexDirection} ${r.style.flexFlow}`))
        .slice(0, LIMITS.hiddenSelectors)
        .map((r) => r.selectorText)
        .join(', ');
    }
    this.overridden = rtlOverrides(this.doc, this.rules);
    this.reorderedBoxes = reorderedBoxes(this.doc, this.rules);
  }

  /** Flex boxes whose items a style puts in another order than the markup's (row-reverse, order). */
  private reorderedBoxes: ReadonlySet<Element> = new Set();

  /**
   * The text of a flex box whose items are drawn in another order than written (「<b class=rv><span>4471</span>
   * <span>-080-</span><span>0800</span></b>」 drawn 0800-080-4471), in the order drawn; null when it is not one, or
   * too large to read this way (its items are then read as written).
   */
  reorderedText(el: Element): string | null {
    if (!this.reorderedBoxes.has(el) || el.childNodes.length > REORDER_ITEMS) return null;
    const items: { text: string; key: number; at: number }[] = [];
    const computed = this.view?.getComputedStyle(el);
    const direction = computed?.flexDirection || staticFlexDirection(el, this.rules);
    if (this.layout && computed && !/flex/.test(computed.display)) return null;
    let at = 0;
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        if (!/\S/.test((node as Text).data)) continue;
        let key = 0;
        if (this.layout) {
          const range = this.doc.createRange();
          range.selectNodeContents(node);
          const r = range.getBoundingClientRect();
          key = Math.round(r.top) * 100_000 + r.left;
        }
        items.push({ text: (node as Text).data.trim(), key, at: at++ });
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      if (this.layout && this.view) {
        const r = child.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        // Drawn position: rows top to bottom, then left to right (right to left in a right-to-left box).
        const rtl = this.view.getComputedStyle(el).direction === 'rtl';
        items.push({ text: renderedText(child), key: Math.round(r.top) * 100_000 + (rtl ? -r.right : r.left), at: at++ });
      } else {
        items.push({ text: renderedText(child), key: staticOrder(child, this.rules), at: at++ });
      }
    }
    if (items.reduce((n, i) => n + i.text.length, 0) > LIMITS.blockChars) return null;
    if (!this.layout && /reverse/.test(direction)) items.reverse();
    items.sort((a, b) => (this.layout || a.key !== b.key ? a.key - b.key : 0));
    return items.map((i) => i.text).join('');
  }

  private inlineSelector = '';

  /**
   * A block element that breaks no line where it stands: drawn inline (a <legend> or <div> styled display:inline
   * inside a sentence), with no box of its own (display: contents) or not drawn at all. It must not split the words
   * around it.
   */
  breaksNoLine(el: Element): boolean {
    if (this.layout) return this.view !== null && NO_LINE_BREAK.test(this.view.getComputedStyle(el).display);
    let style = el.getAttribute('style');
    if (style?.includes('/*')) style = style.replace(CSS_COMMENT, '');
    if (style && /display\s*:\s*(?:inline|contents)/i.test(style)) return true;
    try {
      return this.inlineSelector !== '' && el.matches(this.inlineSelector);
    } catch {
      return false;
    }
  }

  private inlineFlexSelector = '';
  private readonly flexLines = new WeakMap<Element, boolean>();

  /**
   * An item of an inline flex box laid out in a row: 「<span style="display:inline-flex"><div>感</div><div>染</div>
   * </span>」 draws one word on one line, whatever its items' own display (red team 17).
   */
  inFlexLine(el: Element): boolean {
    const parent = el.parentElement;
    if (!parent) return false;
    let known = this.flexLines.get(parent);
    if (known === undefined) {
      known = this.inlineFlexRow(parent);
      this.flexLines.set(parent, known);
    }
    return known;
  }

  private inlineFlexRow(box: Element): boolean {
    if (this.layout) {
      if (this.view === null) return false;
      const style = this.view.getComputedStyle(box);
      return style.display === 'inline-flex' && !style.flexDirection.startsWith('column');
    }
    let style = box.getAttribute('style');
    if (style?.includes('/*')) style = style.replace(CSS_COMMENT, '');
    if (style && /display\s*:\s*inline-flex/i.test(style)) return !/flex-(?:direction|flow)\s*:\s*column/i.test(style);
    try {
      return this.inlineFlexSelector !== '' && box.matches(this.inlineFlexSelector);
    } catch {
      return false;
    }
  }

  /** An element with no box of its own (display: contents) or none at all: its content is laid out in its parent's line. */
  boxless(el: Element): boolean {
    if (this.layout) return this.view !== null && /^(?:contents|none)$/.test(this.view.getComputedStyle(el).display);
    const style = el.getAttribute('style')?.replace(CSS_COMMENT, '') ?? '';
    return /display\s*:\s*contents/i.test(style);
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

  /**
   * Hidden by its own markup or a style sheet, as the cascade decides (a later or more specific rule, or the element's
   * own style, can show what a rule hides; aria-hidden hides nothing from the eye). With layout, rendered visibility
   * is checked per text holder instead.
   */
  isHidden(el: Element, tag: string): boolean {
    if (this.layout) return false;
    let style = el.getAttribute('style');
    if (style?.includes('/*')) style = style.replace(CSS_COMMENT, ''); // display:/**/none is display:none
    const ownDisplay = style ? INLINE_DISPLAY.exec(style)?.[1]?.toLowerCase() : undefined;
    // [hidden] and a closed <dialog> are hidden by the browser's own sheet, which any display the author sets beats.
    const authorShows = () => {
      if (ownDisplay !== undefined) return ownDisplay !== 'none';
      const rule = this.winner(el, this.displayRules);
      return rule !== null && !rule.hides;
    };
    if ((el.hasAttribute('hidden') || (tag === 'dialog' && !el.hasAttribute('open'))) && !authorShows()) return true;
    if (style && (INLINE_HIDDEN.test(style) || INLINE_UNSEEN.test(style) || zeroBox(style))) return true;
    // A closed <details> draws its <summary> only.
    const parent = el.parentElement;
    if (parent?.localName === 'details' && tag !== 'summary' && !parent.hasAttribute('open')) return true;
    if (this.hiddenSelector === '' || !el.matches(this.hiddenSelector)) return false;
    // A rule that hides by clipping, size or transparency hides whatever display wins (「display:inline-block;
    // width:0; clip-path:polygon(0 0,0 0,0 0)」 sets a display and hides in one rule).
    if (this.unseenSelector !== '' && el.matches(this.unseenSelector)) return true;
    // A hiding rule matched: does it win? display first (the element's own display beats any rule without !important).
    const display = this.winner(el, this.displayRules);
    if (display !== null) return ownDisplay !== undefined && !display.important ? ownDisplay === 'none' : display.hides;
    const visibility = this.winner(el, this.visibilityRules);
    if (visibility !== null) return visibility.hides;
    return true; // another way of hiding (opacity, size, clipping, transparent text)
  }

  /**
   * Whether the page draws an element the browser's own sheet does not (display:none <rp>, <datalist>, <script>,
   * <style>) or draws apart from the line (<rt> as ruby text): the author gave it a display of its own, so its text
   * stands on the page like any other.
   */
  authorDraws(el: Element, tag: string): boolean {
    if (this.layout) {
      const computed = this.view?.getComputedStyle(el);
      const display = computed?.display ?? 'none';
      if (display === 'none') return false;
      if (tag !== 'rt' || display !== 'ruby-text') return true;
      // Ruby text is a reading in small type over its base; at the size of the line around it, or over no base at
      // all, it is a sentence of its own (red team 14: a bill's sentences moved into <rt> at font-size 1em).
      const ruby = el.parentElement;
      const rubyPx = ruby ? parseFloat(this.view?.getComputedStyle(ruby).fontSize ?? '') : NaN;
      const ownPx = parseFloat(computed?.fontSize ?? '');
      return rubyTextStandsAlone(el) || (rubyPx > 0 && ownPx >= rubyPx * RUBY_TEXT_SIZE);
    }
    if (tag === 'rt' && rubyTextStandsAlone(el)) return true;
    let style = el.getAttribute('style');
    if (style?.includes('/*')) style = style.replace(CSS_COMMENT, '');
    const own = style ? INLINE_DISPLAY.exec(style)?.[1]?.toLowerCase() : undefined;
    if (own !== undefined) return own !== 'none' && own !== 'ruby-text';
    const rule = this.winner(el, this.displayRules);
    return rule !== null && !rule.hides;
  }

  private displayRules: readonly CascadeEntry[] = [];
  private cascadeBudget = CASCADE_MATCHES;
  private visibilityRules: readonly CascadeEntry[] = [];

  /**
   * The rule that sets the property for `el` by the cascade (importance, then specificity, then order); null when no
   * rule for it matches.
   */
  private winner(el: Element, entries: readonly CascadeEntry[]): { hides: boolean; important: boolean } | null {
    let best: CascadeEntry | null = null;
    let bestSpecificity = -1;
    for (const e of entries) {
      // Past the page's budget of selector matches, the hiding rule is taken as winning (as it was read before).
      if ((this.cascadeBudget -= e.alternatives.length) < 0) return { hides: true, important: false };
      const specificity = matchedSpecificity(el, e.alternatives);
      if (specificity < 0) continue;
      if (!best || Number(e.important) > Number(best.important) || (e.important === best.important && specificity >= bestSpecificity)) {
        best = e;
        bestSpecificity = specificity;
      }
    }
    return best && { hides: best.hides, important: best.important };
  }

  /**
   * Rendered visibility, cached for consecutive text of one element: display, visibility and opacity (up the tree,
   * by the browser), then what leaves text in the layout but out of sight — transparent, unreadably small, off the
   * page to the left or top, or clipped to a point (the element or its nearest ancestors).
   */
  /** A cheap first look (layout only): not rendered at all, or drawn in a box of under 2 px either way. */
  looksUnseen(el: Element): boolean {
    const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
    if (typeof check === 'function' && !check.call(el)) return true;
    const r = el.getBoundingClientRect();
    return r.width < 2 || r.height < 2;
  }

  visible(el: Element): boolean {
    if (el === this.lastParent) return this.lastParentVisible;
    this.lastParent = el;
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    let visible = typeof check === 'function' ? check.call(el, { opacityProperty: true, visibilityProperty: true }) : true;
    if (visible && this.view && el.localName !== 'br') visible = !this.outOfSight(el, this.view);
    this.lastParentVisible = visible;
    return visible;
  }

  /**
   * A picture drawn smaller than a few pixels: whatever its alt text says, nothing of it reaches the eye (a 1×1
   * image labelled with advice is a page talking to us, not to its visitor).
   */
  tinyPicture(el: Element): boolean {
    if (this.layout) {
      const r = el.getBoundingClientRect();
      return r.width < TINY_PX && r.height < TINY_PX;
    }
    const size = (name: 'width' | 'height') => {
      const own = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(el.getAttribute(name) ?? '')?.[1];
      const styled = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(el.getAttribute('style') ?? '')?.[1];
      return Number(styled ?? own ?? NaN);
    };
    return size('width') < TINY_PX && size('height') < TINY_PX;
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
    // Text in the colour of the box behind it (white on white) is as unseen as transparent text.
    if (this.sameAsBackground(el, fill === '' || isTransparent(fill) ? cs.color : fill, view)) return true;
    if (cs.display === 'contents') return false; // no box of its own: its text is laid out in the parent's
    if (faint(cs) || shrunk(cs)) return true;
    const r = el.getBoundingClientRect();
    // An inline box is as large as its text: none at all means a transform above it drew the text as nothing.
    if (cs.display === 'inline' && (r.width < 1 || r.height < 1)) return true;
    if (r.right + (view.scrollX || 0) <= 0 || r.bottom + (view.scrollY || 0) <= 0) return true;
    // Placed far beyond the right edge of the page (left: 9999px): no visitor scrolls sideways to read one letter.
    if (r.left + (view.scrollX || 0) >= Math.max(view.innerWidth, FAR_RIGHT_MIN) * 2 && cs.position !== 'static') return true;
    // The screen-reader-only pattern: a box of a pixel or none, its overflow hidden or clipped, holding the text.
    if (clipsToAPoint(cs, r)) return true;
    if (this.layout && this.buried(el, r, view)) return true;
    // A fixed or absolute box is not clipped by the static boxes around it, and <body>'s overflow is the viewport's.
    if (cs.position === 'fixed' || cs.position === 'absolute') return false;
    for (let box = el.parentElement, up = 1; box && up < 3 && box !== this.doc.body && box !== this.doc.documentElement; box = box.parentElement, up++) {
      let clips = this.clipping.get(box);
      if (clips === undefined) {
        const boxStyle = view.getComputedStyle(box);
        clips = faint(boxStyle) || shrunk(boxStyle) || clipsToAPoint(boxStyle, box.getBoundingClientRect());
        this.clipping.set(box, clips);
      }
      if (clips) return true;
    }
    return false;
  }

  /**
   * Painted under a box of the page: inside a layer of negative z-index, which the browser draws before the
   * backgrounds of the ordinary boxes of the same stacking context — so an opaque background of an ancestor between
   * the layer and that context, covering the text's box, hides it (advice written under the page's own white box).
   * A background image or a clipped, blended or transformed ancestor is not taken as covering: it may let text show.
   */
  private buried(el: Element, r: DOMRect, view: Window & typeof globalThis): boolean {
    const html = this.doc.documentElement;
    let node: Element | null = el;
    let up = 0;
    for (; node && up < BURIAL_DEPTH && node !== html; node = node.parentElement, up++) {
      if (this.layer(node, view) === 'under') break;
    }
    if (!node || node === html || up >= BURIAL_DEPTH) return false;
    // <body>'s background is the canvas's (drawn under everything) unless <html> has one of its own.
    const bodyIsCanvas = !opaque(view.getComputedStyle(html));
    for (let box = node.parentElement; box && box !== html && up < BURIAL_DEPTH; box = box.parentElement, up++) {
      if (this.layer(box, view) !== 'none') return false;
      if (box === this.doc.body && bodyIsCanvas) continue;
      if (opaque(view.getComputedStyle(box)) && covers(box.getBoundingClientRect(), r)) return true;
    }
    return false;
  }

  /** Whether a box starts a stacking context, and one drawn under its context's boxes (negative z-index); cached. */
  private layer(el: Element, view: Window & typeof globalThis): 'none' | 'over' | 'under' {
    let known = this.layers.get(el);
    if (known === undefined) {
      const s = view.getComputedStyle(el);
      known = !stackingContext(el, s, view) ? 'none' : Number.parseInt(s.zIndex, 10) < 0 ? 'under' : 'over';
      this.layers.set(el, known);
    }
    return known;
  }

  /** Without layout: whether an element's text is drawn in its background's colour (computed styles only). */
  drawnInBackgroundColour(el: Element): boolean {
    if (!this.view) return false;
    try {
      return this.sameAsBackground(el, this.view.getComputedStyle(el).color, this.view);
    } catch {
      return false;
    }
  }

  /**
   * Whether `color` is (all but) the colour of the background the text is drawn on: the first opaque background
   * colour of the element or an ancestor, or the page's white when none has one. Unknown — and so seen — when a
   * background image or a positioned box comes first (the text may sit on a picture or on a box beside it).
   */
  private sameAsBackground(el: Element, color: string, view: Window & typeof globalThis): boolean {
    const text = rgbOf(color);
    if (!text) return false;
    const ground = this.backgroundOf(el, view);
    return ground !== null && Math.max(Math.abs(ground[0] - text[0]), Math.abs(ground[1] - text[1]), Math.abs(ground[2] - text[2])) <= SAME_COLOUR;
  }

  private backgroundOf(el: Element, view: Window & typeof globalThis): [number, number, number] | null {
    const known = this.grounds.get(el);
    if (known !== undefined) return known;
    let ground: [number, number, number] | null = WHITE;
    const path: Element[] = [];
    for (let box: Element | null = el, up = 0; box; box = box.parentElement, up++) {
      const cached = this.grounds.get(box);
      if (cached !== undefined) {
        ground = cached;
        break;
      }
      path.push(box);
      if (up >= GROUND_DEPTH) {
        ground = null;
        break;
      }
      const bs = view.getComputedStyle(box);
      if ((bs.backgroundImage || 'none') !== 'none') {
        ground = null;
        break;
      }
      const bg = rgbOf(bs.backgroundColor);
      if (bg && bg[3] >= 0.9) {
        ground = [bg[0], bg[1], bg[2]];
        break;
      }
      if (bs.position === 'absolute' || bs.position === 'fixed') {
        ground = null;
        break;
      }
    }
    for (const box of path) this.grounds.set(box, ground);
    return ground;
  }

  private readonly grounds = new WeakMap<Element, [number, number, number] | null>();

  /** Ancestors already asked whether they clip their content to a point (siblings share them). */
  private readonly clipping = new WeakMap<Element, boolean>();
  private readonly layers = new WeakMap<Element, 'none' | 'over' | 'under'>();

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

const NO_LINE_BREAK = /^(?:inline|contents$|none$)/;
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

// Items a reordered box may have to be read in drawn order (a row of a few pieces; a longer list is read as written).
const REORDER_ITEMS = 30;
const REORDER_RULES = 200;
const REORDER_BOXES = 500;
const REORDERS = /flex-direction\s*:\s*[a-z-]*reverse|flex-flow\s*:[^;]*reverse|(?:^|[;\s])order\s*:\s*-?[1-9]/i;

/** Flex boxes whose drawn order differs from the markup's: reversed rows, or items given an order. */
function reorderedBoxes(doc: Document, rules: readonly CSSStyleRule[]): Set<Element> {
  const found = new Set<Element>();
  const add = (el: Element, isItem: boolean) => {
    const box = isItem ? el.parentElement : el;
    if (box && found.size < REORDER_BOXES) found.add(box);
  };
  let matched = 0;
  for (const r of rules) {
    const css = r.style?.cssText ?? '';
    if (!REORDERS.test(css)) continue;
    if (++matched > REORDER_RULES) break;
    const isItem = !/reverse/i.test(css);
    try {
      for (const el of Array.from(doc.querySelectorAll(r.selectorText)).slice(0, REORDER_BOXES)) add(el, isItem);
    } catch {
      // a selector this engine cannot read
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[style*="reverse" i], [style*="order" i]')).slice(0, REORDER_BOXES)) {
    const css = el.getAttribute('style') ?? '';
    if (REORDERS.test(css)) add(el, !/reverse/i.test(css));
  }
  return found;
}

/** Without layout: a box's flex-direction from its own style, else the last rule that sets it. */
function staticFlexDirection(el: Element, rules: readonly CSSStyleRule[]): string {
  const own = /flex-(?:direction|flow)\s*:\s*([^;]+)/i.exec(el.getAttribute('style') ?? '')?.[1];
  if (own) return own;
  let found = '';
  for (const r of rules) {
    const value = r.style?.getPropertyValue('flex-direction') || r.style?.getPropertyValue('flex-flow');
    if (!value) continue;
    try {
      if (el.matches(r.selectorText)) found = value;
    } catch {
      // a selector this engine cannot read
    }
  }
  return found;
}

/** Without layout: an item's order from its own style, else the last rule that sets it. */
function staticOrder(el: Element, rules: readonly CSSStyleRule[]): number {
  const own = /(?:^|[;\s])order\s*:\s*(-?\d+)/i.exec(el.getAttribute('style') ?? '')?.[1];
  if (own) return Number(own);
  let found = 0;
  for (const r of rules) {
    const value = r.style?.getPropertyValue('order');
    if (!value) continue;
    try {
      if (el.matches(r.selectorText)) found = Number(value) || 0;
    } catch {
      // a selector this engine cannot read
    }
  }
  return found;
}

const INLINE_DISPLAY = /(?:^|[;\s])display\s*:\s*([a-z-]+)/i;

/** A rule that sets display or visibility, for the cascade of static pages. */
interface CascadeEntry {
  alternatives: string[];
  hides: boolean;
  important: boolean;
}

// Selector matches the cascade may spend on one page (a hostile sheet × many hidden elements stays bounded).
const CASCADE_MATCHES = 20_000;
// Rules kept per property for the cascade: the hiding ones and those that could override them.
const CASCADE_RULES = 400;

/** The page's rules that set `property`, in order (the last CASCADE_RULES of them: later rules win ties). */
function cascadeEntries(doc: Document, rules: readonly CSSStyleRule[], property: 'display' | 'visibility'): CascadeEntry[] {
  const out: CascadeEntry[] = [];
  for (const r of rules) {
    const value = r.style?.getPropertyValue(property);
    if (!value) continue;
    const alternatives = selectorAlternatives(r.selectorText).filter((a) => {
      try {
        doc.documentElement?.matches(a);
        return true;
      } catch {
        return false; // a selector this engine cannot read
      }
    });
    if (alternatives.length === 0) continue;
    out.push({ alternatives, hides: property === 'display' ? value === 'none' : value === 'hidden' || value === 'collapse', important: r.style.getPropertyPriority(property) === 'important' });
  }
  return out.slice(-CASCADE_RULES);
}

/** The top-level selectors of a selector list (commas inside :is(…) or [attr="a,b"] do not split). */
function selectorAlternatives(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/** The highest specificity among the alternatives `el` matches (ids, classes, types as one number); -1 for none. */
function matchedSpecificity(el: Element, alternatives: readonly string[]): number {
  let best = -1;
  for (const a of alternatives) {
    let matches = false;
    try {
      matches = el.matches(a);
    } catch {
      // unreadable: skipped
    }
    if (matches) best = Math.max(best, specificity(a));
  }
  return best;
}

/** Selector specificity, approximately (the arguments of :not/:is count as written; :where counts nothing). */
function specificity(selector: string): number {
  const s = selector.replace(/:where\([^)]*\)/gi, '').replace(/"[^"]*"|'[^']*'/g, '');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)(?!not\(|is\()[\w-]+/g) ?? []).length;
  const types = (s.match(/(?:^|[\s>+~(])[a-z][\w-]*|::[\w-]+/gi) ?? []).length;
  return ids * 10_000 + classes * 100 + types;
}

/** A rule that hides what it styles other than by display or visibility: opacity, size, clipping, transparent text. */
const unseenByRule = (s: CSSStyleDeclaration): boolean =>
  s.opacity === '0' || /^0(?:\.0+)?(?:px|em|rem|pt)?$/.test(s.fontSize) || INLINE_UNSEEN.test(s.cssText) || zeroBox(s.cssText) || clippedToAPoint(s);

/** The rules that hide by other means than display or visibility (see unseenByRule), for jsdom. */
function staticUnseenSelector(doc: Document, rules: readonly CSSStyleRule[]): string {
  const selectors: string[] = [];
  for (const r of rules) {
    if (!r.style || !unseenByRule(r.style)) continue;
    try {
      doc.documentElement?.matches(r.selectorText);
      selectors.push(r.selectorText);
    } catch {
      // unsupported selector: ignore it
    }
    if (selectors.length >= LIMITS.hiddenSelectors) break;
  }
  return selectors.join(', ');
}

/** One selector list of the stylesheet rules that hide elements (display:none, visibility:hidden…), for jsdom. */
function staticHiddenSelector(doc: Document, rules: readonly CSSStyleRule[]): string {
  const selectors: string[] = [];
  for (const r of rules) {
    const s = r.style;
    if (!s) continue;
    const hides = s.display === 'none' || s.visibility === 'hidden' || unseenByRule(s);
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
  if (/inset\(\s*(?:[5-9]\d|100)%|circle\(\s*0/.test(style.clipPath) || /^rect\(0(?:px)?,? 0(?:px)?,? 0(?:px)?,? 0(?:px)?\)$/.test(style.clip)) return true;
  // A clip of no area: every point of a polygon the same, or any shape on a box with no width or height (the box
  // is what a shape's percentages and insets are measured from).
  const clip = style.clipPath || 'none';
  if (clip !== 'none' && (box.width <= 1 || box.height <= 1)) return true;
  const polygon = /^polygon\((.*)\)$/.exec(clip)?.[1];
  if (polygon && new Set(polygon.replace(/^\s*(?:nonzero|evenodd)\s*,/, '').split(',').map((p) => p.trim())).size === 1) return true;
  return style.overflow !== 'visible' && style.display !== 'inline' && (box.width <= 1 || box.height <= 1);
}

// Below this opacity text is a smudge no one reads (checkVisibility counts only opacity 0 as hidden).
const FAINT_OPACITY = 0.1;
// Below this scale (a transform) a 16 px letter is under 3 px.
const SHRUNK_SCALE = 0.2;

const faint = (style: CSSStyleDeclaration): boolean => Number.parseFloat(style.opacity) < FAINT_OPACITY;

/** Drawn at a small fraction of its size by a transform (scale(0), matrix(0, …)) or the scale property. */
function shrunk(style: CSSStyleDeclaration): boolean {
  const scale = (style as CSSStyleDeclaration & { scale?: string }).scale;
  if (scale && scale !== 'none' && scale.split(/\s+/).some((v) => Math.abs(Number.parseFloat(v)) < SHRUNK_SCALE)) return true;
  const m = /^matrix(3d)?\(([^)]*)\)/.exec(style.transform ?? '');
  if (!m) return false;
  const n = m[2]!.split(',').map(Number);
  // The area a unit square keeps: |ad − bc| for a 2D matrix, the x–y part of a 3D one.
  const [a, b, c, d] = m[1] ? [n[0]!, n[1]!, n[4]!, n[5]!] : [n[0]!, n[1]!, n[2]!, n[3]!];
  return Math.sqrt(Math.abs(a * d - b * c)) < SHRUNK_SCALE;
}

/** A box of a pixel or none that hides what overflows it (the screen-reader-only pattern). */
function clippedToAPoint(s: CSSStyleDeclaration): boolean {
  const tiny = (v: string) => /^[01](?:px)?$/.test((v ?? '').trim());
  const clipped = /hidden|clip/.test(s.overflow ?? '') || !/^(?:none)?$/.test((s.getPropertyValue?.('clip-path') ?? '').trim());
  return clipped && (tiny(s.width) || tiny(s.height));
}

// Ancestors looked at for a layer of negative z-index and the box painted over it.
const BURIAL_DEPTH = 10;

/** Whether a box starts a stacking context of its own (the common causes; others are taken as not). */
function stackingContext(el: Element, s: CSSStyleDeclaration, view: Window & typeof globalThis): boolean {
  const z = s.zIndex !== 'auto' && s.zIndex !== '';
  if (z && s.position !== 'static') return true;
  if (s.position === 'fixed' || s.position === 'sticky') return true;
  if (Number.parseFloat(s.opacity) < 1 || (s.transform || 'none') !== 'none' || (s.filter || 'none') !== 'none') return true;
  if ((s.clipPath || 'none') !== 'none' || (s.mixBlendMode || 'normal') !== 'normal' || s.isolation === 'isolate') return true;
  const mask = s.getPropertyValue('mask-image') || s.getPropertyValue('-webkit-mask-image') || 'none';
  if (mask !== 'none' || /paint|strict|content/.test(s.contain || '') || /transform|opacity|filter/.test(s.willChange || '')) return true;
  // A flex or grid item with a z-index is a context without being positioned.
  const parent = el.parentElement;
  return z && parent !== null && /flex|grid/.test(view.getComputedStyle(parent).display);
}

/** A background that hides what is drawn under it: an all but opaque colour over the whole border box. */
function opaque(s: CSSStyleDeclaration): boolean {
  const bg = rgbOf(s.backgroundColor);
  return bg !== null && bg[3] >= 0.9 && !/text/.test(s.getPropertyValue('background-clip') || '');
}

/** Whether box `outer` holds all of `inner` (within a pixel). */
function covers(outer: DOMRect, inner: DOMRect): boolean {
  return outer.left <= inner.left + 1 && outer.top <= inner.top + 1 && outer.right >= inner.right - 1 && outer.bottom >= inner.bottom - 1;
}

const WHITE: [number, number, number] = [255, 255, 255];
// Channels within this distance read as one colour (#fefefe on #fff).
const SAME_COLOUR = 12;
// Ancestors looked at for the background a text is drawn on.
const GROUND_DEPTH = 12;
const NAMED: Record<string, [number, number, number]> = { white: [255, 255, 255], black: [0, 0, 0] };

/** A CSS colour as [r, g, b, alpha] (rgb()/rgba(), #rgb, #rrggbb, white, black); null for anything else. */
export function rgbOf(color: string): [number, number, number, number] | null {
  const c = (color ?? '').trim().toLowerCase();
  const fn = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(c);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
    return [Number(fn[1]), Number(fn[2]), Number(fn[3]), alpha];
  }
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(c)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((h) => h + h).join('') : hex;
    return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16), 1];
  }
  const named = NAMED[c];
  return named ? [...named, 1] : null;
}

/** A colour with no alpha: transparent, rgba(…, 0), #rrggbb00. */
export function isTransparent(color: string): boolean {
  const c = color.trim().toLowerCase();
  // Nearly transparent (alpha under 0.1) is as unreadable as fully transparent.
  return c === 'transparent' || /^rgba\([^)]*[,/]\s*0?(?:\.0\d*)?\s*\)$/.test(c) || /^#(?:[0-9a-f]{3}0|[0-9a-f]{6}0[0-9a-f])$/.test(c);
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
