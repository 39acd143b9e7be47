// Real-browser test harness: a local HTTP server for the pages (127.0.0.1 only) and Debian's Chromium with the
// built extension loaded. Every request the server sees is logged, and so is every request the browser makes.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as FirefoxBrowser, type Page as FirefoxPage } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { servedCharset } from './html-encoding';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv3');
export const SHARED = resolve(ROOT, '..', 'shared');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Saved pages are served with the charset the scan reads them in (servedCharset): none when the page declares its
// own or is undeclared Shift_JIS or EUC-JP, UTF-8 for undeclared UTF-8. A charset=utf-8 on every page made Chromium
// read the corpora's Shift_JIS and EUC-JP pages as UTF-8 (mojibake), whatever they declared.
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.crx': 'application/x-chrome-extension',
  '.xml': 'text/xml',
};

const temporary = new Set<string>();
const removeTemporary = (dir: string) => {
  temporary.delete(dir);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
};
// Browser profiles are tens of megabytes each: none may stay behind, even when a test run is cut short.
process.once('exit', () => {
  for (const dir of temporary) removeTemporary(dir);
});

/** A fresh folder in the system's temp folder, removed by removeTempDir or, at the latest, when this process ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  removeTemporary(dir);
}

export interface PageServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves each folder under its prefix: { '/corpus': '../shared/corpus' } → http://127.0.0.1:port/corpus/... */
export async function servePages(folders: Record<string, string>, extra: Record<string, string> = {}): Promise<PageServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    let decoded = url.pathname;
    try {
      decoded = decodeURIComponent(url.pathname);
    } catch {
      // keep as sent
    }
    const served = extra[url.pathname] ?? extra[decoded];
    if (served !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(served);
      return;
    }
    for (const [prefix, dir] of Object.entries(folders)) {
      if (!url.pathname.startsWith(`${prefix}/`)) continue;
      const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!file.startsWith(resolve(dir))) break;
      try {
        if (!(await stat(file)).isFile()) break;
        const body = await readFile(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const charset = type === 'text/html' ? servedCharset(body) : null;
        res.writeHead(200, { 'content-type': charset ? `${type}; charset=${charset}` : type });
        res.end(body);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Every URL the browser requested (pages, frames, extension, service worker). */
  requests: { url: string; fromExtension: boolean }[];
  close(): Promise<void>;
}

/**
 * Chromium with the built extension; `lang` sets the browser UI language (the extension's language); `device` a
 * phone-sized viewport with touch. `unpacked: false` starts it without the unpacked build, for an extension that
 * policy installs: the returned worker is then the first extension service worker to start (within `workerTimeoutMs`).
 */
export async function launchChromium(
  options: {
    lang?: 'ja' | 'en';
    executablePath?: string;
    unpacked?: boolean;
    workerTimeoutMs?: number;
    device?: { width: number; height: number; isMobile?: boolean; hasTouch?: boolean };
  } = {},
): Promise<Extension> {
  const unpacked = options.unpacked ?? true;
  if (unpacked && !existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error(`no build at ${CHROME_BUILD}: run npm run build first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run npm run setup (installs Debian's chromium) or set CHROMIUM_PATH`);
  const lang = options.lang ?? 'ja';
  const profile = tempDir('ocg-chromium-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? CHROMIUM,
    headless: true,
    locale: lang === 'ja' ? 'ja-JP' : 'en-US',
    viewport: options.device ? { width: options.device.width, height: options.device.height } : { width: 1100, height: 800 },
    // A phone: meta viewport honoured, touch events, as Chrome for Android (Playwright's device emulation).
    ...(options.device ? { isMobile: options.device.isMobile ?? false, hasTouch: options.device.hasTouch ?? false } : {}),
    env: { ...process.env, LANGUAGE: lang === 'ja' ? 'ja' : 'en', LANG: lang === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8' },
    // Playwright passes --disable-extensions (which --load-extension overrides, a policy install does not) and
    // --disable-background-networking (which stops the extension updater that fetches a policy install). The
    // host resolver rules below still keep every request on 127.0.0.1.
    ...(unpacked ? {} : { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] }),
    args: [
      ...(unpacked ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : []),
      `--lang=${lang === 'ja' ? 'ja' : 'en-US'}`,
      '--disable-quic',
      // Nothing may leave the machine: every host but the test server fails to resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const requests: Extension['requests'] = [];
  context.on('request', (r) => {
    const frameUrl = (() => {
      try {
        return r.frame().url();
      } catch {
        return '';
      }
    })();
    requests.push({ url: r.url(), fromExtension: r.serviceWorker() !== null || frameUrl.startsWith('chrome-extension://') });
  });
  let worker: Worker;
  try {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', options.workerTimeoutMs === undefined ? undefined : { timeout: options.workerTimeoutMs }));
  } catch (error) {
    // No extension started: the browser and its profile must not outlive the failed launch.
    await context.close().catch(() => undefined);
    removeTempDir(profile);
    throw error;
  }
  const id = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    removeTempDir(profile);
  };
  return { context, worker, id, requests, close };
}

/** The id of the tab showing `page` (brought to the front first). */
export async function tabIdOf(ext: Extension, page: Page): Promise<number> {
  // The one tab at the page's address; only when several share it, the active tab after bringing the page to the
  // front (pages loaded side by side would race for the front).
  const byUrl = await ext.worker.evaluate(async (url) => (await chrome.tabs.query({})).filter((t: { url?: string; id?: number }) => t.url === url).map((t: { url?: string; id?: number }) => t.id ?? -1), page.url());
  if (byUrl.length === 1 && byUrl[0]! >= 0) return byUrl[0]!;
  await page.bringToFront();
  const id = await ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

export function badgeOf(ext: Extension, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until the tab's badge equals `expected` (or the time runs out) and returns the last value seen. */
export async function waitForBadge(ext: Extension, tabId: number, expected: string, timeoutMs = 8000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let badge = await badgeOf(ext, tabId);
  while (badge !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    badge = await badgeOf(ext, tabId);
  }
  return badge;
}

/**
 * The text inside our overlay, read through the DevTools protocol (the only way into a closed shadow root);
 * '' when there is no overlay.
 */
export async function overlayText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const texts: string[] = [];
    const visit = (node: { nodeName: string; nodeType: number; nodeValue: string; children?: unknown[]; shadowRoots?: unknown[] }, inside: boolean) => {
      if (node.nodeName === 'STYLE') return;
      const here = inside || node.nodeName === 'ONECLICK-GUARD';
      if (here && node.nodeType === 3) texts.push(node.nodeValue);
      for (const c of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(c as typeof node, here);
    };
    visit(root as never, false);
    return texts.join('\n');
  } finally {
    await cdp.detach();
  }
}

/**
 * The overlay's text once it holds `expected` (any text when ''), or what it holds after `timeoutMs`. The badge is set
 * before the decision reaches the page, so a test that has waited for the badge must still wait for the overlay.
 */
export async function waitForOverlay(page: Page, expected = '', timeoutMs = 8000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const text = await overlayText(page);
    if ((text !== '' && text.includes(expected)) || Date.now() > end) return text;
    await sleep(100);
  }
}

/**
 * Makes our closed shadow root reachable from the page's main world as `host.shadowRoot`, for tests only: the
 * DevTools protocol resolves the root (it sees closed roots) and defines the property on that one host element.
 * The shipped overlay stays closed; axe-core and layout checks then see the real overlay, not a copy of it.
 * Waits for the overlay; returns false when none appears within `timeoutMs`.
 */
export async function exposeOverlay(page: Page, timeoutMs = 8000): Promise<boolean> {
  if ((await waitForOverlay(page, '', timeoutMs)) === '') return false;
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type N = { nodeName: string; backendNodeId: number; children?: N[]; shadowRoots?: N[] };
    let shadow: N | undefined;
    const visit = (node: N) => {
      if (shadow) return;
      if (node.nodeName === 'ONECLICK-GUARD' && node.shadowRoots?.[0]) shadow = node.shadowRoots[0];
      for (const c of node.children ?? []) visit(c);
    };
    visit(root as N);
    if (!shadow) return false;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { Object.defineProperty(this.host, "shadowRoot", { configurable: true, get: () => this }); }',
    });
    return true;
  } finally {
    await cdp.detach();
  }
}

