// The built Firefox package in Firefox ESR over WebDriver BiDi: it loads, flags a fraud page and leaves a benign
// one clean (read through the extension's own page, which can ask for the badge).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT, launchFirefox, openFirefoxExtensionPage, servePages, settled, sleep, waitForSelectorIn, type PageServer } from '../../scripts/lib/browser-harness';

const UUID = '6f3d2c1a-0b9e-4c7d-8a5f-1e2d3c4b5a69';
let server: PageServer;
let browser: Browser;
let extensionPage: Page;

beforeAll(async () => {
  server = await servePages({ '/fixtures': join(ROOT, 'tests', 'fixtures'), '/pages': join(ROOT, 'tests', 'browser', 'pages') });
  browser = await launchFirefox(UUID);
  extensionPage = await openFirefoxExtensionPage(browser, UUID, 'popup.html?tabId=0', 'main');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The badge of the tab showing `url`, asked from inside the extension. */
async function badgeFor(url: string): Promise<string> {
  return settled(() => extensionPage.evaluate(async (u: string) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; action: { getBadgeText(d: object): Promise<string> } } }).browser;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    return tab ? api.action.getBadgeText({ tabId: tab.id }) : 'no such tab';
  }, url));
}

/** The id of the tab showing `url`, asked from inside the extension. */
async function tabFor(url: string): Promise<number> {
  return settled(() => extensionPage.evaluate(async (u: string) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).browser;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
  }, url));
}

async function waitBadge(url: string, expected: string, ms = 10_000): Promise<string> {
  const end = Date.now() + ms;
  let badge = await badgeFor(url);
  while (badge !== expected && Date.now() < end) {
    await sleep(250);
    badge = await badgeFor(url);
  }
  return badge;
}

describe('Firefox', () => {
  it('flags a fraud page with the badge', async () => {
    const url = `${server.origin}/fixtures/fraud/line-only-contact.html`;
    const page = await browser.newPage();
    await page.goto(url);
    expect(await waitBadge(url, '!')).toBe('!');
    await page.close();
  });

  it.each(['/fixtures/fraud/sextortion-deletion-notice.html', '/fixtures/fraud/fake-videocall-app.html', '/fixtures/fraud/css-generated-text.html', '/fixtures/fraud/image-labelled-bill.html', '/pages/reveal-on-scroll.html', '/fixtures/fraud/closed-shadow-element.html', '/fixtures/fraud/data-url-frame.html', '/fixtures/fraud/bill-in-form-fields.html'])(
    'flags extortion pages and reads what only a browser shows: %s',
    async (path) => {
      const url = `${server.origin}${path}`;
      const page = await browser.newPage();
      await page.goto(url);
      expect(await waitBadge(url, '!')).toBe('!');
      await page.close();
    },
  );

  it('explains a sextortion page with the advice and help that fit it', async () => {
    const url = `${server.origin}/fixtures/fraud/sextortion-deletion-notice.html`;
    const page = await browser.newPage();
    await page.goto(url);
    expect(await waitBadge(url, '!')).toBe('!');
    const popup = await openFirefoxExtensionPage(browser, UUID, `popup.html?tabId=${await tabFor(url)}`, '[data-verdict="fraud"]', { timeoutMs: 15_000 });
    const text = await settled(() => popup.evaluate(() => document.querySelector('main')!.textContent ?? ''));
    // In the browser's language (this Firefox may be English): the extortion advice and its help lines.
    expect(text).toMatch(/あなたは悪くありません|You are not to blame/);
    expect(text).toMatch(/返信をやめ|Stop replying/);
    expect(text).toContain('#8103');
    const resources = await settled(() => popup.evaluate(() => [...document.querySelectorAll('[data-resource]')].map((li) => li.getAttribute('data-resource'))));
    expect(resources).toEqual(['police', 'sexualCrime', 'cyber', 'safeline']);
    await popup.close();
    await page.close();
  });

  it('prepares a report of a missed page with the origin only, for the user to send', async () => {
    const url = `${server.origin}/fixtures/benign/konbini-payment.html?order=5521`;
    const page = await browser.newPage();
    await page.goto(url);
    await sleep(1500);
    const popup = await openFirefoxExtensionPage(browser, UUID, `popup.html?tabId=${await tabFor(url)}`, '[data-verdict="clean"]', { timeoutMs: 15_000 });
    // In the browser's language (this Firefox may be English).
    await settled(() => popup.evaluate(() => (document.querySelector('.feedback-open button') as HTMLButtonElement).click()));
    await waitForSelectorIn(popup, '.feedback textarea', 5000);
    const report = await settled(() => popup.evaluate(() => (document.querySelector('.feedback textarea') as HTMLTextAreaElement).value));
    expect(report).toMatch(/見逃し|missed/);
    expect(report).toContain(`${server.origin}\n`);
    expect(report).not.toContain('order=5521');
    const version = await settled(() => popup.evaluate(() => (globalThis as unknown as { browser: { runtime: { getManifest(): { version: string } } } }).browser.runtime.getManifest().version));
    expect(report).toContain(version);
    const tracker = await settled(() => popup.evaluate(() => document.querySelector('a[data-send="tracker"]')?.getAttribute('href') ?? ''));
    expect(new URL(tracker).searchParams.get('body')).toBe(report);
    await popup.close();
    await page.close();
  });

  it.each(['/fixtures/benign/konbini-payment.html', '/fixtures/benign/sextortion-police-warning.html'])('leaves a benign page clean: %s', async (path) => {
    const url = `${server.origin}${path}`;
    const page = await browser.newPage();
    await page.goto(url);
    await sleep(2500);
    expect(await badgeFor(url)).toBe('');
    await page.close();
  });
});
