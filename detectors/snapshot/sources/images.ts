// Image labels: what a picture says to the reader when its words are drawn, not written — an <img>'s alt text (or
// its aria-label or title), an element drawn as a picture (role=img) or an <svg> through its aria-label or <title>,
// an image button (<input type=image>), and the regions of an image map (<area alt>). A bill drawn as images says
// its words here. One reader for the gate and the collector, each with its own Budget.
import type { Budget } from '../limits';

const NON_SPACE = /\S/;

/** Elements whose label is read by the gate; the collector meets each on its walk. */
const LABELLED = 'img[alt], img[title], img[aria-label], input[type="image" i], area[alt], [role="img"][aria-label], svg[aria-label]';

/** What an image, an image button or an image map's region says: its alt text, or its aria-label or title. */
export function imageLabel(el: Element): string | null {
  const text = el.getAttribute('alt') || el.getAttribute('aria-label') || el.getAttribute('title');
  return text && NON_SPACE.test(text) ? text : null;
}

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
