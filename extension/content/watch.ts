// The content script's part that runs on every page (once it is parsed, in every frame): a cheap gate, then —
// only for pages that pass it — the engine, loaded on demand; re-reading when the page changes; messages.
import { browser } from '@wxt-dev/browser';
import { installEarly, type EarlyState } from './early';
import { loadedEngine, type Engine } from './engine-api';
import { addedTextMatters, alarming, gatePage } from './gate';
import { closedShadowLookup } from './closed-shadow';
import { mergeBehaviour } from '../../model/protocol';
import type { ContentMessage, TabMessage } from '../../model/messages';

const DEBOUNCE_MS = 300;
const MAX_WAIT_MS = 1500;
const MAX_SCANS = 40;
const WATCH_FOR_MS = 10 * 60_000;
// Past those, a page that keeps changing is still read now and then, less and less often: a bill revealed after a
// minute of constant changes (or ten) is judged, and a busy page costs one read every few minutes at most.
const LATE_FIRST_MS = 15_000;
const LATE_MAX_MS = 5 * 60_000;
const GATE_EVERY_MS = 1500;
const TICK_PATTERN = /\d{1,2} ?[:時分] ?\d{1,2}/;
const TICKS_FOR_TIMER = 3;
const REVEAL_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

export function startProtection(): void {
  const state = installEarly(window); // already done at document_start; needed when injected into a loaded page
  new Watcher(state).start();
}

class Watcher {
  private interesting = false;
  private scans = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPending = 0;
  private observer: MutationObserver | null = null;
  private readonly startedAt = Date.now();
  private readonly ticks = new WeakMap<Node, { count: number; first: number }>();
  private tickingSeen = false;
  private scanning = false;
  private rescan = false;
  private lastGate = 0;
  private gateTimer: ReturnType<typeof setTimeout> | null = null;
  private engineLoad: Promise<Engine | undefined> | null = null;
  private revealsWatched = false;

  private readonly closedRoot = closedShadowLookup(() => this.state.overlayHost);

  constructor(private readonly state: EarlyState) {}

  start(): void {
    browser.runtime.onMessage.addListener((message: unknown) => this.onMessage(message as TabMessage));
    this.state.onBehaviour = () => {
      if (!this.interesting && alarming(this.state.behaviour)) this.interesting = true;
      if (this.interesting) this.schedule();
    };
    this.lastGate = Date.now();
    // Observing first: the gate may answer at once, and the first scan widens what is observed.
    this.observe();
    gatePage(document, this.state.behaviour, (pass) => {
      if (!pass || this.interesting) return;
      this.interesting = true;
      this.scan();
    }, this.closedRoot);
    // A bill in a frame may have been judged before this (top) frame's script ran: ask for the tab's decision.
    if (window.top === window && document.querySelector('iframe, frame')) {
      this.send({ type: 'sync' }).then((reply) => reply && this.onMessage(reply as TabMessage));
    }
  }

  private send(message: ContentMessage): Promise<unknown> {
    return browser.runtime.sendMessage(message).catch(() => undefined);
  }

  /** The engine, loaded into this frame by the background the first time it is needed. */
  private engine(): Promise<Engine | undefined> {
    const loaded = loadedEngine();
    if (loaded) return Promise.resolve(loaded);
    this.engineLoad ??= this.send({ type: 'load-engine' }).then(() => loadedEngine());
    return this.engineLoad;
  }

