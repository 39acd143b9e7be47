// The compatibility gate: every extension API the built packages call and every manifest key they set, checked
// against each target the package declares, with MDN's browser-compat-data. What a target lacks must be guarded
// (guarded.ts names where and the test that runs the code without it); anything else fails here, naming the API,
// the target and the file. Reads .output/, so it runs after the build (a step of npm test, vitest.built.config.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ROOT,
  apiUses,
  builtPackage,
  currentRelease,
  manifestKeys,
  readManifest,
  scriptsOf,
  stableName,
  statementHolds,
  supportsPath,
  type ApiUse,
  type Target,
} from '../helpers/compat';
import { GUARDED_APIS, JUSTIFIED_PARTIALS, KEYS_BCD_LACKS, TARGET_SPECIFIC_KEYS } from './guarded';

type Package = 'chrome-mv3' | 'firefox-mv3';

/** The targets a package declares: its minimum versions where the manifest states them. */
function targetsOf(pkg: Package, manifest: Record<string, unknown>): Target[] {
  if (pkg === 'chrome-mv3') {
    // No minimum_chrome_version: the stores serve every Chrome and Edge, so the current release is what we can check.
    const min = manifest.minimum_chrome_version as string | undefined;
    return (['chrome', 'edge'] as const).map((browser) => (min ? { browser, version: min, from: 'minimum_chrome_version' } : { browser, version: currentRelease(browser), from: "BCD's current release (no minimum_chrome_version)" }));
  }
  const settings = manifest.browser_specific_settings as { gecko?: { strict_min_version?: string }; gecko_android?: { strict_min_version?: string } } | undefined;
  const desktop = settings?.gecko?.strict_min_version;
  const android = settings?.gecko_android?.strict_min_version;
  if (!desktop || !android) throw new Error('the Firefox package must declare gecko.strict_min_version and gecko_android.strict_min_version');
  return [
    { browser: 'firefox', version: desktop, from: 'browser_specific_settings.gecko.strict_min_version' },
    { browser: 'firefox_android', version: android, from: 'browser_specific_settings.gecko_android.strict_min_version' },
  ];
}

function usesOf(dir: string): ApiUse[] {
  return scriptsOf(dir).extension.flatMap((file) => apiUses(readFileSync(join(dir, file), 'utf8'), stableName(file)));
}

const under = (api: string, entry: string) => api === entry || api.startsWith(`${entry}.`);

/** Every way the package fails a target, as sentences naming the API or key, the target and the file. */
function problems(pkg: Package): string[] {
  const dir = builtPackage(pkg);
  const manifest = readManifest(dir);
  const uses = usesOf(dir);
  const found: string[] = [];
  for (const target of targetsOf(pkg, manifest)) {
    const at = `${target.browser} ${target.version} (${target.from})`;
    for (const api of new Set(uses.map((u) => u.api))) {
      const verdict = supportsPath('api', api, target.browser, target.version);
      if (verdict.supported) continue;
      const files = [...new Set(uses.filter((u) => u.api === api).map((u) => u.file))];
      const entry = GUARDED_APIS.find((g) => under(api, g.api) && g.targets.includes(target.browser));
      if (!entry) {
        found.push(`${pkg}: ${api} is not available in ${at}: ${verdict.why}; used unguarded in ${files.join(', ')} — guard it and list it in tests/built/guarded.ts with a test that runs the code without it`);
        continue;
      }
      for (const file of files) if (!(file in entry.uses)) found.push(`${pkg}: ${api} is not available in ${at}: ${verdict.why}; used in ${file}, where tests/built/guarded.ts names no guard for it`);
    }
    for (const key of manifestKeys(manifest)) {
      if (key in KEYS_BCD_LACKS && !key.includes('.')) continue;
      const verdict = supportsPath('manifest', key, target.browser, target.version);
      if (verdict.supported) continue;
      if (TARGET_SPECIFIC_KEYS.some((k) => k.key === key && k.targets.includes(target.browser))) continue;
      const partial = JUSTIFIED_PARTIALS.find((p) => p.key === key && p.targets.includes(target.browser));
      if (partial && verdict.why.startsWith('partial implementation')) {
        if (!partial.holds(manifest)) found.push(`${pkg}: manifest key ${key} no longer keeps within what ${at} implements: ${partial.why}`);
        continue;
      }
      found.push(`${pkg}: manifest key ${key} is not supported by ${at}: ${verdict.why} (manifest.json)`);
    }
  }
  // Each guarded place is counted: a second use of a guarded API in the same file is a new, unchecked one.
  for (const entry of GUARDED_APIS) {
    const counts = new Map<string, number>();
    for (const u of uses) if (under(u.api, entry.api)) counts.set(u.file, (counts.get(u.file) ?? 0) + 1);
    for (const [file, n] of counts) {
      const allowed = entry.uses[file] ?? 0;
      if (allowed > 0 && n !== allowed) found.push(`${pkg}: ${entry.api} appears ${n} times in ${file}, tests/built/guarded.ts checks ${allowed} (${entry.guard}); guard the new use and update the entry`);
    }
  }
  return found;
}

