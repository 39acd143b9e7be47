// Builds the PageSnapshot in one pass over a live browser document or a jsdom Document.
// This (with its parts: style.ts for style and visibility, elements.ts for elements read by their attributes,
// sources/ for the places text hides beyond text nodes — form controls, image labels, generated content, shadow
// roots — which the gate reads through the same modules, walk-stack.ts for the walk's state) is the only code that
// reads the DOM; everything after it works on plain data.
import type { AppLink, Behaviour, Block, Contact, Media, PageSnapshot } from './schema';
import { LIMITS, WALK_BUDGET, type WalkBudget } from './limits';
import { LINE_BREAK, clip, hasJapanese, normalizeText } from './normalize';
import { extractFromBlock, extractSplitPhone, type Extracted } from './extract';
import { attributeHints, japaneseTextPieces, scriptHints } from './script-hints';
import type { Role } from '../define';
import { PageStyle, type BlockStyle } from './style';
import { WalkStack } from './walk-stack';
import { appLink, contactBase, contactOfHref, formContact, handlerAttributes, hrefOf, labelledDownload, layerElements, linkContact, readMedia, SEARCH_FIELD } from './elements';
import { controlText } from './sources/controls';
import { attrOnlyRules, generatedContent } from './sources/generated';
import { drawsWords, imageLabel, isImageInput, mapImage, pictureLabel } from './sources/images';
import { ShadowRoots } from './sources/shadow';
import { CLAIM_WORDS, CONTEXT_WORDS, RARE_WORDS, SIGNAL_WORDS, partsIn, partsPattern, wordsPattern } from '../vocabulary';

export interface CollectOptions {
  /** A real browser with layout: visibility, font size, colour and position come from the rendered page. */
  layout?: boolean;
  /** Also read Japanese string literals of inline scripts as text (for scanners that do not run scripts). */
  scriptText?: boolean;
  /** Behaviour recorded in the page by the observer (already validated by the caller). */
  behaviour?: readonly Behaviour[];
  /** Overrides document.URL (a scanned file's path, say). */
  url?: string;
  /** The browser's user agent: a page that writes it into its text is showing the visitor's "device data". */
  userAgent?: string;
  /**
   * A closed shadow root's content, where the runtime can reach it (an extension's content script can: Chrome's
   * chrome.dom.openOrClosedShadowRoot, Firefox's element.openOrClosedShadowRoot). A bill inside a closed shadow
   * root is on the screen like any other.
   */
  closedShadowRoot?: (el: Element) => ShadowRoot | null;
  /** Smaller caps than LIMITS' walk caps, so that a test proves a cap on a page of a few dozen elements. */
  budget?: Partial<WalkBudget>;
}

// Elements whose content is never rendered text.
const SKIP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'datalist',
  'rt', 'rp', 'iframe', 'frame', 'frameset', 'embed', 'canvas', 'audio', 'video', 'bgsound',
  'svg:style', 'input', 'meta', 'link', 'title', 'param', 'source', 'track',
]);
// <map> and MathML draw their text like any other element; an <object> draws its fallback content, its children,
// whenever the browser cannot show its resource (a page wrapped in a Flash <object> reads as before on screen).
// Elements the browser's own sheet hides, or sets apart, that a page may draw as ordinary text by giving them a
// display of its own: 「<rt style="display:block">…bill…</rt>」 is on the screen like any paragraph.
const DRAWN_IF_DISPLAYED = new Set(['rt', 'rp', 'datalist', 'script', 'style']);
// Elements that start and end a text block.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'details', 'dialog', 'div', 'dl',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'marquee', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul', 'menu', 'button',
]);
// Cells join their row's text with a space, so 「ホスト名 | ab.example.ne.jp」 stays one readable line.
const CELL = new Set(['td', 'th', 'dt', 'dd']);
const QUOTE = new Set(['blockquote', 'q', 'cite', 'figure']);
const HEADING: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
// Elements that need an attribute read are found once with a native selector, rather than reading attributes of
// every element during the walk: contact links, images with alt text, role=heading.
const MARKED = [
  // (*= rather than ^=: the browser follows 「 tel:…」 and 「t&#9;el:…」 too; tabs and line breaks anywhere)
  'a[href*="tel:" i]', 'a[href*="callto:" i]', 'a[href*="sms:" i]', 'a[href*="mailto:" i]', 'a[href*="line:" i]', 'a[href*="\\9 "]', 'a[href*="\\a "]', 'a[href*="\\d "]', 'area[href]',
  'a[href*="line.me" i]', 'a[href*="lin.ee" i]', 'a[href*="t.me/" i]', 'a[href*="kakao" i]', 'a[href^="tg:" i]',
  '[onclick*="tel:" i]', '[onclick*="mailto:" i]', '[onclick*="line.me" i]', '[onclick*="lin.ee" i]', '[onclick*="t.me/" i]', '[onclick*="kakao" i]', '[onclick*=".apk" i]', '[onclick*=".mobileconfig" i]',
  'a[href*=".apk" i]', 'a[href*=".mobileconfig" i]', 'a[href*="%" i]', 'a[download]', 'a[type]', 'a[href^="itms-services:" i]', 'img[alt]:not([alt=""])', 'img[title]', 'img[aria-label]', 'img[src^="data:image/svg" i]', '[role="img"][aria-label]', '[role="heading"]', 'form', '[contenteditable]', 'svg a',
].join(', ');
const CONTACT_HREF = /^\s*(?:tel:|callto:|sms:|mailto:|line:|tg:|kakaotalk:|itms-services:)|line\.me|lin\.ee|t\.me\/|kakao|\.apk\b|\.mobileconfig\b|%[0-9a-f]{2}/i;
const NON_SPACE = /\S/;
const PICTURES = 'img, svg, canvas, picture, input[type="image" i], [role="img"]';
// Frames of the page's own origin read for their ways to act (see frameChannels).
// A button's words that say it calls or writes; and a way to act's address as a string in a script.
const CALL_BUTTON = /電話|通話|発信|コール|LINE|ライン|call/i;
const SCRIPT_CALL = /["'`]\s*((?:tel:|callto:)\+?[\d\-() ]{8,24}|(?:https?:)?\/\/(?:line\.me|lin\.ee)\/[^"'`\s]{1,80}|line:\/\/[^"'`\s]{1,80})\s*["'`]/i;
const FRAME_CHANNELS = { frames: 10, elements: 50, chars: 600, dataChars: 64_000 };

