// Shadow roots: text a page draws inside a shadow root is on the screen like any other, but textContent and a
// light-DOM walk do not see it. Open roots, declarative ones the parser kept as a template (no scripting), and
// closed ones where the runtime lets us ask (an extension's content script: extension/content/closed-shadow.ts).
// One reader for the gate and the collector, each with its own Budget. Data and pure DOM reads only: the gate
// imports it on every page.
import type { Budget } from '../limits';

/** Finds a closed shadow root where the runtime allows it. */
export type ShadowLookup = (el: Element) => ShadowRoot | null;

// Elements that can host a shadow root besides custom elements (the DOM standard's list for attachShadow).
export const SHADOW_HOSTS: ReadonlySet<string> = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span',
]);

/** An open shadow root, or the content of a declarative one the parser kept as a template. */
export function openShadowRoot(el: Element): DocumentFragment | null {
  if (el.shadowRoot) return el.shadowRoot;
  if (el.localName === 'template' && el.hasAttribute('shadowrootmode')) return (el as HTMLTemplateElement).content;
  return null;
}

/**
 * The shadow root an element hosts: open first, then closed through the lookup, within the budget's lookups
 * (custom elements are the usual hosts and few; plain elements are many, so only the first of them are asked).
 */
export class ShadowRoots {
  private plain = 0;
  private custom = 0;

  /**
   * `plainOnlyEmpty`: plain elements are asked only when they have no child nodes — a host whose content is all in
   * its shadow root (a declarative closed root leaves its host empty) — so that a page with many elements of its own
   * costs few lookups.
   */
  constructor(
    private readonly lookup: ShadowLookup | null | undefined,
    private readonly budget: Pick<Budget, 'closedShadowLookups' | 'closedShadowCustom'>,
    private readonly plainOnlyEmpty = false,
  ) {}

  of(el: Element, tag = el.localName): DocumentFragment | null {
    return openShadowRoot(el) ?? this.closed(el, tag);
  }

  private closed(el: Element, tag: string): DocumentFragment | null {
    if (!this.lookup) return null;
    if (tag.includes('-')) {
      if (this.custom++ >= this.budget.closedShadowCustom) return null;
    } else if (!SHADOW_HOSTS.has(tag) || (this.plainOnlyEmpty && el.firstChild) || this.plain++ >= this.budget.closedShadowLookups) return null;
    try {
      return this.lookup(el);
    } catch {
      return null;
    }
  }
}

/** The page's shadow roots, roots inside roots too, looking at up to budget.shadowHosts elements (the gate). */
export function shadowRootsOf(doc: Document, lookup: ShadowLookup | null, budget: Pick<Budget, 'shadowHosts' | 'closedShadowLookups' | 'closedShadowCustom'>, plainOnlyEmpty = false): DocumentFragment[] {
  const roots: DocumentFragment[] = [];
  const reader = new ShadowRoots(lookup, budget, plainOnlyEmpty);
  const scopes: ArrayLike<Element>[] = [doc.body?.getElementsByTagName('*') ?? []];
  let checked = 0;
  for (let s = 0; s < scopes.length && checked < budget.shadowHosts; s++) {
    const all = scopes[s]!;
    for (let i = 0; i < all.length && checked < budget.shadowHosts; i++, checked++) {
      const root = reader.of(all[i]!);
      if (!root) continue;
      roots.push(root);
      scopes.push(root.querySelectorAll('*'));
    }
  }
  return roots;
}

/** Whether any of the first `elements` elements has an open shadow root (an almost empty page may keep its text there). */
export function hasShadowRoots(doc: Document, elements: number): boolean {
  const all = doc.body?.getElementsByTagName('*') ?? [];
  for (let i = 0; i < all.length && i < elements; i++) if ((all[i] as Element).shadowRoot) return true;
  return false;
}
