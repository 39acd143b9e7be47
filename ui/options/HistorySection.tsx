import type { HistoryEntry } from '../../model/history';
import { categoryKey, historyCsv, weeklyCounts } from '../../model/history';
import { messageId } from '../../detectors/define';
import { listSeparator, t } from '../i18n';

const WEEKS = 8;

// The history's columns; on a phone each row becomes a card and every cell shows its column's name (data-label).
const COLUMNS = ['colTime', 'colSite', 'colVerdict', 'colCategory', 'colSignals', 'colClosed', 'colContacted'] as const;

/** The history as a weekly chart (with the numbers as text for screen readers) and a readable list. */
export function HistorySection({ entries, save, onClear }: { entries: HistoryEntry[]; save: (name: string, data: Blob) => void; onClear: () => void }) {
  const weeks = weeklyCounts(entries, WEEKS, Date.now());
  const max = Math.max(1, ...weeks.map((w) => w.fraud + w.suspicious));
  const day = (t0: number) => new Date(t0).toLocaleDateString();
  // Under each bar only month and day (the full date is in the title): eight columns fit a phone without breaking.
  const short = (t0: number) => new Date(t0).toLocaleDateString(undefined, { month: 'numeric', day: 'numeric' });
  const exportCsv = () => {
    const header = COLUMNS.map((k) => t(`options.${k}`));
    save(`oneclick-guard-history-${new Date().toISOString().slice(0, 10)}.csv`, new Blob([historyCsv(entries, header)], { type: 'text/csv;charset=utf-8' }));
  };
  const recent = [...entries].reverse();
  return (
    <>
      <h3>{t('options.historyChart')}</h3>
      <ul class="chart" aria-label={t('options.historyChart')}>
        {weeks.map((w) => (
          <li key={w.weekStart} title={t('options.historyWeek', [day(w.weekStart)])}>
            <span class="bar">
              <span class="fraud" style={{ height: `${(w.fraud / max) * 100}%` }} />
              <span class="suspicious" style={{ height: `${(w.suspicious / max) * 100}%` }} />
            </span>
            <span class="label">{short(w.weekStart)}</span>
            <span class="count">{w.fraud + w.suspicious}</span>
          </li>
        ))}
      </ul>
      <h3>{t('options.historyList')}</h3>
      {recent.length === 0 ? <p>{t('options.historyEmpty')}</p> : (
        <table class="history">
          <thead>
            <tr>{COLUMNS.map((k) => <th key={k} scope="col">{t(`options.${k}`)}</th>)}</tr>
          </thead>
          <tbody>
            {recent.map((e) => (
              <tr key={`${e.time}-${e.site}`} data-verdict={e.verdict}>
                <td data-label={t('options.colTime')}>{new Date(e.time).toLocaleString()}</td>
                <td data-label={t('options.colSite')}>{e.site}</td>
                <td data-label={t('options.colVerdict')}>{t(`options.${e.verdict}Short`)}</td>
                <td data-label={t('options.colCategory')} data-category={e.category}>{t(categoryKey(e.category))}</td>
                <td data-label={t('options.colSignals')}>{e.signals.map((id) => t(`signal.${messageId(id)}.title`)).join(listSeparator())}</td>
                <td data-label={t('options.colClosed')}>{t(e.closed ? 'options.answerYes' : 'options.answerNo')}</td>
                <td data-label={t('options.colContacted')}>{t(e.contacted ? 'options.answerYes' : 'options.answerNo')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" onClick={exportCsv} disabled={entries.length === 0}>{t('options.historyExport')}</button>{' '}
        <button type="button" onClick={onClear} disabled={entries.length === 0}>{t('options.historyClear')}</button>
      </p>
    </>
  );
}
