// Layout and accessibility probes run inside the browser, written as plain JavaScript in a string: what the test
// runner compiles could bring helpers (esbuild's __name) that do not exist in the page. The same source works in
// Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi).

export interface Box { top: number; bottom: number; left: number; right: number; width: number; height: number }
export interface Control extends Box { text: string; tag: string }
export interface Layout {
  innerWidth: number;
  innerHeight: number;
  /** The document's scroll width (> innerWidth means horizontal scrolling). */
  scrollWidth: number;
  /** The overlay's own scrolling box, when measuring the overlay. */
  backdrop: { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number } | null;
  /** Buttons and links that act as buttons (and the help links of the popup), visible ones only. */
  controls: Control[];
  /** Every visible text with its computed font size in CSS px. */
  texts: { text: string; size: number }[];
  /** Visible elements that stick out of the viewport on the left or right. */
  outside: string[];
}

/** Defines window.__ocgProbe; `overlay` measures inside <oneclick-guard>'s shadow root (exposed first). */
export const PROBE = `
window.__ocgProbe = {
  scope: function (overlay) {
    if (!overlay) return document;
    var host = document.querySelector('oneclick-guard');
    if (!host || !host.shadowRoot) throw new Error('no exposed overlay');
    return host.shadowRoot;
  },
  box: function (el) {
    var r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
  },
  visible: function (el) {
    if (el.getClientRects().length === 0) return false;
    var s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none';
  },
  layout: function (overlay, skip) {
    var P = window.__ocgProbe;
    var root = P.scope(overlay);
    var controls = Array.prototype.slice.call(root.querySelectorAll('button, a.button, .resources a, [role="button"]'))
      .filter(P.visible)
      .map(function (el) {
        var b = P.box(el);
        b.text = (el.textContent || '').trim().slice(0, 40);
        b.tag = el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '');
        return b;
      });
    var texts = [];
    var walker = document.createTreeWalker(overlay ? root : document.body, NodeFilter.SHOW_TEXT);
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      var el = n.parentElement;
      if (!el || !n.nodeValue.trim() || el.closest('style, script, noscript')) continue;
      if (skip && el.closest(skip)) continue;
      if (!P.visible(el)) continue;
      texts.push({ text: n.nodeValue.trim().slice(0, 30), size: parseFloat(getComputedStyle(el).fontSize) });
    }
    var width = document.documentElement.clientWidth;
    var outside = Array.prototype.slice.call(root.querySelectorAll(overlay ? '*' : 'body *'))
      .filter(function (el) {
        if (!P.visible(el) || el.tagName === 'STYLE') return false;
        var b = el.getBoundingClientRect();
        return b.width > 0 && (b.right > width + 0.5 || b.left < -0.5);
      })
      .map(function (el) { var b = el.getBoundingClientRect(); return el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(b.left) + '..' + Math.round(b.right); });
    var bd = overlay ? root.querySelector('.backdrop') : null;
    return {
      innerWidth: innerWidth, innerHeight: innerHeight, scrollWidth: document.documentElement.scrollWidth,
      backdrop: bd ? { scrollWidth: bd.scrollWidth, clientWidth: bd.clientWidth, scrollHeight: bd.scrollHeight, clientHeight: bd.clientHeight } : null,
      controls: controls, texts: texts, outside: outside,
    };
  },
  boxOf: function (overlay, selector) {
    var el = window.__ocgProbe.scope(overlay).querySelector(selector);
    return el ? window.__ocgProbe.box(el) : null;
  },
};
true;
`;

/** The smallest font size among the texts, with the texts at that size (for a readable failure message). */
export function smallest(texts: Layout['texts']): { size: number; texts: string[] } {
  const size = Math.min(...texts.map((t) => t.size));
  return { size, texts: texts.filter((t) => t.size === size).map((t) => t.text).slice(0, 5) };
}

/** Controls lower than `min` px, described. */
export function tooLow(controls: Control[], min = 44): string[] {
  return controls.filter((c) => c.height < min - 0.01).map((c) => `${c.tag} "${c.text}" ${c.height.toFixed(1)} px`);
}

/**
 * Text contrast inside the exposed overlay, by WCAG's formula: each visible text against the first opaque
 * background among its ancestors (the dialog is opaque). axe-core leaves these "incomplete" in our top-layer
 * shadow root (it cannot tell the background there), so the test checks them itself.
 */
export const CONTRAST = `
(function () {
  var host = document.querySelector('oneclick-guard');
  var root = host && host.shadowRoot;
  if (!root) throw new Error('no exposed overlay');
  function rgba(s) { var m = s.match(/[\\d.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 }; }
  function lum(c) {
    var f = function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  }
  function background(el) {
    for (var e = el; e; e = e.parentElement) {
      var c = rgba(getComputedStyle(e).backgroundColor);
      if (c.a >= 1) return c;
      if (e.classList.contains('dialog')) break;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  }
  var checked = 0, failing = [], lowest = 99;
  var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (var n = walker.nextNode(); n; n = walker.nextNode()) {
    var el = n.parentElement;
    if (!el || !n.nodeValue.trim() || el.closest('style') || el.closest('[aria-hidden="true"]') || el.getClientRects().length === 0) continue;
    var s = getComputedStyle(el), fg = rgba(s.color), bg = background(el);
    var L1 = lum(fg), L2 = lum(bg), ratio = (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
    var size = parseFloat(s.fontSize), bold = Number(s.fontWeight) >= 700;
    var need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    checked++;
    lowest = Math.min(lowest, ratio);
    if (ratio < need) failing.push(n.nodeValue.trim().slice(0, 30) + ': ' + ratio.toFixed(2) + ' < ' + need);
  }
  return { checked: checked, failing: failing, lowest: lowest };
})()
`;
