// npm run eval -- [--if-present] [--generated] [--update] <folder with labels.json>...
// Scans every labelled page with the same engine as the extension and checks its verdict and required signals.
// --generated adds the generated corpus (scripts/corpus): every family, every fraud page under every evasion and
// every honest page with a bill quoted in it, with recall and false alarms per family and per evasion, and the
// fraud threshold validated leave-one-family-out. The project's fixtures also have golden reports
// (tests/fixtures/expected/<page>.json: verdict, rule, findings and their evidence keys, mitigations) that must
// match; --update rewrites them, so that any change of any report shows in review as a diff. Prints each mismatch, a summary, and a last line
// "N passed, N failed"; exits 1 on any miss or false alarm.
import { openLabelledFolders, percent, type LabelledPage } from './lib/labels';
import { scanFile, scanHtmlText } from './lib/scan-file';
import type { Report } from '../detectors/evaluate';
import { THRESHOLDS } from '../detectors/evaluate';
import { DEFAULT_PER_FAMILY, DEFAULT_SEED, generatedSet, type Variant } from './corpus/set';
import { leaveOneFamilyOut, type Scored } from './corpus/cross-validate';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';

interface Outcome {
  page: LabelledPage;
  report?: Report;
  problems: string[];
}

/**
 * The golden report of a page (in the spirit of Readability's expected.html): what a reviewer should see change.
 * Kept beside a folder's labels as expected/<page>.json; scores are left out (they follow from the findings).
 */
export function goldenReport(report: Report): object {
  return {
    verdict: report.verdict,
    rule: report.rule,
    findings: report.findings.map((f) => ({ id: f.id, evidence: [...new Set(f.evidence.map((e) => e.key))].sort() })).sort((a, b) => a.id.localeCompare(b.id)),
    mitigations: [...new Set(report.mitigations.map((m) => m.key))].sort(),
  };
}

const goldenPath = (page: LabelledPage) => join(page.file.slice(0, page.file.length - page.page.length), 'expected', page.page.replace(/\.html?$/i, '.json'));

type GoldenMode = 'off' | 'check' | 'update';

/** Compares (or writes) the golden report of a page whose folder keeps them. */
function checkGolden(page: LabelledPage, report: Report, mode: GoldenMode): string | null {
  if (mode === 'off') return null;
  const path = goldenPath(page);
  const update = mode === 'update';
  const now = `${JSON.stringify(goldenReport(report), null, 2)}\n`;
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, now);
    return null;
  }
  if (!existsSync(path)) return `no golden report ${relative(process.cwd(), path)} (npm run eval -- --update writes it)`;
  return readFileSync(path, 'utf8') === now ? null : `report differs from ${relative(process.cwd(), path)} (review the change; npm run eval -- --update accepts it)`;
}

