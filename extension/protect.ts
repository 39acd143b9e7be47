// The isolated content script's main part (once the page is parsed, every frame): a cheap gate, then snapshot → evaluate →
// report to the background; re-evaluation when the page changes; and whatever the background decides — the
// warning overlay (top frame), the contact guard, calming the page.
import { browser } from '@wxt-dev/browser';
import { SnapshotBuilder } from '../detectors/snapshot/collect';
import { evaluate, type Report } from '../detectors/evaluate';
import type { PageSnapshot } from '../detectors/snapshot/schema';
import { alarming, pageNeedsScan } from './gate';
import { installEarly, type EarlyState } from './early';
import { evidenceItems } from './evidence';
import { GUARD_SOURCE, mergeBehaviour, type GuardCommand } from './protocol';
import type { Decision } from './decision';
import type { ContentMessage, TabMessage } from './messages';
import { Shield } from './shield';
import { t } from '../ui/i18n';

const DEBOUNCE_MS = 300;
const MAX_WAIT_MS = 1500;
const MAX_SCANS = 40;
const WATCH_FOR_MS = 10 * 60_000;
const TICK_PATTERN = /\d{1,2} ?[:時分] ?\d{1,2}/;
const TICKS_FOR_TIMER = 3;
// A large page is read in slices of this many milliseconds, in idle time, so that no task of ours is long.
const SLICE_MS = 12;
const GATE_EVERY_MS = 1500;

export function startProtection(): void {
  const state = installEarly(window); // already done at document_start; needed when injected into a loaded page
  new Protection(state).start();
}

class Protection {
  private readonly shield: Shield;
  private readonly top = window.top === window;
  private interesting = false;
  private scans = 0;
  private lastKey = '';
  private sentAny = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPending = 0;
  private observer: MutationObserver | null = null;
  private readonly startedAt = Date.now();
  private readonly ticks = new WeakMap<Node, { count: number; first: number }>();
  private tickingSeen = false;
  private fineArmed = false;
  private building: SnapshotBuilder | null = null;
  private lastGate = 0;
  private gateTimer: ReturnType<typeof setTimeout> | null = null;
  private rescan = false;

  constructor(private readonly state: EarlyState) {
    this.shield = new Shield(state);
  }

  start(): void {
    browser.runtime.onMessage.addListener((message: unknown) => this.onMessage(message as TabMessage));
    this.state.onBehaviour = () => {
      if (!this.interesting && alarming(this.state.behaviour)) this.interesting = true;
      if (this.interesting) this.schedule();
    };
    this.interesting = pageNeedsScan(document, this.state.behaviour);
    this.lastGate = Date.now();
    if (this.interesting) this.scan();
    this.observe();
    // A bill in a frame may have been judged before this (top) frame's script ran: ask for the tab's decision.
    if (this.top && document.querySelector('iframe, frame')) {
      browser.runtime
        .sendMessage({ type: 'sync' } satisfies ContentMessage)
        .then((reply: unknown) => reply && this.onMessage(reply as TabMessage))
        .catch(() => undefined);
    }
  }

  private observe(): void {
    if (!document.documentElement) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    if (Date.now() - this.startedAt > WATCH_FOR_MS || this.scans >= MAX_SCANS) {
      // Nothing more to learn from this page: stop paying for its mutations.
      this.observer?.disconnect();
      return;
    }
    if (records.length <= 50) this.noticeTicking(records);
    if (!this.interesting) {
      // A late page may add its bill after load: look again, at most every few seconds on a busy page.
      this.gateLater();
      return;
    }
    this.schedule();
  }

  /** Re-runs the gate after page changes, at most every GATE_EVERY_MS (textContent of a busy page is not free). */
  private gateLater(): void {
    if (this.gateTimer !== null) return;
    const wait = Math.max(0, this.lastGate + GATE_EVERY_MS - Date.now());
    this.gateTimer = setTimeout(() => {
      this.gateTimer = null;
      this.lastGate = Date.now();
      if (this.interesting || !pageNeedsScan(document, this.state.behaviour)) return;
      this.interesting = true;
      this.schedule();
    }, wait);
  }

