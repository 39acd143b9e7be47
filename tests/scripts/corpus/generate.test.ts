import { describe, expect, it } from 'vitest';
import { FRAUD_FAMILIES, HONEST_FAMILIES, generateCorpus } from '../../../scripts/corpus/generate';
import { FRAUD_MUTATIONS, PADDING_CHARS, quoteBill } from '../../../scripts/corpus/mutate';
import { DEFAULT_PER_FAMILY, generatedSet, sampleSet } from '../../../scripts/corpus/set';

describe('the generated corpus', () => {
  it('is the same for the same seed and different for another', () => {
    const a = generateCorpus(7, 3).map((p) => p.html);
    expect(generateCorpus(7, 3).map((p) => p.html)).toEqual(a);
    expect(generateCorpus(8, 3).map((p) => p.html)).not.toEqual(a);
  });

  it('holds at least 500 pages on each side across at least 10 families each', () => {
    const pages = generateCorpus(undefined, DEFAULT_PER_FAMILY);
    expect(FRAUD_FAMILIES.length).toBeGreaterThanOrEqual(10);
    expect(HONEST_FAMILIES.length).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.verdict === 'fraud').length).toBeGreaterThanOrEqual(500);
    expect(pages.filter((p) => p.verdict === 'clean').length).toBeGreaterThanOrEqual(500);
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
  });

  it('varies within a family (no family is one page repeated)', () => {
    for (const family of [...FRAUD_FAMILIES, ...HONEST_FAMILIES]) {
      const htmls = generateCorpus(1, 10).filter((p) => p.family === family).map((p) => p.html);
      expect(new Set(htmls).size, family).toBeGreaterThan(5);
    }
  });

  it('applies every evasion to every fraud page and the reverse to every honest page', () => {
    const variants = [...generatedSet(3, 1)];
    const fraud = variants.filter((v) => v.verdict === 'fraud');
    const honest = variants.filter((v) => v.verdict === 'clean');
    expect(fraud).toHaveLength(FRAUD_FAMILIES.length * (FRAUD_MUTATIONS.length + 1));
    expect(honest).toHaveLength(HONEST_FAMILIES.length * 2);
    for (const v of variants.filter((x) => x.mutation !== '')) {
      const base = variants.find((x) => x.id === v.id.slice(0, v.id.lastIndexOf('.')))!;
      expect(v.html(), v.id).not.toBe(base.html());
    }
  });

  it('pads with more visible text than the snapshot reads in full', () => {
    const pad = FRAUD_MUTATIONS.find((m) => m.name === 'padding-before-bill')!;
    const html = pad.apply('<html><head><title>t</title></head><body><h1>登録完了</h1></body></html>');
    expect(html.replace(/<[^>]+>/g, '').length).toBeGreaterThan(PADDING_CHARS);
    expect(html.indexOf('登録完了')).toBeGreaterThan(PADDING_CHARS);
  });

  it('quotes a bill inside an honest page with the advice a real warning gives', () => {
    const html = quoteBill('<html><body><p>本文</p></body></html>', '<h1>登録完了</h1>');
    expect(html).toMatch(/<blockquote><h1>登録完了<\/h1><\/blockquote>/);
    expect(html).toContain('188');
  });

  it('samples every family and every mutation for the browser', () => {
    const sample = sampleSet(100);
    expect(sample.length).toBeGreaterThanOrEqual(100);
    expect(new Set(sample.map((v) => v.family))).toEqual(new Set([...FRAUD_FAMILIES, ...HONEST_FAMILIES]));
    expect(new Set(sample.map((v) => v.mutation)).size).toBe(FRAUD_MUTATIONS.length + 2);
    expect(sampleSet(100).map((v) => v.id)).toEqual(sample.map((v) => v.id));
  });
});