/**
 * exposeOverlay for Firefox over WebDriver BiDi: BiDi serialises a host's shadow root, closed ones too, by a
 * shared id; calling a function in the page with it as argument defines host.shadowRoot, for tests only. Uses
 * Puppeteer's BiDi realm (an internal of puppeteer-core 24, pinned), as its public API has no raw BiDi call.
 */
export async function exposeOverlayFirefox(page: FirefoxPage): Promise<boolean> {
  const handle = await page.evaluateHandle('document.querySelector("oneclick-guard")');
  try {
    type Remote = { value?: { shadowRoot?: { sharedId?: string } } };
    const inner = (handle as unknown as { handle: { remoteValue(): Remote; realm: { realm: { callFunction(f: string, awaitPromise: boolean, o: object): Promise<{ type: string }> } } } }).handle;
    const shared = inner.remoteValue().value?.shadowRoot?.sharedId;
    if (!shared) return false;
    const result = await inner.realm.realm.callFunction(
      'function (root) { Object.defineProperty(root.host, "shadowRoot", { configurable: true, get: () => root }); }',
      false,
      { arguments: [{ sharedId: shared }] },
    );
    return result.type === 'success';
  } finally {
    await handle.dispose();
  }
}

// The extension API inside service-worker evaluate() callbacks (they run in the browser, not here).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Closes a tab without hanging. Chromium acknowledges a close that races a navigation commit and then drops it
 * (crbug.com/536385539; Playwright's page.close() then waits forever), so: let a started navigation settle first,
 * and if the tab is still open after a while, close it again through the DevTools protocol.
 */
/**
 * Presses a key that is meant to close the tab (our "close this page" button). The button acts on keydown, so the
 * tab may be gone before the key-up is sent: that is the expected outcome, not an error. Resolves once it is closed.
 */
export async function pressToClose(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key).catch((error: unknown) => {
    if (!page.isClosed() && !/closed/.test(String(error))) throw error;
  });
  const end = Date.now() + 5000;
  while (!page.isClosed() && Date.now() < end) await sleep(50);
  if (!page.isClosed()) throw new Error(`the tab was not closed by ${key}`);
}

