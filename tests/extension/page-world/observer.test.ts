import { describe, expect, it, vi } from 'vitest';
import { browserLikeWindow } from '../../helpers/window';
import { installObserver } from '../../../extension/page-world/observer';
import { GUARD_SOURCE, readObserverMessage } from '../../../model/protocol';
import type { Behaviour } from '../../../detectors/snapshot/schema';

function observed() {
  const w = browserLikeWindow('');
  // jsdom has no dialogs; stand-ins that behave like real ones do.
  w.confirm = vi.fn(() => true);
  w.alert = vi.fn();
  installObserver(w);
  const events: Behaviour[] = [];
  w.addEventListener('message', (e) => events.push(...(readObserverMessage(e.data) ?? [])));
  return { w, events };
}

describe('the MAIN-world observer', () => {
  it('reports a pushState flood without a gesture, batched', async () => {
    const { w, events } = observed();
    for (let i = 0; i < 30; i++) w.history.pushState(null, '', `/p${i}`);
    await vi.waitFor(() => expect(events.length).toBeGreaterThan(0));
    expect(events).toEqual([{ type: 'history-push', source: 'runtime', gesture: false, count: 30, detail: 'history.pushState' }]);
    expect(w.location.pathname).toBe('/p29'); // the call still did its job
  });

  it('tells a push right after Back from an ordinary push', async () => {
    const { w, events } = observed();
    w.dispatchEvent(new w.PopStateEvent('popstate'));
    w.history.pushState(null, '', '/again');
    await vi.waitFor(() => expect(events.map((e) => e.type)).toContain('popstate-repush'));
  });

  it('records beforeunload handlers and dialogs, leaving their behaviour unchanged', async () => {
    const { w, events } = observed();
    const handler = () => undefined;
    w.addEventListener('beforeunload', handler);
    w.onbeforeunload = () => 'x';
    expect(typeof w.onbeforeunload).toBe('function');
    expect(w.confirm('ok?')).toBe(true);
    await vi.waitFor(() => expect(events.map((e) => e.type).sort()).toEqual(['alert', 'beforeunload']));
    expect(events.find((e) => e.type === 'beforeunload')!.count).toBe(2);
  });

  it('refuses dialogs and drops leave-page prompts once told the page is fraud', async () => {
    const { w } = observed();
    w.onbeforeunload = () => 'stay';
    w.postMessage({ source: GUARD_SOURCE, command: 'flagged' }, '*');
    await new Promise((r) => setTimeout(r, 20));
    expect(w.confirm('pay now?')).toBe(false);
    w.onbeforeunload = () => 'again'; // refused while flagged: the earlier handler stays until released
    w.postMessage({ source: GUARD_SOURCE, command: 'release-unload' }, '*');
    await new Promise((r) => setTimeout(r, 20));
    expect(w.onbeforeunload).toBeNull();
  });

  it('keeps working when the page replaces postMessage and setTimeout after it started', async () => {
    const { w, events } = observed();
    w.postMessage = () => undefined;
    w.setTimeout = (() => 0) as unknown as typeof w.setTimeout;
    w.confirm('x');
    await vi.waitFor(() => expect(events.map((e) => e.type)).toContain('alert'));
  });
});
