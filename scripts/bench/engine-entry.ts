// Bundled (esbuild, IIFE) and added to benchmark pages in Chromium: the engine exactly as the content script runs
// it, next to the floor (one TreeWalker pass over every text node) and a naive peer (textContent + every
// detector's regexes over it as one block).
import { collectSnapshot } from '../../detectors/snapshot/collect';
import { evaluate } from '../../detectors/evaluate';
import { DETECTORS } from '../../detectors/registry';
import { extractFromBlock, type Extracted } from '../../detectors/snapshot/extract';
import { normalizeText } from '../../detectors/snapshot/normalize';
import type { PageSnapshot } from '../../detectors/snapshot/schema';
import { gatePage } from '../../extension/content/gate';

function floor(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
  return chars;
}

function naive(): number {
  const text = normalizeText(document.body.textContent ?? '');
  const out: Extracted = { phones: [], amounts: [], ips: [], ids: [], deadlines: [], contacts: [] };
  extractFromBlock(text, 0, out);
  const page: PageSnapshot = {
    version: 1, url: location.href, title: document.title, lang: '',
    blocks: [{ text, tag: 'body', heading: 0, fontPx: 0, red: false, top: -1, quoted: false, prose: false, link: false, script: false }],
    ...out, apps: [], media: [], behaviour: [],
    stats: { elements: 0, textChars: text.length, truncated: false, japanese: true },
  };
  return DETECTORS.filter((d) => d.detect(page) !== null).length;
}

function ours(): number {
  // The gate exactly as the content script runs it. On a huge Japanese page it continues in idle slices, which a
  // synchronous timing cannot follow: there the figure covers the gate's first slice only and then the full scan.
  let pass = false;
  gatePage(document, [], (p) => (pass = p));
  if (!pass) return 0;
  return evaluate(collectSnapshot(document, { layout: true, scriptText: true, userAgent: navigator.userAgent })).score;
}

/**
 * Median time of one call over `runs` samples. Each sample repeats the call until 5 ms have passed, because the
 * page's clock ticks in coarse steps (0.1 ms in Chromium) and small pages take less than that.
 */
function median(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    let calls = 0;
    const start = performance.now();
    let now = start;
    do {
      fn();
      calls++;
      now = performance.now();
    } while (now - start < 5);
    times.push((now - start) / calls);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

(globalThis as unknown as { __ocgBench: unknown }).__ocgBench = {
  oursOnly: ours,
  measure(runs: number) {
    return { floor: median(floor, runs), naive: median(naive, runs), ours: median(ours, runs), elements: document.getElementsByTagName('*').length };
  },
};
