// The differential test of the visible text (issue 18, docs/visible-text.md): what the engine reads of a page
// against what Chromium draws of it, and what the scan (jsdom) reads against Chromium, measured as character
// 3-gram recall and precision. Used by scripts/eval-browser.ts inside its Chromium run (no extra browser).
import { join } from 'node:path';
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import { normalizeText } from '../../detectors/snapshot/normalize';
import type { PageSnapshot } from '../../detectors/snapshot/schema';

/** Recall and precision each at least this (see docs/visible-text.md for why 0.90). */
export const TEXT_TOLERANCE = 0.9;

/** One page's text as each reader has it, one string per block, line or frame (their boundaries are not compared). */
export interface PageTexts {
  /** The engine's snapshot blocks in Chromium, every frame. */
  engine: string[];
  /** Chromium's innerText of every frame and every shadow root. */
  rendered: string[];
  /** Frames read (the top document counts as one). */
  frames: number;
  /** The collector stopped reading everything at a cap in some frame. */
  truncated: boolean;
}

export interface Agreement {
  recall: number;
  precision: number;
  /** What the rendered text has that the reader lacks, and the reverse: the longest runs, shortened. */
  missing: string[];
  extra: string[];
  /** The 3-grams only Chromium renders, and only the reader reads (with their counts). */
  renderedOnly: Map<string, number>;
  readerOnly: Map<string, number>;
  /** Below the tolerance: where the differing text lies (explain()), and whether that is a known disagreement. */
  reason?: { text: string; known: boolean };
}

let bundle: Promise<string> | null = null;

/** The in-page reader (visible-text-entry.ts) as one script, built once per run. */
function readerSource(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(import.meta.dirname, 'visible-text-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
  }).then((r) => `${r.outputFiles[0]!.text}\n;globalThis.__ocgVisibleText()`);
  return bundle;
}

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

/**
 * Reads the page's texts in the isolated world our content script runs in, in every frame of the tab's process
 * (same-origin frames, srcdoc and about:blank ones): there the collector sees exactly what the engine sees.
 * `explainIf` is given the texts; when it says so, the page's sources of differing text (explain() in
 * visible-text-entry.ts) are read too, before the page can change.
 */
export async function readPageTexts(
  page: Page,
  extensionId: string,
  explainIf: (texts: PageTexts) => boolean = () => false,
): Promise<{ texts: PageTexts; sources: Record<string, string[]> | null }> {
  const source = await readerSource();
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const worlds = new Map<string, number>();
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => {
      if (context.origin === `chrome-extension://${extensionId}` && context.auxData?.type === 'isolated' && context.auxData.frameId) {
        worlds.set(context.auxData.frameId, context.id);
      }
    });
    // Every existing context is reported before Runtime.enable returns.
    await cdp.send('Runtime.enable');
    const texts: PageTexts = { engine: [], rendered: [], frames: 0, truncated: false };
    for (const contextId of worlds.values()) {
      const r = await cdp.send('Runtime.evaluate', { expression: source, contextId, returnByValue: true }).catch(() => null);
      const value = r?.result.value as { engine: string[]; rendered: string[]; truncated: boolean } | undefined;
      if (!value) continue; // a frame that went away meanwhile
      texts.engine.push(...value.engine);
      texts.rendered.push(...value.rendered);
      texts.truncated ||= value.truncated;
      texts.frames++;
    }
    if (texts.frames === 0 || !explainIf(texts)) return { texts, sources: null };
    const sources: Record<string, string[]> = {};
    for (const contextId of worlds.values()) {
      const r = await cdp.send('Runtime.evaluate', { expression: 'globalThis.__ocgExplain()', contextId, returnByValue: true }).catch(() => null);
      for (const [kind, list] of Object.entries((r?.result.value ?? {}) as Record<string, string[]>)) (sources[kind] ??= []).push(...list);
    }
    return { texts, sources };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The scan's text: blocks of every document (the page and its frames), inline scripts' literals left out. */
export interface ScannedText {
  blocks: string[];
  truncated: boolean;
}

export function snapshotText(snapshots: readonly PageSnapshot[]): ScannedText {
  return { blocks: snapshots.flatMap((s) => s.blocks.filter((b) => !b.script).map((b) => b.text)), truncated: snapshots.some((s) => s.stats.truncated) };
}

/**
 * The text compared, as one run of characters in reading order: the engine's own normalisation (NFKC, invisible
 * characters out, the same spellings) applied to both sides, then every whitespace removed — where a line or block
 * ends is layout, and innerText's rules for it (blank lines, tabs between cells) are not the engine's blocks.
 */
function comparable(pieces: readonly string[]): string[][] {
  return [Array.from(pieces.map((p) => normalizeText(p).replace(/\s+/g, '')).join(''))];
}

