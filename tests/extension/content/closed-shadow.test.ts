// @vitest-environment jsdom
// Closed shadow roots on each browser: Chrome's chrome.dom, Firefox's element property (Firefox and Firefox for
// Android have no chrome.dom, per browser-compat-data: the compatibility gate names this test), or neither.
import { afterEach, describe, expect, it } from 'vitest';
import { closedShadowLookup } from '../../../extension/content/closed-shadow';

const g = globalThis as { chrome?: unknown };
afterEach(() => {
  delete g.chrome;
  delete (Element.prototype as { openOrClosedShadowRoot?: unknown }).openOrClosedShadowRoot;
});

function closedHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  document.body.append(host);
  return { host, root };
}

describe('closed shadow roots', () => {
  it("uses Chrome's chrome.dom.openOrClosedShadowRoot, skipping our own overlay", () => {
    const { host, root } = closedHost();
    const own = document.createElement('div');
    g.chrome = { dom: { openOrClosedShadowRoot: (el: HTMLElement) => (el === host ? root : null) } };
    const lookup = closedShadowLookup(() => own)!;
    expect(lookup(host)).toBe(root);
    expect(lookup(own)).toBeNull();
  });

  it("without chrome.dom (Firefox, Firefox for Android), reads Firefox's element.openOrClosedShadowRoot", () => {
    const { host, root } = closedHost();
    g.chrome = { runtime: {} }; // Firefox's chrome object, with no dom namespace
    const roots = new WeakMap<Element, ShadowRoot>([[host, root]]);
    Object.defineProperty(Element.prototype, 'openOrClosedShadowRoot', { configurable: true, get(this: Element) { return roots.get(this) ?? null; } });
    const lookup = closedShadowLookup(() => null);
    expect(lookup).not.toBeNull();
    expect(lookup!(host)).toBe(root);
  });

  it('without chrome.dom or the element property, says there is no lookup (open roots are still read)', () => {
    closedHost();
    g.chrome = { runtime: {} }; // not WXT's fake browser, whose dom namespace would answer
    expect(closedShadowLookup(() => null)).toBeNull();
  });
});