async function check(page: LabelledPage, golden: GoldenMode): Promise<Outcome> {
  let report: Report;
  let ungated: boolean;
  try {
    ({ report, ungated } = await scanFile(page.file));
  } catch (error) {
    return { page, problems: [`cannot scan: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const problems: string[] = [];
  if (ungated) problems.push('the engine flags it but the content script\'s gate would not let the engine read it');
  const goldenProblem = checkGolden(page, report, golden);
  if (goldenProblem) problems.push(goldenProblem);
  // A page labelled dynamic shows its fraud only when its scripts run (or inside a frame): the scan cannot be
  // required to catch it; eval:browser must, and does, in the test command.
  const leftToBrowser = page.dynamic === true && report.verdict !== page.verdict;
  if (report.verdict !== page.verdict && !leftToBrowser) problems.push(`expected ${page.verdict}, got ${report.verdict} (score ${report.score})`);
  const found = new Set(report.findings.map((f) => f.id));
  const missing = (page.signals ?? []).filter((s) => !found.has(s as Report['findings'][number]['id']));
  if (missing.length > 0 && !leftToBrowser) problems.push(`missing signals: ${missing.join(', ')}`);
  return { page, report, problems };
}

/** A table of tallies keyed "fraud  <name>" or "honest <name>". */
function printTable(title: string, map: Map<string, Tally>): void {
  process.stdout.write(`\n${title}\n`);
  for (const [key, t] of [...map].sort()) {
    const [side, name] = [key.slice(0, 6).trim(), key.slice(7)];
    process.stdout.write(`  ${side.padEnd(6)} ${name.padEnd(24)} ${side === 'fraud' ? 'caught' : 'silent'} ${percent(t.right, t.pages)}\n`);
  }
}

interface Tally {
  pages: number;
  right: number;
}
const add = (map: Map<string, Tally>, key: string, right: boolean) => {
  const t = map.get(key) ?? { pages: 0, right: 0 };
  t.pages++;
  if (right) t.right++;
  map.set(key, t);
};

/** The generated set: returns [passed, failed]. A fraud page must be fraud; an honest page must stay clean. */
interface GeneratedResult {
  family: string;
  category: Variant['category'];
  verdict: Variant['verdict'];
  mutation: string;
  rule: string;
  score: number;
  right: boolean;
  /** Set for a wrong verdict. */
  miss?: string;
}

/** Scans every `shards`-th variant of the generated set, starting at `shard`. */
async function scanShard(seed: number, perFamily: number, shard: number, shards: number, each: (r: GeneratedResult) => void): Promise<void> {
  let n = 0;
  for (const v of generatedSet(seed, perFamily, true)) {
    if (n++ % shards !== shard) continue;
    const { report, ungated } = await scanHtmlText(v.html(), `${v.id}.html`, v.budget);
    // jsdom frees a closed window only once the event loop turns: without this, thousands of pages fill the heap.
    await new Promise((resolve) => setImmediate(resolve));
    // Right: the verdict its label wants, and a page the engine flags is one the content script's gate lets through.
    // (The small padded pages are read by the gate in slices in the browser; their gate is the browser's to test.)
    const gateMissed = ungated && !v.budget;
    const right = (v.verdict === 'fraud' ? report.verdict === 'fraud' : report.verdict === 'clean') && !gateMissed;
    const miss = right ? undefined : `${describe(v, report)}${gateMissed ? ' — the gate would not let the engine read it' : ''}`;
    each({ family: v.family, category: v.category, verdict: v.verdict, mutation: v.mutation, rule: report.rule, score: report.score, right, miss });
  }
}

/** The generated set over one process per core (jsdom is single-threaded), each printing its results as JSON lines. */
async function scanAll(seed: number, perFamily: number): Promise<GeneratedResult[]> {
  const shards = Math.max(1, Math.min(4, availableParallelism()));
  if (shards === 1) {
    const results: GeneratedResult[] = [];
    await scanShard(seed, perFamily, 0, 1, (r) => results.push(r));
    return results;
  }
  const runs = Array.from({ length: shards }, (_, shard) =>
    new Promise<GeneratedResult[]>((resolve, reject) => {
      const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, `--shard=${shard}/${shards}`, `--seed=${seed}`, `--per-family=${perFamily}`], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) return reject(new Error(`shard ${shard} exited with ${code}`));
        resolve(out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as GeneratedResult));
      });
    }),
  );
  return (await Promise.all(runs)).flat();
}

async function evaluateGenerated(seed: number, perFamily: number): Promise<[number, number]> {
  const families = new Map<string, Tally>();
  const mutations = new Map<string, Tally>();
  const categories = new Map<string, Tally>();
  const scored: Scored[] = [];
  const misses: string[] = [];
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  for (const r of await scanAll(seed, perFamily)) {
    add(families, `${r.verdict === 'fraud' ? 'fraud ' : 'honest'} ${r.family}`, r.right);
    add(mutations, `${r.verdict === 'fraud' ? 'fraud ' : 'honest'} ${r.mutation || '(as generated)'}`, r.right);
    add(categories, `${r.verdict === 'fraud' ? 'fraud ' : 'honest'} ${r.category}`, r.right);
    scored.push({ family: r.family, verdict: r.verdict, rule: r.rule, score: r.score });
    if (r.right) passed++;
    else {
      failed++;
      if (misses.length < 30) misses.push(r.miss ?? '');
    }
  }
  for (const m of misses) process.stdout.write(`FAIL generated ${m}\n`);
  const table = printTable;
  table(`generated corpus (seed ${seed}, ${perFamily} pages a family, ${Math.round((Date.now() - started) / 1000)} s) — by family:`, families);
  table('by evasion (fraud) / reverse mutation (honest):', mutations);
  table('by category:', categories);
  const folds = leaveOneFamilyOut(scored);
  process.stdout.write(`\nleave-one-family-out (fraud threshold fitted without the family, shipped: ${THRESHOLDS.fraud}):\n`);
  for (const f of folds) process.stdout.write(`  ${f.family.padEnd(24)} threshold ${f.threshold} (as good: ${f.from}–${f.to})  ${f.verdict === 'fraud' ? 'caught' : 'flagged'} ${percent(f.hits, f.pages)}\n`);
  const fraudFolds = folds.filter((f) => f.verdict === 'fraud');
  const honestFolds = folds.filter((f) => f.verdict === 'clean');
  const sum = (fs: typeof folds, k: 'hits' | 'pages') => fs.reduce((n, f) => n + f[k], 0);
  process.stdout.write(`  cross-validated recall ${percent(sum(fraudFolds, 'hits'), sum(fraudFolds, 'pages'))}, false alarms ${percent(sum(honestFolds, 'hits'), sum(honestFolds, 'pages'))}\n`);
  return [passed, failed];
}

function describe(v: Variant, report: Report): string {
  return `${v.id}: expected ${v.verdict}, got ${report.verdict} (score ${report.score}) ${report.findings.map((f) => `${f.id}(${f.points})`).join(' ')}`;
}

async function main(argv: string[]): Promise<number> {
  const shard = valueOf(argv, '--shard');
  if (shard) {
    // A worker process of scanAll: results only, one JSON line each.
    const [k, n] = shard.split('/').map(Number);
    await scanShard(Number(valueOf(argv, '--seed')), Number(valueOf(argv, '--per-family')), k!, n!, (r) => process.stdout.write(`${JSON.stringify(r)}\n`));
    return 0;
  }
  const ifPresent = argv.includes('--if-present');
  const generated = argv.includes('--generated');
  const folders = argv.filter((a) => !a.startsWith('--'));
  if (folders.length === 0 && !generated) {
    process.stderr.write('usage: npm run eval -- [--if-present] [--generated] <folder with labels.json>...\n');
    return 2;
  }
  const { sets, broken } = await openLabelledFolders(folders, ifPresent);
  const outcomes: Outcome[] = [];
  // Golden reports are kept for the project's own fixtures (a folder with an expected/ folder beside labels.json).
  const update = argv.includes('--update');
  for (const set of sets) {
    const keeps = existsSync(join(set.folder, 'expected')) || resolve(set.folder) === resolve('tests/fixtures');
    const mode: GoldenMode = !keeps ? 'off' : update ? 'update' : 'check';
    for (const page of set.pages) outcomes.push(await check(page, mode));
  }

  for (const o of outcomes.filter((x) => x.problems.length > 0)) {
    const signals = o.report?.findings.map((f) => `${f.id}(${f.points})`).join(' ') || '-';
    process.stdout.write(`FAIL ${o.page.file}: ${o.problems.join('; ')}\n     signals: ${signals}${o.page.note ? `\n     note: ${o.page.note}` : ''}\n`);
  }
  let passed = outcomes.length - outcomes.filter((o) => o.problems.length > 0).length;
  let failed = outcomes.filter((o) => o.problems.length > 0).length + broken;
  if (outcomes.length > 0) {
    const fraud = outcomes.filter((o) => o.page.verdict === 'fraud');
    const benign = outcomes.filter((o) => o.page.verdict === 'clean');
    const required = outcomes.flatMap((o) => (o.page.signals ?? []).map((s) => o.report?.findings.some((f) => f.id === s) ?? false));
    process.stdout.write(
      [
        `fraud caught:           ${percent(fraud.filter((o) => o.report?.verdict === 'fraud').length, fraud.length)}`,
        `false alarms (fraud):   ${percent(benign.filter((o) => o.report?.verdict === 'fraud').length, benign.length)}`,
        `suspicious on benign:   ${percent(benign.filter((o) => o.report?.verdict === 'suspicious').length, benign.length)}`,
        `required signals found: ${percent(required.filter(Boolean).length, required.length)}`,
        '',
      ].join('\n'),
    );
    // Each kind of fraud on its own: one-click, fake virus warnings, extortion (labels' category; honest pages by
    // the topic they are close to, when labelled).
    const byCategory = new Map<string, Tally>();
    for (const o of outcomes) {
      const category = o.page.category && o.page.category !== 'benign' ? o.page.category : o.page.verdict === 'fraud' ? 'one-click' : 'general';
      add(byCategory, `${o.page.verdict === 'fraud' ? 'fraud ' : 'honest'} ${category}`, o.page.verdict === 'fraud' ? o.report?.verdict === 'fraud' : o.report?.verdict === 'clean');
    }
    printTable('by category:', byCategory);
  }
  if (generated) {
    const seed = Number(valueOf(argv, '--seed') ?? DEFAULT_SEED);
    const perFamily = Number(valueOf(argv, '--per-family') ?? DEFAULT_PER_FAMILY);
    const [p, f] = await evaluateGenerated(seed, perFamily);
    passed += p;
    failed += f;
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

const valueOf = (argv: string[], name: string): string | undefined => argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
