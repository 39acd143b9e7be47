// The house's layout rule: imports flow one way, entrypoints → extension → ui → model → detectors, each runtime
// of extension/ keeps to itself, scripts/ never reaches into tests/, and no module imports itself round a cycle.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const LAYERS = ['entrypoints', 'extension', 'ui', 'model', 'detectors'];
const SOURCE_DIRS = [...LAYERS, 'scripts', 'tests'];
const RUNTIMES = ['extension/background', 'extension/content', 'extension/page-world'];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') continue;
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** Every relative module a file imports (values and types alike, static and dynamic), as root-relative paths. */
function importsOf(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  const found: string[] = [];
  for (const spec of specs) {
    const base = resolve(ROOT, dirname(file), spec);
    const hit = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
    if (hit) found.push(relative(ROOT, hit));
  }
  return found;
}

const files = SOURCE_DIRS.flatMap(sourceFiles);
const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(join(ROOT, f), 'utf8'))]));
const layerOf = (file: string) => LAYERS.indexOf(file.split('/')[0]!);
const runtimeOf = (file: string) => RUNTIMES.find((r) => file.startsWith(`${r}/`)) ?? null;

/** Import edges that go against the flow: up a layer, across runtimes, or from scripts/ into tests/. */
function upwardImports(edges: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [from, targets] of edges) {
    for (const to of targets) {
      const a = layerOf(from);
      const b = layerOf(to);
      if (a >= 0 && b >= 0 && b < a) wrong.push(`${from} → ${to}`);
      else if (a >= 0 && b < 0 && to.split('/')[0] !== 'locales') wrong.push(`${from} → ${to}`);
      const ra = runtimeOf(from);
      const rb = runtimeOf(to);
      if (ra && rb && ra !== rb) wrong.push(`${from} → ${to} (another runtime)`);
      if (from.startsWith('scripts/') && to.startsWith('tests/')) wrong.push(`${from} → ${to}`);
    }
  }
  return wrong;
}

/** The cycles among the modules, each as a path that comes back to its start. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('layout', () => {
  it('reads the imports it checks (the check itself can fail)', () => {
    expect(graph.get('entrypoints/background.ts')).toContain('extension/background/background.ts');
    const bad = new Map([
      ['detectors/a.ts', ['ui/b.ts']],
      ['extension/content/c.ts', ['extension/background/d.ts']],
      ['scripts/e.ts', ['tests/f.ts']],
      ['model/g.ts', ['detectors/h.ts']],
    ]);
    expect(upwardImports(bad)).toHaveLength(3);
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has every import flow one way: entrypoints → extension → ui → model → detectors, runtimes apart', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });
});
