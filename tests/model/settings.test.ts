import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isAllowed, siteOf } from '../../model/settings';
import { effectiveSettings } from '../../model/policy';

// The user's stored values alone (no administrator's policy).
const readSettings = (stored: unknown) => {
  const { settings, notes } = effectiveSettings(stored, {});
  return { settings, invalid: notes.map((n) => n.key) };
};

describe('settings', () => {
  it('uses the defaults when nothing is stored', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
  });

  it('keeps valid values and ignores invalid ones key by key, noting which', () => {
    const { settings, invalid } = readSettings({ overlay: false, protection: 'off', historyDays: 0, allowlist: ['shop.example'], unknown: 1 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, overlay: false, allowlist: ['shop.example'] });
    expect(invalid.sort()).toEqual(['historyDays', 'protection']);
  });

  it('never lets a broken value switch protection off', () => {
    expect(readSettings({ protection: null }).settings.protection).toBe(true);
    expect(readSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reduces URLs to sites and matches subdomains', () => {
    expect(siteOf('https://www.Shop.example:8443/a?b')).toBe('shop.example');
    expect(siteOf('chrome://extensions')).toBe('');
    expect(siteOf('not a url')).toBe('');
    const s = { ...DEFAULT_SETTINGS, allowlist: ['shop.example'] };
    expect(isAllowed(s, 'https://shop.example/x')).toBe(true);
    expect(isAllowed(s, 'https://m.shop.example/x')).toBe(true);
    expect(isAllowed(s, 'https://evilshop.example/x')).toBe(false);
    expect(isAllowed(s, 'https://shop.example.evil.test/')).toBe(false);
  });
});
