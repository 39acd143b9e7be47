// Test helpers: build a snapshot or a report from an HTML string, the way the scan CLI does (jsdom, no scripts).
import { JSDOM } from 'jsdom';
import { closeQuietly } from '../../scripts/lib/scan-file';
import { collectSnapshot, type CollectOptions } from '../../detectors/snapshot/collect';
import { evaluate } from '../../detectors/evaluate';
import type { Behaviour, PageSnapshot } from '../../detectors/snapshot/schema';
import type { Detector } from '../../detectors/define';

/** A page from a body fragment (or a whole document when it starts with <!doctype or <html). */
export function pageOf(html: string, options: CollectOptions = {}): PageSnapshot {
  const whole = /^\s*<(?:!doctype|html)/i.test(html);
  const dom = new JSDOM(whole ? html : `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title></title></head><body>${html}</body></html>`, {
    url: 'https://example.test/page.html',
  });
  try {
    return collectSnapshot(dom.window.document, { scriptText: true, ...options });
  } finally {
    closeQuietly(dom);
  }
}

export const reportOf = (html: string, options: CollectOptions = {}) => evaluate(pageOf(html, options));

/** Runs one detector on a page; null when it stays silent. */
export const detect = (detector: Detector, html: string, options: CollectOptions = {}) => detector.detect(pageOf(html, options));

export function runtime(type: Behaviour['type'], gesture: boolean | null = false, count = 1, detail: string = type): Behaviour {
  return { type, source: 'runtime', gesture, count, detail };
}

/** All evidence values of a finding, flattened. */
export const values = (finding: { evidence: { values: string[] }[] } | null): string[] => finding?.evidence.flatMap((e) => e.values) ?? [];
export const keys = (finding: { evidence: { key: string }[] } | null): string[] => finding?.evidence.map((e) => e.key) ?? [];
