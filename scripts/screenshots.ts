// npm run screenshots [-- --out DIR]: the store screenshots (1280×800), taken from the real built extension in
// Debian's Chromium, in Japanese and English: the warning on a bill, the explanation, the block page of family
// mode, and the settings page. Default folder: docs/store/screenshots/. Needs `npm run build` first.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, closePage, launchChromium, overlayText, servePages, sleep, tabIdOf, waitForBadge } from './lib/browser-harness';

export const STORE_SIZE = { width: 1280, height: 800 } as const;
export const SCENES = ['1-warning', '2-explanation', '3-block', '4-settings'] as const;
const BILL = '/fixtures/fraud/install-complete-smartphone.html';
const BLOCKED = '/fixtures/fraud/line-only-contact.html';

/** Writes `<lang>-<scene>.png` for each language into `out`; returns the files written. */
export async function takeScreenshots(out: string, langs: readonly ('ja' | 'en')[] = ['ja', 'en']): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const server = await servePages({ '/fixtures': join(ROOT, 'tests', 'fixtures') });
  const written: string[] = [];
  try {
    for (const lang of langs) {
      const ext = await launchChromium({ lang });
      const shot = async (page: Page, scene: (typeof SCENES)[number]) => {
        const file = join(out, `${lang}-${scene}.png`);
        await page.screenshot({ path: file });
        written.push(file);
      };
      try {
        const page = await ext.context.newPage();
        await page.setViewportSize(STORE_SIZE);
        await page.goto(server.origin + BILL);
        const tab = await tabIdOf(ext, page);
        if ((await waitForBadge(ext, tab, '!')) !== '!') throw new Error(`${BILL}: no warning`);
        await sleep(600); // the overlay's entrance
        await shot(page, '1-warning');

        const details = await ext.context.newPage();
        await details.setViewportSize(STORE_SIZE);
        await details.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tab}&view=page`);
        await details.waitForSelector('[data-verdict="fraud"]');
        await shot(details, '2-explanation');
        await closePage(details);
        await closePage(page);

        const options = await ext.context.newPage();
        await options.setViewportSize(STORE_SIZE);
        await options.goto(`chrome-extension://${ext.id}/options.html`);
        const blockMode = options.locator('[data-setting="blockMode"]');
        await blockMode.waitFor();
        if (!(await blockMode.isChecked())) await blockMode.click();
        await options.waitForFunction(() => (document.querySelector('[data-setting="blockMode"]') as HTMLInputElement | null)?.checked === true);
        await options.evaluate(() => window.scrollTo(0, 0));
        await shot(options, '4-settings');

        const blocked = await ext.context.newPage();
        await blocked.setViewportSize(STORE_SIZE);
        await blocked.goto(server.origin + BLOCKED);
        if ((await waitForBadge(ext, await tabIdOf(ext, blocked), '!')) !== '!') throw new Error(`${BLOCKED}: no warning`);
        const end = Date.now() + 8000;
        while (!(await overlayText(blocked)).includes(lang === 'ja' ? 'ブロック' : 'block') && Date.now() < end) await sleep(200);
        await sleep(600);
        await shot(blocked, '3-block');
        await closePage(blocked);
        await closePage(options);
      } finally {
        await ext.close();
      }
    }
  } finally {
    await server.close();
  }
  return written.sort();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const at = process.argv.indexOf('--out');
  const out = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : join(ROOT, 'docs', 'store', 'screenshots');
  takeScreenshots(out).then(
    (files) => process.stdout.write(`${files.map((f) => `${f}\n`).join('')}`),
    (error: unknown) => {
      process.stderr.write(`screenshots failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
