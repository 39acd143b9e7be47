// Settings (with the administrator's managed layer), the optional parent PIN, and the local history: everything
// parents and schools configure or read. Used by the background, which is the only writer.
import type { WxtBrowser } from 'wxt/browser';
import { effectiveSettings, type EffectiveSettings } from './policy';
import { checkPin, afterFailure, hashPin, readPin, validPin, type PinAttempts } from './pin';
import { prune, readHistory, type HistoryEntry } from './history';
import { SettingsSchema, type Settings } from './settings';
import type { DecisionContext } from './decision';

export type ChangeResult = { ok: true } | { ok: false; error: 'locked' | 'wrong-pin' | 'wait' | 'invalid' | 'managed'; waitUntil?: number };

export interface FamilyState extends EffectiveSettings {
  pinSet: boolean;
  pinWaitUntil: number;
  history: HistoryEntry[];
  /**
   * The browser has managed storage, so an administrator's policy can lock settings. Firefox for Android has none
   * (browser-compat-data): there the parent PIN is what locks them.
   */
  policyAvailable: boolean;
  /** Local storage could not be read: the defaults are shown and used, and nothing stored is written over. */
  localUnreadable: boolean;
}

/**
 * How long a warning waits for the browser's managed storage before it is decided with the last policy seen.
 * Right after the browser starts, Chromium answers storage.managed only once its policy service is up (1.6 s
 * measured), and the first page the user opens must not wait for that.
 */
export const MANAGED_WAIT_MS = 100;
/** The last policy read, kept on the device so that the first decisions after a restart follow it. */
export const MANAGED_COPY_KEY = 'managedCopy';

export class Family {
  private managedRead: Promise<unknown> | null = null;
  private managedKnown: unknown;
  private lateNoticed = false;

  constructor(
    private readonly browser: WxtBrowser,
    private readonly now: () => number = Date.now,
    /** Called when the policy arrives after decisions were made with the kept copy (they may need redoing). */
    private readonly onLatePolicy: () => void = () => undefined,
  ) {}

  /** Starts reading the policy now (the background calls it at start, so the read is under way early). */
  prefetch(): void {
    void this.managed();
  }

  /** The policy changed: read it again next time. */
  forgetManaged(): void {
    this.managedRead = null;
    this.managedKnown = undefined;
  }

  /** Whether this browser has managed storage at all (Firefox for Android has none). */
  policyAvailable(): boolean {
    const area = this.browser.storage?.managed as WxtBrowser['storage']['managed'] | undefined;
    return typeof area?.get === 'function';
  }

  /** The browser's managed storage as it is now, read once and kept until it changes. */
  private managed(): Promise<unknown> {
    // Firefox for Android has no storage.managed at all (MDN browser-compat-data); Firefox without a managed
    // manifest rejects; a broken area may throw. In every case there is no policy, and settings come from local
    // storage alone.
    this.managedRead ??= (async () => (this.policyAvailable() ? this.browser.storage.managed.get() : {}))().then(
      (value) => this.keepManaged(value),
      () => this.keepManaged({}),
    );
    return this.managedRead;
  }

  /**
   * Local storage for reading what decides a page: if the area throws or is missing, the defaults decide (protection
   * keeps running) and `ok` says so. Writes never start from such a read, so nothing stored is written over.
   */
  private async readLocal(keys: string[]): Promise<{ values: Record<string, unknown>; ok: boolean }> {
    try {
      return { values: await this.browser.storage.local.get(keys), ok: true };
    } catch {
      return { values: {}, ok: false };
    }
  }

  private async keepManaged(value: unknown): Promise<unknown> {
    this.managedKnown = value;
    try {
      const copy = (await this.browser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY];
      if (JSON.stringify(copy) !== JSON.stringify(value)) await this.browser.storage.local.set({ [MANAGED_COPY_KEY]: value });
    } catch {
      // the copy is only a head start
    }
    return value;
  }

  /**
   * For a decision: the policy if the browser answers within MANAGED_WAIT_MS (final), else the copy kept last
   * time (not final).
   */
  private async managedNow(): Promise<{ value: unknown; final: boolean }> {
    if (this.managedKnown !== undefined) return { value: this.managedKnown, final: true };
    const read = this.managed();
    const first = await Promise.race([read, new Promise((r) => setTimeout(() => r(undefined), MANAGED_WAIT_MS))]);
    if (first !== undefined) return { value: first, final: true };
    if (!this.lateNoticed) {
      this.lateNoticed = true;
      void read.then(() => {
        this.lateNoticed = false;
        this.onLatePolicy();
      });
    }
    const copy = (await this.browser.storage.local.get(MANAGED_COPY_KEY).catch(() => ({})))[MANAGED_COPY_KEY as never];
    return { value: copy ?? {}, final: false };
  }

  /** Effective settings. `forDecision`: do not wait for a slow policy read (see managedNow); every change, PIN
   * check and history write waits for the real policy. */
  async effective(forDecision = false): Promise<EffectiveSettings & { localUnreadable: boolean }> {
    const [local, managed] = await Promise.all([this.readLocal(['settings']), forDecision ? this.managedNow().then((m) => m.value) : this.managed()]);
    return { ...effectiveSettings(local.values.settings, managed), localUnreadable: !local.ok };
  }

