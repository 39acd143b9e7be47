// npm run bench [-- --json] [-- --quick]
// Speed figures are ratios against a baseline measured in the same run: one plain TreeWalker pass that reads every
// text node (the floor for any text-based detector), or the same page loaded without the extension (with an A/A
// control for the noise). Two are absolute because the user lives them: the time to warning in ms (ratios to a
// baseline would hide a slow start) and the heap the extension adds to a tab, in bytes.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { collectSnapshot } from '../detectors/snapshot/collect';
import { evaluate } from '../detectors/evaluate';
import { japaneseArticle, japaneseBilling, englishPage } from './bench/pages';
import { engineInChromium, pageLoads } from './bench/browser';
import { timeToWarning, type WarningFigures } from './bench/warning';
import { addedHeap, realPageLoads } from './bench/real-pages';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick'); // fewer loads, for a fast look; figures for docs use the default

function treeWalkerFloor(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  let chars = 0;
  while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
  return chars;
}

/** Median of `runs` timings after one warm-up run. */
function median(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

interface Row {
  page: string;
  elements: number;
  floorMs: number;
  scanMs: number;
  ratio: number;
}

function measure(name: string, html: string, runs: number): Row {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const floorMs = median(() => treeWalkerFloor(doc), runs);
  const scanMs = median(() => evaluate(collectSnapshot(doc, { scriptText: true })), runs);
  const elements = doc.getElementsByTagName('*').length;
  return { page: name, elements, floorMs, scanMs, ratio: scanMs / floorMs };
}

function scanSection(): Row[] {
  const rows: Row[] = [];
  const big = Array.from({ length: 12_500 }, (_, i) => `<tr><td>商品番号${i}</td><td>国産の新鮮な野菜セット</td><td>${(i % 90) * 100 + 1000}円</td></tr>`).join('');
  rows.push(measure('large-table-1MB', `<!doctype html><html lang="ja"><body><h1>在庫一覧</h1><table>${big}</table></body></html>`, 5));
  for (const [name, make] of [['billing', japaneseBilling], ['article', japaneseArticle], ['english', englishPage]] as const) {
    for (const n of [1000, 10_000]) rows.push(measure(`${name}-${n / 1000}k`, make(n), n > 5000 ? 5 : 15));
  }
  const corpus = join('..', 'shared', 'corpus');
  if (existsSync(corpus)) {
    for (const dir of ['fraud', 'benign']) {
      for (const f of readdirSync(join(corpus, dir)).sort()) rows.push(measure(`corpus/${dir}/${f}`, readFileSync(join(corpus, dir, f), 'utf8'), 30));
    }
  }
  return rows;
}

function bytes() {
  const dir = join('.output', 'chrome-mv3');
  const size = (f: string) => (existsSync(join(dir, f)) ? statSync(join(dir, f)).size : 0);
  const content = ['content-scripts/content.js', 'content-scripts/observer.js'];
  // The popup and the settings page share chunks: count every page chunk once.
  const pages = existsSync(join(dir, 'chunks')) ? readdirSync(join(dir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`) : [];
  return {
    contentScript: size(content[0]!),
    mainWorldScript: size(content[1]!),
    contentPathTotal: content.reduce((n, f) => n + size(f), 0),
    extensionPages: pages.reduce((n, f) => n + size(f), 0),
    engine: size('engine.js'),
    background: size('background.js'),
  };
}

async function main(): Promise<void> {
  if (!existsSync(join('.output', 'chrome-mv3', 'manifest.json'))) throw new Error('no build in .output/chrome-mv3: run npm run build first');
  const scan = scanSection();
  const engine = await engineInChromium(quick ? [1000, 10_000] : [1000, 10_000, 100_000]);
  const loads = await pageLoads(quick ? 7 : 21);
  const warning = await timeToWarning({ coldLaunches: quick ? 3 : 10, firefox: true });
  const real = await realPageLoads(quick ? 8 : 24, quick ? 5 : 20);
  const heap = await addedHeap(quick ? 3 : 7);
  const corpusRows = scan.filter((r) => r.page.startsWith('corpus/'));
  const summary = {
    engine: Object.fromEntries(engine.map((r) => [r.page, { elements: r.elements, vsFloor: r.ratio, naiveVsFloor: r.naiveRatio, vsNaive: r.vsNaive }])),
    browser: {
      loads: Object.fromEntries(loads.figures.map((f) => [f.page, { loads: f.loads, loadRatio: f.loadRatio, scriptRatio: f.scriptRatio, addedScriptShareOfLoad: f.addedScriptShareOfLoad }])),
      longestTaskVs50ms: loads.longestTaskRatio,
    },
    timeToWarning: Object.fromEntries(
      warning.map((w) => [w.state, { pages: w.pages, warned: w.warned, badgeP50: w.badge.p50, badgeP95: w.badge.p95, overlayP50: w.overlay.p50, overlayP95: w.overlay.p95, staticOverlayP95: w.staticOverlay.p95 }]),
    ),
    realPages: real,
    heapAdded: heap,
    bytes: bytes(),
    scan: {
      pages: Object.fromEntries(scan.filter((r) => !r.page.startsWith('corpus/')).map((r) => [r.page, { elements: r.elements, vsFloor: round(r.ratio) }])),
      corpusMedianVsFloor: round(medianOf(corpusRows.map((r) => r.ratio))),
    },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const out: string[] = [];
  out.push('engine in Chromium — snapshot + evaluate behind the gate, as a multiple of one TreeWalker text pass (floor)');
  out.push(`  ${'page'.padEnd(14)} ${'elements'.padStart(8)}  ${'ours'.padStart(7)}  ${'naive'.padStart(7)}  ${'ours/naive'.padStart(10)}`);
  for (const r of engine) out.push(`  ${r.page.padEnd(14)} ${String(r.elements).padStart(8)}  ${`${r.ratio}×`.padStart(7)}  ${`${r.naiveRatio}×`.padStart(7)}  ${`${r.vsNaive}×`.padStart(10)}`);
  out.push('', `page loads with / without the extension (medians of ${loads.figures[0]?.loads ?? 0} loads each, interleaved)`);
  for (const f of loads.figures) {
    out.push(`  ${f.page.padEnd(14)} load event ${f.loadRatio}×   tab script time ${f.scriptRatio}×   added script = ${round(f.addedScriptShareOfLoad * 100, 1)}% of the load`);
  }
  out.push(`  longest extension task on a 100k-element page: ${loads.longestTaskRatio}× the 50 ms budget`);
  out.push('', 'time to warning — ms from the navigation\'s commit to the badge and to the overlay, labelled fraud pages (targets: warm p95 ≤ 300, cold ≤ 1000)');
  out.push(`  ${'state'.padEnd(28)} ${'pages'.padStart(5)}  ${'badge p50/p95'.padStart(14)}  ${'overlay p50/p95'.padStart(16)}  slowest`);
  for (const w of warning) out.push(`  ${w.state.padEnd(28)} ${`${w.warned}/${w.pages}`.padStart(5)}  ${`${w.badge.p50}/${w.badge.p95}`.padStart(14)}  ${`${w.overlay.p50}/${w.overlay.p95}`.padStart(16)}  ${slowest(w)}`);
  out.push('', `real pages (${real.pages} honest Japanese pages, ${real.loadsEach} interleaved loads each, with / without the extension; median over pages)`);
  out.push(`  DOMContentLoaded ${real.dclRatio}×  (A/A control ${real.controlDclRatio}×; worst ${real.worstDcl.page} ${real.worstDcl.ratio}×)`);
  out.push(`  load event       ${real.loadRatio}×  (A/A control ${real.controlLoadRatio}×; worst ${real.worstLoad.page} ${real.worstLoad.ratio}×)`);
  out.push('', `JS heap added to a tab (both worlds, after a forced GC, median of ${heap.loads}): ordinary page ${kb(heap.ordinaryPage)} KB (target ≤ 1024), billing page ${kb(heap.billingPage)} KB`);
  const b = summary.bytes;
  out.push('', `bytes (minified): content path ${b.contentPathTotal} (isolated ${b.contentScript} + main world ${b.mainWorldScript}) = ${round(b.contentPathTotal / 30_720)}× the 30 KB budget; engine (loaded only past the gate) ${b.engine}; popup and settings pages ${b.extensionPages}; background ${b.background}`);
  out.push('', 'scan CLI in jsdom — snapshot + evaluate as a multiple of one TreeWalker text pass over the same document');
  for (const r of scan) if (!r.page.startsWith('corpus/')) out.push(`  ${r.page.padEnd(20)} ${String(r.elements).padStart(7)} el  ${`${round(r.ratio)}×`.padStart(7)}`);
  out.push(`  ../shared/corpus pages: median ${summary.scan.corpusMedianVsFloor}×`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

function slowest(w: WarningFigures): string {
  return w.slowest.map((s) => `${s.page.split('/').pop()} ${s.overlayMs}`).join(', ');
}
function kb(bytes: number): number {
  return Math.round(bytes / 1024);
}
function medianOf(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function round(n: number, digits = 2): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}
