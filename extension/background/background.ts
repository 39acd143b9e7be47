// The background: keeps each tab's reports (one per frame; the worst counts for the tab), sets the badge, decides
// what the tab's content scripts do, and carries out what they ask (close the tab, remember a site, make an
// evidence record). Everything it receives is validated; nothing it holds leaves the device.
import type { Browser, WxtBrowser } from 'wxt/browser';
import { worstReport, type Report } from '../../detectors/evaluate';
import { canAllowFromPage, decideTab, type Decision, type DecisionContext } from '../../model/decision';
import { mergeEvidence, type EvidenceItems } from '../../model/evidence';
import type { EvidenceFiles, TabMessage, TabState } from '../../model/messages';
import { ContentMessageSchema, PageRequestSchema } from '../../model/schemas';
import { siteOf, type Settings } from '../../model/settings';
import { Family, type ChangeResult } from '../../model/family';
import { originOf } from '../../model/history';

type Api = WxtBrowser; // the polyfilled browser object (promises everywhere)
type Sender = Browser.runtime.MessageSender;

interface FrameEntry {
  report: Report;
  evidence: EvidenceItems;
  /** The frame's address when it reported (a new address is a new page). */
  url?: string;
}

interface TabEntry {
  /** URL of the tab (the top frame), from the message's sender. */
  url: string;
  frames: Record<number, FrameEntry>;
  /** The user went on to contact the page through the guard. */
  contacted: boolean;
  /** Time of this page's history entry, once recorded (one entry per page, not per re-evaluation). */
  recorded?: number;
}

export const BADGE: Record<Report['verdict'], { text: string; color: string }> = {
  fraud: { text: '!', color: '#c62828' },
  suspicious: { text: '?', color: '#f9a825' },
  clean: { text: '', color: '#000000' },
};

const SESSION_KEY = 'tabs';

export class Background {
  private tabs = new Map<number, TabEntry>();
  private restored: Promise<void>;
  /** The decision being made now; the next waits for it (see inTurn). */
  private decisions: Promise<void> = Promise.resolve();
  readonly family: Family;

  constructor(private readonly browser: Api) {
    // When the policy arrives late (right after the browser starts), pages judged meanwhile are judged again.
    this.family = new Family(browser, Date.now, () => void this.redecideAll());
    this.family.prefetch();
    this.restored = this.restore();
  }

