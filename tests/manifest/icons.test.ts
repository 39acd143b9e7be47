// Every icon the manifest declares exists, is a PNG, and has the pixel size its key says (stores reject others).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { pngSize } from '../helpers/png';

const PUBLIC = join(__dirname, '..', '..', 'public');

function manifest(browser: 'chrome' | 'firefox') {
  const m = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;
  return m({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('icons', () => {
  it.each(['chrome', 'firefox'] as const)('%s: icons and the toolbar icon are declared, 16 to 128 px', (browser) => {
    const m = manifest(browser) as { icons?: Record<string, string>; action?: { default_icon?: Record<string, string> } };
    expect(Object.keys(m.icons ?? {})).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
    expect(Object.keys(m.action?.default_icon ?? {})).toEqual(expect.arrayContaining(['16', '32']));
  });

  it.each(['chrome', 'firefox'] as const)('%s: each declared file is a PNG of its declared size', (browser) => {
    const m = manifest(browser) as { icons: Record<string, string>; action: { default_icon: Record<string, string> } };
    for (const [size, path] of [...Object.entries(m.icons), ...Object.entries(m.action.default_icon)]) {
      expect(pngSize(join(PUBLIC, path)), path).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('rejects a file that is not a PNG (the check above can fail)', () => {
    expect(() => pngSize(join(PUBLIC, 'icon', 'icon.svg'))).toThrow(/not a PNG/);
  });
});
