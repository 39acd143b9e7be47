import { describe, expect, it } from 'vitest';
import { GUARD_SOURCE, OBSERVER_SOURCE, mergeBehaviour, readGuardCommand, readObserverMessage } from '../../model/protocol';
import type { Behaviour } from '../../detectors/snapshot/schema';

describe('observer messages (the page can forge them)', () => {
  it('reads valid events as runtime behaviour', () => {
    expect(readObserverMessage({ source: OBSERVER_SOURCE, events: [{ type: 'fullscreen', gesture: false, count: 2, detail: 'requestFullscreen' }] })).toEqual([
      { type: 'fullscreen', source: 'runtime', gesture: false, count: 2, detail: 'requestFullscreen' },
    ]);
  });

  it.each([
    ['another source', { source: 'x', events: [] }],
    ['no events', { source: OBSERVER_SOURCE }],
    ['not an object', 'oneclick-guard:observer'],
    ['null', null],
  ])('ignores %s', (_, data) => {
    expect(readObserverMessage(data)).toBeNull();
  });

  it('drops malformed entries and clamps the rest', () => {
    const events = readObserverMessage({
      source: OBSERVER_SOURCE,
      events: [
        { type: 'not-a-type', gesture: false, count: 1, detail: '' },
        { type: 'alert', gesture: 'no', count: 1, detail: '' },
        { type: 'alert', gesture: false, count: 1e12, detail: 'x'.repeat(500) },
        { type: 'media-play', gesture: true, count: -5, detail: 42 },
        null,
      ],
    });
    expect(events).toEqual([
      { type: 'alert', source: 'runtime', gesture: false, count: 1_000_000, detail: 'x'.repeat(80) },
      { type: 'media-play', source: 'runtime', gesture: true, count: 1, detail: '' },
    ]);
  });

  it('only ever adds: a forged empty message removes nothing already seen', () => {
    const list: Behaviour[] = [{ type: 'popstate-repush', source: 'runtime', gesture: false, count: 1, detail: '' }];
    mergeBehaviour(list, readObserverMessage({ source: OBSERVER_SOURCE, events: [] })!);
    mergeBehaviour(list, [{ type: 'popstate-repush', source: 'runtime', gesture: false, count: 3, detail: '' }]);
    expect(list).toEqual([{ type: 'popstate-repush', source: 'runtime', gesture: false, count: 4, detail: '' }]);
  });

  it('reads guard commands and nothing else', () => {
    expect(readGuardCommand({ source: GUARD_SOURCE, command: 'flagged' })).toBe('flagged');
    expect(readGuardCommand({ source: GUARD_SOURCE, command: 'unflag' })).toBeNull();
    expect(readGuardCommand({ source: OBSERVER_SOURCE, command: 'flagged' })).toBeNull();
  });
});
