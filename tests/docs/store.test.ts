// The store material agrees with the extension: names and short descriptions are the manifest's (within the
// stores' limits), the permission answers match the manifest and PRIVACY.md, the screenshots are 1280×800, and
// the changelog names the version the build carries.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { pngSize } from '../helpers/png';

const ROOT = join(__dirname, '..', '..');
const STORE = join(ROOT, 'docs', 'store');
const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

/** The text under a "## heading" of a markdown file, trimmed. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l === `## ${heading}`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}

const permissionsIn = (markdown: string) => [...markdown.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!).sort();

function manifest(browser: 'chrome' | 'firefox') {
  const m = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;
  return m({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('store listing', () => {
  it.each([
    ['ja', '名前', '短い説明'],
    ['en', 'Name', 'Short description'],
  ] as const)('%s: name and short description are the extension’s own, within the limits', (locale, nameHeading, shortHeading) => {
    const listing = read('docs', 'store', `listing.${locale}.md`);
    const messages = load(read('locales', `${locale}.yml`)) as { extName: string; extDescription: string };
    expect(section(listing, nameHeading)).toBe(messages.extName);
    expect(section(listing, shortHeading)).toBe(messages.extDescription);
    expect([...messages.extDescription].length).toBeLessThanOrEqual(132);
    expect([...messages.extName].length).toBeLessThanOrEqual(45);
  });

  it('justifies exactly the permissions the manifest asks for, as PRIVACY.md does', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifest(browser);
      const asked = [...((m.permissions as string[]) ?? []), ...((m.host_permissions as string[]) ?? [])].sort();
      expect(permissionsIn(read('docs', 'store', 'privacy-practices.md'))).toEqual(asked);
      expect(permissionsIn(read('PRIVACY.md'))).toEqual(asked);
    }
  });

  it('has the screenshots of `npm run screenshots` for both languages, at 1280×800', () => {
    const shots = readdirSync(join(STORE, 'screenshots')).filter((f) => f.endsWith('.png')).sort();
    for (const lang of ['ja', 'en']) {
      for (const scene of ['1-warning', '2-explanation', '3-block', '4-settings']) expect(shots).toContain(`${lang}-${scene}.png`);
    }
    for (const shot of shots) expect(pngSize(join(STORE, 'screenshots', shot)), shot).toEqual({ width: 1280, height: 800 });
  });
});

describe('changelog', () => {
  it('starts with the version the build carries', () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(/^## (\d+\.\d+\.\d+)/m.exec(read('CHANGELOG.md'))?.[1]).toBe(version);
  });
});
