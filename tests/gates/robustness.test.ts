// Hostile input: thousands of generated and mutated documents through snapshot + evaluate. Nothing may throw, each
// document must finish in bounded time, and every snapshot must match its schema.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../detectors/snapshot/collect';
import { evaluate } from '../../detectors/evaluate';
import { PageSnapshotSchema } from '../../detectors/snapshot/schema';
import { normalizeText } from '../../detectors/snapshot/normalize';
import { extractFromBlock, parseJapaneseNumber, type Extracted } from '../../detectors/snapshot/extract';
import { japaneseTextPieces, scriptHints } from '../../detectors/snapshot/script-hints';
import { closeQuietly } from '../../scripts/lib/scan-file';

const ROOT = join(__dirname, '..', '..');
// In jsdom, which is far slower than a browser at DOM access (the extension itself reads huge pages in slices).
const PER_DOCUMENT_MS = 3000;

function check(html: string, limitMs = PER_DOCUMENT_MS): void {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), url: 'https://fuzz.example/' });
  try {
    const start = performance.now();
    const page = collectSnapshot(dom.window.document, { scriptText: true, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) fuzz' });
    const report = evaluate(page);
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(limitMs);
    const parsed = PageSnapshotSchema.safeParse(page);
    if (!parsed.success) throw new Error(`snapshot does not match its schema: ${parsed.error.message.slice(0, 500)}`);
    expect(['fraud', 'suspicious', 'clean']).toContain(report.verdict);
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
    expect(report.errors).toEqual([]);
  } finally {
    closeQuietly(dom);
  }
}

// Pieces fraud pages and broken pages are made of.
const WORDS = [
  '登録完了', '入会', 'ご利用料金', '99,800円', '９９，８００円', '¥150,000', '9万9800円', '3日以内', '本日中', '残り 01:59:58',
  '186-03-6412-0093', '１８６ー０３', 'tel:', 'IPアドレス', '126.33.201.9', 'お客様ID：XV-1', '法的措置', '延滞金', '誤って登録',
  'ウイルスに感染', 'トロイの木馬', '電話してください', '詐欺', '消費生活センター', '\u200B', '\u00AD', '\uFEFF', '\uE000', '\uE001',
  '𠮷', '🙂', '\u0301', '\u202E', '<', '>', '&amp;', '&#x200b;', '"', "'", '`', '${', '\\u767b', '\n', '\t', ' ', '　',
];
const TAGS = ['div', 'p', 'span', 'h1', 'a', 'b', 'table', 'tr', 'td', 'ul', 'li', 'ruby', 'rt', 'blockquote', 'article', 'script', 'style', 'iframe', 'template', 'audio', 'form', 'input', 'br', 'img', 'svg', 'dialog', 'button', 'x-custom'];
const ATTRS = [
  '', ' hidden', ' style="display:none"', ' style="font-size:0"', ' aria-hidden="true"', ' href="tel:18603-1234-5678"', ' href="mailto:a@b.c"',
  ' src="shutter.mp3" autoplay', ' role="heading" aria-level="9"', ' shadowrootmode="open"', ' onbeforeunload="x"', ` title="${'a'.repeat(5000)}"`,
  ' style="color:#d00;font-size:40px"', ' alt="登録完了"', ' srcdoc="<h1>登録完了</h1>"',
];

const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 12 }).map((xs) => xs.join(''));
const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 5 }), fc.boolean()).map(
      ([tag, attrs, children, close]) => `<${tag}${attrs}>${children.join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
})).node;

/** Random damage: cut, repeat or insert a random piece. */
const mutate = (html: string) =>
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('cut', 'repeat', 'insert'), fc.constantFrom(...WORDS, '<div>', '</p>', '<script>', '<!--', ']]>')).map(([a, b, op, piece]) => {
    const i = a % (html.length + 1);
    const j = Math.min(html.length, i + (b % 200));
    if (op === 'cut') return html.slice(0, i) + html.slice(j);
    if (op === 'repeat') return html.slice(0, j) + html.slice(i, j).repeat(3) + html.slice(j);
    return html.slice(0, i) + piece + html.slice(i);
  });

function seedPages(): string[] {
  const pages: string[] = [];
  for (const folder of [join(ROOT, 'tests', 'fixtures', 'fraud'), join(ROOT, 'tests', 'fixtures', 'benign'), join(ROOT, '..', 'shared', 'corpus', 'fraud')]) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder)) if (f.endsWith('.html') && !f.includes('shift-jis')) pages.push(readFileSync(join(folder, f), 'utf8'));
  }
  return pages;
}

describe('hostile documents', () => {
  it('generated documents never break the scan', () => {
    fc.assert(fc.property(tree, (body) => check(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`)), { numRuns: 700, seed: 20261124 });
  }, 300_000);

  it('mutated real pages never break the scan', () => {
    const seeds = seedPages();
    fc.assert(fc.property(fc.constantFrom(...seeds).chain(mutate).chain(mutate), (html) => check(html)), { numRuns: 300, seed: 7 });
  }, 300_000);

  it.each([
    ['a 5 MB text node', () => `<p>${'登録完了ご利用料金99,800円'.repeat(250_000)}</p>`],
    ['thousands of phone-like strings', () => `<p>${Array.from({ length: 20_000 }, (_, i) => `186-03-${1000 + (i % 9000)}-${String(i).padStart(4, '0')}`).join(' ')}</p>`],
    ['3,000 levels of nesting', () => `${'<div><span>'.repeat(1500)}登録完了${'</span></div>'.repeat(1500)}`],
    ['a huge attribute on every element', () => Array.from({ length: 2000 }, () => `<b title="${'x'.repeat(2000)}">円</b>`).join('')],
    ['100,000 empty elements', () => '<i></i>'.repeat(100_000)],
    ['an inline script of 2 MB', () => `<script>var s = "${'ウイルスに感染'.repeat(150_000)}";</script>`],
  ])('finishes on %s', (_, make) => {
    check(`<!doctype html><body>${make()}</body>`, 10_000);
  }, 60_000);
});

describe('text functions on arbitrary strings', () => {
  it('never throw and stay bounded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...WORDS), (s, w) => {
        const input = `${s}${w}${s}`;
        const normal = normalizeText(input);
        expect(normal).not.toMatch(/[\u200B\u00AD\uFEFF\uE001]| {2}|^\s|\s$/); // nothing invisible, no runs of spaces
        const out: Extracted = { phones: [], amounts: [], ips: [], ids: [], deadlines: [], contacts: [] };
        extractFromBlock(normal, 0, out);
        for (const list of Object.values(out)) expect(list.length).toBeLessThanOrEqual(200);
        parseJapaneseNumber(input);
        japaneseTextPieces(input, 1000);
        scriptHints(input, [], []);
      }),
      { numRuns: 5000, seed: 42 },
    );
  });
});