/** A link with no words of its own whose label is a picture that says nothing we can read. */
function opaquePicture(link: Element): boolean {
  if (NON_SPACE.test(link.textContent ?? '')) return false;
  const pictures = link.querySelectorAll(PICTURES);
  if (pictures.length === 0) return /url\(/i.test(link.getAttribute('style') ?? '');
  for (let i = 0; i < pictures.length && i < 10; i++) {
    const p = pictures[i]!;
    if ((p.localName === 'img' || p.localName === 'input') && imageLabel(p)) return false;
    if ((p.localName === 'svg' || p.getAttribute('role') === 'img') && pictureLabel(p)) return false;
  }
  return true;
}
const MARKERS = /[\uE000\uE001]/;
const MARKERS_ALL = /[\uE000\uE001]/g;
// All from the engine's one vocabulary (../vocabulary.ts).
const SIGNAL_LIST = Object.values(SIGNAL_WORDS).flat();
// Words the detectors and the page context read; hidden text without any of them cannot change a verdict.
const SIGNALISH = wordsPattern([...SIGNAL_LIST, ...CONTEXT_WORDS]);
// A way to act shown masked (03-XXXX-XXXX, ○○○-○○○○) lowers a verdict: hidden, it must say nothing.
const MASKED = /[Xx×○〇●◯＊*#]{2}/;
// Past the page's caps, only what ordinary text rarely holds (a rare word, or words of two parts) and the blocks
// around it.
const RARE = wordsPattern(RARE_WORDS);
const PARTS = partsPattern();
const SPARSE_BEFORE = 6;
const SPARSE_BEFORE_MAX = 14;
const SPARSE_BEFORE_CHARS = 240;
const SPARSE_AFTER = 8;
// Style lookups (size, colour, position; off-screen decoys) are for the claims whose prominence matters and for
// the advice text a decoy would hide off-screen.
const WORTH_STYLING = wordsPattern([...CLAIM_WORDS, ...SIGNAL_WORDS.scareware, ...CONTEXT_WORDS]);
const STYLE_ELEMENTS_PER_BLOCK = 3;
// Characters of text per element below which elements up to the element cap are padding (an honest page of 200,000
// elements — a long table, a long thread — has words in most of them).
const EMPTY_ELEMENT_CHARS = 0.5;
const STATIC_STYLE_DEPTH = 100;

interface BlockDraft {
  tag: string;
  parts: string[];
  /** The element each part came from (null for separators), to check visibility only where it matters. */
  from: (Element | null)[];
  chars: number;
  heading: number;
  quoted: boolean;
  prose: boolean;
  link: boolean;
  styled: Element[];
}

/** One pass over `doc`; never throws on page content (a failing part is skipped and marked truncated). */
export function collectSnapshot(doc: Document, options: CollectOptions = {}): PageSnapshot {
  const builder = new SnapshotBuilder(doc, options);
  builder.step();
  return builder.result();
}

/**
 * The same pass in slices, for large pages in the browser: each step() works until the deadline (a
 * performance.now() time) and returns true once the snapshot is complete, so no single task blocks the page long.
 */
export class SnapshotBuilder {
  private readonly collector: Collector;
  private phase: 'start' | 'walk' | 'done' = 'start';

  constructor(doc: Document, options: CollectOptions = {}) {
    this.collector = new Collector(doc, options);
  }

  step(deadline = Infinity): boolean {
    if (this.phase === 'start') {
      this.collector.begin();
      this.phase = 'walk';
    }
    if (this.phase === 'walk' && this.collector.walkSome(deadline)) {
      this.collector.finish();
      this.phase = 'done';
    }
    return this.phase === 'done';
  }

  result(): PageSnapshot {
    if (this.phase !== 'done') this.step();
    return this.collector.result();
  }
}

class Collector {
  private readonly blocks: Block[] = [];
  private readonly out: Extracted = { phones: [], amounts: [], ips: [], ids: [], deadlines: [], contacts: [] };
  /** The start of a phone number the last block left open (see extractSplitPhone). */
  private phoneOpen = '';
  private readonly media: Media[] = [];
  private readonly apps: AppLink[] = [];
  private readonly behaviour: Behaviour[] = [];
  private scriptText = '';
  private elements = 0;
  private textChars = 0;
  private truncated = false;
  private stopped = false;
  /** Past the page's character cap: only blocks with rare or combined signal words are kept. */
  private sparse = false;
  private keepAfter = 0;
  private readonly heldBack: { draft: BlockDraft; text: string; parts: Set<Role> }[] = [];
  private readonly budget: WalkBudget;
  private blockCap: number;
  private charCap: number;
  private elementCap: number;
  private japanese = false;
  private readonly style: PageStyle;
  private readonly view: (Window & typeof globalThis) | null;
  private draft: BlockDraft = newDraft();
  /** One frame per open element: where the walk goes next and the context its text inherits. */
  private readonly stack = new WalkStack();
  private inScript = false;

  constructor(
    private readonly doc: Document,
    private readonly options: CollectOptions,
  ) {
    this.view = (doc.defaultView as (Window & typeof globalThis) | null) ?? null;
    this.budget = { ...WALK_BUDGET, ...options.budget };
    this.style = new PageStyle(doc, options.layout === true, this.budget);
    this.shadowRoots = new ShadowRoots(options.closedShadowRoot, this.budget);
    this.blockCap = this.budget.blocks;
    this.charCap = this.budget.sparseChars;
    this.elementCap = this.budget.elements;
  }

  /** ::before and ::after text of the page's style sheets, read in place during the walk (see generatedContent). */
  private generated = new Map<Element, { before: string; after: string }>();

  begin(): void {
    this.guard(() => this.style.prepare());
    this.guard(() => {
      const rules = this.options.layout ? this.style.rules : [...this.style.rules, ...attrOnlyRules(this.doc, this.budget)];
      this.generated = generatedContent(this.doc, rules, this.budget, () => this.capHit('generated'));
    });
    const root = this.doc.body ?? this.doc.documentElement;
    if (root) this.guard(() => this.startWalk(root, false));
  }

  /** Walks until the deadline; true when the walk is over (finished, capped, or failed on page content). */
  walkSome(deadline: number): boolean {
    let done = true;
    this.guard(() => (done = this.continueWalk(deadline)));
    return done;
  }

  finish(): void {
    this.walked = true;
    if (this.truncated) this.guard(() => this.readLayers());
    if (this.cappedAt) this.guard(() => this.readTail(this.cappedAt!));
    this.guard(() => this.readStructure());
    this.guard(() => this.readHandlerAttributes());
    this.guard(() => readMedia(this.doc, this.media));
    this.guard(() => scriptHints(this.scriptText, this.behaviour, this.media));
    if (this.options.scriptText) this.guard(() => this.readScriptLiterals());
    this.guard(() => this.scriptedCall());
    this.guard(() => this.readUserAgentEcho());
    for (const b of this.options.behaviour ?? []) {
      if (this.behaviour.length >= LIMITS.items) break;
      this.behaviour.push({ ...b, detail: clip(b.detail, LIMITS.valueChars) });
    }
  }

  result(): PageSnapshot {
    let title = '';
    let url = this.options.url ?? '';
    let lang = '';
    this.guard(() => {
      title = clip(normalizeText(this.doc.title ?? ''), LIMITS.titleChars);
      url = (url || this.doc.URL || '').slice(0, LIMITS.urlChars);
      lang = (this.doc.documentElement?.getAttribute('lang') ?? '').slice(0, LIMITS.nameChars);
    });
    return {
      version: 1,
      url,
      title,
      lang,
      blocks: this.blocks,
      ...this.out,
      apps: this.apps,
      media: this.media,
      behaviour: this.behaviour,
      stats: {
        elements: this.elements,
        textChars: this.textChars,
        truncated: this.truncated,
        japanese: this.japanese || hasJapanese(title),
      },
    };
  }

  /** The caps the page's own walk ran into (not the layers' and the tail's budgets after it), once each. */
  private readonly capsHit = new Set<'elements' | 'pageChars' | 'blocks' | 'generated'>();
  private walked = false;
  private charsAtElementCap = 0;

  private capHit(cap: 'elements' | 'pageChars' | 'blocks' | 'generated'): void {
    this.truncated = true;
    if (!this.walked) this.capsHit.add(cap);
  }

  /**
   * Caps are signs, not blind spots. Past a cap the layers and the tail are still read (readLayers, readTail, the
   * sparse blocks); and a page built past the caps — 200,000 elements with next to no text among them before its
   * bill, dozens of frames — is recorded as an 'oversized' behaviour the scorer can weigh. Honest long pages meet
   * the text caps too, so each sign says which cap and how.
   */
  private readStructure(): void {
    const signs: string[] = [];
    if (this.capsHit.has('elements')) signs.push(`elements>${this.budget.elements}${this.charsAtElementCap / this.budget.elements < EMPTY_ELEMENT_CHARS ? ' empty' : ''}`);
    if (this.capsHit.has('pageChars')) signs.push(`chars>${this.budget.pageChars}`);
    if (this.capsHit.has('blocks')) signs.push(`blocks>${this.budget.blocks}`);
    if (this.capsHit.has('generated')) signs.push('generated text past its budget');
    const frames = this.doc.getElementsByTagName('iframe').length + this.doc.getElementsByTagName('frame').length;
    if (frames >= this.budget.frames) signs.push(`frames ${frames}`);
    if (signs.length > 0 && this.behaviour.length < LIMITS.items) {
      this.behaviour.push({ type: 'oversized', source: 'static', gesture: null, count: 1, detail: clip(signs.join(', '), LIMITS.valueChars) });
    }
  }

  /** Page content must never make the snapshot throw: a failure ends that part and marks the snapshot. */
  private guard(work: () => void): void {
    try {
      work();
    } catch {
      this.truncated = true;
    }
  }

  /**
   * A cap stopped or thinned the walk: what the page puts above everything else — an open dialog, a fixed or sticky
   * box, a popover — is read anyway, with a budget of its own. Padding cannot push a modal bill out of sight.
   */
  private readLayers(): void {
    const layers = layerElements(this.doc, this.view, this.options.layout === true);
    if (layers.length === 0) return;
    this.stopped = false;
    this.sparse = false;
    this.blockCap = this.blocks.length + this.budget.layerBlocks;
    this.charCap = this.textChars + this.budget.layerChars;
    this.elementCap = this.elements + this.budget.layerBlocks * 10;
    const before = this.textChars;
    for (const el of layers) {
      if (this.stopped) break;
      this.walk(el, false);
    }
    // Read again, not anew: the page's own figures count once in textChars.
    this.textChars = before;
  }

  /**
   * The element cap stopped the walk (200,000 empty elements before the bill): the text after that point is still
   * read, node by node without the elements around it, keeping only blocks with signal words (as past the
   * character cap). Padding can make the walk stop; it cannot make the bill unread.
   */
  private readTail(from: Element): void {
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root) return;
    const walker = this.doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    walker.currentNode = from;
    this.stopped = false;
    this.sparse = true;
    this.blockCap = Math.max(this.blockCap, this.blocks.length + this.budget.layerBlocks);
    let block: Element | null = null;
    let nodes = 0;
    for (let node = walker.nextNode(); node && !this.stopped && nodes < this.budget.elements; node = walker.nextNode(), nodes++) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.localName) || this.isHidden(parent, parent.localName)) continue;
      const around = blockAround(parent);
      if (around !== block) {
        this.flush();
        block = around;
      }
      this.text(node as Text);
    }
    this.flush();
  }

  /** The page wrote the visitor's user agent into visible text (what an "端末情報" bluff does). */
  private readUserAgentEcho(): void {
    const ua = normalizeText(this.options.userAgent ?? '');
    if (ua.length < 20) return;
    // The product token and platform ("Mozilla/5.0 (X11; Linux x86_64)") are enough and survive line wrapping.
    const probe = ua.slice(0, Math.min(ua.length, 40));
    const block = this.blocks.find((b) => !b.script && b.text.includes(probe));
    if (block && this.behaviour.length < LIMITS.items) {
      this.behaviour.push({ type: 'user-agent', source: 'runtime', gesture: null, count: 1, detail: clip(probe, LIMITS.valueChars) });
    }
  }

  // ------------------------------------------------------------------ traversal

  /** A whole walk at once (fragments parsed from script text). */
  private walk(root: Element | DocumentFragment, fromScript: boolean): void {
    this.startWalk(root, fromScript);
    this.continueWalk(Infinity);
  }

  private walkBase = 0;

  /** Where the element cap stopped the walk. */
  private cappedAt: Element | null = null;

  /** Elements found by the native selector (browser); null where selectors are slow (jsdom): attributes are read. */
  private marked: Set<Element> | null = null;

  private startWalk(root: Element | DocumentFragment, fromScript: boolean): void {
    this.inScript = fromScript;
    // In a browser one native query is far cheaper than reading attributes of every element; in jsdom it is
    // the other way round (its selector engine took 0.7 s on a 50,000-element page).
    // (Under a <base> that dials, every relative link dials: all of them are marked then.)
    this.marked = this.options.layout ? new Set(Array.from((root as ParentNode).querySelectorAll(contactBase(this.doc) ? `${MARKED}, a[href]` : MARKED))) : null;
    this.walkBase = this.stack.depth;
    if (root.nodeType === 1) this.enter(root as Element);
    else {
      this.stack.push(null, root.firstChild, null, { heading: 0, quoted: false, article: false, link: false, block: 'body' });
    }
  }

  /**
   * Iterative depth-first walk (hostile pages nest deeper than the call stack), entering open shadow roots.
   * Stops at the deadline and resumes where it left off; returns true when the walk is over.
   */
  private continueWalk(deadline: number): boolean {
    const base = this.walkBase;
    let steps = 0;
    const stack = this.stack;
    while (stack.depth > base && !this.stopped) {
      if ((++steps & 127) === 0 && deadline !== Infinity && performance.now() > deadline) return false;
      const top = stack.depth - 1;
      const node = stack.next(top);
      if (!node) {
        if (stack.switchToLight(top)) continue;
        this.leave(top);
        continue;
      }
      stack.setNext(top, node.nextSibling);
      if (node.nodeType === 3) this.text(node as Text);
      else if (node.nodeType === 1) this.enter(node as Element);
    }
    while (stack.depth > base) this.leave(stack.depth - 1);
    this.flush();
    this.inScript = false;
    return true;
  }

  /** Reads an element's own meaning; returns false when its subtree is skipped. */
  private enter(el: Element): boolean {
    if (++this.elements > this.elementCap) {
      if (this.cappedAt === null) this.charsAtElementCap = this.textChars;
      this.capHit('elements');
      this.stopped = true;
      this.cappedAt ??= el;
      return false;
    }
    const tag = el.localName;
    if (SKIP.has(tag) && !(tag === 'template' && el.hasAttribute('shadowrootmode'))) {
      const drawn = DRAWN_IF_DISPLAYED.has(tag) && this.style.authorDraws(el, tag);
      if (!drawn || tag === 'script' || tag === 'style') this.skipped(el, tag);
      if (!drawn) return false;
      if (tag === 'script' || tag === 'style') {
        // Raw text, drawn as it is written.
        if (!this.isHidden(el, tag)) this.append(` ${(el.textContent ?? '').slice(0, LIMITS.scriptChars)} `, el);
        return false;
      }
    }
    if (tag === 'wbr') return false;
    if (tag === 'img') {
      if (this.isMarked(el, tag)) this.imageText(el);
      return false;
    }
    if (tag === 'area') {
      this.areaText(el);
      if (this.isMarked(el, tag)) this.link(el);
      return false;
    }
    // An unrendered element adds nothing, not even a line break (「削除<br hidden>費用」 reads 削除費用).
    if (this.isHidden(el, tag)) return false;
    if (tag === 'br') {
      this.append(LINE_BREAK, el);
      return false;
    }
    if (tag === 'bdo' || this.style.reversed(el)) {
      // Characters stored backwards and drawn forwards by a bidi override: read as drawn.
      const drawn = this.style.drawnText(el);
      if (drawn !== null) {
        this.append(drawn, el);
        return false;
      }
    }
    // A block element in the middle of a line of text that draws no line break keeps the line whole. A button's
    // label is a block of its own, unless it has no box (display: contents) or no text.
    if (
      BLOCK.has(tag) &&
      ((this.draft.parts.length > 0 && (tag === 'button' ? !NON_SPACE.test(el.textContent ?? '') || this.style.boxless(el) : this.style.breaksNoLine(el))) ||
        (tag !== 'button' && this.style.inFlexLine(el)))
    )
      this.drawnInline.add(el);
    else if (BLOCK.has(tag)) this.flush();
    // Items drawn in another order than written (a reversed flex row): read as drawn, their links and forms too.
    const reordered = this.style.reorderedText(el);
    if (reordered !== null) {
      this.append(reordered, el);
      for (const inner of Array.from(el.querySelectorAll('a, area, form')).slice(0, 30)) {
        if (!this.isMarked(inner, inner.localName)) continue;
        if (inner.localName === 'form') this.form(inner);
        else this.link(inner);
      }
      if (BLOCK.has(tag) && !this.drawnInline.has(el)) this.flush();
      return false;
    }
    // An element drawn as a picture (role=img, an <svg>) speaks through its label.
    const mayBeImage = tag === 'svg' || (this.marked ? this.marked.has(el) : tag === 'div' || tag === 'span' || tag === 'i');
    const picture = mayBeImage && !(tag === 'svg' && this.style.tinyPicture(el)) ? pictureLabel(el) : null;
    if (picture) this.append(` ${picture} `, el);
    // A cell's edge is a gap, unless the cell is drawn within the line (「感染して<dt style="display:inline">います」,
    // red team 16).
    else if (CELL.has(tag) && !(this.draft.parts.length > 0 && this.style.breaksNoLine(el))) this.append(' ', el);
    const stack = this.stack;
    const top = stack.depth - 1;
    let heading = stack.heading(top);
    // role=heading is read only where authors use it (div, span, p): one attribute read less per element elsewhere.
    const marked = this.isMarked(el, tag);
    heading = HEADING[tag] ?? (marked && el.getAttribute('role') === 'heading' ? Math.min(6, Math.max(1, Math.trunc(Number(el.getAttribute('aria-level'))) || 2)) : heading);
    const quoted = stack.quoted(top) || QUOTE.has(tag);
    const article = stack.article(top) || tag === 'article';
    let link = stack.link(top);
    if (tag === 'a' || tag === 'area') {
      link = true;
      if (marked) this.link(el);
      else if (tag === 'a' && this.apps.length < LIMITS.items) {
        const download = labelledDownload(el, this.blocks.length);
        if (download) this.apps.push(download);
      }
    } else if (tag === 'form' && marked) this.form(el);
    // A box the visitor can type into (contenteditable) is a field like an <input> (red team 7).
    else if (marked && /^(?:|true|plaintext-only)$/i.test(el.getAttribute('contenteditable') ?? 'false')) this.looseField(el);
    else if (marked && el.hasAttribute('onclick')) {
      // A button that dials or opens a chat by script is a link the visitor taps.
      link = true;
      this.link(el);
    }
    if (this.callButtonBlock < 0 && (tag === 'button' || (tag === 'a' && !marked && /^\s*(?:#.*|javascript:.*)?$/i.test(el.getAttribute('href') ?? ''))) && CALL_BUTTON.test((el.textContent ?? '').slice(0, 40)))
      this.callButtonBlock = this.blocks.length;
    const shadow = this.shadowRoots.of(el, tag);
    const block = (BLOCK.has(tag) && !this.drawnInline.has(el)) || CELL.has(tag) ? tag.slice(0, LIMITS.nameChars) : stack.block(top);
    stack.push(el, shadow ? shadow.firstChild : el.firstChild, shadow ? el.firstChild : null, { heading, quoted, article, link, block });
    // What the visitor reads but the DOM does not hold (「登」 in a ::before, 「録完了」 in the element), where it is drawn.
    const before = this.generated.get(el)?.before;
    if (before && NON_SPACE.test(before)) this.append(before, el);
    return true;
  }

  /** Block elements within a line of text that break no line (see PageStyle.breaksNoLine). */
  private readonly drawnInline = new Set<Element>();

  /** Shadow roots the walk enters: open, declarative, and closed within the budget's lookups (sources/shadow.ts). */
  private readonly shadowRoots: ShadowRoots;

  /** Whether `el` is one of the elements whose attributes matter (see MARKED). */
  private isMarked(el: Element, tag: string): boolean {
    if (this.marked) return this.marked.has(el);
    if (tag === 'a' || tag === 'area') return CONTACT_HREF.test(hrefOf(el)) || el.hasAttribute('download') || el.hasAttribute('type');
    if (tag === 'img') return Boolean(el.getAttribute('alt') || el.getAttribute('title') || el.getAttribute('aria-label')) || drawsWords(el);
    if (tag === 'form') return true;
    if (el.hasAttribute('onclick') && CONTACT_HREF.test(hrefOf(el))) return true;
    if (el.hasAttribute('contenteditable')) return true;
    return (tag === 'div' || tag === 'span' || tag === 'p') && el.getAttribute('role') === 'heading';
  }

  private leave(top: number): void {
    const el = this.stack.el(top);
    const after = el ? this.generated.get(el)?.after : undefined;
    if (after && NON_SPACE.test(after)) this.append(after, el);
    if (el && BLOCK.has(el.localName) && !this.drawnInline.has(el)) this.flush();
    this.stack.pop();
  }

  private isHidden(el: Element, tag: string): boolean {
    return this.style.isHidden(el, tag);
  }

  // ------------------------------------------------------------------ text and blocks

  private text(node: Text): void {
    let data = node.data;
    // Our own line-break markers must not come from the page (they would split words where we cannot see it).
    if (MARKERS.test(data)) data = data.replace(MARKERS_ALL, '');
    if (!data) return;
    if (!NON_SPACE.test(data)) {
      // Keep whether it was a line break: between Japanese characters that is no gap at all.
      if (this.draft.parts.length > 0) {
        this.draft.parts.push(data.includes('\n') ? '\n' : ' ');
        this.draft.from.push(null);
      }
      return;
    }
    this.append(data, node.parentElement);
  }

  private append(data: string, parent: Element | null): void {
    const d = this.draft;
    const stack = this.stack;
    const top = stack.depth - 1;
    if (data !== ' ' && data !== LINE_BREAK) {
      const inLink = stack.link(top);
      if (d.tag === '') {
        d.link = inLink;
        d.tag = stack.block(top);
      } else d.link &&= inLink;
      if (top >= 0) {
        d.heading = Math.max(d.heading, stack.heading(top));
        d.quoted ||= stack.quoted(top);
        d.prose ||= stack.article(top);
      }
      // jsdom computes inherited styles by recursing up the tree: on a deep element that costs seconds.
      const shallowEnough = this.options.layout || stack.depth < STATIC_STYLE_DEPTH;
      if (parent && shallowEnough && d.styled.length < STYLE_ELEMENTS_PER_BLOCK && !d.styled.includes(parent)) d.styled.push(parent);
      if (!this.japanese && hasJapanese(data)) this.japanese = true;
    }
    d.parts.push(data);
    // A line break keeps its element: a hidden one is taken out with the hidden text.
    d.from.push(data === ' ' ? null : parent);
    d.chars += data.length;
    this.textChars += data.length;
    if (this.textChars > this.budget.pageChars && !this.sparse) {
      this.capHit('pageChars');
      this.sparse = true;
    }
    if (this.textChars > this.charCap) this.stopped = true;
    // A block with no boundary for a long stretch (a Markdown page, one giant <div>) is flushed in pieces.
    if (d.chars > LIMITS.blockChars * 8) this.flush();
  }

  private flush(): void {
    const d = this.draft;
    if (d.parts.length === 0) return;
    this.draft = newDraft();
    if (d.chars === 0) return;
    if (this.blocks.length >= this.blockCap) {
      this.capHit('blocks');
      this.stopped = true;
      return;
    }
    let text = normalizeText(d.parts.join(''));
    if (!text) return;
    // With layout, hidden text is dropped only from blocks with signal words: checking the rendered visibility of
    // every element of a long page would cost more than the whole rest of the scan, and hidden text without
    // those words cannot change a verdict.
    // Markup parsed from script text is in no rendered document: it has no visibility to check (every element of it
    // would count as hidden), and what it says is judged as script text.
    // A block whose text comes from several elements is checked too, within a page-wide budget: a letter kept out
    // of sight inside every word leaves no signal word to see until it is taken out.
    // Without layout (the scan), a masked decoy is still checked for text in its background's colour.
    // Any other block is checked by the element its text starts in, within the budget: blocks without words still
    // count in how far a way to act stands from a bill, and unseen ones (a dozen 1-px boxes between the bill and its
    // number) must not push it away.
    const layoutCheck = this.options.layout && (SIGNALISH.test(text) || MASKED.test(text) || this.mixedWithinBudget(d) || this.firstUnseen(d));
    if (!this.inScript && (layoutCheck || (!this.options.layout && MASKED.test(text)))) {
      const unseen = (el: Element) => (this.options.layout ? !this.visible(el) : this.style.drawnInBackgroundColour(el));
      const hidden = new Set(d.from.filter((el): el is Element => el !== null && unseen(el)));
      if (hidden.size > 0) {
        text = normalizeText(d.parts.filter((_, i) => !hidden.has(d.from[i]!)).join(''));
        if (!text) return;
        // Nor do they style the block: a hidden letter has no size or place, and would make the block look hidden.
        d.styled = d.styled.filter((el) => !hidden.has(el));
      }
    }
    if (this.blocks.length >= this.budget.plainBlocks && !this.sparse) {
      this.truncated = true;
      this.sparse = true;
    }
    if (this.sparse && !this.keepSparse(d, text)) return;
    this.emit(d, text);
  }

  /**
   * Whether the element a block's text starts in is unseen: not rendered, or a box of a pixel or so (the usual
   * filler). A cheap look first (no computed style); only a box that fails it gets the full check, from the budget.
   */
  private firstUnseen(d: BlockDraft): boolean {
    const first = d.from.find((el): el is Element => el !== null);
    if (first === undefined || !this.style.looksUnseen(first)) return false;
    return this.style.spendVisibilityChecks(1) && !this.visible(first);
  }

  /** Whether the block's text comes from more than one element, and the page's budget of checks covers them. */
  private mixedWithinBudget(d: BlockDraft): boolean {
    const sources = new Set<Element>();
    for (const el of d.from) if (el) sources.add(el);
    return sources.size >= 2 && this.style.spendVisibilityChecks(sources.size);
  }

  /**
   * Past a cap, ordinary text is dropped but a bill is not: a block with a rare word or words of two parts is
   * kept with the few blocks before it and the blocks after it (the amount line beside 「登録完了」).
   */
  private keepSparse(d: BlockDraft, text: string): boolean {
    const parts = partsIn(text, PARTS);
    const held = this.heldBack;
    // Words of two parts within a few neighbouring blocks (a claim line, then an amount line) make a bill.
    const near = new Set(parts);
    for (const h of held) for (const p of h.parts) near.add(p);
    // A fake-warning word needs no partner: the gate passes on it alone too.
    if (RARE.test(text) || parts.has('scareware') || (parts.size > 0 && near.size >= 2)) {
      for (const h of held.splice(0)) this.emit(h.draft, h.text);
      this.keepAfter = SPARSE_AFTER;
      return true;
    }
    if (this.keepAfter > 0) {
      this.keepAfter--;
      return true;
    }
    held.push({ draft: d, text, parts });
    // A chat says one threat in many short messages: short blocks are held back by their length, up to a limit.
    while (held.length > SPARSE_BEFORE_MAX || (held.length > SPARSE_BEFORE && held.reduce((n, h) => n + h.text.length, 0) > SPARSE_BEFORE_CHARS)) held.shift();
    return false;
  }

  private emit(d: BlockDraft, text: string): void {
    let style = { fontPx: 0, red: false, top: -1, hidden: false };
    try {
      style = this.styleOf(d, text);
    } catch {
      // A style lookup that fails (jsdom on a very deep tree) leaves the text unstyled, not lost.
    }
    if (style.hidden) return;
    const prose = d.prose || (text.length >= 150 && (text.match(/[。！？]/g)?.length ?? 0) >= 2);
    for (const chunk of splitLong(text, LIMITS.blockChars)) {
      if (this.blocks.length >= this.blockCap) {
        this.capHit('blocks');
        this.stopped = true;
        return;
      }
      const index = this.blocks.length;
      this.blocks.push({
        text: chunk,
        tag: this.inScript ? 'script' : d.tag || 'body',
        heading: d.heading,
        fontPx: style.fontPx,
        red: style.red,
        top: style.top,
        quoted: d.quoted,
        prose,
        link: d.link,
        script: this.inScript,
      });
      extractFromBlock(chunk, index, this.out);
      this.phoneOpen = extractSplitPhone(this.phoneOpen, chunk, index, this.out.phones);
    }
  }

  // ------------------------------------------------------------------ layout and style

  private visible(el: Element): boolean {
    return this.style.visible(el);
  }

  /** Style lookups are for the claims whose prominence matters and the advice a decoy would hide off-screen. */
  private styleOf(d: BlockDraft, text: string): BlockStyle {
    if (this.inScript || !WORTH_STYLING.test(text)) return { fontPx: 0, red: false, top: -1, hidden: false };
    return this.style.of(d.styled);
  }

  // ------------------------------------------------------------------ elements with their own meaning

  private skipped(el: Element, tag: string): void {
    if (tag === 'iframe' || tag === 'frame') return this.frameChannels(el);
    if (tag === 'input' || tag === 'textarea' || tag === 'select') {
      // A bill can be written into form fields (a read-only input holding the amount, a placeholder holding the
      // number): what the field shows is text the visitor reads.
      const shown = controlText(el, tag, this.budget);
      if (shown && !this.isHidden(el, tag)) this.append(` ${shown} `, el);
      // An image button says what its alt text says.
      else if (!shown && tag === 'input' && isImageInput(el)) this.imageText(el);
      if (tag !== 'select') this.looseField(el);
      return;
    }
    if (tag === 'script') {
      if (el.hasAttribute('src')) return;
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (type && !/javascript|ecmascript|module|^text\/babel$/.test(type)) return;
      const room = LIMITS.scriptChars - this.scriptText.length;
      if (room > 0) this.scriptText += `${(el.textContent ?? '').slice(0, room)}\n;`;
      else this.truncated = true;
    }
  }

  private imageText(el: Element): void {
    const text = imageLabel(el);
    if (text && !this.isHidden(el, 'img') && !this.style.tinyPicture(el)) this.append(` ${text} `, el);
  }

  /** A region of an image map says its alt text where the image that draws the map is seen (an area has no box). */
  private areaText(el: Element): void {
    const text = imageLabel(el);
    const image = text ? mapImage(el) : null;
    if (image && !this.isHidden(image, image.localName) && !this.style.tinyPicture(image)) this.append(` ${text} `, image);
  }

  /**
   * A frame of the page's own origin (srcdoc, about:blank, the same site) drawn without a border is part of the
   * screen the visitor reads: the call button or the account of a bill may sit in it while the bill sits here.
   * Its ways to act are read where the frame stands (its own report judges its text); a frame of another origin
   * cannot be read and is not.
   */
  private frameChannels(frame: Element): void {
    const unseen = this.options.layout ? !this.visible(frame) : this.isHidden(frame, frame.localName);
    if (this.framesRead >= FRAME_CHANNELS.frames || unseen) return;
    let inner: Document | null = null;
    let parsed = false;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
      // (A reader that loads no frames shows an empty one in its place.)
      if (!inner?.body?.firstChild) {
        const data = this.dataFrameDocument(frame);
        parsed = data !== null;
        inner = data ?? inner;
      }
    } catch {
      return;
    }
    const body = inner?.body;
    if (!body) return;
    this.framesRead++;
    const acts = body.querySelectorAll('a[href], area[href], form');
    for (let i = 0; i < acts.length && i < FRAME_CHANNELS.elements; i++) {
      const el = acts[i]!;
      if (el.localName === 'form') this.form(el);
      else this.link(el);
    }
    // Numbers and addresses written in it: its text, bounded, as a line of its own. (Not a data: frame's: its own
    // scan reads its words; this page takes only the buttons and forms it shows.)
    if (parsed) return;
    const text = (body.textContent ?? '').slice(0, FRAME_CHANNELS.chars);
    if (NON_SPACE.test(text)) {
      this.flush();
      this.append(text, frame);
      this.flush();
    }
  }

  private framesRead = 0;

  /**
   * A frame loaded from a data: URL has no origin we can reach, but its whole document is in the attribute (red team
   * 7: the bill on the page, its call button in such a frame). Parsed inert, never run or shown; bounded in size.
   */
  private dataFrameDocument(frame: Element): Document | null {
    const src = frame.getAttribute('src') ?? '';
    const m = /^\s*data:text\/html([^,]{0,100}),/i.exec(src.slice(0, 120));
    const Parser = this.doc.defaultView?.DOMParser;
    if (!m || !Parser) return null;
    const data = src.slice(m[0].length, m[0].length + FRAME_CHANNELS.dataChars);
    let html = data;
    try {
      if (/;base64/i.test(m[1]!)) {
        const clean = data.replace(/[^A-Za-z0-9+/=]/g, '');
        html = new TextDecoder().decode(Uint8Array.from(atob(clean.slice(0, clean.length - (clean.length % 4))), (c) => c.charCodeAt(0)));
      } else html = decodeURIComponent(data.replace(/%[0-9A-Fa-f]?$/, ''));
    } catch {
      // A malformed escape: the text as written still holds its links.
      if (/;base64/i.test(m[1]!)) return null;
    }
    return new Parser().parseFromString(html, 'text/html');
  }

  private link(el: Element): void {
    const app = appLink(el, this.blocks.length);
    if (app && this.apps.length < LIMITS.items) this.apps.push(app);
    const found = linkContact(el, this.blocks.length);
    if (!found) return;
    if (opaquePicture(el)) found.contact.picture = true;
    this.contact(found.contact);
    if (found.phone && this.out.phones.length < LIMITS.items) this.out.phones.push(found.phone);
  }

  /**
   * A field to write in that belongs to no form (a script sends what is typed: 「<div><input>…<button
   * onclick="fetch(…)">」) is a way to act like a form's: one per block.
   */
  private looseField(el: Element): void {
    if ((el as HTMLInputElement).form || el.hasAttribute('form') || this.looseFieldBlock === this.blocks.length) return;
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    const editable = el.localName !== 'input' && el.localName !== 'textarea';
    // Any type the browser draws as a box to type in (an unknown type="phone" too), not a switch, button or picker.
    if (!editable && /^(?:hidden|checkbox|radio|submit|button|reset|image|file|color|range|date|datetime-local|month|week|time|search)$/.test(type)) return;
    const named = `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
    if (SEARCH_FIELD.test(named) || this.isHidden(el, el.localName)) return;
    this.looseFieldBlock = this.blocks.length;
    this.contact({ kind: 'form', value: clip(el.getAttribute('name') || el.getAttribute('id') || 'fields', LIMITS.valueChars), block: this.blocks.length });
  }

  private looseFieldBlock = -1;

  private form(el: Element): void {
    const found = formContact(el, this.blocks.length);
    if (found) this.contact(found);
  }

  private contact(c: Contact): void {
    if (this.out.contacts.length < LIMITS.items) this.out.contacts.push(c);
  }

  private readHandlerAttributes(): void {
    attributeHints(handlerAttributes(this.doc), this.behaviour, this.media);
  }

  /** The block of the page's first button that says it calls or writes (電話する, LINEで相談); -1 when none. */
  private callButtonBlock = -1;

  /**
   * A call button given its number by script (addEventListener('click', () => location.href = 'tel:…')): the
   * listener cannot be seen, but the inline script names the number. Taken as that button's way to act.
   */
  private scriptedCall(): void {
    if (this.callButtonBlock < 0 || !this.scriptText.includes(':')) return;
    const target = SCRIPT_CALL.exec(this.scriptText.slice(0, LIMITS.scriptChars))?.[1];
    if (!target) return;
    const found = contactOfHref(target, this.callButtonBlock);
    if (!found) return;
    this.contact(found.contact);
    if (found.phone && this.out.phones.length < LIMITS.items) this.out.phones.push(found.phone);
  }

  /** Japanese strings of inline scripts, read as text; markup inside them is parsed inert (DOMParser runs no script). */
  private readScriptLiterals(): void {
    const Parser = this.view?.DOMParser;
    for (const literal of japaneseTextPieces(this.scriptText, LIMITS.scriptChars)) {
      if (this.stopped) break;
      if (literal.includes('<') && Parser) {
        const parsed = new Parser().parseFromString(`<body>${literal}</body>`, 'text/html');
        if (parsed.body) this.walk(parsed.body, true);
      } else {
        this.inScript = true;
        this.append(literal, null);
        this.flush();
        this.inScript = false;
      }
    }
  }
}

/** The nearest block element around `el` (itself included), a few levels up at most. */
function blockAround(el: Element): Element {
  let at: Element = el;
  for (let up = 0; up < 6 && !BLOCK.has(at.localName) && !CELL.has(at.localName) && at.parentElement; up++) at = at.parentElement;
  return at;
}

function newDraft(): BlockDraft {
  return { tag: '', parts: [], from: [], chars: 0, heading: 0, quoted: false, prose: false, link: false, styled: [] };
}

/** Splits a long block at sentence ends so every block stays under the cap. */
function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf('！'));
    const at = cut > max / 3 ? cut + 1 : max;
    chunks.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  if (rest.trim()) chunks.push(rest.trim());
  return chunks.filter(Boolean);
}
