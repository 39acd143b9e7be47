// Image labels: what a picture says to the reader when its words are drawn, not written — an <img>'s alt text (or
// its aria-label or title), an element drawn as a picture (role=img) or an <svg> through its aria-label or <title>,
// an image button (<input type=image>), and the regions of an image map (<area alt>). A bill drawn as images says
// its words here. One reader for the gate and the collector, each with its own Budget.
import type { Budget } from '../limits';

const NON_SPACE = /\S/;

/** Elements whose label is read by the gate; the collector meets each on its walk. */
const LABELLED = 'img[alt], img[title], img[aria-label], img[src^="data:image/svg" i], input[type="image" i], area[alt], [role="img"][aria-label], svg[aria-label]';

/**
 * What an image, an image button or an image map's region says: its alt text, or its aria-label or title; for an
 * <img> that is an SVG written into the page (a data: URL), the words it draws.
 */
export function imageLabel(el: Element): string | null {
  const text = el.getAttribute('alt') || el.getAttribute('aria-label') || el.getAttribute('title');
  if (text && NON_SPACE.test(text)) return text;
  return el.localName === 'img' ? svgDataText(el.getAttribute('src') ?? '') : null;
}

// A bill drawn as an SVG image inside the page (<img src="data:image/svg+xml;base64,…">) draws its words as <text>:
// they are on the page, readable without any request. Read a bounded part; anything malformed says nothing.
const SVG_DATA = /^\s*data:image\/svg\+xml(;base64)?,/i;
const SVG_DATA_CHARS = 200_000;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The words an SVG data: URL draws in its <text> elements (null for any other source). */
export function svgDataText(src: string): string | null {
  const head = SVG_DATA.exec(src.slice(0, 40));
  if (!head) return null;
  let svg: string;
  try {
    const body = src.slice(head[0].length, head[0].length + SVG_DATA_CHARS);
    if (head[1]) {
      const binary = atob(body.replace(/\s+/g, ''));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      svg = new TextDecoder().decode(bytes);
    } else svg = decodeURIComponent(body);
  } catch {
    return null;
  }
  const words: string[] = [];
  // indexOf, not a lazy regular expression: thousands of unclosed <text openings must not cost a scan each.
  for (let from = 0; words.length < 200; ) {
    const open = svg.indexOf('<text', from);
    if (open < 0) break;
    const start = svg.indexOf('>', open);
    const end = start < 0 ? -1 : svg.indexOf('</text>', start);
    if (end < 0) break;
    from = end + 7;
    if (!/[\s>/]/.test(svg[open + 5] ?? '')) continue; // <textPath>, <texture…>: not a <text> element
    const text = svg.slice(start + 1, end).replace(/<[^>]*>/g, '').replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (e, dec?: string, hex?: string, name?: string) =>
      dec || hex ? codePoint(dec ? Number(dec) : parseInt(hex!, 16)) : (ENTITY[name!.toLowerCase()] ?? e),
    );
    if (NON_SPACE.test(text)) words.push(text.trim());
  }
  return words.length > 0 ? words.join('\n') : null;
}

/** A character reference's character; a number past Unicode (or past any number) is U+FFFD, never a throw. */
const codePoint = (n: number): string => (Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd');

/** Whether an <img> draws words we can read (an SVG written into the page). */
export const drawsWords = (el: Element): boolean => SVG_DATA.test((el.getAttribute('src') ?? '').slice(0, 40));

/**
 * An element drawn as a picture speaks through its label: role=img with no text of its own through its
 * aria-label; an <svg> through its aria-label or its own <title> (its drawn <text> is read as text).
 */
export function pictureLabel(el: Element): string | null {
  let label: string | null | undefined;
  if (el.localName === 'svg') {
    label = el.getAttribute('aria-label');
    if (!label || !NON_SPACE.test(label)) {
      for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
        if (child.localName === 'title') {
          label = child.textContent;
          break;
        }
      }
    }
  } else {
    if (el.getAttribute('role') !== 'img' || NON_SPACE.test(el.textContent ?? '')) return null;
    label = el.getAttribute('aria-label');
  }
  return label && NON_SPACE.test(label) ? label : null;
}

/** Whether an <input> is an image button (its alt text is its label). */
export const isImageInput = (el: Element): boolean => (el.getAttribute('type') ?? '').trim().toLowerCase() === 'image';

/**
 * The image that draws an <area>'s image map: the area is seen where, and only when, that image is (an area has
 * no box of its own). Null when no image uses the map.
 */
export function mapImage(area: Element): Element | null {
  const map = area.closest('map');
  const name = map?.getAttribute('name') ?? map?.id;
  if (!map || !name) return null;
  const images = area.ownerDocument.querySelectorAll('img[usemap], object[usemap]');
  for (let i = 0; i < images.length && i < 200; i++) if (images[i]!.getAttribute('usemap') === `#${name}`) return images[i]!;
  return null;
}

/** The labels of the first budget.labels labelled pictures of `root` (the gate). */
export function imageLabelsText(root: Document | DocumentFragment | Element, budget: Pick<Budget, 'labels'>): string {
  let text = '';
  let read = 0;
  const add = (el: Element) => {
    const tag = el.localName;
    const label = tag === 'svg' || el.getAttribute('role') === 'img' ? pictureLabel(el) : tag !== 'input' || isImageInput(el) ? imageLabel(el) : null;
    if (!label) return;
    text += ` ${label}`;
    read++;
  };
  // Unlabelled pictures (thumbnails with alt="") are passed over, a bounded number of them.
  const looked = budget.labels * 10;
  if (!('getElementsByTagName' in root)) {
    const found = root.querySelectorAll(LABELLED);
    for (let i = 0; i < found.length && i < looked && read < budget.labels; i++) add(found[i]!);
    return text;
  }
  // A document's (or element's) collections by tag name are live and cached: cheaper on a huge page than matching
  // a selector list against every element; only role=img needs the selector.
  for (const tag of ['img', 'area', 'svg', 'input']) {
    const found = root.getElementsByTagName(tag);
    for (let i = 0; i < found.length && i < looked && read < budget.labels; i++) add(found[i]!);
  }
  const pictures = root.querySelectorAll('[role="img"][aria-label]');
  for (let i = 0; i < pictures.length && i < looked && read < budget.labels; i++) if (pictures[i]!.localName !== 'img' && pictures[i]!.localName !== 'svg') add(pictures[i]!);
  return text;
}