function grams(pieces: readonly string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const chars of pieces) {
    for (let i = 0; i + 3 <= chars.length; i++) {
      const g = chars[i]! + chars[i + 1]! + chars[i + 2]!;
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  }
  return counts;
}

function total(m: Map<string, number>): number {
  let n = 0;
  for (const c of m.values()) n += c;
  return n;
}

/** The longest runs of `pieces` that no 3-gram of `other` covers, shortened for a report line. */
function uncovered(pieces: readonly string[][], other: Map<string, number>, count = 3): string[] {
  const runs: string[] = [];
  for (const chars of pieces) {
    const covered = new Array<boolean>(chars.length).fill(false);
    for (let i = 0; i + 3 <= chars.length; i++) {
      if (other.has(chars[i]! + chars[i + 1]! + chars[i + 2]!)) covered[i] = covered[i + 1] = covered[i + 2] = true;
    }
    let start = -1;
    for (let i = 0; i <= chars.length; i++) {
      if (i < chars.length && !covered[i]) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        if (i - start >= 3) runs.push(chars.slice(start, i).join(''));
        start = -1;
      }
    }
  }
  runs.sort((a, b) => b.length - a.length);
  return runs.slice(0, count).map((r) => (r.length > 40 ? `${r.slice(0, 39)}…(${r.length})` : r));
}

/**
 * Character 3-gram recall (of Chromium's rendered text, the share the reader has) and precision (of the reader's
 * text, the share Chromium renders), counted with multiplicity: text read twice, or rendered twice and read once,
 * counts. Both 1 when both sides are empty.
 */
export function agreement(reader: readonly string[], rendered: readonly string[]): Agreement {
  const a = comparable(reader);
  const b = comparable(rendered);
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  const na = total(ga);
  const nb = total(gb);
  return {
    recall: nb === 0 ? 1 : common / nb,
    precision: na === 0 ? 1 : common / na,
    missing: uncovered(b, ga),
    extra: uncovered(a, gb),
    renderedOnly: difference(gb, ga),
    readerOnly: difference(ga, gb),
  };
}

function difference(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [g, n] of a) if (n > (b.get(g) ?? 0)) out.set(g, n - (b.get(g) ?? 0));
  return out;
}

export type Reader = 'engine' | 'scan';

/**
 * The places text lies that one reader takes and the other leaves by design, as explain() finds them in the page,
 * with the reason (docs/visible-text.md, "Known disagreements"). Keyed by explain()'s kinds.
 */
export const KNOWN_SOURCES: Record<string, { name: string; engine: string; scan: string }> = {
  labels: { name: 'image labels', engine: 'the engine reads what images say (alt, title, aria-label, the words an SVG data: image draws); innerText has no text for an image', scan: 'the scan reads what images say (alt, title, aria-label, the words an SVG data: image draws); innerText has no text for an image' },
  controls: { name: 'form fields', engine: "the engine reads fields' values and placeholders, innerText a select's or datalist's options", scan: "the scan reads fields' values and placeholders, innerText a select's or datalist's options" },
  generated: { name: 'generated content', engine: '::before/::after text: the engine reads it, innerText leaves it out', scan: '::before/::after text: the scan reads it, innerText leaves it out' },
  ruby: { name: 'ruby', engine: 'ruby: innerText includes the <rt>/<rp> reading, the engine reads the base text', scan: 'ruby: innerText includes the <rt>/<rp> reading, the scan reads the base text' },
  hidden: { name: 'hidden text', engine: 'text that is not drawn (display:none, visibility, zero size) without any signal word: the engine does not spend a visibility check on it, as it cannot change a verdict', scan: 'text hidden by layout or by scripts: the scan has no layout and runs no script' },
  transparent: { name: 'transparent text', engine: 'opacity 0 (fade-in effects that wait for a scroll): innerText includes it, the engine counts it as not drawn', scan: 'opacity 0 (fade-in effects that wait for a scroll): innerText includes it, the scan counts it as not drawn' },
  offscreen: { name: 'off-screen text', engine: 'text placed off the page or clipped to nothing: innerText includes it, the engine drops it', scan: 'text placed off the page or clipped to nothing: innerText includes it, the scan drops it' },
  capped: {
    name: 'past the caps',
    engine: 'the engine stopped reading everything at a cap (400,000 characters, 200,000 elements): past it only blocks with signal words are kept',
    scan: 'the scan stopped reading everything at a cap (400,000 characters, 200,000 elements): past it only blocks with signal words are kept',
  },
  order: {
    name: 'text order',
    engine: 'the same text in another order: generated text or shadow-root text between the pieces changes only the 3-grams at the seams',
    scan: 'the same text in another order: generated text or shadow-root text between the pieces changes only the 3-grams at the seams',
  },
  scripted: { name: 'written by scripts', engine: '', scan: "the page's scripts write, show or change text in Chromium; the scan runs none" },
  frames: { name: 'frames', engine: 'a frame Chromium reads in another process, or the first words of a frame of the page\'s origin the engine reads where it stands', scan: 'a frame the scan reads and Chromium draws elsewhere' },
};

