// The manifest asks for exactly the permissions PRIVACY.md lists and justifies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = join(__dirname, '..', '..');

function manifest(browser: 'chrome' | 'firefox') {
  const m = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;
  return m({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

const privacyTable = () =>
  readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8')
    .split('\n')
    .filter((l) => /^\| `[^`]+`/.test(l))
    .map((l) => /^\| `([^`]+)`/.exec(l)![1]!);

describe('permissions', () => {
  it.each(['chrome', 'firefox'] as const)('%s: the manifest asks for exactly what PRIVACY.md justifies', (browser) => {
    const m = manifest(browser);
    const asked = [...((m.permissions as string[]) ?? []), ...((m.host_permissions as string[]) ?? [])].sort();
    expect(asked).toEqual(privacyTable().sort());
  });

  it('declares no data collection in Firefox', () => {
    const gecko = (manifest('firefox').browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
