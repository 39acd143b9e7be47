// npm run eval:browser -- [--if-present] <folder with labels.json>...
// The labelled pages in real Chromium with the built extension: each page is served on 127.0.0.1 and judged by
// the toolbar badge the extension sets (so pages whose fraud appears only when scripts run are covered).
// Prints each mismatch, a summary, and a last line "N passed, N failed"; exits 1 on any miss or false alarm.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openLabelledFolders, percent, type LabelledPage } from './lib/labels';
import { closePage, launchChromium, servePages, sleep, tabIdOf, waitForBadge } from './lib/browser-harness';

const BADGE = { '!': 'fraud', '?': 'suspicious', '': 'clean' } as Record<string, string>;
const SETTLE_MS = 3000;
const BATCH = 6;

interface Outcome {
  folder: string;
  page: LabelledPage;
  got: string;
}

async function main(argv: string[]): Promise<number> {
  const ifPresent = argv.includes('--if-present');
  const folders = argv.filter((a) => !a.startsWith('--'));
  if (folders.length === 0) {
    process.stderr.write('usage: npm run eval:browser -- <folder with labels.json>...\n');
    return 2;
  }
  const opened = await openLabelledFolders(folders, ifPresent);
  const broken = opened.broken;
  const sets = opened.sets.map((set, i) => ({ ...set, prefix: `/set${i}` }));
  if (sets.length === 0) {
    process.stdout.write(`0 passed, ${broken} failed\n`);
    return broken > 0 ? 1 : 0;
  }
  const server = await servePages(Object.fromEntries(sets.map((s) => [s.prefix, resolve(s.folder)])));
  const ext = await launchChromium({ lang: 'ja' });
  const outcomes: Outcome[] = [];
  try {
    for (const set of sets) {
      for (let i = 0; i < set.pages.length; i += BATCH) {
        const batch = set.pages.slice(i, i + BATCH);
        const loaded: Page[] = [];
        for (const p of batch) {
          const page = await ext.context.newPage();
          await page.goto(`${server.origin}${set.prefix}/${p.page}`).catch(() => undefined);
          loaded.push(page);
        }
        await sleep(SETTLE_MS);
        for (const [n, page] of loaded.entries()) {
          const label = batch[n]!;
          const tab = await tabIdOf(ext, page);
          let badge = await waitForBadge(ext, tab, label.verdict === 'fraud' ? '!' : '', 2000);
          if (badge !== '!' && label.verdict === 'fraud' && (await page.locator('button').count()) > 0) {
            // Bills that appear only after the visitor clicks: click as a visitor would.
            await page.locator('button').first().click({ timeout: 2000 }).catch(() => undefined);
            badge = await waitForBadge(ext, tab, '!', 4000);
          }
          outcomes.push({ folder: set.folder, page: label, got: BADGE[badge] ?? badge });
          await closePage(page);
        }
      }
    }
  } finally {
    await ext.close();
    await server.close();
  }
  const failed = outcomes.filter((o) => o.got !== o.page.verdict);
  for (const o of failed) process.stdout.write(`FAIL ${o.folder}/${o.page.page}: expected ${o.page.verdict}, badge says ${o.got}${o.page.note ? `\n     note: ${o.page.note}` : ''}\n`);
  const fraud = outcomes.filter((o) => o.page.verdict === 'fraud');
  const benign = outcomes.filter((o) => o.page.verdict === 'clean');
  process.stdout.write(
    [
      `fraud caught (badge !):   ${percent(fraud.filter((o) => o.got === 'fraud').length, fraud.length)}`,
      `false alarms (badge !):   ${percent(benign.filter((o) => o.got === 'fraud').length, benign.length)}`,
      `suspicious on benign (?): ${percent(benign.filter((o) => o.got === 'suspicious').length, benign.length)}`,
      '',
    ].join('\n'),
  );
  process.stdout.write(`${outcomes.length - failed.length} passed, ${failed.length + broken} failed\n`);
  return failed.length + broken > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval:browser failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
