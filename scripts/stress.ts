// npm run test:stress -- [--runs=5] [--hog=<processes>] [vitest filters…]
// Finds flaky browser tests before CI does: runs the real-browser tests (vitest.browser.config.ts, on the built
// extension) again and again while busy-loop processes keep every core loaded, then lists each test that failed
// with how often. Not part of npm test: it takes N times as long. Exits 1 when any test failed in any run.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; message?: string; assertionResults: { status: string; fullName: string; failureMessages?: string[] }[] }[];
}

const valueOf = (argv: string[], name: string) => argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);

/** A process that keeps one core busy until it is killed. */
function hog(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

function runOnce(filters: string[], json: string): Promise<number> {
  return new Promise((resolve) => {
    const args = ['vitest', 'run', '-c', 'vitest.browser.config.ts', '--reporter=dot', '--reporter=json', `--outputFile.json=${json}`, ...filters];
    const child = spawn('npx', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

async function main(argv: string[]): Promise<number> {
  const runs = Number(valueOf(argv, '--runs') ?? 5);
  const hogs = Number(valueOf(argv, '--hog') ?? availableParallelism());
  const filters = argv.filter((a) => !a.startsWith('--'));
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(hogs) || hogs < 0) {
    process.stderr.write('usage: npm run test:stress -- [--runs=N ≥ 1] [--hog=processes ≥ 0] [test file filters…]\n');
    return 2;
  }
  if (!existsSync(join('.output', 'chrome-mv3', 'manifest.json'))) {
    process.stderr.write('test:stress: no build in .output/ (run npm run build first)\n');
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'ocg-stress-'));
  const busy = Array.from({ length: hogs }, hog);
  const stop = () => busy.forEach((p) => p.kill('SIGKILL'));
  process.once('exit', stop);
  process.once('SIGINT', () => process.exit(130));
  const failures = new Map<string, { count: number; first: string }>();
  const lines: string[] = [];
  try {
    for (let i = 1; i <= runs; i++) {
      process.stdout.write(`\n=== run ${i} of ${runs}, ${hogs} busy-loop process(es) beside it\n`);
      const json = join(work, `run-${i}.json`);
      const started = performance.now();
      const code = await runOnce(filters, json);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      let result: VitestJson | null = null;
      try {
        result = JSON.parse(readFileSync(json, 'utf8')) as VitestJson;
      } catch {
        // no report: the run itself broke
      }
      if (!result) {
        const key = '(the run itself: no test report)';
        failures.set(key, { count: (failures.get(key)?.count ?? 0) + 1, first: `exit code ${code}` });
        lines.push(`run ${i}: no test report (exit ${code}), ${seconds} s`);
        continue;
      }
      for (const file of result.testResults) {
        const name = file.name.replace(`${process.cwd()}/`, '');
        // A file that failed outside any test (a hook, an import) counts under the file's name.
        if (file.assertionResults.length === 0 && file.message) {
          const entry = failures.get(name) ?? { count: 0, first: file.message.split('\n')[0]!.slice(0, 300) };
          entry.count++;
          failures.set(name, entry);
        }
        for (const test of file.assertionResults.filter((a) => a.status === 'failed')) {
          const key = `${name} › ${test.fullName}`;
          const entry = failures.get(key) ?? { count: 0, first: (test.failureMessages?.[0] ?? '').split('\n')[0]!.slice(0, 300) };
          entry.count++;
          failures.set(key, entry);
        }
      }
      lines.push(`run ${i}: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${seconds} s`);
    }
  } finally {
    stop();
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`\n${lines.join('\n')}\n`);
  if (failures.size === 0) {
    process.stdout.write(`\nno test failed in ${runs} run(s) with ${hogs} busy-loop process(es)\n`);
    return 0;
  }
  process.stdout.write(`\nfailed (times out of ${runs} runs):\n`);
  for (const [name, { count, first }] of [...failures].sort((a, b) => b[1].count - a[1].count)) {
    process.stdout.write(`  ${count}× ${name}\n       ${first}\n`);
  }
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`test:stress failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
