import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { Family, MANAGED_COPY_KEY, MANAGED_WAIT_MS, strengthensOnly } from '../../model/family';
import { effectiveSettings } from '../../model/policy';
import { afterFailure, checkPin, hashPin, validPin } from '../../model/pin';
import { historyCsv, prune, readHistory, weeklyCounts, type HistoryEntry } from '../../model/history';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { canAllowFromPage } from '../../model/decision';

const browser = fakeBrowser as unknown as WxtBrowser;
let now = Date.UTC(2026, 10, 24, 12);
let managed: Record<string, unknown> = {};

beforeEach(() => {
  fakeBrowser.reset();
  now = Date.UTC(2026, 10, 24, 12);
  managed = {};
  fakeBrowser.storage.managed.get = vi.fn(async () => managed) as never;
});
const family = () => new Family(browser, () => now);

describe('a policy the browser is slow to give (right after it starts)', () => {
  /** A managed read that answers only when the test says so. */
  function slowPolicy(value: Record<string, unknown>) {
    let answer!: () => void;
    fakeBrowser.storage.managed.get = vi.fn(() => new Promise((resolve) => (answer = () => resolve(value)))) as never;
    return () => answer();
  }

  it('decides with the copy kept last time instead of waiting, and says when the real policy arrives', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_COPY_KEY]: { blockMode: true } });
    const answer = slowPolicy({ blockMode: true, overlay: false });
    const late = vi.fn();
    const f = new Family(browser, () => now, late);
    const started = Date.now();
    expect((await f.settings()).blockMode).toBe(true); // the kept copy
    expect(Date.now() - started).toBeLessThan(MANAGED_WAIT_MS + 200);
    expect(late).not.toHaveBeenCalled();
    answer();
    await vi.waitFor(() => expect(late).toHaveBeenCalledTimes(1));
    expect(await f.settings()).toMatchObject({ blockMode: true, overlay: false });
    // The new policy is kept for the next start.
    expect((await fakeBrowser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY]).toEqual({ blockMode: true, overlay: false });
  });

  it('with no copy yet, decides on the local settings alone until the policy comes', async () => {
    const answer = slowPolicy({ protection: false });
    const f = new Family(browser, () => now);
    expect((await f.settings()).protection).toBe(true);
    answer();
    await vi.waitFor(async () => expect((await f.settings()).protection).toBe(false));
  });

  it('never lets a change or a PIN through before the real policy is known', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_COPY_KEY]: {} });
    const answer = slowPolicy({ blockMode: true });
    const f = new Family(browser, () => now);
    const change = f.update({ blockMode: false });
    const pin = f.setPin('2468');
    await new Promise((r) => setTimeout(r, MANAGED_WAIT_MS + 50));
    answer();
    expect(await change).toEqual({ ok: false, error: 'locked' });
    expect(await pin).toEqual({ ok: false, error: 'managed' });
  });

  it('reads the policy once, and again after it changed', async () => {
    managed = { overlay: false };
    const f = family();
    await f.settings();
    await f.settings();
    expect(fakeBrowser.storage.managed.get).toHaveBeenCalledTimes(1);
    managed = { overlay: true };
    f.forgetManaged();
    expect((await f.settings()).overlay).toBe(true);
    expect(fakeBrowser.storage.managed.get).toHaveBeenCalledTimes(2);
  });
});

