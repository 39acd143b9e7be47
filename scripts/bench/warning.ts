// Time to warning: from the navigation's commit (the response's first byte, as the page's own timeline records it)
// to the badge and to the overlay, on the labelled fraud pages, in the built extension.
// Chromium: warm (a browser that has been running), cold (the first page of a browser just started with a fresh
// profile) and after the service worker was stopped through the DevTools protocol; Firefox: warm.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { collectSnapshot } from '../../detectors/snapshot/collect';
import { evaluate } from '../../detectors/evaluate';
import { CHROMIUM, CHROME_BUILD, ROOT, SHARED, launchFirefox, openFirefoxExtensionPage, removeTempDir, servePages, sleep, tempDir, type PageServer } from '../lib/browser-harness';
import { readLabels } from '../lib/labels';

const FLAGS = ['--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const BADGE_WAIT_MS = 8000;
const FIREFOX_UUID = '0c9d7e55-55b2-4c55-9a4e-2f0b0b6f3a11';

export interface FraudPage {
  path: string;
  /** The bill is in the HTML as served: a scan that runs and reads no script flags it. */
  static: boolean;
}

export interface Sample {
  page: string;
  static: boolean;
  /** ms from commit; null when it did not come within the wait (a bill that needs a click, say). */
  badgeMs: number | null;
  overlayMs: number | null;
}

export interface WarningFigures {
  state: string;
  pages: number;
  warned: number;
  badge: { p50: number; p95: number };
  overlay: { p50: number; p95: number };
  /** The same over the pages whose bill is in the HTML as served. */
  staticBadge: { p50: number; p95: number };
  staticOverlay: { p50: number; p95: number };
  slowest: { page: string; overlayMs: number }[];
}

const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!);
};
const spread = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });

export function summarise(state: string, samples: Sample[]): WarningFigures {
  const got = <K extends 'badgeMs' | 'overlayMs'>(key: K, only?: boolean) =>
    samples.filter((s) => (only === undefined || s.static === only) && s[key] !== null).map((s) => s[key]!);
  return {
    state,
    pages: samples.length,
    warned: samples.filter((s) => s.badgeMs !== null || s.overlayMs !== null).length,
    badge: spread(got('badgeMs')),
    overlay: spread(got('overlayMs')),
    staticBadge: spread(got('badgeMs', true)),
    staticOverlay: spread(got('overlayMs', true)),
    slowest: samples
      .filter((s) => s.overlayMs !== null)
      .sort((a, b) => b.overlayMs! - a.overlayMs!)
      .slice(0, 3)
      .map((s) => ({ page: s.page, overlayMs: Math.round(s.overlayMs!) })),
  };
}

/** The labelled fraud pages of the project and, when present, of ../shared, served under one prefix each. */
export async function fraudPages(): Promise<{ folders: Record<string, string>; pages: FraudPage[] }> {
  const folders: Record<string, string> = { '/fixtures': join(ROOT, 'tests', 'fixtures') };
  for (const name of ['corpus', 'corpus-real']) if (existsSync(join(SHARED, name, 'labels.json'))) folders[`/${name}`] = join(SHARED, name);
  const pages: FraudPage[] = [];
  for (const [prefix, dir] of Object.entries(folders)) {
    const { pages: labelled } = await readLabels(dir);
    for (const p of labelled.filter((l) => l.verdict === 'fraud')) {
      const dom = new JSDOM(readFileSync(join(dir, p.page)), { virtualConsole: new VirtualConsole() });
      const isStatic = evaluate(collectSnapshot(dom.window.document)).verdict === 'fraud';
      dom.window.close();
      pages.push({ path: `${prefix}/${p.page}`, static: isStatic });
    }
  }
  return { folders, pages };
}

