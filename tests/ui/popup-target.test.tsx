// @vitest-environment jsdom
// Which tab the popup explains, with Firefox for Android's tabs.query (a subset of the tabs, the popup itself a page)
// or none at all: the compatibility gate names this test for tabs.query on Firefox for Android.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { targetTab, type TabsApi } from '../../ui/popup/target';
import { App, type PopupApi } from '../../ui/popup/App';
import { useLocale } from '../helpers/locale';

type Query = NonNullable<NonNullable<TabsApi['tabs']>['query']>;
const tabs = (query: Query, own?: number): TabsApi => ({
  tabs: { query, getCurrent: async () => (own === undefined ? undefined : { id: own }) },
});

beforeAll(() => useLocale('ja'));

describe('the tab the popup explains', () => {
  it('takes ?tabId= (the warning’s details button) without asking the browser', async () => {
    const query = vi.fn(async () => [{ id: 1 }]);
    expect(await targetTab('?tabId=42&view=page', tabs(query))).toBe(42);
    expect(query).not.toHaveBeenCalled();
  });

  it('takes the active tab on desktop, where the popup is no tab of its own', async () => {
    expect(await targetTab('', tabs(async () => [{ id: 7 }]))).toBe(7);
  });

  it('never explains itself: tabs.query on Firefox for Android finds only the popup’s own page', async () => {
    expect(await targetTab('', tabs(async () => [{ id: 9 }], 9))).toBeNull();
    expect(await targetTab('', tabs(async () => [{ id: 9 }, { id: 4 }], 9))).toBe(4);
  });

  it('gives no tab when tabs.query finds nothing, rejects, throws or is missing', async () => {
    expect(await targetTab('', tabs(async () => []))).toBeNull();
    expect(await targetTab('', tabs(() => Promise.reject(new Error('no'))))).toBeNull();
    expect(await targetTab('', tabs(() => { throw new Error('no'); }))).toBeNull();
    expect(await targetTab('', { tabs: {} })).toBeNull();
    expect(await targetTab('', {})).toBeNull();
  });

  it('shows its "no page" view for no tab, without asking the background', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const api: PopupApi = { tabState: vi.fn(), undoAllow: vi.fn(), evidence: vi.fn(), openSettings: vi.fn(), pageUrl: vi.fn(), version: '1' };
    await act(() => render(<App tabId={null} api={api} />, root));
    expect(root.querySelector('[role="alert"]')?.textContent).toBeTruthy();
    expect(api.tabState).not.toHaveBeenCalled();
    render(null, root);
  });
});
