// npm test: every test of the project, in order, with one closing line "N passed, N failed".
// Steps: type check → unit tests → corpus gates (jsdom) → labelled pages (own fixtures, then ../shared corpora when present) → the
// generated corpus with every evasion (jsdom) → build of both packages → the built packages without a browser
// (compatibility gate against browser-compat-data, the Firefox background under Android's API surface) → web-ext
// lint of the Firefox package → the
// built extension in real Chromium and Firefox → labelled pages, their evasions and generated pages judged by the
// badge and the warning in Chromium (a seeded sample). A step whose ../shared folders are absent says "skipped" (they are optional).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Step {
  name: string;
  command: string[];
  /** Reads passed/failed counts from the step's output; without it the step counts as one check. */
  count?: (stdout: string) => { passed: number; failed: number } | null;
  /** Lines naming what failed, for the closing summary. */
  failures?: () => string[];
}

const work = mkdtempSync(join(tmpdir(), 'ocg-test-'));
const vitestJson = join(work, 'vitest.json');
const browserJson = join(work, 'browser.json');
const gatesJson = join(work, 'gates.json');
const builtJson = join(work, 'built.json');
const vitestCount = (file: string) => () => {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    return { passed: r.numPassedTests, failed: r.numFailedTests };
  } catch {
    return null;
  }
};
/** Names of failing tests and the first line of why, so a CI log that keeps only the end still says which. */
const vitestFailures = (file: string): string[] => {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as {
      testResults: { name: string; assertionResults: { status: string; fullName: string; failureMessages?: string[] }[] }[];
    };
    return r.testResults.flatMap((f) =>
      f.assertionResults
        .filter((a) => a.status === 'failed')
        .map((a) => `     ✗ ${f.name.replace(process.cwd() + '/', '')} › ${a.fullName}: ${(a.failureMessages?.[0] ?? '').split('\n')[0]!.slice(0, 300)}`),
    );
  } catch {
    return [];
  }
};
const closingLine = (out: string) => {
  const m = /^(\d+) passed, (\d+) failed/m.exec(out.split('\n').reverse().join('\n'));
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : null;
};

const STEPS: Step[] = [
  { name: 'type check', command: ['npx', 'tsc', '--noEmit'] },
  {
    name: 'unit tests',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    count: vitestCount(vitestJson),
    failures: () => vitestFailures(vitestJson),
  },
  {
    name: 'corpus gates (jsdom) and the scan command',
    command: ['npx', 'vitest', 'run', '-c', 'vitest.gates.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${gatesJson}`],
    count: vitestCount(gatesJson),
    failures: () => vitestFailures(gatesJson),
  },
  { name: 'own labelled pages', command: ['npx', 'tsx', 'scripts/eval.ts', 'tests/fixtures'], count: closingLine },
  { name: 'shared corpora', command: ['npx', 'tsx', 'scripts/eval.ts', '--if-present', '../shared/corpus', '../shared/corpus-real', '../shared/corpus-web'], count: closingLine },
  // 8 pages a family (of the 40 that `npm run eval -- --generated` scans): every page goes through every evasion
  // and every honest page through the reverse mutation, so every family × evasion still runs, in a fifth of the time.
  { name: 'generated corpus, every evasion (jsdom)', command: ['npx', 'tsx', 'scripts/eval.ts', '--generated', '--per-family=8'], count: closingLine },
  { name: 'build (Chrome MV3, Firefox MV3, zips)', command: ['npm', 'run', '--silent', 'build'] },
  // Reads .output/, so it comes right after the build (it fails, never skips, when the build is missing).
  {
    name: 'built packages: compatibility (browser-compat-data), Firefox background on Android',
    command: ['npx', 'vitest', 'run', '-c', 'vitest.built.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${builtJson}`],
    count: vitestCount(builtJson),
    failures: () => vitestFailures(builtJson),
  },
  { name: 'web-ext lint (Firefox package)', command: ['npx', 'web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-input'] },
  {
    name: 'browser tests (Chromium, Firefox ESR)',
    command: ['npx', 'vitest', 'run', '-c', 'vitest.browser.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${browserJson}`],
    count: vitestCount(browserJson),
    failures: () => vitestFailures(browserJson),
  },
  // Judged by the badge and the warning in Chromium: every labelled fraud page and every page labelled dynamic; of
  // the honest pages and every evasion of every page, a seeded sample holding every folder and evasion (the static
  // steps above judge all of those); and a seeded sample of the generated corpus. `npm run eval:browser -- --mutate
  // <folders>` (no --sample) loads every one. The visible text of 30 of those pages (seeded, every folder and
  // evasion) is compared with what Chromium renders (docs/visible-text.md); `npm run eval:text` compares all.
  {
    name: 'labelled pages, their evasions and generated pages in Chromium (seeded sample)',
    command: ['npx', 'tsx', 'scripts/eval-browser.ts', '--if-present', '--generated=20', '--mutate', '--sample=20', '--text-sample=30', 'tests/fixtures', '../shared/corpus', '../shared/corpus-real', '../shared/corpus-web'],
    count: closingLine,
  },
];

const seconds1 = (ms: number) => (ms / 1000).toFixed(1);

function run(step: Step): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(step.command[0]!, step.command.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
    child.on('error', () => resolve({ code: 1, stdout }));
  });
}

async function main(): Promise<number> {
  let passed = 0;
  let failed = 0;
  const summary: string[] = [];
  const started = performance.now();
  for (const step of STEPS) {
    process.stdout.write(`\n=== ${step.name}: ${step.command.join(' ')}\n`);
    const stepStarted = performance.now();
    const { code, stdout } = await run(step);
    const seconds = seconds1(performance.now() - stepStarted);
    const counted = step.count?.(stdout) ?? null;
    let p = counted?.passed ?? (code === 0 ? 1 : 0);
    let f = counted?.failed ?? (code === 0 ? 0 : 1);
    if (code !== 0 && f === 0) f = 1; // a step that failed without a failing test (a crash) still fails the run
    passed += p;
    failed += f;
    // Optional test data that is not here: say so, rather than "0 passed".
    const skipped = code === 0 && counted !== null && counted.passed === 0 && counted.failed === 0 && /^skipped /m.test(stdout);
    summary.push(
      skipped
        ? `skip ${step.name}: skipped (../shared not present), ${seconds} s`
        : `${code === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${p} passed, ${f} failed, ${seconds} s`,
    );
    if (code !== 0) summary.push(...(step.failures?.() ?? []));
  }
  process.stdout.write(`\n${summary.join('\n')}\n\ntotal ${seconds1(performance.now() - started)} s\n${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

main().then((code) => {
  rmSync(work, { recursive: true, force: true });
  process.exitCode = code;
});
