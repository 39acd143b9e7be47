// Scanning saved pages in Node: HTML file → jsdom Document (scripts never run, nothing is fetched) → snapshot →
// detectors → report. Shared by the scan and eval commands.
import { readFile, stat, readdir } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { collectSnapshot } from '../../detectors/snapshot/collect';
import { evaluate, worstReport, type Report } from '../../detectors/evaluate';
import type { PageSnapshot } from '../../detectors/snapshot/schema';
import type { WalkBudget } from '../../detectors/snapshot/limits';
import { holdsSignals, textBesideTheDom } from '../../extension/content/gate';
import { decodeHtml, hasUtf16Bom } from './html-encoding';

export { decodeHtml, htmlText } from './html-encoding';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_FRAME_DEPTH = 2;
const MAX_FRAMES = 10;

export class ScanError extends Error {}

export interface ScannedPage extends Scanned {
  file: string;
}

interface Scanned {
  report: Report;
  snapshot: PageSnapshot;
  /** The snapshot of every document read: the page's, then its frames' (depth first). */
  documents: PageSnapshot[];
  /**
   * A document of the page (the page or one of its frames) that the engine flags but that the content script's
   * gate would not let the engine see: a word the detectors read that the gate ignores.
   */
  ungated: boolean;
}

/** Reads and scans one HTML file, following its local iframes (a billing screen is often framed). */
export async function scanFile(file: string): Promise<ScannedPage> {
  const path = resolve(file);
  const html = await readHtml(path, file);
  return { file, ...(await scanHtml(html, path, 0, { frames: 0 })) };
}

/**
 * Scans HTML held in memory (a generated page) as if it were a file of that name; srcdoc frames are followed.
 * `walk`: smaller walk caps than the real ones (a page built to cross them at a tenth of the size).
 */
export async function scanHtmlText(html: string, name = 'generated.html', walk?: Partial<WalkBudget>): Promise<Scanned> {
  return scanHtml(html, resolve(name), 0, { frames: 0 }, walk);
}

async function readHtml(path: string, shown: string): Promise<Buffer | string> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ScanError(code === 'ENOENT' ? `no such file: ${shown}` : `cannot read ${shown}: ${code ?? String(error)}`);
  }
  if (info.isDirectory()) throw new ScanError(`${shown} is a folder with no .html files`);
  if (!HTML_EXTENSIONS.has(extname(path).toLowerCase())) throw new ScanError(`not an HTML file (expected .html or .htm): ${shown}`);
  if (info.size > MAX_FILE_BYTES) throw new ScanError(`file too large (${info.size} bytes, limit ${MAX_FILE_BYTES}): ${shown}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ScanError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.subarray(0, 8192).includes(0) && !hasUtf16Bom(bytes)) throw new ScanError(`not HTML text (binary content): ${shown}`);
  return decodeHtml(bytes);
}

async function scanHtml(html: Buffer | string, path: string, depth: number, budget: { frames: number }, walk?: Partial<WalkBudget>): Promise<Scanned> {
  // A silent console: the page's own markup errors are not our output.
  const dom = new JSDOM(html, { url: pathToFileURL(path).href, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const snapshot = collectSnapshot(doc, { scriptText: true, budget: walk });
    const reports = [evaluate(snapshot)];
    const documents = [snapshot];
    // The gate's words, without its small-page shortcut (small pages always pass; that must not hide a gap).
    let ungated = reports[0]!.verdict !== 'clean' && !holdsSignals(`${doc.title}\n${doc.body?.textContent ?? ''}\n${textBesideTheDom(doc)}`);
    if (depth < MAX_FRAME_DEPTH) {
      for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
        if (budget.frames >= MAX_FRAMES) break;
        const framed = await frameSource(frame, path);
        if (framed === null) continue;
        budget.frames++;
        const frameScan = await scanHtml(framed.html, framed.path, depth + 1, budget, walk);
        reports.push(frameScan.report);
        documents.push(...frameScan.documents);
        ungated ||= frameScan.ungated;
      }
    }
    return { report: worstReport(reports), snapshot, documents, ungated };
  } finally {
    closeQuietly(dom);
  }
}

/** jsdom tears a document down recursively; on a very deep page that overflows, and the page is done with anyway. */
export function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // nothing left to release that the garbage collector will not
  }
}

/** srcdoc, or a relative src that names an HTML file on disk; never a URL to another host. */
async function frameSource(frame: Element, parentPath: string): Promise<{ html: string | Buffer; path: string } | null> {
  const srcdoc = frame.getAttribute('srcdoc');
  if (srcdoc) return { html: srcdoc, path: parentPath };
  const src = (frame.getAttribute('src') ?? '').split(/[?#]/)[0] ?? '';
  if (!src || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return null;
  let decoded = src;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    return null;
  }
  const path = resolve(dirname(parentPath), decoded);
  try {
    return { html: await readHtml(path, path), path };
  } catch {
    return null; // a missing frame is the page's problem, not a scan error
  }
}

/** Expands folders to the .html files inside them (sorted, recursively); files are kept as given. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      // a missing path is reported by scanFile with a clear message
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const found = await htmlFilesIn(input);
    if (found.length === 0) files.push(input);
    files.push(...found);
  }
  return files;
}

async function htmlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await htmlFilesIn(path)));
    else if (HTML_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(path);
  }
  return out;
}
