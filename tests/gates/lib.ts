// What the corpus gates share: the corpora, and the verdict of a page as the scan gives it (srcdoc frames too).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { collectSnapshot } from '../../detectors/snapshot/collect';
import type { WalkBudget } from '../../detectors/snapshot/limits';
import { evaluate } from '../../detectors/evaluate';
import { closeQuietly } from '../../scripts/lib/scan-file';

export const ROOT = join(__dirname, '..', '..');
export const ALL_CORPORA: [string, string][] = [
  ['tests/fixtures', join(ROOT, 'tests', 'fixtures')],
  ...['corpus', 'corpus-real', 'corpus-web'].map((f): [string, string] => [`../shared/${f}`, join(ROOT, '..', 'shared', f)]),
];

export function verdictOf(html: string, budget?: Partial<WalkBudget>): string {
  const dom = new JSDOM(html, { url: 'https://fraud.example/' });
  try {
    const doc = dom.window.document;
    const reports = [evaluate(collectSnapshot(doc, { scriptText: true, budget }))];
    for (const frame of Array.from(doc.querySelectorAll('iframe[srcdoc]'))) reports.push(evaluate(collectSnapshot(new JSDOM(frame.getAttribute('srcdoc')!).window.document, { scriptText: true, budget })));
    return reports.some((r) => r.verdict === 'fraud') ? 'fraud' : reports.some((r) => r.verdict === 'suspicious') ? 'suspicious' : 'clean';
  } finally {
    closeQuietly(dom);
  }
}

/** Said in a skipped test's name: the optional ../shared corpora are not beside this clone. */
export const absent = (folder: string) => (existsSync(folder) ? '' : ` (skipped: ${folder} is not here; it is optional test data)`);
