// The cheap gate in front of the scan. Most pages a person opens — Japanese ones included — are no billing
// screen; for them the extension must cost almost nothing: the first 2,000 characters of text for a page without
// Japanese, one native textContent read and a few regular-expression passes for a Japanese one. A page passes when its text holds words of two different parts of the fraud
// pattern (a claim or a bill, and pressure, a bluff or a lure), or a fake-warning phrase, or characters that hide
// words, or when it behaves alarmingly. Small pages always pass: they are cheap to read, and their bill may sit in
// a shadow root that textContent does not show.
import { SHADOW_HOSTS } from '../../detectors/snapshot/shadow-hosts';
import type { Behaviour } from '../../detectors/snapshot/schema';
import { ROLE_ORDER, SIDELOAD_STEPS, partsPattern } from '../../detectors/vocabulary';

// One pass finds words of every part (the detectors' own vocabulary); which group matched tells the part.
const PARTS = partsPattern();
const SCAREWARE_PART = ROLE_ORDER.indexOf('scareware') + 1;
// English kits, case by case rather than with the slow case-insensitive flag.
const ENGLISH_SCAREWARE = /[Ii]nfected|[Tt]rojan|[Ss]pyware|[Mm]alware|[Vv]irus(?:es)? (?:[Dd]etected|[Ff]ound)|has been (?:blocked|locked|compromised)|[Cc]all (?:Microsoft|Apple|microsoft|apple) [Ss]upport/;
// Zero-width characters, soft hyphens and tag characters inside words are how a page hides its words from exactly
// this test.
const SIDELOAD = new RegExp(SIDELOAD_STEPS.source);
const HIDING = /[\u00AD\u200B-\u200D\u2060\uFEFF\uFFF0-\uFFF8]|[\uDB40-\uDB43][\uDC00-\uDFFF]/;
const JAPANESE = /[\u3040-\u30FF\u4E00-\u9FFF]/;
const SMALL_PAGE = 3000;
const ENGLISH_HEAD = 32_000;
// A page that repeats one part thousands of times (prices in a shop) is decided after this many words.
const MAX_WORDS = 400;
// Behaviour that makes a page worth reading whatever it says.
const ALARMING: ReadonlySet<Behaviour['type']> = new Set(['popstate-repush', 'fullscreen', 'alert', 'media-play', 'audio-context', 'vibrate']);

export const alarming = (behaviour: readonly Behaviour[]): boolean => behaviour.some((b) => ALARMING.has(b.type) && b.gesture === false);

/** Text worth a full scan. */
export function worthReading(text: string): boolean {
  if (text.length < SMALL_PAGE) return /\S/.test(text);
  return holdsSignals(text);
}

/** The words test alone, whatever the text's size: words of two parts, a fake-warning phrase, hidden characters. */
export function holdsSignals(text: string): boolean {
  return decisive(text, { parts: new Set(), words: 0 });
}

interface Tally {
  parts: Set<number>;
  words: number;
}

/** Whether this piece of text (with what earlier pieces showed) is enough to scan the page. */
function decisive(text: string, tally: Tally): boolean {
  if (!JAPANESE.test(text)) {
    // English fake warnings are short pages that say it up front; a long English page is read no further.
    return ENGLISH_SCAREWARE.test(text.length > ENGLISH_HEAD ? text.slice(0, ENGLISH_HEAD) : text);
  }
  if (ENGLISH_SCAREWARE.test(text) || HIDING.test(text) || SIDELOAD.test(text)) return true;
  PARTS.lastIndex = 0;
  for (let m = PARTS.exec(text); m && tally.words < MAX_WORDS; m = PARTS.exec(text), tally.words++) {
    const part = m.findIndex((g, i) => i > 0 && g !== undefined);
    if (part === SCAREWARE_PART) return true;
    tally.parts.add(part);
    if (tally.parts.size >= 2) return true;
  }
  return false;
}

// Past this many elements, textContent of the whole page in one go would be a long task: read it in slices.
const HUGE_PAGE = 20_000;
const SLICE_MS = 8;
const CHUNK_CHARS = 64_000;
const HEAD_CHARS = 2000;

/** The first text of the page, up to `chars` characters, without reading the rest. */
function headText(doc: Document, chars: number): string {
  const body = doc.body;
  if (!body) return doc.title;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let text = doc.title;
  for (let node = walker.nextNode(); node && text.length < chars; node = walker.nextNode()) {
    // Script and style text is no text a reader sees: a page of base64 in a script is not an English page.
    const parent = node.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'script' || parent === 'style') continue;
    text += (node as Text).data;
  }
  return text;
}

