// The host of our overlay: a closed shadow root in the top layer that page CSS cannot restyle, page scripts cannot
// reach into, and that comes back when removed. Events inside it are handled by our document_start listener and
// never reach the page, so a page cannot swallow our button clicks or forge them (untrusted events are ignored).
import type { Report } from '../../detectors/evaluate';
import type { ContactAttempt, EarlyState } from './early';
import { OVERLAY_CSS, blockView, contactView, warningView, type WarningActions } from '../../ui/overlay';
import { t } from '../../ui/i18n';

const HOST_TAG = 'oneclick-guard';
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: 0',
  'width: 100vw',
  'height: 100vh',
  'max-width: none',
  'max-height: none',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'background: transparent',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'overflow: visible',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'pointer-events: auto',
  'z-index: 2147483647',
].map((d) => `${d} !important`).join('; ');
const WATCH_MS = 1000;
const VIEWPORT = 'width=device-width, initial-scale=1';

export class Shield {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private content: HTMLElement | null = null;
  private actions: Record<string, () => void> = {};
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Where the keyboard focus was before the overlay took it: it goes back there when the overlay goes. */
  private focusBefore: Element | null = null;
  /** Our viewport tag while the overlay is shown (see show()). */
  private viewport: HTMLMetaElement | null = null;
  // A page script that moves focus out from under the overlay gets it taken back.
  private readonly keepFocus = (e: Event) => {
    if (this.content && this.host && e.composedPath()[0] !== this.host) setTimeout(() => this.focusFirst(), 0);
  };

  constructor(private readonly state: EarlyState) {}

  get visible(): boolean {
    return this.content !== null;
  }

  showWarning(report: Report, site: string, canAllow: boolean, actions: WarningActions): void {
    this.show(warningView(report, site, canAllow), { close: actions.close, details: actions.details, fine: actions.fine });
  }

  /** Block mode: an opaque page of its own over the fraud page; no way through, only away. */
  showBlock(report: Report, actions: Pick<WarningActions, 'close' | 'details'>): void {
    this.show(blockView(report), { close: actions.close, details: actions.details });
  }

  showContact(attempt: ContactAttempt, onDone: (proceeded: boolean) => void): void {
    const previous = this.content;
    const previousActions = this.actions;
    const restore = () => {
      if (previous) this.show(previous, previousActions);
      else this.hide();
    };
    this.show(contactView(attempt.kind, attempt.target), {
      cancel: () => {
        restore();
        onDone(false);
      },
      proceed: () => {
        restore();
        onDone(true);
        attempt.proceed();
      },
    });
  }

  hint(text: string): void {
    const el = this.root?.querySelector('.hint');
    if (el) el.textContent = text;
  }

  /** Takes the overlay out of the way (for a screenshot of the page) without forgetting it. */
  suspend(): void {
    this.stopWatching();
    this.host?.remove();
  }

  resume(): void {
    if (this.content) this.attach();
  }

