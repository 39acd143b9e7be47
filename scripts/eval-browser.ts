// npm run eval:browser -- [--if-present] [--generated[=<sample size>]] [--mutate] [--sample=<n>] [--seed=<n>]
//                          [--no-text | --text-only | --text-sample=<n>] <folder with labels.json>...
// The labelled pages in real Chromium with the built extension: each page is served on 127.0.0.1 and judged by
// the toolbar badge the extension sets (so pages whose fraud appears only when scripts run are covered), and by the
// warning over the page: on a page called fraud it must show, on any other it must not.
// --generated adds a seeded sample of the generated corpus holding every family and every evasion; --mutate adds
// every labelled page under every evasion its author could write (scripts/corpus/mutate.ts) or, for an honest
// page, with a bill quoted in it. --sample=N loads every labelled fraud page and every page labelled dynamic (only
// a browser can judge those), and of the rest — honest pages and every variant — N chosen by the seed, holding
// every folder and every evasion: the static scan judges every honest page and every variant of the pages it can
// judge (npm test's labelled-page and corpus-gate steps), and each load here costs more than half a second.
// On every page loaded, the visible text too (docs/visible-text.md): the engine's text in Chromium against what
// Chromium renders, and on static pages the scan's (jsdom) against Chromium's; a page below the tolerance that is
// not a known disagreement fails. --no-text leaves that out; --text-only compares text without judging badges (the
// full comparison: npm run eval:text).
// Prints each mismatch, a summary, and a last line "N passed, N failed"; exits 1 on any miss or false alarm.
import { posix, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openLabelledFolders, percent } from './lib/labels';
import { closePage, launchChromium, servePages, sleep, tabIdOf, waitForBadge, waitForOverlay } from './lib/browser-harness';
import { DEFAULT_SEED, sampleSet } from './corpus/set';
import { FRAUD_MUTATIONS, HONEST_MUTATION, quoteBill } from './corpus/mutate';
import { billBody, rng } from './corpus/generate';
import { htmlText, scanFile, scanHtmlText } from './lib/scan-file';
import { readFileSync } from 'node:fs';
import { comparePageText, passes, snapshotText, spread, TEXT_TOLERANCE, type Agreement, type Reader, type ScannedText } from './lib/visible-text-page';

const BADGE = { '!': 'fraud', '?': 'suspicious', '': 'clean' } as Record<string, string>;
const SETTLE_MS = 3000;
const FRAUD_WAIT_MS = 8000;
const BATCH = 10;
const DEFAULT_SAMPLE = 120;
/** With --text-sample, the scan's side is left out on larger pages (jsdom takes seconds on a 1 MB page). */
const TEXT_SAMPLE_SCAN_BYTES = 256 * 1024;
/** On every warning (one-click, fake virus warning, extortion), in Japanese. */
const WARNING_BUTTON = 'このページを閉じる';

interface Target {
  /** Shown in failures: folder/page or generated/<id>. */
  name: string;
  url: string;
  verdict: 'fraud' | 'clean';
  note?: string;
  /** The scan's text of the same page (static pages only: the scan runs no scripts). */
  scanned?: () => Promise<ScannedText>;
  /** The page's size in bytes, where it is known without reading the page. */
  size?: () => number;
}

interface Outcome {
  target: Target;
  got: string;
  /** What was wrong besides the badge (the warning missing on a fraud page, or shown on another). */
  problem?: string;
  /** The visible text: the engine's against Chromium's, and the scan's against Chromium's. */
  text?: Partial<Record<Reader, Agreement>>;
}

