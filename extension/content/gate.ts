// The cheap gate in front of the scan. Most pages a person opens — Japanese ones included — are no billing
// screen; for them the extension must cost almost nothing: the first 2,000 characters of text for a page without
// Japanese, one native textContent read and a few regular-expression passes for a Japanese one. A page passes when its text holds words of two different parts of the fraud
// pattern (a claim or a bill, and pressure, a bluff or a lure), or a fake-warning phrase, or characters that hide
// words, or when it behaves alarmingly. Small pages always pass: they are cheap to read, and their bill may sit in
// a shadow root that textContent does not show. What textContent leaves out — form controls, image labels,
// generated content, shadow roots — is read through the collector's own readers (detectors/snapshot/sources/),
// with the gate's budget (GATE_BUDGET).
import type { Behaviour } from '../../detectors/snapshot/schema';
import { GATE_BUDGET, type GateBudget } from '../../detectors/snapshot/limits';
import { controlsText } from '../../detectors/snapshot/sources/controls';
import { generatedText } from '../../detectors/snapshot/sources/generated';
import { imageLabelsText } from '../../detectors/snapshot/sources/images';
import { hasShadowRoots, shadowRootsOf, type ShadowLookup } from '../../detectors/snapshot/sources/shadow';
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
const BUDGET: GateBudget = GATE_BUDGET;
// Behaviour that makes a page worth reading whatever it says.
const ALARMING: ReadonlySet<Behaviour['type']> = new Set(['popstate-repush', 'fullscreen', 'alert', 'media-play', 'audio-context', 'vibrate']);

export const alarming = (behaviour: readonly Behaviour[]): boolean => behaviour.some((b) => ALARMING.has(b.type) && b.gesture === false);

/** Text worth a full scan. */
export function worthReading(text: string): boolean {
  if (text.length < BUDGET.smallPage) return /\S/.test(text);
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
    return ENGLISH_SCAREWARE.test(text.length > BUDGET.englishHead ? text.slice(0, BUDGET.englishHead) : text);
  }
  if (ENGLISH_SCAREWARE.test(text) || HIDING.test(text) || SIDELOAD.test(text)) return true;
  PARTS.lastIndex = 0;
  // A page that repeats one part thousands of times (prices in a shop) is decided after budget.words words.
  for (let m = PARTS.exec(text); m && tally.words < BUDGET.words; m = PARTS.exec(text), tally.words++) {
    const part = m.findIndex((g, i) => i > 0 && g !== undefined);
    if (part === SCAREWARE_PART) return true;
    tally.parts.add(part);
    if (tally.parts.size >= 2) return true;
  }
  return false;
}

/** The first text of the page, up to `chars` characters, without reading the rest. */
function headText(doc: Document, chars: number): string {
  const body = doc.body;
  if (!body) return doc.title;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
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
  const head = headText(doc, BUDGET.headChars);
  if (!JAPANESE.test(head)) {
    // The head holds all the page's visible light-DOM text when it is shorter than asked for.
    if (head.length >= BUDGET.headChars) return done(ENGLISH_SCAREWARE.test(head) || HIDING.test(head));
    if ((doc.body?.textContent?.length ?? 0) < BUDGET.smallPage && (/\S/.test(head) || hasShadowRoots(doc, 500))) return done(true);
    // Little text of its own (an app shell, a page of script, a form): a bill drawn into shadow roots, written into
    // form fields or image labels.
    const beside = textBesideTheDom(doc, closedRoot, false);
    return done(JAPANESE.test(beside) || ENGLISH_SCAREWARE.test(beside));
  }
  const body = doc.body;
  if (!body || doc.getElementsByTagName('*').length < BUDGET.hugePage) {
    const text = `${doc.title}\n${body?.textContent ?? ''}`;
    if (text.length < BUDGET.smallPage) return done(worthReading(text));
    const tally: Tally = { parts: new Set(), words: 0 };
    if (decisive(text, tally)) return done(true);
    // textContent leaves out form controls, image labels, CSS generated text and shadow roots: they are read, with
    // what the light DOM already showed, only when the light DOM alone says too little.
    return done(decisive(textBesideTheDom(doc, closedRoot), tally) || splitsWords(doc));
  }
  const tally: Tally = { parts: new Set(), words: 0 };
  if (decisive(doc.title, tally)) return done(true);
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let chunk = '';
  const slice = () => {
    const deadline = performance.now() + BUDGET.sliceMs;
    let node = walker.nextNode();
    for (let n = 0; node; node = walker.nextNode(), n++) {
      chunk += (node as Text).data;
      if (chunk.length >= BUDGET.chunkChars) {
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
    if ((el.textContent?.length ?? 0) <= 3 && (el.localName !== 'br' || el.attributes.length > 0) && ++found >= BUDGET.splitters) return true;
  }
  return false;
}

/** Nodes a page added: worth a look at the whole page when they bring Japanese or a fake-warning phrase. */
export function addedTextMatters(nodes: readonly Node[]): boolean {
  for (const node of nodes) {
    const text = node.textContent ?? '';
    if (JAPANESE.test(text) || ENGLISH_SCAREWARE.test(text)) return true;
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    // A host given a shadow root after load: its text is not in textContent. Nor are what fields and pictures show.
    if (el.shadowRoot) return true;
    const shown = el.localName === 'input' || el.localName === 'img' ? `${el.getAttribute('value') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('alt') ?? ''}` : el.firstElementChild ? `${controlsText(el, BUDGET)} ${imageLabelsText(el, BUDGET)}` : '';
    if (JAPANESE.test(shown) || ENGLISH_SCAREWARE.test(shown)) return true;
  }
  return false;
}

export type { ShadowLookup };

/**
 * What a reader sees that textContent leaves out: the text of shadow roots (roots inside roots too) and, in the
 * document and each root, what form controls show and what pictures say; the generated text of the page's own
 * style sheets. Closed roots are asked of custom elements, and of the first plain elements that may host one
 * (asking costs about 2 µs an element): on a page with text of its own (`pageHasText`), only of empty ones — a
 * host whose content is all in its closed root.
 */
export function textBesideTheDom(doc: Document, closedRoot: ShadowLookup | null = null, pageHasText = true): string {
  const budget = pageHasText ? { ...BUDGET, closedShadowLookups: BUDGET.closedShadowEmpty } : BUDGET;
  let text = `${controlsText(doc, budget)}\n${imageLabelsText(doc, budget)}\n${generatedText(doc, budget)}`;
  for (const root of shadowRootsOf(doc, closedRoot, budget, pageHasText)) text += `\n${root.textContent ?? ''} ${controlsText(root, budget)} ${imageLabelsText(root, budget)}`;
  return text;
}
