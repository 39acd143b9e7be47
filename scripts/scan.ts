// npm run scan -- [--json] <file-or-folder>...
// Scans saved HTML pages without running their scripts and prints each verdict with the signals behind it.
import { expandInputs, scanFile, ScanError } from './lib/scan-file';
import type { Report } from '../detectors/evaluate';

const USAGE = `usage: npm run scan -- [--json] <file-or-folder>...

Scans .html files (folders: every .html inside, recursively) with the ワンクリガード engine.
Page scripts are never run and nothing is fetched.
  --json   one JSON object per line per file:
           {"file","verdict","score","signals":[{"id","points","evidence":[…]}]} or {"file","error"}
Exit code: 0 when every file was scanned, 1 when any could not be, 2 on wrong usage.`;

export interface ScanLine {
  file: string;
  verdict?: Report['verdict'];
  score?: number;
  signals?: { id: string; points: number; evidence: string[] }[];
  error?: string;
}

export function toLine(file: string, report: Report): ScanLine {
  return {
    file,
    verdict: report.verdict,
    score: report.score,
    signals: report.findings.map((f) => ({
      id: f.id,
      points: f.points,
      evidence: f.evidence.flatMap((e) => (e.values.length > 0 ? e.values : [e.key])),
    })),
  };
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const inputs = argv.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || inputs.length === 0) {
    process.stderr.write(`${unknown.length > 0 ? `unknown option: ${unknown.join(' ')}\n` : 'no file or folder given\n'}${USAGE}\n`);
    return 2;
  }
  let failed = false;
  const rows: ScanLine[] = [];
  for (const file of await expandInputs(inputs)) {
    let line: ScanLine;
    try {
      line = toLine(file, (await scanFile(file)).report);
    } catch (error) {
      failed = true;
      const message =
        error instanceof ScanError
          ? error.message
          : error instanceof RangeError
            ? `cannot scan ${file}: the page is nested too deeply for the scanner's HTML parser`
            : `cannot scan ${file}: ${error instanceof Error ? error.message : String(error)}`;
      line = { file, error: message };
    }
    if (json) process.stdout.write(`${JSON.stringify(line)}\n`);
    else rows.push(line);
  }
  if (!json) process.stdout.write(table(rows));
  return failed ? 1 : 0;
}

function table(rows: ScanLine[]): string {
  const out = rows.map((r) => {
    if (r.error !== undefined) return ['ERROR', '', r.file, r.error];
    const signals = (r.signals ?? []).map((s) => `${s.id}(${s.points})`).join(' ');
    return [r.verdict!.toUpperCase(), String(r.score), r.file, signals || '-'];
  });
  const header = ['VERDICT', 'SCORE', 'FILE', 'SIGNALS'];
  const widths = [0, 1, 2].map((i) => Math.max(header[i]!.length, ...out.map((r) => r[i]!.length)));
  const format = (r: string[]) => `${r.slice(0, 3).map((c, i) => c.padEnd(widths[i]!)).join('  ')}  ${r[3]}`.trimEnd();
  const counts = ['fraud', 'suspicious', 'clean'].map((v) => `${rows.filter((r) => r.verdict === v).length} ${v}`);
  const errors = rows.filter((r) => r.error !== undefined).length;
  return `${[format(header), ...out.map(format)].join('\n')}\n\n${counts.join(', ')}${errors ? `, ${errors} error(s)` : ''}\n`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`scan failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