  hide(): void {
    this.content = null;
    this.actions = {};
    this.stopWatching();
    this.host?.remove();
    this.state.overlayHost = null;
    this.state.overlayEvent = null;
    this.viewport?.remove();
    this.viewport = null;
    const before = this.focusBefore;
    this.focusBefore = null;
    if (before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
  }

  private show(content: HTMLElement, actions: Record<string, () => void>): void {
    // A view replacing ours (new findings) keeps the keyboard on the same button where it has one.
    const focusedAction = this.content ? (this.root?.activeElement?.getAttribute('data-action') ?? null) : null;
    if (!this.content) {
      const active = document.activeElement;
      this.focusBefore = active && active !== document.body && active !== this.host ? active : null;
    }
    this.fitPhone();
    this.content = content;
    this.actions = actions;
    if (!this.root) {
      this.host = document.createElement(HOST_TAG);
      this.root = this.host.attachShadow({ mode: 'closed' });
      this.host.addEventListener('toggle', () => this.repair());
    }
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.root.replaceChildren(style, content);
    this.state.overlayHost = this.host;
    this.state.overlayEvent = (e) => this.onEvent(e);
    this.attach();
    const same = focusedAction ? this.buttons().find((b) => b.getAttribute('data-action') === focusedAction) : undefined;
    if (same) same.focus({ preventScroll: true });
    else this.focusFirst();
  }

  /**
   * On a phone, a page without a viewport tag is laid out 980 px wide and shrunk, and our warning with it (to text
   * a third of its size). While the overlay is shown, a viewport tag of ours (the last one wins) lays it out at the
   * device's width and lets the user zoom; it goes when the overlay goes. Desktop browsers ignore the tag.
   */
  private fitPhone(): void {
    if (this.viewport || !document.documentElement) return;
    const meta = document.createElement('meta');
    meta.name = 'viewport';
    meta.content = VIEWPORT;
    (document.head ?? document.documentElement).append(meta);
    this.viewport = meta;
  }

  /** A page that adds a later viewport tag, or rewrites ours, would shrink the warning again: ours goes back last. */
  private keepViewportLast(): void {
    const ours = this.viewport;
    if (!ours || !document.documentElement) return;
    if (ours.getAttribute('name') !== 'viewport') ours.setAttribute('name', 'viewport');
    if (ours.getAttribute('content') !== VIEWPORT) ours.setAttribute('content', VIEWPORT);
    const all = document.querySelectorAll('meta[name="viewport" i]');
    if (!ours.isConnected || all[all.length - 1] !== ours) (document.head ?? document.documentElement).append(ours);
  }

  /** Puts the host back in place, on top, unstyled by the page. */
  private attach(): void {
    const host = this.host;
    if (!host || !this.content) return;
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    for (const a of Array.from(host.attributes)) if (a.name !== 'style' && a.name !== 'popover') host.removeAttribute(a.name);
    const parent = document.documentElement;
    if (parent && (host.parentNode !== parent || parent.lastElementChild !== host)) parent.append(host);
    const popover = host as HTMLElement & { showPopover?: () => void; hidePopover?: () => void };
    if (typeof popover.showPopover === 'function') {
      if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
      try {
        if (!host.matches(':popover-open')) popover.showPopover();
      } catch {
        // not connected yet or already shown
      }
    }
    this.startWatching();
  }

  private startWatching(): void {
    const host = this.host;
    if (!host) return;
    if (!this.observer) {
      this.observer = new MutationObserver(() => this.repair());
      this.observer.observe(host, { attributes: true });
      if (document.documentElement) this.observer.observe(document.documentElement, { childList: true });
      this.observer.observe(document, { childList: true });
    }
    // A backstop for what no observer reports (full screen, a page dialog opened above us), kept running even
    // while the page keeps removing the host.
    if (this.timer === null) this.timer = setInterval(() => this.repair(), WATCH_MS);
    window.addEventListener('focusin', this.keepFocus, true);
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    window.removeEventListener('focusin', this.keepFocus, true);
  }

  private repair(): void {
    const host = this.host;
    if (!host || !this.content) return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    this.keepViewportLast();
    // A page dialog or popover opened after ours would sit above it (and a modal dialog makes it inert): close it.
    for (const modal of Array.from(document.querySelectorAll('dialog[open]'))) (modal as HTMLDialogElement).close();
    for (const open of Array.from(document.querySelectorAll(':popover-open'))) {
      if (open !== host) (open as HTMLElement & { hidePopover(): void }).hidePopover();
    }
    const hidden = !host.isConnected || host.getAttribute('style') !== HOST_STYLE || (host.getAttribute('popover') !== null && !host.matches(':popover-open'));
    if (hidden || (document.documentElement && document.documentElement.lastElementChild !== host)) {
      const hadFocus = !host.isConnected || document.activeElement === host;
      this.observer?.disconnect();
      this.observer = null;
      this.attach();
      // Taking the host out of the page took the keyboard focus with it: give it back to our buttons.
      if (hadFocus) this.focusFirst();
    }
  }

  private buttons(): HTMLButtonElement[] {
    return Array.from(this.root?.querySelectorAll('button') ?? []);
  }

  private focusFirst(): void {
    this.buttons()[0]?.focus({ preventScroll: true });
  }

  private pointAt(e: MouseEvent): Element | null {
    return this.root?.elementFromPoint(e.clientX, e.clientY) ?? null;
  }

  /** Every event from inside the overlay comes here first (see early.ts); the page never sees it. */
  private onEvent(e: Event): void {
    const root = this.root;
    if (!root || !e.isTrusted) return;
    if (e.type === 'keydown') {
      const key = (e as KeyboardEvent).key;
      if (key === 'Tab') {
        e.preventDefault();
        const list = this.buttons();
        const at = list.indexOf(root.activeElement as HTMLButtonElement);
        const next = (at + ((e as KeyboardEvent).shiftKey ? -1 : 1) + list.length) % list.length;
        list[next]?.focus();
      } else if (key === 'Escape') {
        // Esc does not dismiss silently: it says how to leave.
        e.preventDefault();
        this.hint(t('overlay.escHint'));
      }
      return;
    }
    if (e.type === 'mousedown' && !(this.pointAt(e as MouseEvent)?.closest('button'))) {
      // A click beside the buttons must not take focus away from them (keyboard users would be lost).
      e.preventDefault();
      return;
    }
    if (e.type !== 'click') return;
    const mouse = e as MouseEvent;
    const at = mouse.detail === 0 ? root.activeElement : this.pointAt(mouse);
    const button = at?.closest('button');
    const action = button?.getAttribute('data-action');
    if (action && this.actions[action]) this.actions[action]();
  }
}
