// MAIN-world observer, installed at document_start before any page script. It wraps the APIs that fraud pages
// abuse — without changing what they do for an honest page — and reports each use, with whether a user gesture
// preceded it, to our isolated content script. Once the isolated side says the page is fraud, it also refuses
// what would only help the fraud: notification prompts, full screen, alert loops and leave-page prompts.
import { OBSERVER_SOURCE, readGuardCommand, type ObservedEvent, type ObserverMessage } from '../../model/protocol';
import { LIMITS } from '../../detectors/snapshot/limits';

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;
type Win = Window & typeof globalThis;

const FLUSH_MS = 150;
const REPUSH_WINDOW_MS = 500;
const GESTURE_MS = 1000;

export function installObserver(w: Win): void {
  // Captured before the page can replace them.
  const post = w.postMessage.bind(w);
  const setTimer = w.setTimeout.bind(w);
  const now = w.performance.now.bind(w.performance);
  const addListener = w.EventTarget.prototype.addEventListener;
  const removeListener = w.EventTarget.prototype.removeEventListener;
  const userActivation = (w.navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;

  let flagged = false;
  let lastGesture = -Infinity;
  let lastPopstate = -Infinity;
  const pending = new Map<string, ObservedEvent>();
  let scheduled = false;
  const unloadListeners: [EventTarget, EventListenerOrEventListenerObject, boolean | EventListenerOptions | undefined][] = [];

  for (const type of ['pointerdown', 'mousedown', 'keydown', 'touchend', 'click']) {
    addListener.call(w, type, (e: Event) => {
      if (e.isTrusted) lastGesture = now();
    }, { capture: true, passive: true });
  }
  const gesture = () => (userActivation ? userActivation.isActive : now() - lastGesture < GESTURE_MS);

  function flush(): void {
    scheduled = false;
    if (pending.size === 0) return;
    const message: ObserverMessage = { source: OBSERVER_SOURCE, events: [...pending.values()] };
    pending.clear();
    post(message, '*');
  }

  function record(type: ObservedEvent['type'], detail = ''): void {
    const g = gesture();
    const key = `${type}|${g}`;
    const seen = pending.get(key);
    if (seen) seen.count++;
    else pending.set(key, { type, gesture: g, count: 1, detail: detail.slice(0, LIMITS.valueChars) });
    if (!scheduled) {
      scheduled = true;
      setTimer(flush, FLUSH_MS);
    }
  }

  /** Replaces `proto[name]` with a function that first runs `before` (which may return a replacement result). */
  function wrap(proto: object | undefined, name: string, before: (self: unknown, args: unknown[]) => { result: unknown } | void): void {
    if (!proto) return;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') return;
    const original = desc.value as AnyFn;
    const wrapped = {
      [name](this: unknown, ...args: unknown[]) {
        let replaced: { result: unknown } | void = undefined;
        try {
          replaced = before(this, args);
        } catch {
          // our bookkeeping never breaks the page
        }
        return replaced ? replaced.result : original.apply(this, args);
      },
    }[name]!;
    Object.defineProperty(proto, name, { ...desc, value: wrapped });
  }

  const src = (el: unknown) => {
    const media = el as HTMLMediaElement;
    const url = String(media.currentSrc || media.src || '');
    return url.slice(url.lastIndexOf('/') + 1).split(/[?#]/)[0] ?? '';
  };
  const audible = (el: unknown) => {
    const media = el as HTMLMediaElement;
    return !media.muted && media.volume > 0;
  };

  // Sound: script plays, autoplay (seen through the play event) and Web Audio sources.
  const playedByScript = new WeakSet<object>();
  wrap(w.HTMLMediaElement?.prototype, 'play', (self) => {
    if (!audible(self)) return;
    playedByScript.add(self as object);
    record('media-play', src(self));
  });
  addListener.call(w, 'play', (e: Event) => {
    const el = e.target as object;
    if (playedByScript.has(el)) playedByScript.delete(el);
    else if (audible(el)) record('media-play', src(el));
  }, { capture: true, passive: true });
  wrap((w as Win & { AudioScheduledSourceNode?: { prototype: object } }).AudioScheduledSourceNode?.prototype, 'start', (self) => {
    record('audio-context', (self as { constructor?: { name?: string } }).constructor?.name ?? 'AudioNode');
  });

  // History: pushState floods and pushes (or forward steps) right after the Back button.
  const history = w.History?.prototype;
  const afterPopstate = () => now() - lastPopstate < REPUSH_WINDOW_MS;
  wrap(history, 'pushState', () => {
    record(afterPopstate() ? 'popstate-repush' : 'history-push', 'history.pushState');
  });
  wrap(history, 'go', (_, args) => {
    if (Number(args[0]) > 0 && afterPopstate()) record('popstate-repush', 'history.go');
  });
  wrap(history, 'forward', () => {
    if (afterPopstate()) record('popstate-repush', 'history.forward');
  });
  addListener.call(w, 'popstate', () => {
    lastPopstate = now();
  }, true);

  // Leave-page prompts: listeners and the onbeforeunload property. Kept so they can be dropped on "close".
  wrap(w.EventTarget.prototype, 'addEventListener', (self, args) => {
    if (args[0] !== 'beforeunload' || (self !== w && self !== w.document.body)) return;
    record('beforeunload', 'addEventListener');
    if (flagged) return { result: undefined };
    unloadListeners.push([self as EventTarget, args[1] as EventListenerOrEventListenerObject, args[2] as boolean | undefined]);
  });
  for (const owner of [w, w.Window?.prototype, w.HTMLBodyElement?.prototype]) {
    if (!owner) continue;
    const desc = Object.getOwnPropertyDescriptor(owner, 'onbeforeunload');
    if (!desc?.set || !desc.configurable) continue;
    const set = desc.set;
    Object.defineProperty(owner, 'onbeforeunload', {
      ...desc,
      set(this: unknown, value: unknown) {
        if (typeof value === 'function') {
          record('beforeunload', 'onbeforeunload');
          if (flagged) return;
        }
        set.call(this, value);
      },
    });
  }

  // Full screen, dialogs, notifications, camera, vibration.
  const refuse = (result: unknown) => (flagged ? { result } : undefined);
  for (const name of ['requestFullscreen', 'webkitRequestFullscreen', 'webkitRequestFullScreen', 'mozRequestFullScreen']) {
    wrap(w.Element?.prototype, name, () => {
      record('fullscreen', name);
      return refuse(Promise.reject(new TypeError('Full screen was refused by OneClick Guard on this page.')));
    });
  }
  for (const [name, refused] of [['alert', undefined], ['confirm', false], ['prompt', null]] as const) {
    wrap(w, name, () => {
      record('alert', name);
      return refuse(refused);
    });
  }
  wrap(w.Notification, 'requestPermission', (_, args) => {
    record('notification', 'Notification.requestPermission');
    if (!flagged) return undefined;
    if (typeof args[0] === 'function') (args[0] as (p: string) => void)('denied');
    return { result: Promise.resolve('denied') };
  });
  wrap(w.MediaDevices?.prototype, 'getUserMedia', () => record('camera', 'getUserMedia'));
  wrap(w.Navigator?.prototype, 'vibrate', () => record('vibrate', 'navigator.vibrate'));

  // Commands from our isolated script (a page may forge them; each only takes power away from the page).
  addListener.call(w, 'message', (event: Event) => {
    const e = event as MessageEvent;
    if (e.source !== w) return;
    const command = readGuardCommand(e.data);
    if (command === 'flagged') flagged = true;
    else if (command === 'release-unload') {
      for (const [target, listener, options] of unloadListeners.splice(0)) removeListener.call(target, 'beforeunload', listener, options);
      try {
        w.onbeforeunload = null;
        w.document.body?.removeAttribute('onbeforeunload');
      } catch {
        // nothing to release
      }
    }
  }, true);
}

