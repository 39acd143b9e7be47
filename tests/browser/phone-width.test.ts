// The overlay, the popup (as Firefox for Android shows it: popup.html in a tab), the options page and the block
// page on a phone: 360×640 CSS px with touch (Chromium's mobile emulation, meta viewport honoured) and a 360 px wide
// Firefox. Asserted on layout boxes: nothing wider than the screen, buttons ≥ 44 px high, text ≥ 16 px, the close
// button on screen at load. Screenshots (ja) go to .output/screenshots/phone-<surface>-ja.png (copies in docs/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import {
  ROOT, closePage, exposeOverlay, exposeOverlayFirefox, launchChromium, launchFirefox, overlayText, servePages, settled, sleep, openFirefoxExtensionPage, tabIdOf, waitForBadge,
  type Extension, type PageServer,
} from '../../scripts/lib/browser-harness';
import { pngSize } from '../helpers/png';
import { PROBE, smallest, tooLow, type Box, type Layout } from './lib/layout-probe';

const PHONE = { width: 360, height: 640 } as const;
const SCREENSHOTS = join(ROOT, '.output', 'screenshots');
const BILL = '/fixtures/fraud/install-complete-smartphone.html'; // no viewport tag: a phone lays it out 980 px wide
const BLOCKED = '/fixtures/fraud/line-only-contact.html';
// The weekly chart's axis labels (month/day under each bar, the full date in the bar's title) are the one text
// allowed under 16 px: eight columns of 16 px dates do not fit 360 px.
const CHART = '.chart';

let server: PageServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await servePages({ '/fixtures': join(ROOT, 'tests', 'fixtures') });
});

afterAll(async () => {
  await server?.close();
});

type Evaluator = { evaluate: (code: string) => Promise<unknown> };

async function layoutOf(page: Evaluator, overlay: boolean, skip: string | null = null): Promise<Layout> {
  await page.evaluate(PROBE);
  return (await page.evaluate(`window.__ocgProbe.layout(${overlay}, ${JSON.stringify(skip)})`)) as Layout;
}

async function boxOf(page: Evaluator, overlay: boolean, selector: string): Promise<Box | null> {
  await page.evaluate(PROBE);
  return (await page.evaluate(`window.__ocgProbe.boxOf(${overlay}, ${JSON.stringify(selector)})`)) as Box | null;
}

/** Everything the issue asks of a phone-width screen. */
function expectFitsPhone(layout: Layout, what: string): void {
  expect(layout.innerWidth, `${what}: layout viewport`).toBe(PHONE.width);
  expect(layout.scrollWidth, `${what}: horizontal scroll`).toBeLessThanOrEqual(layout.innerWidth);
  expect(layout.outside, `${what}: cut off at the sides`).toEqual([]);
  if (layout.backdrop) expect(layout.backdrop.scrollWidth, `${what}: overlay scrolls sideways`).toBeLessThanOrEqual(layout.backdrop.clientWidth);
  expect(layout.controls.length, `${what}: no buttons found`).toBeGreaterThan(0);
  expect(tooLow(layout.controls), `${what}: buttons under 44 px`).toEqual([]);
  expect(layout.texts.length, `${what}: no text found`).toBeGreaterThan(0);
  const small = smallest(layout.texts);
  expect(small.size, `${what}: text under 16 px: ${small.texts.join(' | ')}`).toBeGreaterThanOrEqual(16);
}

