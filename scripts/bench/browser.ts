// Benchmarks in Debian's Chromium: the engine in a real page against its floor and a naive peer; what the built
// extension adds to page loads (with vs without it, same run); the longest task it causes on a huge page.
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM, CHROME_BUILD, servePages, tempDir } from '../lib/browser-harness';
import { englishPage, japaneseArticle, japaneseBilling } from './pages';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const FLAGS = ['--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export interface EngineRow {
  page: string;
  elements: number;
  /** ours / floor */
  ratio: number;
  /** naive peer / floor */
  naiveRatio: number;
  /** ours / naive peer */
  vsNaive: number;
}

/** Snapshot + evaluate (behind the gate, as the content script runs them) against the floor and a naive peer. */
export async function engineInChromium(sizes: number[]): Promise<EngineRow[]> {
  const bundle = await build({ entryPoints: [join(import.meta.dirname, 'engine-entry.ts')], bundle: true, format: 'iife', write: false, minify: true, target: 'chrome120' });
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const rows: EngineRow[] = [];
  try {
    const page = await browser.newPage();
    for (const [kind, make] of [['billing', japaneseBilling], ['article', japaneseArticle], ['english', englishPage]] as const) {
      for (const n of sizes) {
        await page.setContent(make(n));
        await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
        // Enough repetitions that each measured batch lasts well over the timer's resolution.
        const r = await page.evaluate((runs) => (globalThis as unknown as { __ocgBench: { measure(runs: number): { floor: number; naive: number; ours: number; elements: number } } }).__ocgBench.measure(runs), n >= 100_000 ? 7 : n >= 10_000 ? 15 : 41);
        rows.push({ page: `${kind}-${n / 1000}k`, elements: r.elements, ratio: round(r.ours / r.floor), naiveRatio: round(r.naive / r.floor), vsNaive: round(r.ours / r.naive) });
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function persistent(withExtension: boolean): Promise<BrowserContext> {
  const args = withExtension ? [...FLAGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : [...FLAGS, '--disable-extensions'];
  const context = await chromium.launchPersistentContext(tempDir('ocg-bench-'), { executablePath: CHROMIUM, headless: true, args, locale: 'ja-JP' });
  if (withExtension) {
    if (!context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
  }
  return context;
}

interface LoadSample {
  loadMs: number;
  scriptMs: number;
}

async function loadOnce(context: BrowserContext, url: string, settleMs: number): Promise<LoadSample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs); // the content script runs at document_idle, around load: let it finish
  const { metrics } = await cdp.send('Performance.getMetrics');
  const loadMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  await cdp.detach();
  await page.close();
  return { loadMs, scriptMs };
}

export interface LoadFigures {
  page: string;
  bytes: number;
  loads: number;
  /** median load-event time with the extension / without */
  loadRatio: number;
  /** median script time of the tab with the extension / without (the page's own scripts + ours vs its own) */
  scriptRatio: number;
  /** the extension's added script time as a share of the median load without it */
  addedScriptShareOfLoad: number;
}

/** Page loads with and without the extension, interleaved, medians over `loads` loads of each page. */
export async function pageLoads(loads: number): Promise<{ figures: LoadFigures[]; longestTaskRatio: number }> {
  const article = japaneseArticle(1400); // about 200 KB
  const fraud = `${japaneseBilling(400)}`;
  const huge = japaneseArticle(100_000); // no images: 25,000 image requests would measure the server, not us
  const server = await servePages({}, { '/article.html': article, '/fraud.html': fraud, '/huge.html': huge });
  const withExt = await persistent(true);
  const without = await persistent(false);
  const figures: LoadFigures[] = [];
  try {
    for (const [name, path, html] of [['article-200KB', '/article.html', article], ['fraud', '/fraud.html', fraud]] as const) {
      const a: LoadSample[] = [];
      const b: LoadSample[] = [];
      for (let i = 0; i < loads; i++) {
        a.push(await loadOnce(withExt, `${server.origin}${path}`, 400));
        b.push(await loadOnce(without, `${server.origin}${path}`, 400));
      }
      const loadWith = median(a.map((s) => s.loadMs));
      const loadWithout = median(b.map((s) => s.loadMs));
      const scriptWith = median(a.map((s) => s.scriptMs));
      const scriptWithout = median(b.map((s) => s.scriptMs));
      figures.push({
        page: name,
        bytes: Buffer.byteLength(html),
        loads,
        loadRatio: round(loadWith / loadWithout, 3),
        scriptRatio: round(scriptWith / Math.max(scriptWithout, 0.01)),
        addedScriptShareOfLoad: round((scriptWith - scriptWithout) / loadWithout, 3),
      });
    }
    const longest = await longestExtensionTask(withExt, `${server.origin}/huge.html`);
    return { figures, longestTaskRatio: round(longest / 50) };
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
}

/** The longest single piece of extension script on a page (trace events attributed to chrome-extension:// code). */
async function longestExtensionTask(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: { name: string; dur?: number; args?: { data?: { url?: string; scriptName?: string } } }[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as typeof events)));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(6000); // a sliced scan of a huge page runs in idle time after load
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const ours = events.filter((e) => {
    const source = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    return source.startsWith('chrome-extension://') && typeof e.dur === 'number';
  });
  return Math.max(0, ...ours.map((e) => e.dur! / 1000));
}
