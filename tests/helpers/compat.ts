// What a built package uses (extension APIs read from its JavaScript, manifest keys from its manifest.json) and
// whether a browser supports it, from MDN's browser-compat-data (BCD). Shared by the compatibility gate and the
// Android-surface test, which removes from its stub browser what BCD says Firefox for Android lacks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { CompatData, CompatStatement, Identifier, SimpleSupportStatement } from '@mdn/browser-compat-data';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export type BrowserName = 'chrome' | 'edge' | 'firefox' | 'firefox_android';
export interface Target {
  browser: BrowserName;
  /** The lowest version the package declares it runs on (or, with none declared, BCD's current release). */
  version: string;
  /** Where the version came from, for messages. */
  from: string;
}

// Parsed as plain JSON: through the test runner's module transform the 20 MB file takes a minute to import.
const bcd = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@mdn/browser-compat-data'), 'utf8')) as CompatData;
const API = bcd.webextensions.api as Record<string, Identifier>;
const MANIFEST = bcd.webextensions.manifest as Record<string, Identifier>;
/** Every namespace BCD knows (runtime, tabs, storage, dom…): the names a member chain is matched against. */
export const NAMESPACES = Object.keys(API);

/** The sources whose change makes a build stale. */
const SOURCE_DIRS = ['entrypoints', 'extension', 'ui', 'model', 'detectors', 'locales', 'public'];

/**
 * The built package's folder, or a failure saying how to make it: these tests read what ships, and a missing or
 * older-than-its-sources build would let them pass on code that is not the code under test.
 */
export function builtPackage(name: 'chrome-mv3' | 'firefox-mv3'): string {
  const dir = join(ROOT, '.output', name);
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`${relative(ROOT, dir)} is missing: run \`npm run build\` first (npm test builds before this step)`);
  const built = statSync(manifest).mtimeMs;
  const newer = SOURCE_DIRS.flatMap((d) => filesUnder(join(ROOT, d))).filter((f) => statSync(f).mtimeMs > built + 1000);
  if (newer.length > 0) throw new Error(`${relative(ROOT, dir)} is older than ${relative(ROOT, newer[0]!)} (and ${newer.length - 1} more): run \`npm run build\` again`);
  return dir;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** The package's JavaScript files, relative to it; MAIN-world content scripts apart (no extension API reaches them). */
export function scriptsOf(dir: string): { extension: string[]; mainWorld: string[] } {
  const manifest = readManifest(dir) as { content_scripts?: { js?: string[]; world?: string }[] };
  const mainWorld = (manifest.content_scripts ?? []).filter((c) => c.world === 'MAIN').flatMap((c) => c.js ?? []);
  const all = filesUnder(dir).filter((f) => f.endsWith('.js')).map((f) => relative(dir, f));
  return { extension: all.filter((f) => !mainWorld.includes(f)), mainWorld };
}

/** A built file's name without the content hash Vite adds to chunks (chunks/options-Dd40xKjI.js → chunks/options.js). */
export const stableName = (file: string) => file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');

export interface ApiUse {
  /** Dotted path below webextensions.api, as deep as BCD describes it (storage.local.get, dom). */
  api: string;
  file: string;
}

/**
 * Extension API member chains in minified JavaScript. The bundler renames the `browser` object (`o.runtime.sendMessage`,
 * `globalThis.chrome?.dom`), so a chain is matched on what follows any object: `.<namespace>.<member>`, for every
 * namespace BCD knows. Where the object is literally `browser`/`chrome` the chain is the extension API whatever
 * follows (a member BCD does not know is reported as such). Where it is another name, the chain counts only when
 * its member is one BCD lists for that namespace, so `window.history.pushState` or `location.search` are not taken
 * for the history and search APIs. The polyfill needs no exception: its table of methods is an object literal (not
 * member chains), and the chains it does use (runtime.id, runtime.lastError, runtime.onMessage…) are checked
 * like ours — it ships in both packages, so what it touches must exist too. Not seen: destructuring
 * (`const { tabs } = browser`) and computed access (`browser[name]`); the code base uses neither, and the
 * Android-surface test loads the real bundle, which would meet such a use at run time.
 */
export function apiUses(source: string, file: string): ApiUse[] {
  const chain = new RegExp(String.raw`([\w$]+)\??\.(${NAMESPACES.join('|')})(?![\w$])((?:\??\.[\w$]+){0,2})`, 'g');
  const uses: ApiUse[] = [];
  for (const m of source.matchAll(chain)) {
    const [, object, namespace, rest] = m as unknown as [string, string, string, string];
    const members = rest.split(/\??\./).filter(Boolean);
    const literal = object === 'browser' || object === 'chrome';
    const known = members.length > 0 && Object.hasOwn(API[namespace]!, members[0]!);
    if (!literal && !known) continue;
    // As deep as BCD goes: storage.local.get, runtime.onMessage (its addListener is not a feature of its own).
    let path = namespace;
    let node = API[namespace] as Identifier;
    for (const member of members) {
      if (member === '__compat' || !Object.hasOwn(node, member)) break;
      node = node[member] as Identifier;
      path += `.${member}`;
    }
    if (literal && members.length > 0 && path === namespace) path += `.${members[0]}`; // unknown to BCD: reported below
    uses.push({ api: path, file });
  }
  return uses;
}

