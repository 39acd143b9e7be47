// npm run bench [-- --json]
// Every figure is a ratio against a baseline measured in the same run on the same document: one plain TreeWalker
// pass that reads every text node (the floor for any text-based detector).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { collectSnapshot } from '../detectors/snapshot/collect';
import { evaluate } from '../detectors/evaluate';
import { japaneseArticle, japaneseBilling, englishPage } from './bench/pages';

const json = process.argv.includes('--json');

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

const scan = scanSection();
const corpusRows = scan.filter((r) => r.page.startsWith('corpus/'));
const summary = {
  scan: {
    note: 'scan CLI path in jsdom: snapshot + evaluate vs one TreeWalker text pass over the same parsed document',
    pages: Object.fromEntries(scan.filter((r) => !r.page.startsWith('corpus/')).map((r) => [r.page, { elements: r.elements, ratio: round(r.ratio), scanMs: round(r.scanMs), floorMs: round(r.floorMs) }])),
    corpusMedianScanMs: round(medianOf(corpusRows.map((r) => r.scanMs))),
    corpusMedianRatio: round(medianOf(corpusRows.map((r) => r.ratio))),
  },
};

if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
else {
  process.stdout.write('scan (jsdom): snapshot + evaluate, as a multiple of one TreeWalker text pass\n');
  for (const r of scan) process.stdout.write(`  ${r.page.padEnd(52)} ${String(r.elements).padStart(7)} el  ${r.ratio.toFixed(1).padStart(6)}×  (${r.scanMs.toFixed(2)} ms vs ${r.floorMs.toFixed(3)} ms)\n`);
  process.stdout.write(`  corpus pages: median ${summary.scan.corpusMedianScanMs} ms, median ratio ${summary.scan.corpusMedianRatio}×\n`);
}

function medianOf(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
