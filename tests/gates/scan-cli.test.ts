// The scan command's contract: one JSON object per line per file, clear errors, exit codes, a large page. Each test
// starts the command (jsdom and all), so these run with the corpus gates rather than the unit tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join('tests', 'fixtures');
const DETECTOR_IDS = [
  'completion-claim', 'fee-demand', 'countdown', 'identity-bluff', 'caller-id-186',
  'shutter-sound', 'legal-threat', 'contact-lure', 'navigation-trap', 'scareware',
];

function scan(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

const scratchDirs: string[] = [];
function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

describe('scan CLI', () => {
  it('prints exactly one JSON object per file with the documented fields', () => {
    const { code, lines } = scan('--json', join(FIXTURES, 'fraud', 'line-only-contact.html'), join(FIXTURES, 'benign', 'konbini-payment.html'));
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    const [fraud, clean] = lines.map((l) => JSON.parse(l));
    expect(Object.keys(fraud).sort()).toEqual(['file', 'score', 'signals', 'verdict']);
    expect(fraud.file).toBe(join(FIXTURES, 'fraud', 'line-only-contact.html'));
    expect(fraud.verdict).toBe('fraud');
    expect(fraud.score).toBeGreaterThanOrEqual(55);
    expect(fraud.score).toBeLessThanOrEqual(100);
    for (const s of fraud.signals) {
      expect(Object.keys(s).sort()).toEqual(['evidence', 'id', 'points']);
      expect(DETECTOR_IDS).toContain(s.id);
      expect(typeof s.points).toBe('number');
      expect(s.evidence.every((e: unknown) => typeof e === 'string' && e.length <= 80)).toBe(true);
    }
    expect(fraud.signals.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['completion-claim', 'fee-demand', 'contact-lure']));
    expect(fraud.signals.find((s: { id: string }) => s.id === 'contact-lure').evidence).toContain('@vip_taikai01');
    expect(clean.verdict).toBe('clean');
  });

  it('scans folders recursively, in a stable order', () => {
    const { code, lines } = scan('--json', FIXTURES);
    expect(code).toBe(0);
    const files = lines.map((l) => JSON.parse(l).file as string);
    expect(files.length).toBeGreaterThan(20);
    expect(files).toEqual([...files].sort());
  });

  it('reports missing, non-HTML and binary files, still scans the rest, and exits 1', () => {
    const dir = scratch('ocg-scan-');
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x3c, 0x00, 0xff, 0x00, 0x01]));
    mkdirSync(join(dir, 'empty'));
    const { code, lines } = scan('--json', join(dir, 'missing.html'), join(dir, 'notes.txt'), join(FIXTURES, 'fraud', 'iframe-inner.html'), join(dir, 'binary.html'), join(dir, 'empty'));
    expect(code).toBe(1);
    const out = lines.map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual({ file: join(dir, 'missing.html'), error: expect.stringContaining('no such file') });
    expect(out[1]).toEqual({ file: join(dir, 'notes.txt'), error: expect.stringContaining('not an HTML file') });
    expect(out[2].verdict).toBe('fraud');
    expect(out[3]).toEqual({ file: join(dir, 'binary.html'), error: expect.stringContaining('binary') });
    expect(out[4]).toEqual({ file: join(dir, 'empty'), error: expect.stringContaining('no .html files') });
  });

  it('prints a readable table by default', () => {
    const { code, stdout } = scan(join(FIXTURES, 'fraud', 'srcdoc-frame.html'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^VERDICT\s+SCORE\s+FILE\s+SIGNALS/);
    expect(stdout).toMatch(/FRAUD\s+\d+\s+tests\/fixtures\/fraud\/srcdoc-frame\.html\s+completion-claim\(\d+\)/);
    expect(stdout).toContain('1 fraud, 0 suspicious, 0 clean');
  });

  it('rejects unknown options and missing arguments with usage and exit 2', () => {
    expect(scan('--xml', 'a.html').code).toBe(2);
    const none = scan();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage: npm run scan');
  });

  it('prints nothing but JSON lines through npm run --silent', () => {
    const r = spawnSync('npm', ['run', '--silent', 'scan', '--', '--json', join(FIXTURES, 'benign')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('scans a large page (about 1 MB, 50,000 elements) without error', () => {
    const dir = scratch('ocg-big-');
    const rows = Array.from({ length: 12_500 }, (_, i) => `<tr><td>商品番号${i}</td><td>国産の新鮮な野菜セット</td><td>${(i % 90) * 100 + 1000}円</td></tr>`).join('');
    const html = `<!doctype html><html lang="ja"><body><h1>在庫一覧</h1><table>${rows}</table></body></html>`;
    const elements = (html.match(/<(?!\/)[a-z0-9]+/g) ?? []).length;
    writeFileSync(join(dir, 'big.html'), html);
    const { code, lines } = scan('--json', join(dir, 'big.html'));
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!).verdict).toBe('clean');
    expect(Buffer.byteLength(html)).toBeGreaterThan(1_000_000);
    expect(elements).toBeGreaterThan(50_000);
  });
});
