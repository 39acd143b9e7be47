// The same extension in an English-language Chromium: every text switches to English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, closePage, launchChromium, servePages, tabIdOf, waitForBadge, waitForOverlay, type Extension, type PageServer } from '../../scripts/lib/browser-harness';

const SCREENSHOTS = join(ROOT, '.output', 'screenshots');
let server: PageServer;
let ext: Extension;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await servePages({ '/fixtures': join(ROOT, 'tests', 'fixtures') });
  ext = await launchChromium({ lang: 'en' });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('in an English browser', () => {
  it('warns and explains in English', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/fraud/install-complete-smartphone.html`);
    const tab = await tabIdOf(ext, page);
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    const text = await waitForOverlay(page, 'Close this page');
    for (const expected of ['This page is almost certainly one-click fraud', 'No contract exists', 'Close this page', 'A phone number with "186"']) expect(text).toContain(expected);
    expect(text).not.toContain('契約は成立していません');
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-en.png') });

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tab}`);
    await popup.waitForSelector('[data-verdict="fraud"]');
    const popupText = await popup.locator('main').innerText();
    for (const expected of ['What to do now', 'Consumer hotline', 'Dialling "186"']) expect(popupText).toContain(expected);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await popup.setViewportSize({ width: 440, height: 1100 });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-en.png') });
    await closePage(popup);
    await closePage(page);
  });

  it('explains a fake virus warning as one', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/fraud/support-scam-iphone.html`);
    expect(await waitForBadge(ext, await tabIdOf(ext, page), '!')).toBe('!');
    const text = await waitForOverlay(page, 'fake virus warning');
    expect(text).toContain('fake virus warning');
    expect(text).toContain('Your computer or phone is not infected');
    await closePage(page);
  });
});