  /** Settings for deciding what a page gets (badge, overlay, block): never held up by a slow policy read. */
  async settings(): Promise<Settings> {
    return (await this.effective(true)).settings;
  }

  /**
   * Everything one decision needs, read once (stored settings and PIN in one storage read, the policy as kept):
   * never held up by a slow policy read.
   */
  async decisionContext(): Promise<DecisionContext> {
    const [stored, managed] = await Promise.all([this.readLocal(['settings', 'pin']), this.managedNow()]);
    const { settings, locked } = effectiveSettings(stored.values.settings, managed.value);
    // A PIN that cannot be read may still be set: offer nothing on the page that it would guard.
    return { settings, locked, pinSet: !stored.ok || readPin(stored.values.pin) !== null, final: managed.final };
  }

  async state(): Promise<FamilyState> {
    const effective = await this.effective();
    const { values: stored, ok } = await this.readLocal(['pin', 'pinAttempts', 'history']);
    return {
      ...effective,
      pinSet: readPin(stored.pin) !== null,
      pinWaitUntil: Math.max(0, (stored.pinAttempts as PinAttempts | undefined)?.until ?? 0),
      history: prune(readHistory(stored.history), effective.settings.historyDays, this.now()),
      policyAvailable: this.policyAvailable(),
      localUnreadable: effective.localUnreadable || !ok,
    };
  }

  /** Checks the PIN when one is set; a wrong one starts a growing wait. */
  private async verify(pin: string | undefined): Promise<ChangeResult> {
    const stored = await this.browser.storage.local.get(['pin', 'pinAttempts']);
    const hash = readPin(stored.pin);
    if (!hash) return { ok: true };
    const attempts = (stored.pinAttempts as PinAttempts | undefined) ?? { failures: 0, until: 0 };
    if (attempts.until > this.now()) return { ok: false, error: 'wait', waitUntil: attempts.until };
    if (pin !== undefined && (await checkPin(pin, hash))) {
      if (attempts.failures > 0) await this.browser.storage.local.set({ pinAttempts: { failures: 0, until: 0 } });
      return { ok: true };
    }
    const next = afterFailure(attempts, this.now());
    await this.browser.storage.local.set({ pinAttempts: next });
    return { ok: false, error: 'wrong-pin', waitUntil: next.until };
  }

  async update(changes: Partial<Settings>, pin?: string): Promise<ChangeResult> {
    const effective = await this.effective();
    if (Object.keys(changes).some((k) => effective.locked.includes(k as keyof Settings))) return { ok: false, error: 'locked' };
    const next = { ...effective.settings, ...changes };
    if (!SettingsSchema.safeParse(next).success) return { ok: false, error: 'invalid' };
    if (!strengthensOnly(effective.settings, changes)) {
      const verified = await this.verify(pin);
      if (!verified.ok) return verified;
    }
    const local = (await this.browser.storage.local.get('settings')).settings;
    const base = typeof local === 'object' && local !== null ? local : {};
    await this.browser.storage.local.set({ settings: { ...base, ...changes } });
    return { ok: true };
  }

  async setPin(pin: string | null, current?: string): Promise<ChangeResult> {
    if ((await this.effective()).locked.length > 0) return { ok: false, error: 'managed' };
    if (pin !== null && !validPin(pin)) return { ok: false, error: 'invalid' };
    const verified = await this.verify(current);
    if (!verified.ok) return verified;
    if (pin === null) await this.browser.storage.local.remove(['pin', 'pinAttempts']);
    else await this.browser.storage.local.set({ pin: await hashPin(pin), pinAttempts: { failures: 0, until: 0 } });
    return { ok: true };
  }

  /** Adds a history entry; `context`, when it was read with the real policy, saves reading the settings again. */
  async record(entry: HistoryEntry, context?: DecisionContext): Promise<void> {
    const settings = context?.final ? context.settings : (await this.effective()).settings;
    if (!settings.history) return;
    const stored = await this.browser.storage.local.get('history');
    const history = prune([...readHistory(stored.history), entry], settings.historyDays, this.now());
    await this.browser.storage.local.set({ history });
  }

  /** Marks the entry recorded at `time` for `site` (closed the page, went on to contact). */
  async mark(time: number, site: string, patch: Partial<Pick<HistoryEntry, 'closed' | 'contacted'>>): Promise<void> {
    const stored = await this.browser.storage.local.get('history');
    const history = readHistory(stored.history);
    const entry = history.find((e) => e.time === time && e.site === site);
    if (!entry) return;
    Object.assign(entry, patch);
    await this.browser.storage.local.set({ history });
  }

  async clearHistory(pin?: string): Promise<ChangeResult> {
    const verified = await this.verify(pin);
    if (!verified.ok) return verified;
    await this.browser.storage.local.set({ history: [] });
    return { ok: true };
  }
}

/**
 * Changes that only make protection stronger need no PIN: switching protection, the overlay, the guard, block mode
 * or the history on, or strict sensitivity. Everything else does, allowlist changes included.
 */
export function strengthensOnly(current: Settings, changes: Partial<Settings>): boolean {
  return Object.entries(changes).every(([key, value]) => {
    if (JSON.stringify(value) === JSON.stringify(current[key as keyof Settings])) return true;
    if (key === 'protection' || key === 'overlay' || key === 'contactGuard' || key === 'blockMode' || key === 'history') return value === true;
    if (key === 'sensitivity') return value === 'strict';
    return false;
  });
}
