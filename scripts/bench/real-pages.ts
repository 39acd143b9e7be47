// What the extension costs on the ordinary web: real Japanese pages (../shared/corpus-web when present, the
// project's benign fixtures otherwise) served as they were saved — bytes and encodings untouched, no charset
// added — with every request outside 127.0.0.1 failing. Loads with and without the extension are interleaved;
// an A/A control (two browsers without it) shows the noise. Also the JS heap the extension adds to a tab.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROME_BUILD, ROOT, SHARED, removeTempDir, tempDir } from '../lib/browser-harness';
import { japaneseArticle, japaneseBilling } from './pages';

const FLAGS = ['--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Serves a folder's files byte for byte; HTML as text/html without a charset, so the page's own meta or the
 * browser's sniffing decides the encoding, as with many real servers. */
async function serveRaw(dir: string, extra: Record<string, string>): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (extra[path] !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(extra[path]);
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(resolve(dir)) || !existsSync(file) || !['.html', '.htm'].includes(extname(file))) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Every `step`-th honest page of the folder, sorted by name: a spread over sites, not the first few of one. */
export function samplePages(count: number): { dir: string; pages: string[] } {
  const web = join(SHARED, 'corpus-web', 'benign');
  const dir = existsSync(web) ? web : join(ROOT, 'tests', 'fixtures', 'benign');
  const all = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const step = Math.max(1, Math.floor(all.length / count));
  return { dir, pages: all.filter((_, i) => i % step === 0).slice(0, count) };
}

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; profile: string }> {
  const profile = tempDir('ocg-bench-real-');
  const args = withExtension ? [...FLAGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : [...FLAGS, '--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args, locale: 'ja-JP' });
  if (withExtension && !context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
  return { context, profile };
}

interface Timing {
  dcl: number;
  load: number;
}

async function loadOnce(page: Page, url: string): Promise<Timing> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { dcl: nav.domContentLoadedEventEnd - nav.startTime, load: nav.loadEventEnd - nav.startTime };
  });
}

export interface RealPageFigures {
  pages: number;
  loadsEach: number;
  /** Median over pages of (median with extension / median without). */
  dclRatio: number;
  loadRatio: number;
  /** The same for two browsers without the extension: the noise floor. */
  controlDclRatio: number;
  controlLoadRatio: number;
  worstDcl: { page: string; ratio: number };
  worstLoad: { page: string; ratio: number };
}

/** Interleaved loads of `count` real pages, `loads` times each, in three browsers: with, without, without (A/A). */
export async function realPageLoads(count: number, loads: number): Promise<RealPageFigures> {
  const { dir, pages } = samplePages(count);
  const server = await serveRaw(dir, {});
  const browsers = [await launch(true), await launch(false), await launch(false)];
  try {
    const tabs = await Promise.all(browsers.map((b) => b.context.newPage()));
    const times = pages.map(() => browsers.map(() => [] as Timing[]));
    for (let round = 0; round < loads; round++) {
      for (const [i, name] of pages.entries()) {
        // Rotating the order each round keeps "who loads first" from favouring one browser.
        for (let k = 0; k < browsers.length; k++) {
          const b = (k + round) % browsers.length;
          times[i]![b]!.push(await loadOnce(tabs[b]!, `${server.origin}/${encodeURIComponent(name)}`));
        }
      }
    }
    const ratio = (i: number, a: number, b: number, key: keyof Timing) => median(times[i]![a]!.map((t) => t[key])) / Math.max(0.1, median(times[i]![b]!.map((t) => t[key])));
    const per = (a: number, b: number, key: keyof Timing) => pages.map((page, i) => ({ page, ratio: ratio(i, a, b, key) }));
    const worst = (rows: { page: string; ratio: number }[]) => rows.reduce((w, r) => (r.ratio > w.ratio ? r : w), rows[0]!);
    const dcl = per(0, 1, 'dcl');
    const load = per(0, 1, 'load');
    return {
      pages: pages.length,
      loadsEach: loads,
      dclRatio: round(median(dcl.map((r) => r.ratio))),
      loadRatio: round(median(load.map((r) => r.ratio))),
      controlDclRatio: round(median(per(2, 1, 'dcl').map((r) => r.ratio))),
      controlLoadRatio: round(median(per(2, 1, 'load').map((r) => r.ratio))),
      worstDcl: { page: worst(dcl).page, ratio: round(worst(dcl).ratio) },
      worstLoad: { page: worst(load).page, ratio: round(worst(load).ratio) },
    };
  } finally {
    for (const b of browsers) {
      await b.context.close();
      removeTempDir(b.profile);
    }
    await server.close();
  }
}

export interface HeapFigures {
  /** Bytes the extension adds to the tab's JS heap (both worlds), median over loads, after a forced GC. */
  ordinaryPage: number;
  billingPage: number;
  loads: number;
}

async function heapOf(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500); // the gate, and on a bill the engine and the overlay
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  await page.close();
  return usedSize;
}

/** The JS heap the extension adds to a tab: an ordinary page that does not pass the gate, and a bill. */
export async function addedHeap(loads: number): Promise<HeapFigures> {
  const server = await serveRaw(ROOT, { '/article.html': japaneseArticle(1400), '/bill.html': japaneseBilling(400) });
  const [withExt, without] = [await launch(true), await launch(false)];
  try {
    const added = async (path: string) => {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < loads; i++) {
        a.push(await heapOf(withExt.context, server.origin + path));
        b.push(await heapOf(without.context, server.origin + path));
      }
      return Math.round(median(a) - median(b));
    };
    return { ordinaryPage: await added('/article.html'), billingPage: await added('/bill.html'), loads };
  } finally {
    for (const b of [withExt, without]) {
      await b.context.close();
      removeTempDir(b.profile);
    }
    await server.close();
  }
}
