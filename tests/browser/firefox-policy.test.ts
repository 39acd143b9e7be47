// The same administrator setting in Firefox ESR: a managed-storage manifest under a temporary HOME
// (~/.mozilla/managed-storage/<id>.json), as an enterprise policy would provide it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT, launchFirefox, openFirefoxExtensionPage, servePages, settled, sleep, removeTempDir, tempDir, type PageServer } from '../../scripts/lib/browser-harness';
import { GECKO_ID } from '../../wxt.config';

const UUID = '9a2b4c6d-8e0f-4a1b-9c3d-5e7f9a1b3c5d';
let server: PageServer;
let browser: Browser;

let home = '';

beforeAll(async () => {
  home = tempDir('ocg-firefox-home-');
  mkdirSync(join(home, '.mozilla', 'managed-storage'), { recursive: true });
  writeFileSync(join(home, '.mozilla', 'managed-storage', `${GECKO_ID}.json`), JSON.stringify({ name: GECKO_ID, description: 'policy', type: 'storage', data: { blockMode: true, overlay: true } }));
  server = await servePages({ '/fixtures': join(ROOT, 'tests', 'fixtures') });
  browser = await launchFirefox(UUID, { home });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (home) removeTempDir(home);
});


async function extensionPage(path: string, selector: string): Promise<Page> {
  return openFirefoxExtensionPage(browser, UUID, path, selector);
}

describe('Firefox with a managed setting', () => {
  it('locks block mode on the settings page', async () => {
    const options = await extensionPage('options.html', '[data-setting="blockMode"]');
    expect(await settled(() => options.$eval('[data-setting="blockMode"]', (el) => [(el as HTMLInputElement).checked, (el as HTMLInputElement).disabled]))).toEqual([true, true]);
    // Firefox ESR here has no Japanese language pack, so the page is in English: look for the lock note itself.
    expect(await settled(() => options.$$eval('.locked', (els) => els.length))).toBeGreaterThan(0);
    await options.close();
  });

  it('blocks a fraud page and leaves a benign one alone', async () => {
    const fraud = await browser.newPage();
    await fraud.goto(`${server.origin}/fixtures/fraud/line-only-contact.html`);
    let size = 0;
    for (let i = 0; i < 40 && size === 0; i++) {
      await sleep(250);
      // The host is all a page can see of our closed shadow root; block mode makes it cover the viewport.
      size = await fraud.evaluate(() => {
        const host = document.querySelector('oneclick-guard');
        return host ? host.getBoundingClientRect().width * host.getBoundingClientRect().height : 0;
      });
    }
    expect(size).toBeGreaterThan(100_000);
    const benign = await browser.newPage();
    await benign.goto(`${server.origin}/fixtures/benign/hotel-booking.html`);
    await sleep(2500);
    expect(await benign.evaluate(() => document.querySelector('oneclick-guard'))).toBeNull();
    await fraud.close();
    await benign.close();
  });
});
