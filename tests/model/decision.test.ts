import { describe, expect, it } from 'vitest';
import { decide, NO_ACTION } from '../../model/decision';
import { DEFAULT_SETTINGS, type Settings } from '../../model/settings';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('decide', () => {
  it('warns, guards and calms on fraud by default', () => {
    expect(decide('fraud', settings(), false)).toEqual({ badge: 'fraud', warn: true, guard: true, block: false, calm: true, canAllow: true });
  });

  it('marks and guards a suspicious page without an overlay', () => {
    expect(decide('suspicious', settings(), false)).toEqual({ badge: 'suspicious', warn: false, guard: true, block: false, calm: false, canAllow: true });
  });

  it('does nothing on clean pages, allowed sites or with protection off', () => {
    expect(decide('clean', settings(), false)).toEqual(NO_ACTION);
    expect(decide('fraud', settings(), true)).toEqual(NO_ACTION);
    expect(decide('fraud', settings({ protection: false }), false)).toEqual(NO_ACTION);
  });

  it('follows the overlay and contact-guard switches', () => {
    expect(decide('fraud', settings({ overlay: false, contactGuard: false }), false)).toMatchObject({ badge: 'fraud', warn: false, guard: false, calm: true });
  });

  it('offers "this page is fine" only when the allowlist may be changed from the page, never in block mode', () => {
    expect(decide('fraud', settings(), false, false).canAllow).toBe(false);
    expect(decide('fraud', settings({ blockMode: true }), false, true).canAllow).toBe(false);
  });

  it('blocks instead of warning in block mode; strict also blocks suspicious pages', () => {
    expect(decide('fraud', settings({ blockMode: true }), false)).toMatchObject({ warn: false, block: true, calm: true });
    expect(decide('suspicious', settings({ blockMode: true }), false)).toMatchObject({ block: false });
    expect(decide('suspicious', settings({ blockMode: true, sensitivity: 'strict' }), false)).toMatchObject({ block: true, calm: true });
  });
});
