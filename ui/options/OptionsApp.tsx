// The settings page parents and schools use: protection switches, block mode, sites marked as fine, the parent
// PIN and the local history. Values an administrator set are shown locked; nothing here leaves the device.
import { useEffect, useState } from 'preact/hooks';
import type { ChangeResult, FamilyState } from '../../model/family';
import type { Settings, SettingKey } from '../../model/settings';
import { siteOf } from '../../model/settings';
import { WHOLE } from '../../model/policy';
import { t } from '../i18n';
import { HistorySection } from './HistorySection';

export interface OptionsApi {
  state(): Promise<FamilyState>;
  update(changes: Partial<Settings>, pin?: string): Promise<ChangeResult>;
  setPin(pin: string | null, current?: string): Promise<ChangeResult>;
  clearHistory(pin?: string): Promise<ChangeResult>;
  save(name: string, data: Blob): void;
  /** The extension's version (administrators check which one is deployed). */
  version: string;
}

const SWITCHES: SettingKey[] = ['protection', 'overlay', 'contactGuard', 'blockMode'];

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [state, setState] = useState<FamilyState | null>(null);
  const [pin, setPin] = useState('');
  const [status, setStatus] = useState('');
  const [loadFailed, setLoadFailed] = useState(false);
  const reload = () => api.state().then(setState, () => setLoadFailed(true));
  useEffect(() => void reload(), []);
  if (!state) {
    return loadFailed ? (
      <main class="options">
        <h1>{t('options.title')}</h1>
        <p class="note warn" role="alert">{t('options.loadFailed')}</p>
      </main>
    ) : (
      <main aria-busy="true" />
    );
  }

  const seconds = (until?: number) => String(Math.max(1, Math.ceil(((until ?? 0) - Date.now()) / 1000)));
  const report = (result: ChangeResult, done = t('options.saved')) => {
    if (result.ok) setStatus(done);
    else if (result.error === 'wrong-pin') setStatus(t('options.pinWrong', [seconds(result.waitUntil)]));
    else if (result.error === 'wait') setStatus(t('options.pinWait', [seconds(result.waitUntil)]));
    else if (result.error === 'locked') setStatus(t('options.locked'));
    else setStatus(t('options.invalid'));
    void reload();
  };
  // A change the background could not store (storage throws) says so; what was set stays as it was.
  const failed = () => {
    setStatus(t('options.saveFailed'));
    void reload();
  };
  const change = (changes: Partial<Settings>) => api.update(changes, pin || undefined).then((r) => report(r), failed);
  const locked = (key: SettingKey) => state.locked.includes(key);
  const lockNote = (key: SettingKey) => locked(key) && <span class="locked">{t('options.managed')}</span>;
  const s = state.settings;

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      {state.locked.length > 0 && <p class="note" role="note">{t('options.managedNote')}</p>}
      {state.localUnreadable && <p class="note warn" role="note" data-note="local-unreadable">{t('options.localUnreadable')}</p>}
      {state.notes.map((n) => (
        <p class="note warn" role="note" key={`${n.source}-${n.key}`}>
          {n.key === WHOLE
            ? t(n.source === 'managed' ? 'options.invalidManagedWhole' : 'options.invalidLocalWhole')
            : t(n.source === 'managed' ? 'options.invalidManaged' : 'options.invalidLocal', [n.key])}
        </p>
      ))}
      {state.pinSet && (
        <p class="pin-entry">
          <label>
            {t('options.pinEntry')}{' '}
            <input type="password" inputMode="numeric" autocomplete="off" value={pin} onInput={(e) => setPin((e.target as HTMLInputElement).value)} data-testid="pin" />
          </label>
        </p>
      )}
      <p class="status" role="status" aria-live="polite">{status}</p>

      <section aria-labelledby="protection-h">
        <h2 id="protection-h">{t('options.protectionHeading')}</h2>
        {SWITCHES.map((key) => (
          <p key={key}>
            <label>
              <input type="checkbox" checked={Boolean(s[key])} disabled={locked(key)} data-setting={key} onChange={(e) => change({ [key]: (e.target as HTMLInputElement).checked })} />{' '}
              {t(`options.${key}`)}
            </label>
            {lockNote(key)}
          </p>
        ))}
        <fieldset disabled={locked('sensitivity')}>
          <legend>{t('options.sensitivity')} {lockNote('sensitivity')}</legend>
          {(['standard', 'strict'] as const).map((v) => (
            <label key={v} class="radio">
              <input type="radio" name="sensitivity" value={v} checked={s.sensitivity === v} data-setting={`sensitivity-${v}`} onChange={() => change({ sensitivity: v })} /> {t(`options.${v}`)}
            </label>
          ))}
        </fieldset>
      </section>

      <AllowlistSection sites={s.allowlist} locked={locked('allowlist')} lockNote={lockNote('allowlist')} onChange={(allowlist) => change({ allowlist })} />

      <section aria-labelledby="pin-h">
        <h2 id="pin-h">{t('options.pinHeading')}</h2>
        {/* No managed storage (Firefox for Android): no policy can lock anything, so the PIN is the lock there. */}
        {!state.policyAvailable && <p class="note" role="note" data-note="phone-pin">{t('options.pinPhone')}</p>}
        {state.locked.length > 0 ? <p>{t('options.pinManaged')}</p> : <PinSection pinSet={state.pinSet} current={pin} api={api} report={report} failed={failed} />}
      </section>

      <section aria-labelledby="history-h">
        <h2 id="history-h">{t('options.historyHeading')}</h2>
        <p>
          <label>
            <input type="checkbox" checked={s.history} disabled={locked('history')} data-setting="history" onChange={(e) => change({ history: (e.target as HTMLInputElement).checked })} /> {t('options.history')}
          </label>
          {lockNote('history')}
        </p>
        <p>
          <label>
            {t('options.historyDays')}{' '}
            <input type="number" min={1} max={3650} value={s.historyDays} disabled={locked('historyDays')} data-setting="historyDays" onChange={(e) => change({ historyDays: Number((e.target as HTMLInputElement).value) })} />
          </label>
          {lockNote('historyDays')}
        </p>
        <HistorySection entries={state.history} save={api.save} onClear={() => api.clearHistory(pin || undefined).then((r) => report(r, t('options.historyCleared')), failed)} />
      </section>
      <footer class="foot">{t('feedback.version', [api.version])}</footer>
    </main>
  );
}

