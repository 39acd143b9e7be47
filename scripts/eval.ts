// npm run eval -- [--if-present] <folder with labels.json>...
// Scans every labelled page with the same engine as the extension and checks its verdict and required signals.
// Prints each mismatch, a summary, and a last line "N passed, N failed"; exits 1 on any miss or false alarm.
import { openLabelledFolders, percent, type LabelledPage } from './lib/labels';
import { scanFile } from './lib/scan-file';
import type { Report } from '../detectors/evaluate';

interface Outcome {
  page: LabelledPage;
  report?: Report;
  problems: string[];
}

async function check(page: LabelledPage): Promise<Outcome> {
  let report: Report;
  try {
    report = (await scanFile(page.file)).report;
  } catch (error) {
    return { page, problems: [`cannot scan: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const problems: string[] = [];
  if (report.verdict !== page.verdict) problems.push(`expected ${page.verdict}, got ${report.verdict} (score ${report.score})`);
  const found = new Set(report.findings.map((f) => f.id));
  const missing = (page.signals ?? []).filter((s) => !found.has(s as Report['findings'][number]['id']));
  if (missing.length > 0) problems.push(`missing signals: ${missing.join(', ')}`);
  return { page, report, problems };
}

async function main(argv: string[]): Promise<number> {
  const ifPresent = argv.includes('--if-present');
  const folders = argv.filter((a) => !a.startsWith('--'));
  if (folders.length === 0) {
    process.stderr.write('usage: npm run eval -- [--if-present] <folder with labels.json>...\n');
    return 2;
  }
  const { sets, broken } = await openLabelledFolders(folders, ifPresent);
  const outcomes: Outcome[] = [];
  for (const set of sets) for (const page of set.pages) outcomes.push(await check(page));

  for (const o of outcomes.filter((x) => x.problems.length > 0)) {
    const signals = o.report?.findings.map((f) => `${f.id}(${f.points})`).join(' ') || '-';
    process.stdout.write(`FAIL ${o.page.file}: ${o.problems.join('; ')}\n     signals: ${signals}${o.page.note ? `\n     note: ${o.page.note}` : ''}\n`);
  }
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
  const failed = outcomes.filter((o) => o.problems.length > 0).length + broken;
  const passed = outcomes.length - outcomes.filter((o) => o.problems.length > 0).length;
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
