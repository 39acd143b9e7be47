// The engine, loaded into a frame only when its page passed the gate: snapshot in idle slices → evaluate →
// report; and whatever the background decides — the warning overlay (top frame), the contact guard, calming.
import { browser } from '@wxt-dev/browser';
import { SnapshotBuilder } from '../../detectors/snapshot/collect';
import { closedShadowLookup } from './closed-shadow';
import { evaluate, type Report } from '../../detectors/evaluate';
import type { Behaviour, PageSnapshot } from '../../detectors/snapshot/schema';
import type { Decision } from '../../model/decision';
import { earlyState, type EarlyState } from './early';
import type { Engine } from './engine-api';
import { evidenceItems } from '../../model/evidence';
import type { ContentMessage } from '../../model/messages';
import { GUARD_SOURCE, type GuardCommand } from '../../model/protocol';
import { Shield } from './shield';
import { t } from '../../ui/i18n';

// A large page is read in slices of this many milliseconds, in idle time, so that no task of ours is long.
const SLICE_MS = 12;

/** What a report says, for telling a new one from a repeat. */
function reportKey(report: Report): string {
  return `${report.verdict}|${report.score}|${report.findings.map((f) => `${f.id}:${f.points}`).join(',')}`;
}

export class PageEngine implements Engine {
  private readonly state: EarlyState = earlyState();
  private readonly shield = new Shield(this.state);
  private readonly top = window.top === window;
  private lastKey = '';
  private sentAny = false;
  private fineArmed = false;
  /** The view the overlay shows now (kind, "this page is fine" offered, report), '' when none. */
  private shownKey = '';

  private readonly closedShadowRoot = closedShadowLookup(() => this.state.overlayHost) ?? undefined;

  scan(behaviour: Behaviour[], done: (message: ContentMessage | null) => void): void {
    // Script text too, as the scanner reads it: a kit's bill may exist only in a script that runs later, on a
    // click, or never (broken code), and browser and scanner should agree on a page.
    const builder = new SnapshotBuilder(document, { layout: true, scriptText: true, behaviour, userAgent: navigator.userAgent, closedShadowRoot: this.closedShadowRoot });
    const slice = () => {
      let finished = true;
      try {
        finished = builder.step(performance.now() + SLICE_MS);
      } catch {
        // never break a page; the next change tries again
      }
      if (!finished) {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(slice, { timeout: 200 });
        else setTimeout(slice, 0);
        return;
      }
      let message: ContentMessage | null = null;
      try {
        message = this.judge(builder.result());
      } catch {
        // as above
      }
      done(message);
    };
    slice();
  }

  private judge(page: PageSnapshot): ContentMessage | null {
    const report = evaluate(page);
    const key = reportKey(report);
    if (key === this.lastKey) return null;
    this.lastKey = key;
    if (report.verdict === 'clean' && !this.sentAny) return null; // a clean page never wakes the background
    this.sentAny = true;
    return { type: 'report', report, evidence: evidenceItems(page) };
  }

  apply(decision: Decision, report: Report): void {
    this.state.guard = decision.guard
      ? (attempt) => this.shield.showContact(attempt, (proceeded) => proceeded && this.send({ type: 'contact-proceeded', kind: attempt.kind }))
      : null;
    if (decision.calm) this.calm();
    if (!this.top) return;
    const view = decision.block ? 'block' : decision.warn ? 'warn' : '';
    const key = view && `${view}|${decision.canAllow}|${reportKey(report)}`;
    // The background says the same again (a setting saved, another frame reported): the user keeps their place in
    // the warning — the focused button, a hint, "press again", an open contact question.
    if (key && key === this.shownKey && this.shield.visible) return;
    this.shownKey = key;
    this.fineArmed = false;
    const close = () => this.closeTab();
    const details = () => this.send({ type: 'open-details' });
    if (decision.block) this.shield.showBlock(report, { close, details });
    else if (decision.warn) this.shield.showWarning(report, location.hostname, decision.canAllow, { close, details, fine: () => this.markFine() });
    else if (this.shield.visible) this.shield.hide();
  }

  capture(phase: 'hide' | 'show'): Promise<unknown> {
    if (!this.top) return Promise.resolve(false);
    if (phase === 'hide') this.shield.suspend();
    else this.shield.resume();
    // Give the page a frame to repaint without the overlay before the screenshot.
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
  }

  private send(message: ContentMessage): void {
    browser.runtime.sendMessage(message).catch(() => undefined);
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