  private observe(): void {
    if (!document.documentElement) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /**
   * On a page worth reading, text can also appear without any node being added: a class, style or attribute
   * change that reveals a hidden bill (a fade-in on scroll, a modal opened). From the first scan on, those changes
   * are watched too — only on such pages, and within the same scan budget.
   */
  private watchReveals(): void {
    if (this.revealsWatched || !this.observer || !document.documentElement) return;
    this.revealsWatched = true;
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: REVEAL_ATTRIBUTES });
    // A bill that fades or slides in with CSS changes no attribute: read it again once it has arrived (faint or
    // shrunk text is read as unseen while it is on its way).
    const arrived = (): void => {
      if (this.scans < MAX_SCANS && Date.now() - this.startedAt < WATCH_FOR_MS) this.schedule();
    };
    document.addEventListener('animationend', arrived, { capture: true, passive: true });
    document.addEventListener('transitionend', arrived, { capture: true, passive: true });
  }

  private onMutations(all: MutationRecord[]): void {
    // Our own overlay host changes when it repairs itself: that is no news about the page.
    const host = this.state.overlayHost;
    const records = host ? all.filter((r) => r.target !== host) : all;
    if (records.length === 0) return;
    if (Date.now() - this.startedAt > WATCH_FOR_MS || this.scans >= MAX_SCANS) {
      this.lateLater();
      return;
    }
    if (!this.interesting) {
      // Only what the page added can change the gate's answer; a busy page is sampled, not read in full.
      const added: Node[] = [];
      for (const r of records.slice(0, 20)) {
        if (r.type === 'characterData') added.push(r.target);
        else for (let i = 0; i < r.addedNodes.length && i < 20; i++) added.push(r.addedNodes[i]!);
      }
      if (addedTextMatters(added)) this.gateLater();
      return;
    }
    if (records.length <= 50) this.noticeTicking(records);
    this.schedule();
  }

  private lateTimer: ReturnType<typeof setTimeout> | null = null;
  private lateDelay = LATE_FIRST_MS;

  /** Past the watch's budget: one read after the next pause, each pause twice the last (up to LATE_MAX_MS). */
  private lateLater(): void {
    if (this.lateTimer !== null) return;
    this.lateTimer = setTimeout(() => {
      this.lateTimer = null;
      this.lateDelay = Math.min(LATE_MAX_MS, this.lateDelay * 2);
      if (!this.interesting) {
        gatePage(document, this.state.behaviour, (pass) => {
          if (!pass || this.interesting) return;
          this.interesting = true;
          this.lateScan();
        }, this.closedRoot);
        return;
      }
      this.lateScan();
    }, this.lateDelay);
  }

  private lateScan(): void {
    if (this.scanning) return;
    this.scans = Math.min(this.scans, MAX_SCANS - 1);
    this.scan();
  }

    /** Re-runs the gate after page changes, at most every GATE_EVERY_MS (textContent of a busy page is not free). */
  private gateLater(): void {
    if (this.gateTimer !== null) return;
    const wait = Math.max(0, this.lastGate + GATE_EVERY_MS - Date.now());
    this.gateTimer = setTimeout(() => {
      this.gateTimer = null;
      this.lastGate = Date.now();
      if (this.interesting) return;
      gatePage(document, this.state.behaviour, (pass) => {
        if (!pass || this.interesting) return;
        this.interesting = true;
        this.schedule();
      }, this.closedRoot);
    }, wait);
  }

  /** A text that changes every second with a clock in it is a live countdown. */
  private noticeTicking(records: MutationRecord[]): void {
    if (this.tickingSeen) return;
    const now = Date.now();
    for (const r of records) {
      const node = r.type === 'characterData' ? r.target.parentNode : r.target;
      // A clock is a small text holder; reading the text of a big container on every change would cost the page.
      if (!node || node.childNodes.length > 3) continue;
      const text = node.textContent ?? '';
      if (text.length > 40 || !TICK_PATTERN.test(text)) continue;
      const seen = this.ticks.get(node);
      if (!seen || now - seen.first > 8000) {
        this.ticks.set(node, { count: 1, first: now });
        continue;
      }
      if (++seen.count >= TICKS_FOR_TIMER) {
        this.tickingSeen = true;
        mergeBehaviour(this.state.behaviour, [{ type: 'ticking-timer', source: 'runtime', gesture: false, count: 1, detail: text.trim().slice(0, 40) }]);
        return;
      }
    }
  }

  private schedule(): void {
    const now = Date.now();
    if (this.timer !== null) {
      if (now - this.firstPending < MAX_WAIT_MS) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.scan(), DEBOUNCE_MS);
      }
      return;
    }
    this.firstPending = now;
    this.timer = setTimeout(() => this.scan(), DEBOUNCE_MS);
  }

  private scan(): void {
    this.timer = null;
    this.watchReveals();
    if (this.scanning) {
      this.rescan = true; // the page changed while we were reading it: read it again when done
      return;
    }
    if (this.scans >= MAX_SCANS) return;
    this.scans++;
    this.scanning = true;
    void this.engine().then((engine) => {
      if (!engine) {
        this.scanning = false;
        return;
      }
      engine.scan(this.state.behaviour, (message) => {
        this.scanning = false;
        if (message) void this.send(message);
        if (this.rescan) {
          this.rescan = false;
          this.schedule();
        }
      });
    });
  }

  private onMessage(message: TabMessage): Promise<unknown> | undefined {
    if (message?.type === 'decision') {
      void this.engine().then((engine) => engine?.apply(message.decision, message.report));
      return undefined;
    }
    if (message?.type === 'capture') return loadedEngine()?.capture(message.phase) ?? Promise.resolve(false);
    return undefined;
  }
}
