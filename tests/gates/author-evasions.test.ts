// What the page's own author can write — an advice footer, a banner or title naming the fraud, a testimonial, a
// disclaimer, hidden or visible advice, ten screens of filler — on every labelled fraud page; and the reverse on
// every honest page: a bill quoted inside it, with the advice a real warning gives.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../scripts/lib/labels';
import { htmlText } from '../../scripts/lib/scan-file';
import { FRAUD_MUTATIONS, quoteBill } from '../../scripts/corpus/mutate';
import { billBody, rng } from '../../scripts/corpus/generate';
import { ALL_CORPORA, absent, verdictOf } from './lib';

describe.each(ALL_CORPORA)('the page author\'s evasions on %s', (_, folder) => {
  it.runIf(existsSync(folder))(`leave every fraud page fraud and every honest page clean${absent(folder)}`, async () => {
    const { pages } = await readLabels(folder);
    const missed: string[] = [];
    const quoted = rng(5);
    let checked = 0;
    for (const p of pages) {
      const html = htmlText(readFileSync(p.file));
      if (p.verdict === 'fraud') {
        if (verdictOf(html) !== 'fraud') continue; // the browser's job (bills that appear only when scripts run)
        for (const m of FRAUD_MUTATIONS) {
          // The small form where there is one (the same caps crossed at a tenth of the size; Chromium reads full size).
          const verdict = m.small ? verdictOf(m.small.apply(html), m.small.budget) : verdictOf(m.apply(html));
          if (verdict !== 'fraud') missed.push(`${p.page} ${m.name}: ${verdict}`);
          checked++;
          await new Promise((r) => setImmediate(r));
        }
      } else {
        const verdict = verdictOf(quoteBill(html, billBody(quoted)));
        if (verdict !== 'clean') missed.push(`${p.page} quoted-bill: ${verdict}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(missed).toEqual([]);
  }, 300_000);
});
