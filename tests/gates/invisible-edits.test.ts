// Every fraud page, edited in ways that change nothing on screen (issue 18's one-edit evasions), is still caught by
// the scan. The same edits run in Chromium on a sample (tests/browser/invisible-edits.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../scripts/lib/labels';
import { decodeHtml } from '../../scripts/lib/scan-file';
import { BROWSER_ONLY_EDITS, INVISIBLE_EDITS } from '../../scripts/corpus/invisible-edits';
import { ROOT, absent, verdictOf } from './lib';

function edited(html: string, edit: (doc: Document) => void): string {
  const dom = new JSDOM(html);
  edit(dom.window.document);
  return dom.serialize();
}

describe.each([
  ['tests/fixtures', join(ROOT, 'tests', 'fixtures'), 3],
  ['../shared/corpus', join(ROOT, '..', 'shared', 'corpus'), 3],
])('fraud pages of %s with an invisible edit', (_, folder, every) => {
  it.runIf(existsSync(folder))(`are all still caught${absent(folder)}`, async () => {
    const { pages } = await readLabels(folder);
    const missed: string[] = [];
    let checked = 0;
    // What is painted over what needs layout: those edits are the browser tests' (tests/browser/invisible-edits.test.ts).
    const edits = Object.entries(INVISIBLE_EDITS).filter(([name]) => !BROWSER_ONLY_EDITS.has(name));
    for (const [n, p] of pages.filter((x) => x.verdict === 'fraud').entries()) {
      const decoded = decodeHtml(readFileSync(p.file));
      const html = typeof decoded === 'string' ? decoded : new TextDecoder().decode(decoded);
      if (verdictOf(html) !== 'fraud') continue; // pages that need a real browser are the browser tests' job
      for (const [e, [name, edit]] of edits.entries()) {
        // Every third edit, rotating by page: each edit still meets a third of the pages (over 30 edits, the whole
        // set took a minute of npm test's ten).
        if ((n + e) % every !== 0) continue;
        checked++;
        const verdict = verdictOf(edited(html, edit));
        if (verdict !== 'fraud') missed.push(`${p.page} · ${name}: ${verdict}`);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(missed).toEqual([]);
  }, 120_000);
});
