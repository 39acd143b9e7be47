// @vitest-environment jsdom
// The popup's report flow in a DOM: the prepared text, the address choice, the links, copying, and no request.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../detectors/evaluate';
import { App, type PopupApi } from '../../ui/popup/App';
import { Feedback } from '../../ui/popup/Feedback';
import { pageOf } from '../helpers/page';
import { useLocale } from '../helpers/locale';

const BILL = '<h1>登録完了</h1><p>ご利用料金：99,000円</p><p>IPアドレス：203.0.113.5 を記録しました</p><p>本日中にお支払いください</p>';
const PAGE_URL = 'https://bill.example/pay/index.php?uid=8812';
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

let root: HTMLElement;
const fetchSpy = vi.fn();
beforeAll(() => useLocale('ja'));
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  vi.stubGlobal('fetch', fetchSpy);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;

describe('the popup report flow', () => {
  it('offers "this verdict is wrong" on a warning, and prepares an editable report with the origin only', async () => {
    const report = evaluate(pageOf(BILL));
    const api: PopupApi = {
      tabState: async (tabId) => ({ tabId, report, site: 'bill.example', allowed: false, canChangeAllowlist: true, decision: { overlay: true, badge: '!', block: false, calm: true } as never }),
      undoAllow: async () => undefined,
      evidence: async () => { throw new Error('not used'); },
      openSettings: () => undefined,
      pageUrl: async () => PAGE_URL,
      version: '9.8.7',
    };
    await act(() => render(<App tabId={3} api={api} />, root));
    await flush();
    expect(root.querySelector('.version')?.textContent).toBe('バージョン 9.8.7');
    expect(button('詐欺のページなのに')).toBeUndefined();
    await act(() => button('この判定はまちがい').click());
    const text = root.querySelector('textarea')!;
    expect(text.value).toContain('ページ: https://bill.example');
    expect(text.value).not.toContain('uid=8812');
    expect(text.value).toContain('99,000円');
    expect(text.value).toContain('9.8.7');
    const tracker = root.querySelector<HTMLAnchorElement>('a[data-send="tracker"]')!;
    expect(tracker.target).toBe('_blank');
    expect(tracker.rel).toContain('noopener');
    expect(new URL(tracker.href).searchParams.get('title')).toBe('[誤検知] https://bill.example');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('offers "missed" on a clean page, and keeps the user’s own words when the full address is added', async () => {
    await act(() => render(<Feedback kind="missed" url={PAGE_URL} report={null} version="1.0.0" contacts={{ issueTracker: 'https://t.example/new', feedbackMail: 'r@example.org' }} />, root));
    await act(() => button('警告されなかった').click());
    const text = root.querySelector('textarea')!;
    text.value += '\n請求画面が出ました';
    await act(() => void text.dispatchEvent(new Event('input', { bubbles: true })));
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await act(() => box.click());
    expect(text.value).toContain(`ページ: ${PAGE_URL}`);
    expect(text.value).toContain('請求画面が出ました');
    const tracker = new URL(root.querySelector<HTMLAnchorElement>('a[data-send="tracker"]')!.href);
    expect(tracker.searchParams.get('body')).toContain('請求画面が出ました');
    expect(tracker.searchParams.get('title')).toBe(`[見逃し] ${PAGE_URL}`);
    expect(root.querySelector<HTMLAnchorElement>('a[data-send="mail"]')!.href).toMatch(/^mailto:r@example\.org\?subject=/);
  });

  it('copies the title and the text; without a tracker or an address it is copy-only', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await act(() => render(<Feedback kind="false-alarm" url={PAGE_URL} report={null} version="1.0.0" contacts={{ issueTracker: '', feedbackMail: '' }} />, root));
    await act(() => button('この判定はまちがい').click());
    expect(root.querySelector('a[data-send]')).toBeNull();
    await act(async () => button('コピー').click());
    await flush();
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]![0]).toMatch(/^\[誤検知\] https:\/\/bill\.example\n\n種類: 誤検知/);
    expect(root.querySelector('[role="status"]')!.textContent).toContain('コピーしました');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
