// Bundled (esbuild, IIFE) by visible-text-page.ts and evaluated in the extension's own isolated world of each frame
// of a page in Chromium: the world the engine reads the page from, with the same closed-shadow-root access and the
// same view of our overlay. Returns, in one synchronous task (so the two cannot see different pages):
// - engine: the text of the snapshot blocks the collector builds exactly as the engine builds them
//   (extension/content/engine.ts), without the blocks recovered from inline scripts' string literals (never drawn);
// - rendered: what Chromium draws — the frame's document.body.innerText, plus the innerText of every shadow root's
//   content (innerText does not enter shadow trees), open or closed, our own overlay excepted.
import { svgDataText } from '../../detectors/snapshot/sources/images';
import { SnapshotBuilder } from '../../detectors/snapshot/collect';
import { closedShadowLookup } from '../../extension/content/closed-shadow';
import { earlyState } from '../../extension/content/early';

interface FrameText {
  engine: string[];
  rendered: string[];
  /** The collector stopped reading everything at a cap (LIMITS.pageChars and the like). */
  truncated: boolean;
}

type Lookup = (el: Element) => ShadowRoot | null;

function ownOverlay(el: Element): boolean {
  return el === earlyState().overlayHost || el.localName === 'oneclick-guard';
}

/** The rendered text of every shadow root under `root` (and under those roots, and so on). */
function shadowTexts(root: Document | ShadowRoot, lookup: Lookup, out: string[]): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (ownOverlay(el)) continue;
    const shadow = el.shadowRoot ?? lookup(el);
    if (!shadow) continue;
    for (const child of Array.from(shadow.childNodes)) {
      // innerText of an element with no box is its textContent (style and script text too): nothing is drawn.
      if (child instanceof HTMLElement) out.push(child.checkVisibility() ? child.innerText : '');
      else if (child.nodeType === Node.TEXT_NODE && el.checkVisibility()) out.push(child.textContent ?? '');
    }
    shadowTexts(shadow, lookup, out);
  }
}

function visibleText(): FrameText {
  const lookup = closedShadowLookup(() => earlyState().overlayHost) ?? (() => null);
  const builder = new SnapshotBuilder(document, { layout: true, scriptText: true, userAgent: navigator.userAgent, closedShadowRoot: lookup });
  const snapshot = builder.result();
  const engine = snapshot.blocks.filter((b) => !b.script).map((b) => b.text);
  const top = document.body ?? document.documentElement;
  const rendered = [top.checkVisibility() ? top.innerText : ''];
  shadowTexts(document, lookup, rendered);
  return { engine, rendered, truncated: snapshot.stats.truncated };
}

/** Elements looked at when explaining a disagreement (pages past this are explained in part). */
const EXPLAIN_ELEMENTS = 30_000;

/**
 * Where text lies that one reader takes and the other leaves, by kind; called only on a page whose readers
 * disagree beyond the tolerance, to name the reason. Each kind is the text of the outermost such element.
 */
function explain(): Record<string, string[]> {
  const out: Record<string, string[]> = { labels: [], controls: [], hidden: [], transparent: [], offscreen: [], generated: [], ruby: [], frames: [] };
  const width = Math.max(document.documentElement.scrollWidth, innerWidth);
  const height = Math.max(document.documentElement.scrollHeight, innerHeight);
  const lookup = closedShadowLookup(() => earlyState().overlayHost) ?? (() => null);
  const roots: (Document | ShadowRoot)[] = [document];
  let seen = 0;
  while (roots.length > 0 && seen < EXPLAIN_ELEMENTS) {
    const root = roots.pop()!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    // An element inside one already counted is not counted again.
    let inside: Element | null = null;
    for (let node = walker.nextNode(); node && seen++ < EXPLAIN_ELEMENTS; node = walker.nextNode()) {
      const el = node as Element;
      if (ownOverlay(el)) continue;
      const shadow = el.shadowRoot ?? lookup(el);
      if (shadow) roots.push(shadow);
      const tag = el.localName;
      for (const name of ['alt', 'title', 'aria-label']) {
        const v = el.getAttribute(name);
        if (v && (tag === 'img' || tag === 'area' || tag === 'input' || tag === 'svg' || el.getAttribute('role') === 'img')) out.labels!.push(v);
      }
      // An SVG written into the page as an image draws words innerText does not have.
      if (tag === 'img') out.labels!.push(svgDataText(el.getAttribute('src') ?? '') ?? '');
      if (tag === 'input' || tag === 'button') out.controls!.push((el as HTMLInputElement).value ?? '', el.getAttribute('placeholder') ?? '');
      if (tag === 'select' || tag === 'textarea' || tag === 'datalist') out.controls!.push(el.textContent ?? '', (el as HTMLTextAreaElement).value ?? '');
      if (tag === 'iframe' || tag === 'frame') out.frames!.push(el.getAttribute('srcdoc') ?? '', frameText(el));
      if (tag === 'rt' || tag === 'rp') out.ruby!.push(el.textContent ?? '');
      if (!(el instanceof HTMLElement)) continue;
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(el, pseudo).content;
        if (content && content !== 'none' && content !== 'normal') out.generated!.push(content.replace(/^["']|["']$/g, ''));
      }
      if (inside?.contains(el)) continue;
      inside = null;
      const text = el.textContent ?? '';
      if (!/\S/.test(text)) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) {
        out.hidden!.push(text);
        inside = el;
      } else if (!el.checkVisibility({ opacityProperty: true })) {
        out.transparent!.push(text);
        inside = el;
      } else {
        const r = el.getBoundingClientRect();
        const top = r.top + scrollY;
        const left = r.left + scrollX;
        const clipped = (r.width <= 1 || r.height <= 1) && getComputedStyle(el).overflow !== 'visible';
        if (r.right + scrollX <= 0 || r.bottom + scrollY <= 0 || left >= width || top >= height || (r.width <= 1 && r.height <= 1) || clipped) {
          out.offscreen!.push(text);
          inside = el;
        }
      }
    }
  }
  // Scripts that run (not data blocks): text they write or change is in Chromium, never in the scan.
  const runs = Array.from(document.scripts).some((x) => !x.type || /javascript|module/i.test(x.type));
  out.scripted = runs ? ['yes'] : [];
  return out;
}

Object.assign(globalThis, { __ocgVisibleText: visibleText, __ocgExplain: explain });

/** The first words of a frame of the page's origin: the engine reads a few of them where the frame stands. */
function frameText(frame: Element): string {
  try {
    return ((frame as HTMLIFrameElement).contentDocument?.body?.textContent ?? '').slice(0, 600);
  } catch {
    return '';
  }
}
