import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { Background } from '../../../extension/background/background';
import { evaluate, type Report } from '../../../detectors/evaluate';
import { evidenceItems } from '../../../model/evidence';
import { pageOf } from '../../helpers/page';

const browser = fakeBrowser as unknown as WxtBrowser;
const FRAUD = pageOf('<h1>登録完了</h1><p>ご利用料金：79,000円 お支払期限：3日以内</p><p>お客様のIPアドレス：126.33.201.9</p><p>誤操作の方：186-03-6412-0093</p>');
const CLEAN = pageOf('<p>こんにちは</p>');
const report = (page = FRAUD) => ({ type: 'report', report: evaluate(page), evidence: evidenceItems(page) });
const sender = (tabId: number, frameId = 0, url = 'https://fraud.example/p') => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId, url }) as never;
const page = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test/popup.html' } as never;

let bg: Background;
const sent: unknown[] = [];
const managedGet = fakeBrowser.storage.managed.get; // tests replace it; reset() does not put it back
beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.storage.managed.get = managedGet;
  sent.length = 0;
  // What the in-memory browser does not implement: content scripts answer nothing, muting succeeds.
  fakeBrowser.tabs.sendMessage = vi.fn(async (_tab: number, message: unknown) => void sent.push(message)) as never;
  fakeBrowser.tabs.update = vi.fn(async () => ({})) as never;
  bg = new Background(browser);
});

describe('background', () => {
  it('keeps a tab report and shows its verdict on the badge', async () => {
    await bg.onMessage(report(), sender(7));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('!');
    const state = await bg.onMessage({ type: 'tab-state', tabId: 7 }, page);
    expect(state).toMatchObject({ tabId: 7, site: 'fraud.example', allowed: false, report: { verdict: 'fraud' }, decision: { warn: true, guard: true } });
    expect(sent).toEqual([expect.objectContaining({ type: 'decision', decision: expect.objectContaining({ warn: true }) })]);
    expect(fakeBrowser.tabs.update).toHaveBeenCalledWith(7, { muted: true });
  });

  it('keeps a frame\'s fraud verdict when the page hides its bill, until the frame moves to another address', async () => {
    await bg.onMessage(report(FRAUD), sender(31));
    await bg.onMessage(report(CLEAN), sender(31));
    expect((bg.report(31) as Report).verdict).toBe('fraud');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 31 })).toBe('!');
    await bg.onMessage(report(CLEAN), sender(31, 0, 'https://fraud.example/other'));
    expect((bg.report(31) as Report).verdict).toBe('clean');
  });

  it('lets the worst frame decide for the tab', async () => {
    await bg.onMessage(report(CLEAN), sender(3, 0));
    await bg.onMessage(report(FRAUD), sender(3, 5, 'https://frame.example/'));
    expect((bg.report(3) as Report).verdict).toBe('fraud');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('!');
  });

  it('ignores malformed reports and messages from other extensions', async () => {
    const bad = { type: 'report', report: { verdict: 'fraud', score: 900, findings: [], rule: '', mitigations: [], errors: [] }, evidence: evidenceItems(FRAUD) };
    expect(bg.onMessage(bad, sender(4))).toBeUndefined();
    expect(bg.onMessage(report(), { ...(sender(4) as object), id: 'someone-else' } as never)).toBeUndefined();
    expect(bg.report(4)).toBeNull();
  });

  it('remembers an allowed site, clears the warning, and can undo it', async () => {
    await bg.onMessage(report(), sender(9));
    await bg.onMessage({ type: 'allow-site' }, sender(9));
    expect(((await fakeBrowser.storage.local.get('settings')).settings as { allowlist: string[] }).allowlist).toEqual(['fraud.example']);
    expect(await bg.onMessage({ type: 'tab-state', tabId: 9 }, page)).toMatchObject({ allowed: true, decision: { badge: 'clean', warn: false } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
    await bg.onMessage({ type: 'disallow-site', site: 'fraud.example' }, page);
    expect(await bg.onMessage({ type: 'tab-state', tabId: 9 }, page)).toMatchObject({ allowed: false, decision: { badge: 'fraud' } });
  });

  it('forgets a tab when it navigates or closes', async () => {
    bg.listen();
    await bg.onMessage(report(), sender(11));
    await bg.onMessage(report(), sender(12));
    await fakeBrowser.tabs.onRemoved.trigger(11, { windowId: 1, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(12, { status: 'loading' }, { id: 12 } as never);
    await vi.waitFor(() => expect([bg.report(11), bg.report(12)]).toEqual([null, null]));
  });

  it('survives a service-worker restart through session storage', async () => {
    await bg.onMessage(report(), sender(12));
    const again = new Background(browser);
    expect(await again.onMessage({ type: 'tab-state', tabId: 12 }, page)).toMatchObject({ report: { verdict: 'fraud' } });
  });

  it('builds an evidence record from every frame, with the capture error when there is no screenshot', async () => {
    await bg.onMessage(report(), sender(13));
    const files = (await bg.onMessage({ type: 'evidence', tabId: 13 }, page)) as { base: string; items: { phones: string[] }; screenshot: string; captureError: string };
    expect(files.base).toMatch(/^oneclick-guard-record-\d{8}-\d{6}$/);
    expect(files.items.phones).toEqual(['186-0364120093']);
    expect(files.screenshot === '' ? files.captureError : 'ok').not.toBe('');
  });
});

describe('a top frame that starts after its frames reported', () => {
  it('gets the tab decision on request', async () => {
    const bg = new Background(browser);
    expect(await bg.onMessage({ type: 'sync' }, sender(21))).toBeNull();
    await bg.onMessage(report(), sender(21, 4, 'https://frame.example/'));
    expect(await bg.onMessage({ type: 'sync' }, sender(21))).toMatchObject({ type: 'decision', decision: { warn: true }, report: { verdict: 'fraud' } });
  });
});

describe('loading the engine', () => {
  it('injects it into the frame that asked, and only there', async () => {
    const bg = new Background(browser);
    const executeScript = vi.fn(async () => []);
    fakeBrowser.scripting.executeScript = executeScript as never;
    expect(await bg.onMessage({ type: 'load-engine' }, sender(30, 7))).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 30, frameIds: [7] }, files: ['/engine.js'] });
  });
});

