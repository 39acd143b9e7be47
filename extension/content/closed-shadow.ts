// Closed shadow roots are closed to the page's other scripts, not to ours: Chrome gives content scripts
// chrome.dom.openOrClosedShadowRoot, Firefox a property only they see. A bill drawn inside one is on the screen
// like any other, so the gate and the collector read it too. Our own overlay's root is not page content.

type Lookup = (el: Element) => ShadowRoot | null;

/** The lookup this browser offers a content script, skipping `own` (the overlay host); null where there is none. */
export function closedShadowLookup(own: () => Element | null): Lookup | null {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: HTMLElement) => ShadowRoot | null } } }).chrome?.dom;
  if (typeof dom?.openOrClosedShadowRoot === 'function') {
    const open = dom.openOrClosedShadowRoot.bind(dom);
    return (el) => (el !== own() && el instanceof HTMLElement ? open(el) : null);
  }
  if (typeof document !== 'undefined' && 'openOrClosedShadowRoot' in document.documentElement) {
    return (el) => (el !== own() ? ((el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null) : null);
  }
  return null;
}