export async function closePage(page: Page): Promise<void> {
  if (page.isClosed()) return;
  await page.waitForLoadState('load', { timeout: 5000 }).catch(() => undefined);
  const closed = page.close().then(() => true, () => true);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await Promise.race([closed, sleep(3000).then(() => false)])) return;
    const cdp = await page.context().newCDPSession(page).catch(() => null);
    await cdp?.send('Page.close').catch(() => undefined);
  }
  throw new Error(`the tab at ${page.url()} did not close`);
}

/**
 * Evaluates in a moz-extension page over WebDriver BiDi, retrying: such a page keeps "loading" (its goto never
 * resolves) and an evaluation can race with that, failing inside Firefox's remote agent rather than in our page.
 */
export async function settled<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('Protocol error')) throw error;
      await sleep(300);
    }
  }
}

/**
 * Waits for `selector` in a Firefox page by polling through settled(). On a moz-extension page that is still
 * "loading", Firefox's remote agent sometimes fails an evaluation itself (TypeError in script.sys.mjs);
 * Puppeteer's waitForSelector then fails at once instead of trying again.
 */
export async function waitForSelectorIn(page: FirefoxPage, selector: string, timeoutMs = 15_000): Promise<void> {
  const probe = `!!document.querySelector(${JSON.stringify(selector)})`;
  const end = Date.now() + timeoutMs;
  while (!(await settled(() => page.evaluate(probe) as Promise<boolean>))) {
    if (Date.now() > end) throw new Error(`Waiting for selector \`${selector}\` failed: not there after ${timeoutMs} ms`);
    await sleep(100);
  }
}

/**
 * Opens one of the extension's pages in Firefox (in `page`, or a new tab) and waits until `ready` is in it.
 * goto() never resolves for moz-extension pages over BiDi: it is started, and the content waited for.
 */
export async function openFirefoxExtensionPage(
  browser: FirefoxBrowser,
  uuid: string,
  path: string,
  ready: string,
  options: { timeoutMs?: number; page?: FirefoxPage } = {},
): Promise<FirefoxPage> {
  const page = options.page ?? (await browser.newPage());
  void page.goto(`moz-extension://${uuid}/${path}`).catch(() => undefined);
  await waitForSelectorIn(page, ready, options.timeoutMs ?? 30_000);
  return page;
}

/**
 * Firefox ESR over WebDriver BiDi with the built Firefox package installed under a fixed internal UUID (so that its
 * pages have a known moz-extension:// address). `home` replaces HOME (for a managed-storage manifest).
 */
export async function launchFirefox(uuid: string, options: { home?: string } = {}): Promise<FirefoxBrowser> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`no build at ${FIREFOX_BUILD}: run npm run build first`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR not found at ${FIREFOX}: run npm run setup (installs Debian's firefox-esr) or set FIREFOX_PATH`);
  const profile = tempDir('ocg-firefox-');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: options.home ? { ...process.env, HOME: options.home } : process.env,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Nothing may leave the machine: every connection but to 127.0.0.1 goes to a closed port.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  // The profile goes once Firefox has exited (on disconnect it may still be writing to it).
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    removeTempDir(profile);
  };
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}