describe('right after the browser starts', () => {
  it('warns without waiting for a slow policy read, and decides again with the policy when it comes', async () => {
    let answer!: (value: Record<string, unknown>) => void;
    fakeBrowser.storage.managed.get = vi.fn(() => new Promise((resolve) => (answer = resolve))) as never;
    const bg = new Background(browser);
    bg.listen();
    // The history entry waits for the policy (it may forbid a history); the warning does not.
    const handled = bg.onMessage(report(), sender(41));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 41 })).toBe('!'), { timeout: 1000 });
    expect(sent.at(-1)).toMatchObject({ decision: { warn: true, block: false } });
    answer({ blockMode: true });
    await handled;
    await vi.waitFor(() => expect(sent.at(-1)).toMatchObject({ decision: { warn: false, block: true } }));
  });
});

describe('a policy change', () => {
  it('applies live to open tabs', async () => {
    const bg = new Background(browser);
    bg.listen();
    let managed: Record<string, unknown> = {};
    fakeBrowser.storage.managed.get = vi.fn(async () => managed) as never;
    await bg.onMessage(report(), sender(40));
    expect(sent.at(-1)).toMatchObject({ decision: { warn: true, block: false } });
    managed = { blockMode: true };
    await fakeBrowser.storage.onChanged.trigger({ blockMode: { newValue: true } }, 'managed');
    await vi.waitFor(() => expect(sent.at(-1)).toMatchObject({ decision: { warn: false, block: true } }));
  });
});

describe('one decision', () => {
  it('reads the settings once per report: the badge, the warning, "this page is fine" and the history entry', async () => {
    const bg = new Background(browser);
    await bg.onMessage(report(CLEAN), sender(50)); // the first decision reads the policy and keeps it
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      await bg.onMessage(report(), sender(51));
      const settingsReads = get.mock.calls.filter(([keys]) => [keys].flat().includes('settings'));
      expect(settingsReads).toHaveLength(1);
      expect(sent.at(-1)).toMatchObject({ decision: { warn: true, canAllow: true } });
      expect(((await fakeBrowser.storage.local.get('history')).history as unknown[]).length).toBe(1);
    } finally {
      get.mockRestore();
    }
  });
});

describe('decisions in turn', () => {
  it('a report decided just before "this page is fine" was saved does not bring the warning back after it', async () => {
    await bg.onMessage(report(), sender(60));
    // The next report's badge hangs (a busy browser) after its decision was made with the old allowlist...
    let release = () => {};
    const setBadge = fakeBrowser.action.setBadgeText;
    fakeBrowser.action.setBadgeText = vi.fn((details: { tabId?: number; text: string }) => {
      fakeBrowser.action.setBadgeText = setBadge;
      return new Promise<void>((resolve) => (release = () => void setBadge(details).then(resolve)));
    }) as never;
    const late = bg.onMessage(report(pageOf('<h1>登録完了</h1><p>ご利用料金：89,000円 お支払期限：本日中</p><p>誤操作の方：186-03-6412-0093</p>')), sender(60));
    await vi.waitFor(() => expect(fakeBrowser.action.setBadgeText).toBe(setBadge));
    // ...while the user presses "this page is fine".
    const allowed = bg.onMessage({ type: 'allow-site' }, sender(60));
    await new Promise((r) => setTimeout(r, 20)); // were it not waiting its turn, its decision would be sent now
    release();
    await Promise.all([late, allowed]);
    expect(sent.at(-1)).toMatchObject({ type: 'decision', decision: { warn: false } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 60 })).toBe('');
  });
});

describe('a local storage area that throws', () => {
  it('still warns with the default settings, answers without rejecting, and still closes the page', async () => {
    await bg.onMessage(report(), sender(70)); // recorded in the history while storage works
    const get = fakeBrowser.storage.local.get;
    const set = fakeBrowser.storage.local.set;
    const broken = vi.fn(async () => {
      throw new Error('storage is broken');
    });
    fakeBrowser.storage.local.get = broken as never;
    fakeBrowser.storage.local.set = broken as never;
    fakeBrowser.tabs.remove = vi.fn(async () => undefined) as never;
    try {
      sent.length = 0;
      await expect(bg.onMessage(report(), sender(71, 0, 'https://other.example/'))).resolves.toBe(true);
      expect(sent).toEqual([expect.objectContaining({ type: 'decision', decision: expect.objectContaining({ warn: true, guard: true, canAllow: false }) })]);
      expect(await fakeBrowser.action.getBadgeText({ tabId: 71 })).toBe('!');
      await expect(bg.onMessage({ type: 'close-tab' }, sender(70))).resolves.toBe(true);
      expect(fakeBrowser.tabs.remove).toHaveBeenCalledWith(70);
    } finally {
      fakeBrowser.storage.local.get = get;
      fakeBrowser.storage.local.set = set;
    }
    expect(((await fakeBrowser.storage.local.get('history')).history as unknown[]).length).toBe(1);
  });
});
