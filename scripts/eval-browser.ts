// npm run eval:browser -- [--if-present] [--generated[=<sample size>]] [--mutate] <folder with labels.json>...
// The labelled pages in real Chromium with the built extension: each page is served on 127.0.0.1 and judged by
// the toolbar badge the extension sets (so pages whose fraud appears only when scripts run are covered), and by the
// warning over the page: on a page called fraud it must show, on any other it must not.
// --generated adds a seeded sample of the generated corpus holding every family and every evasion; --mutate adds
// every labelled page under every evasion its author could write (scripts/corpus/mutate.ts) or, for an honest
// page, with a bill quoted in it.
// Prints each mismatch, a summary, and a last line "N passed, N failed"; exits 1 on any miss or false alarm.
import { posix, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openLabelledFolders, percent } from './lib/labels';
import { closePage, launchChromium, servePages, sleep, tabIdOf, waitForBadge, waitForOverlay } from './lib/browser-harness';
import { sampleSet } from './corpus/set';
import { FRAUD_MUTATIONS, HONEST_MUTATION, quoteBill } from './corpus/mutate';
import { billBody, rng } from './corpus/generate';
import { htmlText } from './lib/scan-file';
import { readFileSync } from 'node:fs';

const BADGE = { '!': 'fraud', '?': 'suspicious', '': 'clean' } as Record<string, string>;
const SETTLE_MS = 3000;
const FRAUD_WAIT_MS = 8000;
const BATCH = 10;
const DEFAULT_SAMPLE = 120;
/** On every warning (one-click, fake virus warning, extortion), in Japanese. */
const WARNING_BUTTON = 'このページを閉じる';

interface Target {
  /** Shown in failures: folder/page or generated/<id>. */
  name: string;
  url: string;
  verdict: 'fraud' | 'clean';
  note?: string;
}

interface Outcome {
  target: Target;
  got: string;
  /** What was wrong besides the badge (the warning missing on a fraud page, or shown on another). */
  problem?: string;
}