async function main(argv: string[]): Promise<number> {
  const ifPresent = argv.includes('--if-present');
  const generated = argv.find((a) => a === '--generated' || a.startsWith('--generated='));
  const mutate = argv.includes('--mutate');
  const sampleArg = argv.find((a) => a.startsWith('--sample='));
  const sampleSize = sampleArg ? Number(sampleArg.split('=')[1]) : Infinity;
  const seed = Number(argv.find((a) => a.startsWith('--seed='))?.split('=')[1] ?? DEFAULT_SEED);
  const textOnly = argv.includes('--text-only');
  const text = textOnly || !argv.includes('--no-text');
  const textSampleArg = argv.find((a) => a.startsWith('--text-sample='));
  const textSample = textSampleArg ? Number(textSampleArg.split('=')[1]) : Infinity;
  if (!(sampleSize >= 0) || !(textSample >= 0) || !Number.isInteger(seed)) {
    process.stderr.write('eval:browser: --sample and --text-sample take a whole number ≥ 0, --seed a whole number\n');
    return 2;
  }
  const folders = argv.filter((a) => !a.startsWith('--'));
  if (folders.length === 0 && !generated) {
    process.stderr.write('usage: npm run eval:browser -- [--if-present] [--generated[=<sample size>]] [--mutate] [--sample=<n>] [--seed=<n>] [--no-text | --text-only | --text-sample=<n>] <folder with labels.json>...\n');
    return 2;
  }
  const opened = await openLabelledFolders(folders, ifPresent);
  const broken = opened.broken;
  const sets = opened.sets.map((set, i) => ({ ...set, prefix: `/set${i}` }));
  // A seeded sample of the generated corpus that holds every family and every evasion, served from memory.
  const sample = generated ? sampleSet(Number(generated.split('=')[1] ?? DEFAULT_SAMPLE), seed) : [];
  const extra: Record<string, string> = Object.fromEntries(sample.map((v) => [`/generated/${v.id}.html`, v.html()]));
  type Planned = Omit<Target, 'url' | 'scanned'> & { path: string; scanned?: (html?: string) => Promise<ScannedText> };
  const pages: Planned[] = [];
  // Every page and variant that could be loaded; a variant's HTML is built only once it is chosen.
  const candidates: Candidate<Planned>[] = [];
  const quoted = rng(5);
  for (const set of sets) {
    for (const p of set.pages) {
      const always = p.dynamic === true;
      // The scan's text of the page or of a variant (served from memory, read as if it stood beside the page).
      const scanned = always
        ? undefined
        : async (variant?: string) => snapshotText((variant === undefined ? await scanFile(p.file) : await scanHtmlText(variant, served(p.file))).documents);
      candidates.push({ planned: { name: `${set.folder}/${p.page}`, path: `${set.prefix}/${p.page}`, verdict: p.verdict, note: p.note, scanned }, kind: `as-is ${set.folder}`, always: always || p.verdict === 'fraud' });
      if (!mutate) continue;
      // The page's author's evasions on every fraud page, the reverse on every honest one; served beside the
      // original so that its relative frames and files still resolve.
      const html = () => htmlText(readFileSync(p.file));
      const made = p.verdict === 'fraud'
        ? FRAUD_MUTATIONS.map((m) => [m.name, () => m.apply(html())] as const)
        : [[HONEST_MUTATION, ((bill: string) => () => quoteBill(html(), bill))(billBody(quoted))] as const];
      for (const [name, build] of made) {
        const path = `${set.prefix}/${posix.join(posix.dirname(p.page), `mutated-${name}-${posix.basename(p.page)}`)}`;
        candidates.push({ planned: { name: `${set.folder}/${p.page} ${name}`, path, verdict: p.verdict, note: p.note, scanned }, kind: name, html: build, always: false });
      }
    }
  }
  const chosen = sampleCandidates(candidates, sampleSize, seed);
  for (const c of chosen) {
    if (!c.html) {
      pages.push(c.planned);
      continue;
    }
    const html = (extra[c.planned.path] = c.html());
    const scanned = c.planned.scanned;
    pages.push({ ...c.planned, scanned: scanned && (() => scanned(html)), size: () => Buffer.byteLength(html) });
  }
  const server = await servePages(Object.fromEntries(sets.map((s) => [s.prefix, resolve(s.folder)])), extra);
  const targets: Target[] = [
    ...pages.map(({ path, scanned, ...t }) => ({ ...t, url: `${server.origin}${path}`, scanned: scanned && (() => scanned()) })),
    ...sample.map((v) => ({
      name: `generated/${v.id}`,
      url: `${server.origin}/generated/${v.id}.html`,
      verdict: v.verdict,
      scanned: async () => snapshotText((await scanHtmlText(extra[`/generated/${v.id}.html`]!, `${v.id}.html`)).documents),
    })),
  ];
  // The pages whose text is compared: all, or --text-sample of them by the seed holding every folder and evasion;
  // then the scan's side only of pages small enough for jsdom to read in well under a second.
  const compared = new Set(
    sampleCandidates(
      targets.map((t) => ({ planned: t, kind: t.name.startsWith('generated/') ? 'generated' : (t.name.split(' ')[1] ?? t.name.split('/').slice(0, -2).join('/')), always: false })),
      textSample,
      seed,
    ).map((c) => c.planned),
  );
  if (textSample < Infinity) {
    for (const t of compared) if (t.size !== undefined && t.size() > TEXT_SAMPLE_SCAN_BYTES) t.scanned = undefined;
  }
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
      // The scan's texts of the batch while its pages load and settle (the badge waits count from loadedAt).
      const scanStarted = performance.now();
      const scans = text ? await Promise.all(batch.map((t) => (compared.has(t) ? (t.scanned?.().catch(() => null) ?? null) : null))) : [];
      textSeconds.scan += (performance.now() - scanStarted) / 1000;
      for (const [n, page] of loaded.entries()) {
        const target = batch[n]!;
        if (textOnly) {
          await page.waitForLoadState('load', { timeout: 5000 }).catch(() => undefined);
          outcomes.push({ target, got: target.verdict, text: await compareText(page, ext.id, target, scans[n] ?? null) });
          await closePage(page);
          continue;
        }
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
        outcomes.push({ target, got: BADGE[badge] ?? badge, problem, text: text && compared.has(target) ? await compareText(page, ext.id, target, scans[n] ?? null) : undefined });
        await closePage(page);
      }
    }
  } finally {
    await ext.close();
    await server.close();
  }
  const unexplained = text ? reportText(outcomes) : [];
  const failed = outcomes.filter((o) => o.got !== o.target.verdict || o.problem || unexplained.includes(o));
  for (const o of failed) {
    if (o.got === o.target.verdict && !o.problem) continue; // a text disagreement, printed above
    const why = o.got !== o.target.verdict ? `expected ${o.target.verdict}, badge says ${o.got}` : o.problem;
    process.stdout.write(`FAIL ${o.target.name}: ${why}${o.target.note ? `\n     note: ${o.target.note}` : ''}\n`);
  }
  const fraud = outcomes.filter((o) => o.target.verdict === 'fraud');
  const benign = outcomes.filter((o) => o.target.verdict === 'clean');
  process.stdout.write(
    [
      ...(textOnly ? [] : [`fraud caught (badge !):   ${percent(fraud.filter((o) => o.got === 'fraud').length, fraud.length)}`,
      `false alarms (badge !):   ${percent(benign.filter((o) => o.got === 'fraud').length, benign.length)}`,
      `suspicious on benign (?): ${percent(benign.filter((o) => o.got === 'suspicious').length, benign.length)}`]),
      chosen.length < candidates.length
        ? `sampled:                  ${chosen.length} of ${candidates.length} labelled pages and variants (every fraud page, every page labelled dynamic, and ${sampleSize} of the rest by seed ${seed}, holding every folder and evasion; without --sample all are loaded)`
        : '',
      sample.length > 0 ? `generated sample:         ${sample.length} pages, ${new Set(sample.map((v) => v.family)).size} families, ${new Set(sample.map((v) => v.mutation)).size} mutations (incl. none), seed ${seed}` : '',
      '',
    ].filter((l, i, a) => l !== '' || i === a.length - 1).join('\n'),
  );
  process.stdout.write(`${outcomes.length - failed.length} passed, ${failed.length + broken} failed\n`);
  return failed.length + broken > 0 ? 1 : 0;
}

