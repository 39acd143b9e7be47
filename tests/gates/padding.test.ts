// The small padded page (scripts/corpus/mutate.ts) stands in for the full one in the jsdom runs: it must cross the
// small caps the way the full page crosses the real ones. A size test (the full page is 420,000 characters).
import { describe, expect, it } from 'vitest';
import { FRAUD_MUTATIONS, SMALL_BUDGET } from '../../scripts/corpus/mutate';
import { generatedSet } from '../../scripts/corpus/set';
import { scanHtmlText } from '../../scripts/lib/scan-file';

describe('the padded page, full size and small', () => {
  it('has a small padded page that crosses the small caps the way the full one crosses the real caps', async () => {
    const pad = FRAUD_MUTATIONS.find((m) => m.name === 'padding-before-bill')!;
    const page = [...generatedSet(5, 1)].find((v) => v.family === 'pc-classic' && v.mutation === '')!;
    const full = await scanHtmlText(pad.apply(page.html()));
    const small = await scanHtmlText(pad.small!.apply(page.html()), 'small.html', pad.small!.budget);
    const withoutPadding = await scanHtmlText(page.html(), 'plain.html', pad.small!.budget);
    expect(withoutPadding.snapshot.stats.truncated, 'the page alone stays within the small caps').toBe(false);
    expect([full.snapshot.stats.truncated, small.snapshot.stats.truncated]).toEqual([true, true]);
    expect([full.report.verdict, small.report.verdict]).toEqual(['fraud', 'fraud']);
    expect(small.snapshot.blocks.length).toBeLessThanOrEqual(SMALL_BUDGET.blocks);
  });
});