describe('reading browser-compat-data', () => {
  it('takes only a released version at or before the target as support', () => {
    expect(statementHolds({ version_added: '128' }, '140.0')).toEqual({ supported: true });
    expect(statementHolds({ version_added: '≤72' }, '157')).toEqual({ supported: true });
    expect(statementHolds({ version_added: '141' }, '140.0')).toMatchObject({ supported: false, why: 'added in 141, after 140.0' });
    expect(statementHolds({ version_added: '≤150' }, '142.0').supported).toBe(false);
    expect(statementHolds({ version_added: false }, '142.0').supported).toBe(false);
    expect(statementHolds({ version_added: true } as never, '142.0').supported).toBe(false);
    expect(statementHolds({ version_added: null } as never, '142.0').supported).toBe(false);
    expect(statementHolds({ version_added: 'preview' }, '142.0').supported).toBe(false);
    expect(statementHolds({ version_added: '100', version_removed: '130' }, '140.0')).toMatchObject({ supported: false, why: 'removed in 130' });
    expect(statementHolds({ version_added: '100', flags: [{ type: 'preference', name: 'x.enabled' }] }, '140.0').supported).toBe(false);
    expect(statementHolds({ version_added: '100', partial_implementation: true, notes: 'only <code>a</code>' }, '140.0')).toMatchObject({ supported: false, why: 'partial implementation: only a' });
    expect(statementHolds({ version_added: '100', alternative_name: 'other' }, '140.0').supported).toBe(false);
  });

  it('needs every level of a path: storage.managed.get is missing on Firefox for Android with storage.managed', () => {
    expect(supportsPath('api', 'storage.managed.get', 'firefox', '140.0')).toEqual({ supported: true });
    expect(supportsPath('api', 'storage.managed.get', 'firefox_android', '142.0')).toMatchObject({ supported: false, why: expect.stringContaining('storage.managed') });
    expect(supportsPath('api', 'storage.local.get', 'firefox_android', '142.0')).toEqual({ supported: true });
    expect(supportsPath('api', 'tabs.noSuchMethod', 'chrome', '157').supported).toBe(false);
  });
});

describe('finding the extension APIs in minified code', () => {
  it('follows renamed browser objects and optional chains, and leaves the page’s own objects alone', () => {
    const code = 'o.runtime.sendMessage(e);globalThis.chrome?.dom;browser.storage.managed;i?.tabs?.query({});window.history.pushState({},"");new URLSearchParams(location.search).get("a");browser.tabs.noSuchMethod();';
    expect(apiUses(code, 'x.js').map((u) => u.api)).toEqual(['runtime.sendMessage', 'dom', 'storage.managed', 'tabs.query', 'tabs.noSuchMethod']);
  });
});

describe.each(['chrome-mv3', 'firefox-mv3'] as const)('the built %s package', (pkg) => {
  it('uses nothing a declared target lacks, unless it is guarded and tested without it', () => {
    expect(problems(pkg)).toEqual([]);
  });

  it('reads the APIs it checks from the bundles (the gate sees the code)', () => {
    const apis = new Set(usesOf(builtPackage(pkg)).map((u) => u.api));
    for (const api of ['storage.managed.get', 'storage.local.get', 'runtime.onMessage', 'runtime.sendMessage', 'tabs.sendMessage', 'action.setBadgeText', 'scripting.executeScript', 'dom']) expect(apis, api).toContain(api);
  });
});

describe('the guarded list', () => {
  const all = ['chrome-mv3', 'firefox-mv3'].flatMap((pkg) => {
    const dir = builtPackage(pkg as Package);
    return targetsOf(pkg as Package, readManifest(dir)).map((target) => ({ target, uses: usesOf(dir) }));
  });

  it.each(GUARDED_APIS.map((g) => [g.api, g] as const))('%s: still used, still missing where it says, and its test exists', (_, entry) => {
    for (const browser of entry.targets) {
      const seen = all.find((a) => a.target.browser === browser)!;
      const used = seen.uses.filter((u) => under(u.api, entry.api));
      expect(used.length, `${entry.api} is no longer used: remove it from the list`).toBeGreaterThan(0);
      expect(used.some((u) => !supportsPath('api', u.api, browser, seen.target.version).supported), `${browser} ${seen.target.version} has ${entry.api}: remove it from the list`).toBe(true);
    }
    const text = readFileSync(join(ROOT, entry.test.file), 'utf8');
    expect(text, `${entry.test.file} has no test titled "${entry.test.title}"`).toContain(entry.test.title);
  });
});