function AllowlistSection({ sites, locked, lockNote, onChange }: { sites: string[]; locked: boolean; lockNote: preact.ComponentChild; onChange: (sites: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const site = siteOf(/^https?:\/\//.test(draft) ? draft : `https://${draft.trim()}/`);
    if (site && !sites.includes(site)) onChange([...sites, site]);
    setDraft('');
  };
  return (
    <section aria-labelledby="allow-h">
      <h2 id="allow-h">
        {t('options.allowHeading')} {lockNote}
      </h2>
      {sites.length === 0 ? <p>{t('options.allowEmpty')}</p> : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              {!locked && <button type="button" aria-label={`${t('options.allowRemove')}: ${site}`} onClick={() => onChange(sites.filter((x) => x !== site))}>{t('options.allowRemove')}</button>}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <form onSubmit={add}>
          <label>
            {t('options.allowAddLabel')} <input value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} data-testid="allow-input" />
          </label>{' '}
          <button type="submit">{t('options.allowAdd')}</button>
        </form>
      )}
    </section>
  );
}

function PinSection({ pinSet, current, api, report, failed }: { pinSet: boolean; current: string; api: OptionsApi; report: (r: ChangeResult) => void; failed: () => void }) {
  const [next, setNext] = useState('');
  const save = (pin: string | null) => {
    if (pin !== null && !/^\d{4,12}$/.test(pin)) return report({ ok: false, error: 'invalid' });
    void api.setPin(pin, current || undefined).then((r) => {
      setNext('');
      report(r);
    }, failed);
  };
  return (
    <>
      <p>{t('options.pinAbout')}</p>
      <p>
        <label>
          {t('options.pinNew')} <input type="password" inputMode="numeric" autocomplete="new-password" value={next} onInput={(e) => setNext((e.target as HTMLInputElement).value)} data-testid="new-pin" />
        </label>{' '}
        <button type="button" onClick={() => save(next)}>{t(pinSet ? 'options.pinChange' : 'options.pinSet')}</button>{' '}
        {pinSet && <button type="button" onClick={() => save(null)}>{t('options.pinRemove')}</button>}
      </p>
    </>
  );
}