  /** A text that changes every second with a clock in it is a live countdown. */
  private noticeTicking(records: MutationRecord[]): void {
    if (this.tickingSeen) return;
    const now = Date.now();
    for (const r of records) {
      const node = r.type === 'characterData' ? r.target.parentNode : r.target;
      if (!node) continue;
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
    if (this.building) {
      this.rescan = true; // the page changed while we were reading it: read it again when done
      return;
    }
    if (this.scans >= MAX_SCANS) return;
    this.scans++;
    const builder = new SnapshotBuilder(document, { layout: true, behaviour: this.state.behaviour, userAgent: navigator.userAgent });
    this.building = builder;
    const slice = () => {
      let done = true;
      try {
        done = builder.step(performance.now() + SLICE_MS);
      } catch {
        // never break a page; the next change tries again
      }
      if (!done) {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(slice, { timeout: 200 });
        else setTimeout(slice, 0);
        return;
      }
      this.building = null;
      try {
        this.judge(builder.result());
      } catch {
        // as above
      }
      if (this.rescan) {
        this.rescan = false;
        this.schedule();
      }
    };
    slice();
  }

  private judge(page: PageSnapshot): void {
    const report = evaluate(page);
    const key = `${report.verdict}|${report.score}|${report.findings.map((f) => `${f.id}:${f.points}`).join(',')}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    if (report.verdict === 'clean' && !this.sentAny) return; // a clean page never wakes the background
    this.sentAny = true;
    this.send({ type: 'report', report, evidence: evidenceItems(page) });
  }

  private send(message: ContentMessage): void {
    browser.runtime.sendMessage(message).catch(() => undefined);
  }

  private onMessage(message: TabMessage): Promise<unknown> | undefined {
    if (message?.type === 'decision') {
      this.apply(message.decision, message.report);
      return undefined;
    }
    if (message?.type === 'capture' && this.top) {
      if (message.phase === 'hide') this.shield.suspend();
      else this.shield.resume();
      // Give the page a frame to repaint without the overlay before the screenshot.
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
    }
    return undefined;
  }

  private apply(decision: Decision, report: Report): void {
    this.state.guard = decision.guard ? (attempt) => this.shield.showContact(attempt, (proceeded) => proceeded && this.send({ type: 'contact-proceeded', kind: attempt.kind })) : null;
    if (decision.calm) this.calm();
    if (!this.top) return;
    if (decision.warn) {
      this.shield.showWarning(report, location.hostname, {
        close: () => this.closeTab(),
        details: () => this.send({ type: 'open-details' }),
        fine: () => this.markFine(),
      });
    } else if (this.shield.visible) this.shield.hide();
  }

  /** Leave full screen, silence the page's sounds, and tell the MAIN world to refuse prompts from now on. */
  private calm(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    for (const media of Array.from(document.querySelectorAll('audio, video'))) {
      const m = media as HTMLMediaElement;
      if (!m.paused && !m.muted) m.pause();
    }
    const command: GuardCommand = { source: GUARD_SOURCE, command: 'flagged' };
    window.postMessage(command, '*');
  }

  private closeTab(): void {
    // Drop the page's "leave this page?" handlers first, so nothing stands between the user and the way out.
    const release: GuardCommand = { source: GUARD_SOURCE, command: 'release-unload' };
    window.postMessage(release, '*');
    this.shield.hint(t('overlay.closing'));
    setTimeout(() => this.send({ type: 'close-tab' }), 50);
    setTimeout(() => this.shield.hint(t('overlay.closeFailed')), 3000);
  }

  private markFine(): void {
    if (!this.fineArmed) {
      this.fineArmed = true;
      this.shield.hint(t('overlay.fineConfirm', [location.hostname]));
      return;
    }
    this.send({ type: 'allow-site' });
  }
}
