import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserLikeWindow } from '../../helpers/window';
import { contactKind, earlyState, installEarly, type ContactAttempt } from '../../../extension/content/early';
import { OBSERVER_SOURCE } from '../../../model/protocol';

const page = (html: string) => browserLikeWindow(html);

beforeEach(() => {
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('oneclick-guard.early')];
});

describe('contact kinds', () => {
  it.each([
    ['tel:18603-1234-5678', 'tel'],
    ['TEL:0312345678', 'tel'],
    ['sms:09012345678', 'tel'],
    ['mailto:a@b.example', 'mail'],
    ['https://line.me/R/ti/p/@abc', 'line'],
    ['https://lin.ee/abc', 'line'],
    ['line://ti/p/@abc', 'line'],
    ['https://t.me/vid_admin', 'chat'],
    ['https://open.kakao.com/o/abc123', 'chat'],
    ['tg://resolve?domain=x', 'chat'],
    ['https://example.com/t.me', null],
    ['https://example.com/line.me', null],
    ['https://online.me.example/', null],
    ['/taikai', null],
  ])('%s → %s', (href, kind) => {
    expect(contactKind(href)).toBe(kind);
  });
});

describe('the early content script', () => {
  it('holds a tel: click on a guarded page before page listeners see it', () => {
    const w = page('<a id="t" href="tel:0312345678">03-1234-5678</a>');
    const state = installEarly(w);
    const attempts: ContactAttempt[] = [];
    state.guard = (a) => attempts.push(a);
    const pageListener = vi.fn();
    w.document.getElementById('t')!.addEventListener('click', pageListener);
    const event = new w.MouseEvent('click', { bubbles: true, cancelable: true });
    w.document.getElementById('t')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(pageListener).not.toHaveBeenCalled();
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ kind: 'tel', target: '0312345678' });
  });

  it('lets clicks through when the page is not guarded, and ordinary links always', () => {
    const w = page('<a id="t" href="tel:0312345678">x</a><a id="n" href="/next">next</a>');
    const state = installEarly(w);
    const e1 = new w.MouseEvent('click', { bubbles: true, cancelable: true });
    w.document.getElementById('t')!.dispatchEvent(e1);
    expect(e1.defaultPrevented).toBe(false);
    state.guard = vi.fn();
    const e2 = new w.MouseEvent('click', { bubbles: true, cancelable: true });
    w.document.getElementById('n')!.dispatchEvent(e2);
    expect(e2.defaultPrevented).toBe(false);
    expect(state.guard).not.toHaveBeenCalled();
  });

  it('holds form submits on guarded pages', () => {
    const w = page('<form id="f" action="/send"><input name="m"></form>');
    const state = installEarly(w);
    state.guard = vi.fn();
    const event = new w.Event('submit', { bubbles: true, cancelable: true });
    w.document.getElementById('f')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(state.guard).toHaveBeenCalledWith(expect.objectContaining({ kind: 'form', target: '/send' }));
  });

  it('buffers validated observer reports and wakes the main script', async () => {
    const w = page('');
    const state = installEarly(w);
    const woke = vi.fn();
    state.onBehaviour = woke;
    w.postMessage({ source: OBSERVER_SOURCE, events: [{ type: 'alert', gesture: false, count: 4, detail: 'alert' }, { type: 'bogus' }] }, '*');
    await vi.waitFor(() => expect(woke).toHaveBeenCalled());
    expect(state.behaviour).toEqual([{ type: 'alert', source: 'runtime', gesture: false, count: 4, detail: 'alert' }]);
  });

  it('keeps events inside the overlay from the page', () => {
    const w = page('<div id="host"></div>');
    const state = earlyState();
    installEarly(w);
    const host = w.document.getElementById('host')!;
    state.overlayHost = host;
    const seen = vi.fn();
    state.overlayEvent = seen;
    const pageListener = vi.fn();
    w.addEventListener('click', pageListener, true);
    host.dispatchEvent(new w.MouseEvent('click', { bubbles: true }));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(pageListener).not.toHaveBeenCalled();
  });
});