/**
 * The gate, answering through `done`. A page whose title and first text hold no Japanese is decided on that
 * head alone (Japanese billing pages are Japanese from their first line; a bill added later is caught when it is
 * added). Japanese pages are read whole — at once, or in idle slices when huge.
 */
export function gatePage(doc: Document, behaviour: readonly Behaviour[], done: (pass: boolean) => void, closedRoot: ShadowLookup | null = null): void {
  if (alarming(behaviour)) return done(true);
  const head = headText(doc, HEAD_CHARS);
  if (!JAPANESE.test(head)) {
    // The head holds all the page's visible light-DOM text when it is shorter than asked for.
    if (head.length >= HEAD_CHARS) return done(ENGLISH_SCAREWARE.test(head) || HIDING.test(head));
    if ((doc.body?.textContent?.length ?? 0) < SMALL_PAGE) return done(/\S/.test(head) || hasShadowRoots(doc));
    // Little text but a lot of script: an app shell, or a bill drawn into shadow roots by that script.
    const beside = shadowText(doc, closedRoot);
    return done(JAPANESE.test(beside) || ENGLISH_SCAREWARE.test(beside));
  }
  const body = doc.body;
  if (!body || doc.getElementsByTagName('*').length < HUGE_PAGE) {
    const text = `${doc.title}\n${body?.textContent ?? ''}`;
    if (text.length < SMALL_PAGE) return done(worthReading(text));
    const tally: Tally = { parts: new Set(), words: 0 };
    if (decisive(text, tally)) return done(true);
    // textContent leaves out shadow roots, CSS generated text and image labels: they are read, with what the
    // light DOM already showed, only when the light DOM alone says too little.
    return done(decisive(textBesideTheDom(doc, closedRoot), tally) || splitsWords(doc));
  }
  const tally: Tally = { parts: new Set(), words: 0 };
  if (decisive(doc.title, tally)) return done(true);
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let chunk = '';
  const slice = () => {
    const deadline = performance.now() + SLICE_MS;
    let node = walker.nextNode();
    for (let n = 0; node; node = walker.nextNode(), n++) {
      chunk += (node as Text).data;
      if (chunk.length >= CHUNK_CHARS) {
        if (decisive(chunk, tally)) return done(true);
        chunk = chunk.slice(-16); // a word may straddle two chunks
      }
      if ((n & 63) === 0 && performance.now() > deadline) {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(slice, { timeout: 200 });
        else setTimeout(slice, 0);
        return;
      }
    }
    done(decisive(chunk, tally) || decisive(textBesideTheDom(doc, closedRoot), tally));
  };
  slice();
}

// Tiny elements standing between two runs of text, past which a page is read in full.
const SPLITTERS = 12;

/**
 * Whether the page puts tiny elements inside its words: a letter or line break kept out of sight in the middle
 * of every word (「登<span class=x>ぬ</span>録」) splits the words textContent shows, and only the collector, which
 * reads what is drawn, can tell. An honest page has a few such elements; a page that splits its words has many.
 */
export function splitsWords(doc: Document): boolean {
  const all = doc.body?.getElementsByTagName('*') ?? [];
  let found = 0;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const before = el.previousSibling;
    const after = el.nextSibling;
    if (before?.nodeType !== 3 || after?.nodeType !== 3 || !/\S$/.test((before as Text).data) || !/^\S/.test((after as Text).data)) continue;
    if ((el.textContent?.length ?? 0) <= 3 && (el.localName !== 'br' || el.attributes.length > 0) && ++found >= SPLITTERS) return true;
  }
  return false;
}

/** Nodes a page added: worth a look at the whole page when they bring Japanese or a fake-warning phrase. */
export function addedTextMatters(nodes: readonly Node[]): boolean {
  for (const node of nodes) {
    const text = node.textContent ?? '';
    if (JAPANESE.test(text) || ENGLISH_SCAREWARE.test(text)) return true;
    // A host given a shadow root after load: its text is not in textContent.
    if (node.nodeType === 1 && (node as Element).shadowRoot) return true;
  }
  return false;
}

const SHADOW_HOSTS_CHECKED = 5000;
const STYLE_RULES_CHECKED = 300;
const LABELS_CHECKED = 200;