/** The compat node at a dotted path below a root, or null when BCD does not describe it. */
export function nodeAt(root: Identifier, path: string): Identifier | null {
  let node: Identifier | undefined = root;
  for (const key of path.split('.')) {
    if (!node || key === '__compat' || !Object.hasOwn(node, key)) return null;
    node = node[key] as Identifier;
  }
  return node ?? null;
}

export const apiNode = (path: string) => nodeAt(API as unknown as Identifier, path);
export const manifestNode = (path: string) => nodeAt(MANIFEST as unknown as Identifier, path);

/** Compares dotted release numbers ("140.0" with "128"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export type Verdict = { supported: true } | { supported: false; why: string };

/**
 * Whether one BCD support statement holds at `version`. Only a plain release number (or a range "≤N", which says
 * it was there by N at the latest) proves support. `true` and `null` say nothing about the version we target;
 * "preview" is not a release; `false` is no. A flag is off for real users; an alternative name or prefix is not the
 * name our code calls; `partial_implementation` is treated as missing (a justified exception says why it is not).
 */
export function statementHolds(s: SimpleSupportStatement, version: string): Verdict {
  // Older BCD releases also wrote true and null; the types no longer list them.
  const added = s.version_added as string | boolean | null | undefined;
  if (added === false) return { supported: false, why: 'not supported (version_added: false)' };
  if (added === true || added === null || added === undefined) return { supported: false, why: `support at an unknown version (version_added: ${String(added)})` };
  if (added === 'preview') return { supported: false, why: 'only in preview builds' };
  const first = added.replace(/^≤/, '');
  if (compareVersions(first, version) > 0) return { supported: false, why: `added in ${added}, after ${version}` };
  if (typeof s.version_removed === 'string' && s.version_removed !== 'preview' && compareVersions(s.version_removed, version) <= 0) return { supported: false, why: `removed in ${s.version_removed}` };
  if (s.flags?.length) return { supported: false, why: `behind a flag (${s.flags.map((f) => f.name).join(', ')})` };
  if (s.alternative_name || s.prefix) return { supported: false, why: `only as ${s.alternative_name ?? `${s.prefix}…`}` };
  if (s.partial_implementation) return { supported: false, why: `partial implementation${s.notes ? `: ${[s.notes].flat().join(' ').replace(/<[^>]+>/g, '')}` : ''}` };
  return { supported: true };
}

/** Whether a compat statement holds for a browser at a version: any one of its statements that holds is enough. */
export function supports(compat: CompatStatement | undefined, browser: BrowserName, version: string): Verdict {
  const entry = compat?.support[browser];
  if (!entry) return { supported: false, why: `BCD has no data for ${browser}` };
  const verdicts = [entry].flat().map((s) => statementHolds(s, version));
  return verdicts.find((v) => v.supported) ?? verdicts[0]!;
}

/**
 * A feature at a dotted path holds only when every level above it holds too (storage.managed.get needs
 * storage.managed, which Firefox for Android lacks as a whole).
 */
export function supportsPath(root: 'api' | 'manifest', path: string, browser: BrowserName, version: string): Verdict {
  const parts = path.split('.');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('.');
    const node = root === 'api' ? apiNode(prefix) : manifestNode(prefix);
    if (!node) return { supported: false, why: `BCD does not describe webextensions.${root}.${prefix}` };
    if (!node.__compat) continue; // a grouping level without data of its own
    const v = supports(node.__compat, browser, version);
    if (!v.supported) return i === parts.length ? v : { supported: false, why: `${prefix}: ${v.why}` };
  }
  return { supported: true };
}

/** BCD's current release of a browser (the target when a package declares no minimum for it). */
export function currentRelease(browser: BrowserName): string {
  const releases = Object.entries(bcd.browsers[browser].releases).filter(([, r]) => r.status === 'current');
  if (releases.length === 0) throw new Error(`BCD names no current ${browser} release`);
  return releases.map(([v]) => v).sort(compareVersions).at(-1)!;
}

/**
 * Every manifest key path the package sets, as BCD names them: objects are walked, arrays of objects
 * (content_scripts) looked into, and permission names become keys of `permissions` (permissions.storage).
 * Paths below what BCD describes stop at the deepest level it knows (BCD describes browser_specific_settings.gecko
 * but not gecko.id).
 */
export function manifestKeys(manifest: Record<string, unknown>): string[] {
  const keys = new Set<string>();
  const walk = (value: unknown, path: string) => {
    keys.add(path);
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'object' && item !== null) walk(item, path);
        else if (path === 'permissions' || path === 'optional_permissions') keys.add(`permissions.${String(item)}`);
      }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [k, v] of Object.entries(value)) {
      const next = `${path}.${k}`;
      if (manifestNode(next)) walk(v, next);
    }
  };
  for (const [k, v] of Object.entries(manifest)) walk(v, k);
  return [...keys].sort();
}
