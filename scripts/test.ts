// npm test: every test of the project, in order, with one closing line "N passed, N failed".
// Steps: type check → unit tests → labelled pages (own fixtures, then ../shared corpora when present) → build of
// both packages → web-ext lint of the Firefox package → the built extension in real Chromium and Firefox →
// ../shared/corpus-real judged by the badge in Chromium (when present).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Step {
  name: string;
  command: string[];
  /** Reads passed/failed counts from the step's output; without it the step counts as one check. */
  count?: (stdout: string) => { passed: number; failed: number } | null;
}

const work = mkdtempSync(join(tmpdir(), 'ocg-test-'));
const vitestJson = join(work, 'vitest.json');
const browserJson = join(work, 'browser.json');
const vitestCount = (file: string) => () => {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    return { passed: r.numPassedTests, failed: r.numFailedTests };
  } catch {
    return null;
  }
};
const closingLine = (out: string) => {
  const m = /^(\d+) passed, (\d+) failed/m.exec(out.split('\n').reverse().join('\n'));
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : null;
};

const STEPS: Step[] = [
  { name: 'type check', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'unit tests', command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], count: vitestCount(vitestJson) },
  { name: 'own labelled pages', command: ['npx', 'tsx', 'scripts/eval.ts', 'tests/fixtures'], count: closingLine },
  { name: 'shared corpora', command: ['npx', 'tsx', 'scripts/eval.ts', '--if-present', '../shared/corpus', '../shared/corpus-real'], count: closingLine },
  { name: 'build (Chrome MV3, Firefox MV3, zips)', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'web-ext lint (Firefox package)', command: ['npx', 'web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-input'] },
  {
    name: 'browser tests (Chromium, Firefox ESR)',
    command: ['npx', 'vitest', 'run', '-c', 'vitest.browser.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${browserJson}`],
    count: vitestCount(browserJson),
  },
  // The real-page corpus in the browser (the browser tests above cover tests/fixtures and ../shared/corpus).
  { name: 'shared real pages in Chromium', command: ['npx', 'tsx', 'scripts/eval-browser.ts', '--if-present', '../shared/corpus-real'], count: closingLine },
];

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
  for (const step of STEPS) {
    process.stdout.write(`\n=== ${step.name}: ${step.command.join(' ')}\n`);
    const { code, stdout } = await run(step);
    const counted = step.count?.(stdout) ?? null;
    let p = counted?.passed ?? (code === 0 ? 1 : 0);
    let f = counted?.failed ?? (code === 0 ? 0 : 1);
    if (code !== 0 && f === 0) f = 1; // a step that failed without a failing test (a crash) still fails the run
    passed += p;
    failed += f;
    summary.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${p} passed, ${f} failed`);
  }
  process.stdout.write(`\n${summary.join('\n')}\n\n${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

main().then((code) => {
  rmSync(work, { recursive: true, force: true });
  process.exitCode = code;
});