// In the page's main world from its first instant: when our overlay's host element arrives (epoch ms).
function markOverlay(): void {
  const w = window as unknown as { __ocgOverlayAt?: number };
  new MutationObserver((_, observer) => {
    if (document.querySelector('oneclick-guard')) {
      w.__ocgOverlayAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

// Run in an extension page: polls the tab's badge (no service worker needed) and resolves with the epoch ms it
// first showed, or 0. (No named inner functions: the bundler would wrap them in a helper the page does not have.)
async function pollBadge({ tabId, url, ms }: { tabId: number | null; url: string; ms: number }): Promise<number> {
  const api = ((globalThis as unknown as { browser?: unknown }).browser ?? (globalThis as unknown as { chrome: unknown }).chrome) as {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    action: { getBadgeText(d: object): Promise<string> };
  };
  const end = Date.now() + ms;
  while (Date.now() <= end) {
    try {
      const id = tabId ?? (await api.tabs.query({})).find((t) => t.url === url)?.id;
      if (id !== undefined && (await api.action.getBadgeText({ tabId: id })) !== '') return performance.timeOrigin + performance.now();
    } catch {
      // the tab is not there yet
    }
    await new Promise((r) => setTimeout(r, 4));
  }
  return 0;
}

const commitOf = () => {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return performance.timeOrigin + (nav?.responseStart ?? 0);
};

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'ja-JP',
    args: [...FLAGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
  });
}

async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** One page in a Chromium tab: badge polled from `poller` (an extension page), overlay marked in the page. */
async function sampleChromium(page: Page, poller: Page, origin: string, target: FraudPage): Promise<Sample> {
  await page.bringToFront();
  const tabId = await poller.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  await poller.bringToFront();
  const badgeAt = poller.evaluate(pollBadge, { tabId, url: '', ms: BADGE_WAIT_MS });
  await page.goto(origin + target.path, { waitUntil: 'commit' });
  return finish(target, await badgeAt, () => page.evaluate(commitOf), () => page.evaluate(() => (window as unknown as { __ocgOverlayAt?: number }).__ocgOverlayAt ?? 0));
}

async function finish(target: FraudPage, badgeAt: number, commit: () => Promise<number>, overlay: () => Promise<number>): Promise<Sample> {
  let overlayAt = await overlay().catch(() => 0);
  for (let waited = 0; overlayAt === 0 && waited < (badgeAt ? 2000 : 200); waited += 20) {
    await sleep(20);
    overlayAt = await overlay().catch(() => 0);
  }
  const committed = await commit().catch(() => 0);
  const since = (at: number) => (at > 0 && committed > 0 ? Math.max(0, at - committed) : null);
  return { page: target.path, static: target.static, badgeMs: since(badgeAt), overlayMs: since(overlayAt) };
}

/** Warm Chromium, and the same browser after its service worker was stopped before each page. */
export async function chromiumWarmAndStopped(server: PageServer, pages: FraudPage[]): Promise<{ warm: Sample[]; stopped: Sample[] }> {
  const profile = tempDir('ocg-bench-ttw-');
  const context = await launch(profile);
  await context.addInitScript(markOverlay);
  try {
    const id = await extensionId(context);
    const poller = await context.newPage();
    await poller.goto(`chrome-extension://${id}/popup.html?tabId=0`);
    const cdp = await context.newCDPSession(poller);
    await cdp.send('ServiceWorker.enable');
    // One page first, so that "warm" means a browser that has already judged a page.
    const first = await context.newPage();
    await first.goto(`${server.origin}${pages[0]!.path}`);
    await sleep(1500);
    await first.close();
    const warm: Sample[] = [];
    const stopped: Sample[] = [];
    for (const target of pages) {
      const page = await context.newPage();
      warm.push(await sampleChromium(page, poller, server.origin, target));
      await page.close();
    }
    for (const target of pages) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await sleep(150);
      const page = await context.newPage();
      stopped.push(await sampleChromium(page, poller, server.origin, target));
      await page.close();
    }
    return { warm, stopped };
  } finally {
    await context.close();
    removeTempDir(profile);
  }
}

/**
 * The first page of a browser just started, `launches` times over the fraud pages: with a fresh profile (the
 * extension just installed), or restarting one profile that has been used before (`restart`).
 */
export async function chromiumCold(server: PageServer, pages: FraudPage[], launches: number, restart = false): Promise<Sample[]> {
  const samples: Sample[] = [];
  const used = restart ? tempDir('ocg-bench-restart-') : '';
  if (restart) {
    const context = await launch(used);
    const page = await context.newPage();
    await page.goto(server.origin + pages[0]!.path);
    await sleep(1500);
    await context.close();
  }
  for (let i = 0; i < launches; i++) {
    const target = pages[(i * 7 + (restart ? 3 : 0)) % pages.length]!;
    const profile = restart ? used : tempDir('ocg-bench-cold-');
    const context = await launch(profile);
    try {
      await context.addInitScript(markOverlay);
      const page = context.pages()[0] ?? (await context.newPage());
      const url = server.origin + target.path;
      // The badge is read from the service worker once it is there (it starts with the browser).
      const badgeAt = extensionId(context).then(async () => {
        const worker = context.serviceWorkers()[0]!;
        return worker.evaluate(pollBadge, { tabId: null, url, ms: BADGE_WAIT_MS });
      });
      await page.goto(url, { waitUntil: 'commit' });
      samples.push(await finish(target, await badgeAt, () => page.evaluate(commitOf), () => page.evaluate(() => (window as unknown as { __ocgOverlayAt?: number }).__ocgOverlayAt ?? 0)));
    } finally {
      await context.close();
      if (!restart) removeTempDir(profile);
    }
  }
  if (restart) removeTempDir(used);
  return samples;
}

/** Warm Firefox ESR: badge polled from an extension page, overlay marked in the page. */
export async function firefoxWarm(server: PageServer, pages: FraudPage[]): Promise<Sample[]> {
  const browser = await launchFirefox(FIREFOX_UUID);
  const samples: Sample[] = [];
  try {
    // The badge poller in a window of its own: Firefox clamps the timers of a background tab to one a second.
    const poller = await openFirefoxExtensionPage(browser, FIREFOX_UUID, 'popup.html?tabId=0', 'main', { page: await browser.newPage({ type: 'window' }) });
    const warmUp = await browser.newPage();
    await warmUp.goto(server.origin + pages[0]!.path);
    await sleep(1500);
    await warmUp.close();
    for (const target of pages) {
      const page: PuppeteerPage = await browser.newPage({ type: 'window' }); // leaves the poller's tab in front in its window
      await page.evaluateOnNewDocument(markOverlay);
      const url = server.origin + target.path;
      const badgeAt = poller.evaluate(pollBadge, { tabId: null, url, ms: BADGE_WAIT_MS });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      samples.push(await finish(target, await badgeAt, () => page.evaluate(commitOf), () => page.evaluate(() => (window as unknown as { __ocgOverlayAt?: number }).__ocgOverlayAt ?? 0)));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

export async function timeToWarning(options: { coldLaunches: number; firefox: boolean }): Promise<WarningFigures[]> {
  const { folders, pages } = await fraudPages();
  const server = await servePages(folders);
  try {
    const { warm, stopped } = await chromiumWarmAndStopped(server, pages);
    const cold = await chromiumCold(server, pages, options.coldLaunches);
    const restart = await chromiumCold(server, pages, options.coldLaunches, true);
    const figures = [
      summarise('chromium-warm', warm),
      summarise('chromium-cold-fresh-profile', cold),
      summarise('chromium-cold-restart', restart),
      summarise('chromium-sw-stopped', stopped),
    ];
    if (options.firefox) figures.push(summarise('firefox-warm', await firefoxWarm(server, pages)));
    return figures;
  } finally {
    await server.close();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