describe('settings with a managed layer', () => {
  it('lets managed values override and lock local ones', () => {
    const e = effectiveSettings({ overlay: false, blockMode: false }, { blockMode: true });
    expect(e.settings).toMatchObject({ overlay: false, blockMode: true });
    expect(e.locked).toEqual(['blockMode']);
  });

  it('ignores invalid values from either side with a note, keeping the defaults', () => {
    const e = effectiveSettings({ protection: 'no' }, { sensitivity: 'paranoid', blokMode: true, historyDays: 99999 });
    expect(e.settings).toEqual(DEFAULT_SETTINGS);
    expect(e.locked).toEqual([]);
    expect(e.notes).toEqual([
      { key: 'protection', source: 'local' },
      { key: 'sensitivity', source: 'managed' },
      { key: 'blokMode', source: 'managed' },
      { key: 'historyDays', source: 'managed' },
    ]);
  });

  it('refuses to change a locked setting', async () => {
    managed = { blockMode: true };
    expect(await family().update({ blockMode: false })).toEqual({ ok: false, error: 'locked' });
    expect((await family().settings()).blockMode).toBe(true);
  });

  it('rejects invalid changes', async () => {
    expect(await family().update({ historyDays: 0 })).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('parent PIN', () => {
  it('stores only a salted hash and checks it', async () => {
    const stored = await hashPin('2468');
    expect(JSON.stringify(stored)).not.toContain('2468');
    expect(await checkPin('2468', stored)).toBe(true);
    expect(await checkPin('2469', stored)).toBe(false);
    expect((await hashPin('2468')).salt).not.toBe(stored.salt);
    expect(validPin('12')).toBe(false);
    expect(validPin('12345a')).toBe(false);
  });

  it('guards weakening changes, with a growing wait after wrong PINs', async () => {
    const f = family();
    expect(await f.setPin('2468')).toEqual({ ok: true });
    expect(await f.update({ overlay: false })).toMatchObject({ ok: false, error: 'wrong-pin' });
    expect(await f.update({ overlay: false }, '2468')).toMatchObject({ ok: false, error: 'wait' });
    now += 2500;
    expect(await f.update({ overlay: false }, '1111')).toMatchObject({ ok: false, error: 'wrong-pin', waitUntil: now + 4000 });
    now += 4500;
    expect(await f.update({ overlay: false }, '2468')).toEqual({ ok: true });
    expect((await f.settings()).overlay).toBe(false);
  });

  it('never needs the PIN to make protection stronger', async () => {
    const f = family();
    await f.update({ protection: false });
    await f.setPin('2468');
    expect(await f.update({ protection: true, blockMode: true, sensitivity: 'strict' })).toEqual({ ok: true });
    expect(strengthensOnly(DEFAULT_SETTINGS, { allowlist: [] })).toBe(true);
    expect(strengthensOnly(DEFAULT_SETTINGS, { allowlist: ['x.example'] })).toBe(false);
    expect(strengthensOnly({ ...DEFAULT_SETTINGS, blockMode: true }, { blockMode: false })).toBe(false);
  });

  it('needs the PIN to change or remove the PIN, to clear the history, and is not offered under policy', async () => {
    const f = family();
    await f.setPin('2468');
    expect(await f.setPin(null)).toMatchObject({ ok: false, error: 'wrong-pin' });
    now += 3000;
    expect(await f.clearHistory('2468')).toEqual({ ok: true });
    expect(await f.setPin(null, '2468')).toEqual({ ok: true });
    expect(canAllowFromPage(await f.decisionContext())).toBe(true);
    managed = { overlay: true };
    f.forgetManaged(); // what the background does when storage.onChanged reports the managed area
    expect(await f.setPin('1357')).toEqual({ ok: false, error: 'managed' });
  });

  it('waits at most a minute', () => {
    let a = { failures: 0, until: 0 };
    for (let i = 0; i < 10; i++) a = afterFailure(a, 0);
    expect(a.until).toBe(60_000);
  });
});

const entry = (days: number, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  time: now - days * 86_400_000, site: 'https://fraud.example', verdict: 'fraud', category: 'one-click', signals: ['fee-demand'], closed: false, contacted: false, ...over,
});

describe('history', () => {
  it('reads entries kept before categories existed as one-click, and drops malformed ones', () => {
    const old = { time: now, site: 'https://a.example', verdict: 'fraud', signals: [], closed: false, contacted: false };
    expect(readHistory([old, { ...old, category: 'extortion' }, { ...old, verdict: 'clean' }]).map((e) => e.category)).toEqual(['one-click', 'extortion']);
  });

  it('keeps entries for the retention period and at most 1,000', () => {
    expect(prune([entry(100), entry(10), entry(1)], 90, now)).toEqual([entry(10), entry(1)]);
    expect(prune(Array.from({ length: 1200 }, (_, i) => entry(0, { time: now - i })), 90, now)).toHaveLength(1000);
  });

  it('records only when history is on, and marks what the user did', async () => {
    const f = family();
    await f.record(entry(0));
    await f.mark(entry(0).time, 'https://fraud.example', { closed: true });
    expect((await f.state()).history).toEqual([entry(0, { closed: true })]);
    await f.update({ history: false }, undefined);
    await f.record(entry(0, { site: 'https://other.example' }));
    expect((await f.state()).history).toHaveLength(1);
  });

  it('exports CSV with a header, quoting, and no formulas', () => {
    const csv = historyCsv([entry(0, { site: '=HYPERLINK("x")', signals: ['a', 'b'], closed: true, category: 'extortion' })], ['time', 'site', 'verdict', 'category', 'signals', 'closed', 'contacted']);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('time,site,verdict,category,signals,closed,contacted');
    expect(lines[1]).toBe(`${new Date(entry(0).time).toISOString()},"'=HYPERLINK(""x"")",fraud,extortion,a b,yes,no`);
  });

  it('counts entries per week', () => {
    const weeks = weeklyCounts([entry(0), entry(0, { verdict: 'suspicious' }), entry(8), entry(80)], 8, now);
    expect(weeks).toHaveLength(8);
    expect(weeks.at(-1)).toMatchObject({ fraud: 1, suspicious: 1 });
    expect(weeks.reduce((n, w) => n + w.fraud + w.suspicious, 0)).toBe(3);
  });
});

describe('a browser without managed storage (Firefox for Android)', () => {
  it('starts, decides on the local settings and writes history, without throwing', async () => {
    const area = fakeBrowser.storage.managed;
    Object.defineProperty(fakeBrowser.storage, 'managed', { value: undefined, configurable: true });
    try {
      await fakeBrowser.storage.local.set({ settings: { blockMode: true } });
      const f = family();
      expect(() => f.prefetch()).not.toThrow();
      const context = await f.decisionContext();
      expect(context).toMatchObject({ settings: { blockMode: true }, locked: [], final: true });
      await f.record({ time: now, site: 'https://x.example', verdict: 'fraud', category: 'one-click', signals: [], closed: false, contacted: false }, context);
      expect((await f.state()).history).toHaveLength(1);
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'managed', { value: area, configurable: true });
    }
  });
});

describe('bad input: the defaults hold, protection keeps running, nothing stored is written over', () => {
  it('ignores a policy that is not an object of settings, with a note', async () => {
    expect(effectiveSettings({ overlay: false }, 'blockMode=true')).toEqual({ settings: { ...DEFAULT_SETTINGS, overlay: false }, locked: [], notes: [{ key: '*', source: 'managed' }] });
    expect(effectiveSettings(['protection'], undefined).notes).toEqual([{ key: '*', source: 'local' }]);
    managed = ['blockMode'] as never;
    const state = await family().state();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.notes).toEqual([{ key: '*', source: 'managed' }]);
  });

  it('takes a managed area that throws for no policy', async () => {
    fakeBrowser.storage.managed.get = vi.fn(() => {
      throw new Error('broken area');
    }) as never;
    await fakeBrowser.storage.local.set({ settings: { blockMode: true } });
    const f = family();
    expect(() => f.prefetch()).not.toThrow();
    expect(await f.decisionContext()).toMatchObject({ settings: { blockMode: true }, locked: [], final: true });
    expect((await f.state()).policyAvailable).toBe(true);
  });

  it('says whether the browser has managed storage at all (Firefox for Android has none)', async () => {
    expect((await family().state()).policyAvailable).toBe(true);
    const area = fakeBrowser.storage.managed;
    Object.defineProperty(fakeBrowser.storage, 'managed', { value: undefined, configurable: true });
    try {
      expect((await family().state()).policyAvailable).toBe(false);
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'managed', { value: area, configurable: true });
    }
  });

  it('decides with the defaults when local storage throws, and never writes over what it could not read', async () => {
    await fakeBrowser.storage.local.set({ settings: { blockMode: true, allowlist: ['kept.example'] }, history: [{ time: now, site: 'https://a.example', verdict: 'fraud', category: 'one-click', signals: [], closed: false, contacted: false }] });
    const get = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = vi.fn(async () => {
      throw new Error('storage is broken');
    }) as never;
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    try {
      const f = family();
      const context = await f.decisionContext();
      expect(context.settings).toEqual(DEFAULT_SETTINGS); // protection, overlay and guard on
      expect(context.pinSet).toBe(true); // a PIN it cannot read may be set: the page offers nothing it would guard
      const state = await f.state();
      expect(state).toMatchObject({ settings: DEFAULT_SETTINGS, localUnreadable: true });
      await expect(f.update({ protection: true, overlay: true })).rejects.toThrow('storage is broken');
      await expect(f.update({ allowlist: [] })).rejects.toThrow();
      await expect(f.record({ time: now, site: 'https://b.example', verdict: 'fraud', category: 'one-click', signals: [], closed: false, contacted: false }, context)).rejects.toThrow();
      expect(set).not.toHaveBeenCalledWith(expect.objectContaining({ settings: expect.anything() }));
      expect(set).not.toHaveBeenCalledWith(expect.objectContaining({ history: expect.anything() }));
    } finally {
      fakeBrowser.storage.local.get = get;
    }
    // What the user set is still there once storage answers again.
    const stored = await fakeBrowser.storage.local.get(['settings', 'history']);
    expect(stored.settings).toEqual({ blockMode: true, allowlist: ['kept.example'] });
    expect(stored.history).toHaveLength(1);
    expect((await family().state()).localUnreadable).toBe(false);
  });

  it('decides with the defaults when the browser has no local storage at all', async () => {
    const local = fakeBrowser.storage.local;
    Object.defineProperty(fakeBrowser.storage, 'local', { value: undefined, configurable: true });
    try {
      expect((await family().decisionContext()).settings).toEqual(DEFAULT_SETTINGS);
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'local', { value: local, configurable: true });
    }
  });
});