  listen(): void {
    this.browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => this.onMessage(message, sender));
    // A new document in the tab: its old reports no longer apply (badges reset by themselves on navigation).
    this.browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void this.forget(tabId);
    });
    this.browser.tabs.onRemoved.addListener((tabId) => void this.forget(tabId));
    this.browser.storage.onChanged.addListener((_, area) => {
      if (area === 'managed') this.family.forgetManaged();
      if (area === 'local' || area === 'managed') void this.redecideAll();
    });
  }

  settings(): Promise<Settings> {
    return this.family.settings();
  }

  onMessage(message: unknown, sender: Sender): Promise<unknown> | undefined {
    if (sender.id !== this.browser.runtime.id) return undefined;
    if (sender.tab?.id !== undefined && !this.isExtensionPage(sender)) {
      const parsed = ContentMessageSchema.safeParse(message);
      if (!parsed.success) return undefined;
      // The tab's own URL when the browser tells (it does with our host permission), else the top frame's report.
      const tabUrl = sender.tab.url ?? ((sender.frameId ?? 0) === 0 ? (sender.url ?? '') : '');
      return this.fromContent(parsed.data, sender.tab.id, sender.frameId ?? 0, tabUrl, sender.url ?? '');
    }
    const request = PageRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    const r = request.data;
    switch (r.type) {
      case 'tab-state':
        return this.tabState(r.tabId);
      case 'evidence':
        return this.evidence(r.tabId);
      case 'allow-site':
        return this.allowTab(r.tabId, r.pin);
      case 'disallow-site':
        return this.disallow(r.site, r.pin);
      case 'options-state':
        return this.family.state();
      case 'update-settings':
        return this.family.update(r.changes, r.pin);
      case 'set-pin':
        return this.family.setPin(r.pin, r.current);
      case 'clear-history':
        return this.family.clearHistory(r.pin);
    }
  }

  private isExtensionPage(sender: Sender): boolean {
    return (sender.url ?? '').startsWith(this.browser.runtime.getURL('/'));
  }

  private async fromContent(message: import('../../model/messages').ContentMessage, tabId: number, frameId: number, url: string, frameUrl = ''): Promise<unknown> {
    await this.restored;
    switch (message.type) {
      case 'report': {
        const entry = this.tabs.get(tabId) ?? { url: '', frames: {}, contacted: false };
        if (url) entry.url = url;
        const before = entry.frames[frameId];
        // While a frame stays on its page, its verdict only rises: a bill hidden once we warned (by the page, or
        // by our overlay closing the page's modal dialog) must not take the warning away with it.
        const kept = before !== undefined && before.url === frameUrl && worstReport([message.report, before.report]) === before.report && before.report.verdict !== message.report.verdict;
        if (!kept) entry.frames[frameId] = { report: message.report, evidence: message.evidence, url: frameUrl };
        this.tabs.set(tabId, entry);
        await this.save();
        await this.redecide(tabId);
        return true;
      }
      case 'load-engine':
        // The engine joins the content script in the frame's isolated world; pages that never pass the gate
        // never load it.
        await this.browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/engine.js'] });
        return true;
      case 'sync':
        // In turn, like every decision, so that it cannot overtake a newer one on its way to the tab.
        return this.inTurn(async () => {
          const report = this.report(tabId);
          if (!report) return null;
          const message: TabMessage = { type: 'decision', decision: (await this.tabState(tabId)).decision, report };
          return message;
        });
      case 'close-tab': {
        const entry = this.tabs.get(tabId);
        // The history note must never keep the page open (a storage area that throws).
        if (entry?.recorded) await this.family.mark(entry.recorded, originOf(entry.url), { closed: true }).catch(() => undefined);
        await this.browser.tabs.remove(tabId);
        return true;
      }
      case 'open-details':
        await this.browser.tabs.create({ url: this.browser.runtime.getURL(`/popup.html?tabId=${tabId}&view=page`) });
        return true;
      case 'allow-site': {
        // From the page itself only when no PIN guards the allowlist (a child could press it).
        const context = await this.family.decisionContext();
        return canAllowFromPage(context) ? this.allowTab(tabId, undefined, context) : false;
      }
      case 'contact-proceeded': {
        const entry = this.tabs.get(tabId);
        if (entry) entry.contacted = true;
        if (entry?.recorded) await this.family.mark(entry.recorded, originOf(entry.url), { contacted: true }).catch(() => undefined);
        await this.save();
        return true;
      }
    }
  }

  /** The tab's report: the worst of its frames. */
  report(tabId: number): Report | null {
    const entry = this.tabs.get(tabId);
    const frames = entry ? Object.values(entry.frames) : [];
    return frames.length > 0 ? worstReport(frames.map((f) => f.report)) : null;
  }

  async tabState(tabId: number, context?: DecisionContext): Promise<TabState> {
    await this.restored;
    const report = this.report(tabId);
    const { site, allowed, canAllow, decision } = decideTab(report?.verdict ?? null, this.tabs.get(tabId)?.url ?? '', context ?? (await this.family.decisionContext()));
    return { tabId, report, site, allowed, canChangeAllowlist: canAllow, decision };
  }

  /**
   * Runs decisions one after another. Each reads the settings when its turn comes, so the last decision a tab hears
   * is made with the latest settings: a report's decision that read them just before "this page is fine" was saved
   * can no longer arrive after the one that took the warning away.
   */
  private inTurn<T>(decide: () => Promise<T>): Promise<T> {
    const turn = this.decisions.then(decide, decide);
    this.decisions = turn.then(() => undefined, () => undefined);
    return turn;
  }

  /** Decides the tab again, with the settings read once for this decision. */
  private async redecide(tabId: number): Promise<void> {
    const decided = await this.inTurn(async () => {
      const context = await this.family.decisionContext();
      return { context, decision: await this.show(tabId, context) };
    });
    // The warning first; the history entry (which waits for the real policy) after it, out of the queue.
    if (decided.decision) await this.recordHistory(tabId, decided.decision, decided.context);
  }

  private async redecideAll(): Promise<void> {
    await this.restored;
    if (this.tabs.size === 0) return;
    const decided = await this.inTurn(async () => {
      const context = await this.family.decisionContext();
      const decisions = new Map<number, Decision>();
      for (const tabId of this.tabs.keys()) {
        const decision = await this.show(tabId, context);
        if (decision) decisions.set(tabId, decision);
      }
      return { context, decisions };
    });
    for (const [tabId, decision] of decided.decisions) await this.recordHistory(tabId, decision, decided.context);
  }

  /** Badge, muting and the message to the tab's content scripts for one decision; null for a tab without a report. */
  private async show(tabId: number, context: DecisionContext): Promise<Decision | null> {
    const report = this.report(tabId);
    if (!report) return null;
    const { decision } = await this.tabState(tabId, context);
    await this.badge(tabId, decision);
    if (decision.calm) await this.browser.tabs.update(tabId, { muted: true }).catch(() => undefined);
    const message: TabMessage = { type: 'decision', decision, report };
    await this.browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    return decision;
  }

  private async badge(tabId: number, decision: Decision): Promise<void> {
    const badge = BADGE[decision.badge];
    await this.browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => undefined);
    if (badge.text) await this.browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => undefined);
  }

  /** One history entry per page that turned fraud or suspicious (never for clean pages, never twice). */
  private async recordHistory(tabId: number, decision: Decision, context: DecisionContext): Promise<void> {
    const entry = this.tabs.get(tabId);
    const report = this.report(tabId);
    if (!entry || !report || entry.recorded || decision.badge === 'clean' || report.verdict === 'clean') return;
    const time = Date.now();
    entry.recorded = time;
    await this.save();
    // The warning is already shown; a history that cannot be written (storage throws) is skipped, never rewritten.
    await this.family.record({ time, site: originOf(entry.url), verdict: report.verdict, category: report.category, signals: report.findings.map((f) => f.id), closed: false, contacted: entry.contacted }, context).catch(() => undefined);
  }

  private async allowTab(tabId: number, pin?: string, context?: DecisionContext): Promise<ChangeResult | false> {
    await this.restored;
    const site = siteOf(this.tabs.get(tabId)?.url ?? '');
    if (!site) return false;
    const { settings } = context ?? (await this.family.decisionContext());
    const result = settings.allowlist.includes(site) ? ({ ok: true } as const) : await this.family.update({ allowlist: [...settings.allowlist, site] }, pin);
    await this.redecide(tabId);
    return result;
  }

  private async disallow(site: string, pin?: string): Promise<ChangeResult> {
    const settings = await this.settings();
    const result = await this.family.update({ allowlist: settings.allowlist.filter((s) => s !== site) }, pin);
    await this.redecideAll();
    return result;
  }

  /**
   * An evidence record of the tab as the user sees it: a screenshot of the visible page (our overlay taken away
   * for the moment) and what the page showed. Returned to the extension page, which saves it as files.
   */
  async evidence(tabId: number): Promise<EvidenceFiles> {
    await this.restored;
    const entry = this.tabs.get(tabId);
    const frames = entry ? Object.entries(entry.frames).sort(([a], [b]) => Number(a) - Number(b)) : [];
    const items = mergeEvidence(frames.map(([, f]) => f.evidence));
    if (!items.url) items.url = entry?.url ?? '';
    const when = new Date();
    const base = `oneclick-guard-record-${stamp(when)}`;
    let screenshot = '';
    let captureError = '';
    try {
      const tab = await this.browser.tabs.get(tabId);
      const hide: TabMessage = { type: 'capture', phase: 'hide' };
      await this.browser.tabs.sendMessage(tabId, hide, { frameId: 0 }).catch(() => undefined);
      try {
        screenshot = await this.browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
      } finally {
        const show: TabMessage = { type: 'capture', phase: 'show' };
        await this.browser.tabs.sendMessage(tabId, show, { frameId: 0 }).catch(() => undefined);
      }
    } catch (error) {
      captureError = error instanceof Error ? error.message : String(error);
    }
    return { base, screenshot, captureError, items, capturedAt: when.toISOString() };
  }

  private async forget(tabId: number): Promise<void> {
    await this.restored;
    if (this.tabs.delete(tabId)) await this.save();
  }

  /** MV3 service workers stop when idle; the tab reports live in session storage (memory only, never on disk). */
  private async restore(): Promise<void> {
    try {
      const saved = await this.browser.storage.session.get(SESSION_KEY);
      const tabs = saved[SESSION_KEY] as Record<string, TabEntry> | undefined;
      if (tabs && typeof tabs === 'object') for (const [id, entry] of Object.entries(tabs)) if (!this.tabs.has(Number(id))) this.tabs.set(Number(id), entry);
    } catch {
      // no session storage: memory only
    }
  }

  private async save(): Promise<void> {
    try {
      await this.browser.storage.session.set({ [SESSION_KEY]: Object.fromEntries(this.tabs) });
    } catch {
      // memory only
    }
  }
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}
