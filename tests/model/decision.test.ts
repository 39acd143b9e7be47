import { describe, expect, it } from 'vitest';
import { decide, decideTab, NO_ACTION, type DecisionContext } from '../../model/decision';
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

describe('decideTab', () => {
  const context = (over: Partial<DecisionContext> = {}): DecisionContext => ({ settings: settings(), locked: [], pinSet: false, final: true, ...over });

  it('leaves an allowed site (and its subdomains) alone, and decides the rest', () => {
    const allowing = context({ settings: { ...settings(), allowlist: ['shop.example'] } });
    expect(decideTab('fraud', 'https://www.shop.example/cart', allowing)).toMatchObject({ site: 'shop.example', allowed: true, decision: NO_ACTION });
    expect(decideTab('fraud', 'https://a.shop.example/', allowing).allowed).toBe(true);
    expect(decideTab('fraud', 'https://notshop.example/', allowing)).toMatchObject({ allowed: false, decision: { badge: 'fraud', warn: true } });
  });

  it('offers "this page is fine" only without a PIN and without an administrator\'s allowlist', () => {
    expect(decideTab('fraud', 'https://x.example/', context()).decision.canAllow).toBe(true);
    expect(decideTab('fraud', 'https://x.example/', context({ pinSet: true })).decision.canAllow).toBe(false);
    expect(decideTab('fraud', 'https://x.example/', context({ locked: ['allowlist'] })).canAllow).toBe(false);
    expect(decideTab('fraud', 'https://x.example/', context({ locked: ['overlay'] })).canAllow).toBe(true);
  });

  it('does nothing for a tab without a report or on a page that is not a web page', () => {
    expect(decideTab(null, 'https://x.example/', context()).decision).toEqual(NO_ACTION);
    expect(decideTab('fraud', 'file:///tmp/page.html', context())).toMatchObject({ site: '', allowed: false, decision: { badge: 'fraud' } });
  });
});