/** Where a variant of `file` is served from: beside it, so that its relative frames resolve in the scan too. */
function served(file: string): string {
  return resolve(posix.dirname(file), `mutated-${posix.basename(file)}`);
}

/** Seconds spent on the visible text: reading and comparing in Chromium, and scanning (part of it hidden in waits). */
const textSeconds = { chromium: 0, scan: 0 };

/** The engine's text and Chromium's, and on static pages the scan's; {} when the page could not be read. */
async function compareText(page: Page, extensionId: string, target: Target, scanned: ScannedText | null): Promise<Outcome['text']> {
  const started = performance.now();
  const text = (await comparePageText(page, extensionId, target.name, scanned).catch(() => null)) ?? {};
  textSeconds.chromium += (performance.now() - started) / 1000;
  return text;
}

/**
 * Prints every page whose text disagrees with Chromium's beyond the tolerance (with the known reason, or what
 * differs), and the figures; returns the outcomes with an unexplained disagreement.
 */
function reportText(outcomes: Outcome[]): Outcome[] {
  const unexplained = new Set<Outcome>();
  const lines: string[] = [];
  const figures = (a: Agreement) => `recall ${a.recall.toFixed(3)} precision ${a.precision.toFixed(3)}`;
  for (const reader of ['engine', 'scan'] as const) {
    const read = outcomes.filter((o) => o.text?.[reader]);
    const below = read.filter((o) => !passes(o.text![reader]!));
    for (const o of below) {
      const a = o.text![reader]!;
      const known = a.reason?.known === true;
      if (!known) unexplained.add(o);
      const what = [a.recall < TEXT_TOLERANCE ? `Chromium only: ${a.missing.map((m) => `«${m}»`).join(' ')}` : '', a.precision < TEXT_TOLERANCE ? `${reader} only: ${a.extra.map((m) => `«${m}»`).join(' ')}` : '']
        .filter(Boolean)
        .join('; ');
      lines.push(`${known ? 'TEXT known' : 'TEXT FAIL '} ${reader} vs Chromium ${figures(a)}: ${o.target.name}\n     ${a.reason?.text ?? 'not explained'}${known ? '' : `\n     ${what}`}`);
    }
    const unread = reader === 'engine' ? outcomes.filter((o) => o.text && !o.text.engine).length : 0;
    lines.push(
      `visible text, ${reader} vs Chromium: ${read.length} pages${reader === 'scan' ? ' (static)' : ''}${unread ? ` (${unread} unreadable)` : ''}; recall ${spread(read.map((o) => o.text![reader]!.recall))}; precision ${spread(read.map((o) => o.text![reader]!.precision))}; ${below.length} below ${TEXT_TOLERANCE}, ${below.filter((o) => unexplained.has(o)).length} not known`,
    );
  }
  lines.push(`visible text: ${textSeconds.chromium.toFixed(1)} s reading and comparing in Chromium, ${textSeconds.scan.toFixed(1)} s scanning (while the pages settle)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return [...unexplained];
}

interface Candidate<T> {
  planned: T;
  /** 'as-is <folder>' or the mutation's name: a sample holds one of each. */
  kind: string;
  /** Builds a variant's HTML (absent for a page served from its folder). */
  html?: () => string;
  /** Loaded whatever the sample size. */
  always: boolean;
}

/**
 * Every candidate marked `always`, and of the rest `size` chosen by `seed`: first one of each kind, then any, in
 * the candidates' order. Deterministic for a seed, so a run can be repeated exactly.
 */
function sampleCandidates<T>(all: Candidate<T>[], size: number, seed: number): Candidate<T>[] {
  const rest = all.filter((c) => !c.always);
  if (size >= rest.length) return all;
  const r = rng(seed);
  const chosen = new Set<Candidate<T>>();
  const pick = (list: Candidate<T>[]) => {
    const open = list.filter((c) => !chosen.has(c));
    if (open.length > 0) chosen.add(open[Math.floor(r() * open.length)]!);
  };
  for (const kind of new Set(rest.map((c) => c.kind))) pick(rest.filter((c) => c.kind === kind));
  while (chosen.size < size) pick(rest);
  return all.filter((c) => c.always || chosen.has(c));
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
