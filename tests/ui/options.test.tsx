// @vitest-environment jsdom
// The options page as a phone user and a parent meet it, driven through the real background and settings code on
// an in-memory browser: Firefox for Android (no storage.managed), a storage area that throws, a policy of the
// wrong type, a background that does not answer.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { Background } from '../../extension/background/background';
import { OptionsApp, type OptionsApi } from '../../ui/options/OptionsApp';
import type { ChangeResult, FamilyState } from '../../model/family';
import type { PageRequest } from '../../model/messages';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { useLocale } from '../helpers/locale';

const PAGE = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test/options.html' } as never;
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
const managedArea = fakeBrowser.storage.managed;
const managedGet = fakeBrowser.storage.managed.get;
let root: HTMLElement;

/** The page's API as entrypoints/options/main.tsx builds it, answered by a real Background. */
function apiOf(bg: Background): OptionsApi {
  const ask = <T,>(request: PageRequest) => bg.onMessage(request, PAGE) as Promise<T>;
  return {
    state: () => ask<FamilyState>({ type: 'options-state' }),
    update: (changes, pin) => ask<ChangeResult>({ type: 'update-settings', changes, pin }),
    setPin: (pin, current) => ask<ChangeResult>({ type: 'set-pin', pin, current }),
    clearHistory: (pin) => ask<ChangeResult>({ type: 'clear-history', pin }),
    save: () => undefined,
    version: '1.0.0',
  };
}

/** Removes storage.managed, as Firefox for Android has none. */
function asAndroid(): void {
  Object.defineProperty(fakeBrowser.storage, 'managed', { value: undefined, configurable: true });
}

async function show(api: OptionsApi): Promise<void> {
  await act(() => render(<OptionsApp api={api} />, root));
  await flush();
  await flush();
}

const note = (name: string) => root.querySelector(`[data-note="${name}"]`);
const checkbox = (key: string) => root.querySelector<HTMLInputElement>(`input[data-setting="${key}"]`)!;
const text = () => root.textContent ?? '';

beforeAll(() => useLocale('ja'));
beforeEach(() => {
  fakeBrowser.reset();
  Object.defineProperty(fakeBrowser.storage, 'managed', { value: managedArea, configurable: true });
  fakeBrowser.storage.managed.get = managedGet;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  Object.defineProperty(fakeBrowser.storage, 'managed', { value: managedArea, configurable: true });
});

describe('the options page on Firefox for Android (no storage.managed)', () => {
  it('says the parent PIN is the lock on a phone, shows no administrator section, and lets the PIN be set', async () => {
    asAndroid();
    const bg = new Background(fakeBrowser as unknown as WxtBrowser);
    await show(apiOf(bg));
    expect(note('phone-pin')?.textContent).toContain('スマートフォンの Firefox には');
    expect(note('phone-pin')?.textContent).toContain('保護者のPIN');
    expect(text()).not.toContain('管理者により');
    expect(text()).not.toContain('管理者が管理しているため');
    // The PIN can be set, and then guards a weakening change.
    const input = root.querySelector<HTMLInputElement>('[data-testid="new-pin"]')!;
    await act(() => {
      input.value = '2468';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'PINを設定する')!.click());
    const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
    await vi.waitFor(async () => {
      await flush();
      expect(status()).toBe('保存しました。');
    });
    await vi.waitFor(async () => {
      await flush();
      expect(root.querySelector('[data-testid="pin"]')).not.toBeNull(); // the page now asks for the PIN
    });
    await act(() => checkbox('protection').click());
    await vi.waitFor(async () => {
      await flush();
      expect(status()).toContain('PINが違います');
    });
    expect((await bg.family.settings()).protection).toBe(true);
  });

  it('does not show the phone note where the browser has managed storage (desktop)', async () => {
    await show(apiOf(new Background(fakeBrowser as unknown as WxtBrowser)));
    expect(note('phone-pin')).toBeNull();
    expect(root.querySelector('[data-testid="new-pin"]')).not.toBeNull();
  });
});

describe('bad input on the options page', () => {
  it('a policy of the wrong type: a note, the defaults, nothing locked', async () => {
    fakeBrowser.storage.managed.get = vi.fn(async () => 'blockMode=true') as never;
    await show(apiOf(new Background(fakeBrowser as unknown as WxtBrowser)));
    expect(text()).toContain('管理者の設定（ポリシー）の形が正しくないため');
    expect(checkbox('blockMode').checked).toBe(DEFAULT_SETTINGS.blockMode);
    expect(checkbox('blockMode').disabled).toBe(false);
  });

  it('a setting of the wrong type: a note naming it, its default shown', async () => {
    await fakeBrowser.storage.local.set({ settings: { overlay: 'yes', blockMode: true } });
    await show(apiOf(new Background(fakeBrowser as unknown as WxtBrowser)));
    expect(text()).toContain('保存されていた設定「overlay」は正しくない値');
    expect(checkbox('overlay').checked).toBe(true);
    expect(checkbox('blockMode').checked).toBe(true);
  });

  it('a storage area that throws: a note, the defaults, a save that says it failed, and the stored settings kept', async () => {
    await fakeBrowser.storage.local.set({ settings: { blockMode: true, allowlist: ['kept.example'] } });
    const get = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = vi.fn(async () => {
      throw new Error('storage is broken');
    }) as never;
    try {
      await show(apiOf(new Background(fakeBrowser as unknown as WxtBrowser)));
      expect(note('local-unreadable')?.textContent).toContain('保存されていた設定は消えていません');
      expect(checkbox('protection').checked).toBe(true);
      await act(() => checkbox('history').click()); // switching the history off
      await flush();
      await flush();
      expect(root.querySelector('[role="status"]')?.textContent).toContain('保存できませんでした');
    } finally {
      fakeBrowser.storage.local.get = get;
    }
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ blockMode: true, allowlist: ['kept.example'] });
  });

  it('a background that does not answer: a clear note instead of an empty page', async () => {
    const api = apiOf(new Background(fakeBrowser as unknown as WxtBrowser));
    await show({ ...api, state: () => Promise.reject(new Error('Could not establish connection')) });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('設定を読み込めませんでした。しばらくしてから、このページを開き直してください。');
  });
});
