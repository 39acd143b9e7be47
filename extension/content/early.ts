// Isolated world, document_start: the smallest part of our content script, registered before any page script so
// that the page cannot get in front of it. It buffers the observer's reports for the main content script and
// holds the contact guard (tel:, mailto:, LINE links and form submits on flagged pages).
import type { Behaviour } from '../../detectors/snapshot/schema';
import { mergeBehaviour, readObserverMessage } from '../../model/protocol';
import type { ContactKind } from '../../model/contact';

export interface ContactAttempt {
  kind: ContactKind;
  /** The number, address or form action, for the warning (shown as text). */
  target: string;
  /** Carries out the contact the user chose after our warning. */
  proceed: () => void;
}

export interface EarlyState {
  /** installEarly ran in this frame (at document_start, or late when the extension was added to an open page). */
  installed: boolean;
  behaviour: Behaviour[];
  /** Called when new behaviour arrives (set by the main content script). */
  onBehaviour: (() => void) | null;
  /** Set on flagged pages: asks the user before any contact goes out. */
  guard: ((attempt: ContactAttempt) => void) | null;
  /** Our overlay's host element while it is shown; events from inside it go to overlayEvent only. */
  overlayHost: Element | null;
  overlayEvent: ((e: Event) => void) | null;
}

// Everything a user does inside the overlay. The page must neither see nor stop these events.
const OVERLAY_EVENTS = [
  'click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focusin', 'focusout', 'touchstart', 'touchend',
];

const KEY = Symbol.for('oneclick-guard.early');

/** The state shared by our isolated scripts in this frame (the page cannot see isolated-world globals). */
export function earlyState(): EarlyState {
  const g = globalThis as unknown as Record<symbol, EarlyState | undefined>;
  return (g[KEY] ??= { installed: false, behaviour: [], onBehaviour: null, guard: null, overlayHost: null, overlayEvent: null });
}

export function installEarly(w: Window & typeof globalThis): EarlyState {
  const state = earlyState();
  if (state.installed) return state;
  state.installed = true;
  for (const type of OVERLAY_EVENTS) {
    w.addEventListener(
      type,
      (e) => {
        const host = state.overlayHost;
        if (!host || e.composedPath()[0] !== host) return;
        e.stopImmediatePropagation();
        state.overlayEvent?.(e);
      },
      true,
    );
  }
  w.addEventListener(
    'message',
    (e) => {
      if (e.source !== w) return;
      const events = readObserverMessage(e.data);
      if (!events || events.length === 0) return;
      mergeBehaviour(state.behaviour, events);
      state.onBehaviour?.();
    },
    true,
  );
  w.addEventListener('click', (e) => guardClick(state, w, e), true);
  w.addEventListener('auxclick', (e) => guardClick(state, w, e), true);
  w.addEventListener('submit', (e) => guardSubmit(state, e), true);
  return state;
}

/** The kind of contact a link makes, or null for ordinary links. */
export function contactKind(href: string): ContactKind | null {
  const h = href.trim().toLowerCase();
  if (h.startsWith('tel:') || h.startsWith('callto:') || h.startsWith('sms:')) return 'tel';
  if (h.startsWith('mailto:')) return 'mail';
  if (h.startsWith('line:') || /^(?:https?:)?\/\/(?:[a-z0-9-]+\.)?(?:line\.me|lin\.ee)(?:[/:?#]|$)/.test(h)) return 'line';
  if (h.startsWith('tg:') || h.startsWith('kakaotalk:') || /^(?:https?:)?\/\/(?:t\.me|telegram\.me|open\.kakao\.com|qr\.kakao\.com)(?:[/:?#]|$)/.test(h)) return 'chat';
  return null;
}

function guardClick(state: EarlyState, w: Window, e: Event): void {
  if (!state.guard) return;
  const path = e.composedPath();
  const link = path.find((n): n is HTMLAnchorElement => (n as Element).localName === 'a' && (n as Element).hasAttribute?.('href'));
  if (!link) return;
  const href = link.getAttribute('href') ?? '';
  const kind = contactKind(href);
  if (!kind) return;
  // Forged clicks (link.click() from a script) are held too: the page would be dialling without the user.
  e.preventDefault();
  e.stopImmediatePropagation();
  state.guard({
    kind,
    target: href.replace(/^[a-z]+:(?:\/\/)?/i, ''),
    proceed: () => {
      if (kind === 'line' || kind === 'chat') w.open(link.href, '_blank', 'noopener');
      else w.location.href = link.href;
    },
  });
}

function guardSubmit(state: EarlyState, e: Event): void {
  if (!state.guard) return;
  const form = e.target as HTMLFormElement;
  if (!form || form.localName !== 'form') return;
  e.preventDefault();
  e.stopImmediatePropagation();
  state.guard({
    kind: 'form',
    target: form.getAttribute('action') ?? '',
    // submit() sends the form without firing submit again.
    proceed: () => HTMLFormElement.prototype.submit.call(form),
  });
}