function expectOnScreen(box: Box | null, what: string): void {
  expect(box, `${what}: not found`).not.toBeNull();
  const b = box!;
  expect(b.top, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(b.left, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(b.bottom, `${what}: bottom`).toBeLessThanOrEqual(PHONE.height);
  expect(b.right, `${what}: right`).toBeLessThanOrEqual(PHONE.width);
}

async function screenshot(page: Page, surface: string): Promise<void> {
  const file = join(SCREENSHOTS, `phone-${surface}-ja.png`);
  await page.screenshot({ path: file });
  expect(pngSize(file)).toEqual(PHONE);
}

describe('Chromium as a phone (360×640, touch)', () => {
  let ext: Extension;
  let bill: Page;
  let billTab: number;

  beforeAll(async () => {
    ext = await launchChromium({ lang: 'ja', device: { ...PHONE, isMobile: true, hasTouch: true } });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('shows the warning at the phone\'s width, close button on screen, big enough to read and tap', async () => {
    bill = await ext.context.newPage();
    await bill.goto(server.origin + BILL);
    billTab = await tabIdOf(ext, bill);
    expect(await waitForBadge(ext, billTab, '!')).toBe('!');
    expect(await bill.evaluate(() => matchMedia('(pointer: coarse)').matches && navigator.maxTouchPoints > 0), 'touch emulation').toBe(true);
    expect(await exposeOverlay(bill)).toBe(true);
    const layout = await layoutOf(bill, true);
    expectFitsPhone(layout, 'overlay');
    expect(layout.controls.map((c) => c.text)).toEqual(['このページを閉じる', 'くわしい説明と相談先', 'このページは問題ない']);
    expectOnScreen(await boxOf(bill, true, '[data-action="close"]'), 'close button');
    await screenshot(bill, 'overlay');
  });

  it('keeps the warning at the phone\'s width when the page adds a wider viewport tag or rewrites ours', async () => {
    const width = () => bill.evaluate(() => window.innerWidth);
    const backToPhone = async () => {
      const end = Date.now() + 4000;
      while ((await width()) !== PHONE.width && Date.now() < end) await sleep(100);
      return width();
    };
    await bill.evaluate(() => {
      const meta = document.createElement('meta');
      meta.name = 'viewport';
      meta.content = 'width=1200';
      document.head.append(meta);
    });
    expect(await backToPhone(), 'after a later viewport tag').toBe(PHONE.width);
    await bill.evaluate(() => {
      for (const m of Array.from(document.querySelectorAll('meta[name="viewport"]'))) m.setAttribute('content', 'width=1400');
    });
    expect(await backToPhone(), 'after every viewport tag was rewritten').toBe(PHONE.width);
    expectFitsPhone(await layoutOf(bill, true), 'overlay after the page fought the viewport');
  });

  it('shows the popup as Firefox for Android does (popup.html in a tab) without cutting it off', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${billTab}`);
    await popup.waitForSelector('[data-verdict="fraud"]');
    await popup.waitForSelector('html.in-tab', { timeout: 5000 });
    const layout = await layoutOf(popup, false);
    expectFitsPhone(layout, 'popup');
    expect((await boxOf(popup, false, '.popup'))!.right).toBeLessThanOrEqual(PHONE.width);
    await screenshot(popup, 'popup');
    await closePage(popup);
    await closePage(bill);
  });

  it('shows the options page at the phone\'s width; block mode can be turned on there', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    const blockMode = options.locator('[data-setting="blockMode"]');
    await blockMode.waitFor();
    expectFitsPhone(await layoutOf(options, false, CHART), 'options');
    await screenshot(options, 'options');
    await blockMode.tap();
    await options.waitForFunction(() => (document.querySelector('[data-setting="blockMode"]') as HTMLInputElement | null)?.checked === true);
    await closePage(options);
  });

  it('shows the block page at the phone\'s width, and a tap on "close" closes the tab', async () => {
    const blocked = await ext.context.newPage();
    await blocked.goto(server.origin + BLOCKED);
    expect(await waitForBadge(ext, await tabIdOf(ext, blocked), '!')).toBe('!');
    const end = Date.now() + 8000;
    while (!(await overlayText(blocked)).includes('ブロック') && Date.now() < end) await sleep(200);
    expect(await overlayText(blocked)).toContain('ブロック');
    expect(await exposeOverlay(blocked)).toBe(true);
    const layout = await layoutOf(blocked, true);
    expectFitsPhone(layout, 'block page');
    expect(layout.controls.map((c) => c.text)).toEqual(['このページを閉じる', 'くわしい説明と相談先']);
    const close = await boxOf(blocked, true, '[data-action="close"]');
    expectOnScreen(close, 'close button');
    await screenshot(blocked, 'block');
    await blocked.touchscreen.tap(close!.left + close!.width / 2, close!.top + close!.height / 2);
    const until = Date.now() + 5000;
    while (!blocked.isClosed() && Date.now() < until) await sleep(100);
    expect(blocked.isClosed(), 'the tap closed the tab').toBe(true);
  });
});

describe('Firefox 360 px wide', () => {
  const UUID = '3b8e4f0c-5d6a-4e1b-9c2d-7a8b9c0d1e2f';
  let browser: FirefoxBrowser;
  let extensionPage: FirefoxPage;

  beforeAll(async () => {
    browser = await launchFirefox(UUID);
    extensionPage = await openFirefoxExtensionPage(browser, UUID, 'popup.html?tabId=0', 'main');
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The tab showing `url` and its badge, asked from inside the extension. */
  const tabOf = (url: string) => settled(() => extensionPage.evaluate(async (u: string) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; action: { getBadgeText(d: object): Promise<string> } } }).browser;
    const tab = (await api.tabs.query({})).find((t) => t.url === u);
    return tab ? { id: tab.id, badge: await api.action.getBadgeText({ tabId: tab.id }) } : { id: -1, badge: '' };
  }, url));

  async function openExtensionPage(path: string, ready: string): Promise<FirefoxPage> {
    const page = await browser.newPage();
    await page.setViewport(PHONE);
    return openFirefoxExtensionPage(browser, UUID, path, ready, { page, timeoutMs: 10_000 });
  }

  async function flagged(path: string): Promise<{ page: FirefoxPage; tab: number }> {
    const url = server.origin + path;
    const page = await browser.newPage();
    await page.setViewport(PHONE);
    await page.goto(url);
    let tab = await tabOf(url);
    for (const end = Date.now() + 10_000; tab.badge !== '!' && Date.now() < end; tab = await tabOf(url)) await sleep(250);
    expect(tab.badge).toBe('!');
    return { page, tab: tab.id };
  }

  /** The overlay, through its closed shadow root (exposeOverlayFirefox), once `text` shows in it. */
  async function overlayLayout(page: FirefoxPage, text: RegExp): Promise<Layout> {
    const end = Date.now() + 8000;
    while (!(await exposeOverlayFirefox(page)) && Date.now() < end) await sleep(200);
    for (;;) {
      const shown = (await settled(() => page.evaluate('document.querySelector("oneclick-guard").shadowRoot.textContent'))) as string;
      if (text.test(shown) || Date.now() > end) break;
      await sleep(200);
    }
    const layout = await settled(() => layoutOf(page, true));
    expectOnScreen(await settled(() => boxOf(page, true, '[data-action="close"]')), 'Firefox close button');
    return layout;
  }

  it('shows the warning, the popup in a tab, the options page and the block page within 360 px', async () => {
    const { page, tab } = await flagged(BILL);
    expectFitsPhone(await overlayLayout(page, /./), 'Firefox overlay');

    const popup = await openExtensionPage(`popup.html?tabId=${tab}`, 'html.in-tab [data-verdict="fraud"]');
    expectFitsPhone(await settled(() => layoutOf(popup, false)), 'Firefox popup');
    await popup.close();
    await page.close();

    const options = await openExtensionPage('options.html', '[data-setting="blockMode"]');
    expectFitsPhone(await settled(() => layoutOf(options, false, CHART)), 'Firefox options');
    await settled(() => options.evaluate('document.querySelector(\'[data-setting="blockMode"]\').click()'));
    await expect.poll(() => settled(() => options.evaluate('document.querySelector(\'[data-setting="blockMode"]\').checked')), { timeout: 5000 }).toBe(true);
    await options.close();

    const blocked = await flagged(BLOCKED);
    const layout = await overlayLayout(blocked.page, /ブロック|block/i);
    expectFitsPhone(layout, 'Firefox block page');
    expect(layout.controls).toHaveLength(2); // close and details only
    await blocked.page.close();
  });
});
