// The text-sources convention (issue 18): for each place text can hide beyond plain text nodes (one module each in
// detectors/snapshot/sources/), a bill written only there, after 4,000+ characters of ordinary Japanese, passes the
// gate and is fraud to the engine. The gate and the collector read each source through the same module; a source
// one of them skips is the gap a page gets no badge through. Chromium: tests/browser/invisible-edits.test.ts.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gatePage } from '../../../extension/content/gate';
import { collectSnapshot } from '../../../detectors/snapshot/collect';
import { evaluate } from '../../../detectors/evaluate';
import { ORDINARY, SOURCE_PAGES } from '../../helpers/text-sources';

function open(html: string) {
  const dom = new JSDOM(html, { url: 'https://example.test/', virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

const gate = (doc: Document, closed: ((el: Element) => ShadowRoot | null) | null) =>
  new Promise<boolean>((resolve) => gatePage(doc, [], resolve, closed));

describe('a bill written only in one text source, after a long ordinary article', () => {
  it('the article alone is long, ordinary and stopped by the gate', async () => {
    const doc = open(`<!doctype html><html lang="ja"><body>${ORDINARY}</body></html>`);
    expect(doc.body.textContent!.length).toBeGreaterThan(4000);
    expect(await gate(doc, null)).toBe(false);
    expect(evaluate(collectSnapshot(doc)).verdict).toBe('clean');
  });

  it.each(SOURCE_PAGES.map((p) => [`${p.source}: ${p.label}`, p] as const))('%s: the gate passes it and the engine calls it fraud', async (_, p) => {
    const doc = open(p.html);
    const closed = p.attach?.(doc) ?? null;
    expect(doc.body.textContent!.length, 'the ordinary text is past the gate\'s small-page size').toBeGreaterThan(4000);
    expect(await gate(doc, closed), 'gate').toBe(true);
    const report = evaluate(collectSnapshot(doc, { scriptText: true, closedShadowRoot: closed ?? undefined }));
    expect(report.verdict, `engine: ${report.score} ${report.findings.map((f) => f.id).join(', ')}`).toBe('fraud');
  });
});