async function main(argv: string[]): Promise<number> {
  const ifPresent = argv.includes('--if-present');
  const generated = argv.find((a) => a === '--generated' || a.startsWith('--generated='));
  const mutate = argv.includes('--mutate');
  const folders = argv.filter((a) => !a.startsWith('--'));
  if (folders.length === 0 && !generated) {
    process.stderr.write('usage: npm run eval:browser -- [--if-present] [--generated[=<sample size>]] [--mutate] <folder with labels.json>...\n');
    return 2;
  }
  const opened = await openLabelledFolders(folders, ifPresent);
  const broken = opened.broken;
  const sets = opened.sets.map((set, i) => ({ ...set, prefix: `/set${i}` }));
  // A seeded sample of the generated corpus that holds every family and every evasion, served from memory.
  const sample = generated ? sampleSet(Number(generated.split('=')[1] ?? DEFAULT_SAMPLE)) : [];
  const extra: Record<string, string> = Object.fromEntries(sample.map((v) => [`/generated/${v.id}.html`, v.html()]));
  const pages: (Omit<Target, 'url'> & { path: string })[] = [];
  const quoted = rng(5);
  for (const set of sets) {
    for (const p of set.pages) {
      pages.push({ name: `${set.folder}/${p.page}`, path: `${set.prefix}/${p.page}`, verdict: p.verdict, note: p.note });
      if (!mutate) continue;
      // The page's author's evasions on every fraud page, the reverse on every honest one; served beside the
      // original so that its relative frames and files still resolve.
      const html = htmlText(readFileSync(p.file));
      const variants = p.verdict === 'fraud' ? FRAUD_MUTATIONS.map((m) => [m.name, m.apply(html)] as const) : [[HONEST_MUTATION, quoteBill(html, billBody(quoted))] as const];
      for (const [name, changed] of variants) {
        const path = `${set.prefix}/${posix.join(posix.dirname(p.page), `mutated-${name}-${posix.basename(p.page)}`)}`;
        extra[path] = changed;
        pages.push({ name: `${set.folder}/${p.page} ${name}`, path, verdict: p.verdict, note: p.note });
      }
    }
  }
  const server = await servePages(Object.fromEntries(sets.map((s) => [s.prefix, resolve(s.folder)])), extra);
  const targets: Target[] = [
    ...pages.map(({ path, ...t }) => ({ ...t, url: `${server.origin}${path}` })),
    ...sample.map((v) => ({ name: `generated/${v.id}`, url: `${server.origin}/generated/${v.id}.html`, verdict: v.verdict })),
  ];
  if (targets.length === 0) {
    await server.close();
    process.stdout.write(`0 passed, ${broken} failed\n`);
    return broken > 0 ? 1 : 0;
  }
  const ext = await launchChromium({ lang: 'ja' });
  const outcomes: Outcome[] = [];
  try {
    for (let i = 0; i < targets.length; i += BATCH) {
      const batch = targets.slice(i, i + BATCH);
      const loaded: Page[] = [];
      // Opened side by side: their loads overlap.
      loaded.push(...(await Promise.all(batch.map(async (t) => {
        const page = await ext.context.newPage();
        await page.goto(t.url).catch(() => undefined);
        return page;
      }))));
      const loadedAt = Date.now();
      for (const [n, page] of loaded.entries()) {
        const target = batch[n]!;
        const tab = await tabIdOf(ext, page);
        let badge: string;
        if (target.verdict === 'fraud') {
          // Poll rather than sleep: most bills are judged within a second, delayed ones within a few.
          badge = await waitForBadge(ext, tab, '!', Math.max(1000, FRAUD_WAIT_MS - (Date.now() - loadedAt)));
          if (badge !== '!' && (await page.locator('button').count()) > 0) {
            // Bills that appear only after the visitor clicks: click as a visitor would.
            await page.locator('button').first().click({ timeout: 2000 }).catch(() => undefined);
            badge = await waitForBadge(ext, tab, '!', 4000);
          }
        } else {
          // An honest page gets the time a delayed bill would need before it is called clean.
          await sleep(Math.max(0, SETTLE_MS - (Date.now() - loadedAt)));
          badge = await waitForBadge(ext, tab, '', 0);
        }
        let problem: string | undefined;
        if (badge === '!') {
          if (!(await waitForOverlay(page, WARNING_BUTTON, 5000)).includes(WARNING_BUTTON)) problem = 'badge ! but no warning over the page';
        } else if (await page.evaluate(() => document.querySelector('oneclick-guard') !== null).catch(() => false)) {
          problem = `a warning over the page with badge ${JSON.stringify(badge)}`;
        }
        outcomes.push({ target, got: BADGE[badge] ?? badge, problem });
        await closePage(page);
      }
    }
  } finally {
    await ext.close();
    await server.close();
  }
  const failed = outcomes.filter((o) => o.got !== o.target.verdict || o.problem);
  for (const o of failed) {
    const why = o.got !== o.target.verdict ? `expected ${o.target.verdict}, badge says ${o.got}` : o.problem;
    process.stdout.write(`FAIL ${o.target.name}: ${why}${o.target.note ? `\n     note: ${o.target.note}` : ''}\n`);
  }
  const fraud = outcomes.filter((o) => o.target.verdict === 'fraud');
  const benign = outcomes.filter((o) => o.target.verdict === 'clean');
  process.stdout.write(
    [
      `fraud caught (badge !):   ${percent(fraud.filter((o) => o.got === 'fraud').length, fraud.length)}`,
      `false alarms (badge !):   ${percent(benign.filter((o) => o.got === 'fraud').length, benign.length)}`,
      `suspicious on benign (?): ${percent(benign.filter((o) => o.got === 'suspicious').length, benign.length)}`,
      sample.length > 0 ? `generated sample:         ${sample.length} pages, ${new Set(sample.map((v) => v.family)).size} families, ${new Set(sample.map((v) => v.mutation)).size} mutations (incl. none)` : '',
      '',
    ].filter((l, i, a) => l !== '' || i === a.length - 1).join('\n'),
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