/** What a reader sees that textContent leaves out: shadow roots, ::before/::after text, image labels. */
export function textBesideTheDom(doc: Document, closedRoot: ShadowLookup | null = null): string {
  // On a page with text of its own, only custom elements are asked for closed roots (asking costs; see shadowText).
  return `${shadowText(doc, closedRoot, 0)}\n${generatedText(doc)}\n${labelText(doc)}`;
}

/**
 * The content strings of the ::before/::after rules in the page's own <style> elements (which elements they land
 * on does not matter here). Only inline sheets that mention content are opened: building the CSS object model of a
 * site's large external style sheets on every page would cost more than the gate may; once a page passes, the
 * collector reads every sheet.
 */
function generatedText(doc: Document): string {
  let text = '';
  let rules = 0;
  const visit = (list: CSSRuleList) => {
    for (const rule of Array.from(list)) {
      if (++rules > STYLE_RULES_CHECKED) return;
      // Words a counter draws (@counter-style symbols) are the page's text too.
      const counterStyle = rule as CSSRule & { symbols?: string; additiveSymbols?: string };
      if (rule.type === 11) {
        text += ` ${counterStyle.symbols ?? ''} ${counterStyle.additiveSymbols ?? ''}`;
        continue;
      }
      const style = rule as CSSStyleRule;
      if (!style.selectorText) {
        const nested = (rule as CSSGroupingRule).cssRules;
        if (nested) visit(nested);
        continue;
      }
      if (/:(?:before|after)/i.test(style.selectorText)) text += ` ${style.style?.getPropertyValue('content') ?? ''}`;
      const quotes = style.style?.getPropertyValue('quotes');
      if (quotes) text += ` ${quotes}`; // what open-quote and close-quote draw
    }
  };
  for (const el of Array.from(doc.querySelectorAll('style'))) {
    if (!/content|@counter-style/.test(el.textContent ?? '')) continue;
    try {
      const sheet = (el as HTMLStyleElement).sheet;
      if (sheet) visit(sheet.cssRules);
    } catch {
      // a sheet the browser would not give us
    }
  }
  return text;
}

function labelText(doc: Document): string {
  let text = '';
  const labelled = doc.querySelectorAll('img[alt], img[title], [aria-label]');
  for (let i = 0; i < labelled.length && i < LABELS_CHECKED; i++) {
    const el = labelled[i]!;
    text += ` ${el.getAttribute('alt') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  }
  return text;
}

/** Finds a closed shadow root where the runtime allows it (see closed-shadow.ts). */
export type ShadowLookup = (el: Element) => ShadowRoot | null;

// Asking the browser for a closed root costs about 2 µs an element: custom elements (the usual hosts, few), and
// plain elements only on a page with almost no text of its own, the first of them.
const CLOSED_LOOKUPS = 2000;

/** The text of the page's shadow roots (open, declarative, and closed where we may), roots inside roots too. */
export function shadowText(doc: Document, closedRoot: ShadowLookup | null = null, plainLookups = CLOSED_LOOKUPS): string {
  let text = '';
  let checked = 0;
  let asked = 0;
  let askedCustom = 0;
  const scopes: ArrayLike<Element>[] = [doc.body?.getElementsByTagName('*') ?? []];
  for (let s = 0; s < scopes.length && checked < SHADOW_HOSTS_CHECKED; s++) {
    const all = scopes[s]!;
    for (let i = 0; i < all.length && checked < SHADOW_HOSTS_CHECKED; i++, checked++) {
      const el = all[i]!;
      let root: DocumentFragment | null = el.shadowRoot ?? (el.localName === 'template' && el.hasAttribute('shadowrootmode') ? (el as HTMLTemplateElement).content : null);
      const custom = el.localName.includes('-');
      if (!root && closedRoot && (custom ? askedCustom < CLOSED_LOOKUPS : asked < plainLookups && SHADOW_HOSTS.has(el.localName))) {
        if (custom) askedCustom++;
        else asked++;
        try {
          root = closedRoot(el);
        } catch {
          root = null;
        }
      }
      if (!root) continue;
      text += `\n${root.textContent ?? ''}`;
      scopes.push(root.querySelectorAll('*'));
    }
  }
  return text;
}

/** A page that is almost empty but has elements with open shadow roots may keep its text there. */
function hasShadowRoots(doc: Document): boolean {
  const all = doc.body?.getElementsByTagName('*') ?? [];
  for (let i = 0; i < all.length && i < 500; i++) if ((all[i] as Element).shadowRoot) return true;
  return false;
}