/** Pages whose disagreement explain() cannot place, each with the reason found by looking at the page. */
export const KNOWN_PAGES: readonly { name: RegExp; reason: string }[] = [
  {
    name: /corpus-web\/benign\/koshokai__/,
    reason: 'the page animates as it is read: menus and cards fade in and out (opacity and visibility mid-transition, accordions of height 0), so no one state holds for both readers',
  },
];

/** Known when these kinds account for at least this share of the 3-grams on each side that falls short. */
export const EXPLAINED_SHARE = 0.5;

/** The share of `only` (3-grams one side has) that each kind of source holds, largest first. */
function attribute(only: Map<string, number>, sources: Record<string, string[]>): { kind: string; share: number }[] {
  let all = 0;
  for (const n of only.values()) all += n;
  if (all === 0) return [];
  const left = new Map(only);
  const shares: { kind: string; share: number }[] = [];
  for (const kind of Object.keys(KNOWN_SOURCES)) {
    const g = grams(comparable(sources[kind] ?? []));
    let n = 0;
    for (const [gram, count] of left) {
      if (!g.has(gram)) continue;
      n += count;
      left.delete(gram);
    }
    if (n > 0) shares.push({ kind, share: n / all });
  }
  return shares.sort((x, y) => y.share - x.share);
}

/** Names where the differing text lies, and whether that is all known (see KNOWN_SOURCES, EXPLAINED_SHARE). */
export function explainDisagreement(reader: Reader, a: Agreement, sources: Record<string, string[]>, truncated: boolean): { text: string; known: boolean } {
  const parts: string[] = [];
  const reasons = new Set<string>();
  let known = true;
  for (const [side, only, short] of [[reader, a.readerOnly, a.precision < TEXT_TOLERANCE], ['Chromium', a.renderedOnly, a.recall < TEXT_TOLERANCE]] as const) {
    if (!short) continue;
    const shares = attribute(only, sources);
    let explained = shares.reduce((sum, s) => sum + s.share, 0);
    // What the scan lacks on a page whose scripts run: they wrote it (or showed it) in Chromium.
    // No run of three characters differs: the same text, only the seams between pieces are not the same.
    const seams = (side === 'Chromium' ? a.missing : a.extra).length === 0 && 'order';
    const rest = seams || (reader === 'scan' && (sources.scripted?.length ?? 0) > 0 && 'scripted') || (truncated && 'capped');
    if ((side === 'Chromium' || seams) && rest && explained < 1) {
      shares.push({ kind: rest, share: 1 - explained });
      explained = 1;
    }
    if (explained < EXPLAINED_SHARE) known = false;
    parts.push(`${side} only: ${shares.map((s) => `${KNOWN_SOURCES[s.kind]!.name} ${Math.round(s.share * 100)}%`).join(', ') || 'no known source'}`);
    for (const s of shares) if (s.share >= 0.1) reasons.add(KNOWN_SOURCES[s.kind]![reader]);
  }
  return { text: `${parts.join('; ')}${reasons.size > 0 ? ` — ${[...reasons].join('; ')}` : ''}`, known };
}

/**
 * The engine's text in Chromium against Chromium's own, and the scan's (`scanned`, static pages) against it;
 * below the tolerance, where the difference lies. Null when the page could not be read.
 */
export async function comparePageText(page: Page, extensionId: string, name: string, scanned: ScannedText | null): Promise<Partial<Record<Reader, Agreement>> | null> {
  let result: Partial<Record<Reader, Agreement>> = {};
  const { texts, sources } = await readPageTexts(page, extensionId, (t) => {
    result = { engine: agreement(t.engine, t.rendered), ...(scanned ? { scan: agreement(scanned.blocks, t.rendered) } : {}) };
    return Object.values(result).some((a) => !passes(a));
  });
  if (texts.frames === 0) return null;
  for (const [reader, a] of Object.entries(result) as [Reader, Agreement][]) {
    if (passes(a)) continue;
    a.reason = explainDisagreement(reader, a, sources ?? {}, reader === 'engine' ? texts.truncated : scanned?.truncated === true);
    const page = KNOWN_PAGES.find((k) => k.name.test(name));
    if (page && !a.reason.known) a.reason = { text: `${a.reason.text} — ${page.reason}`, known: true };
  }
  return result;
}

export const passes = (a: Agreement) => a.recall >= TEXT_TOLERANCE && a.precision >= TEXT_TOLERANCE;

/** min / median / count of a list of figures, for the summary. */
export function spread(values: readonly number[]): string {
  if (values.length === 0) return 'none';
  const sorted = [...values].sort((x, y) => x - y);
  const median = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return `min ${sorted[0]!.toFixed(3)}, median ${median.toFixed(3)}`;
}
