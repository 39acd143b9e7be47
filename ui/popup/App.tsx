// The explanation a frightened person reads: the verdict, each finding with the page's own words and why they
// mean nothing, what to do now, what to do if it is too late, and where to get real help.
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../model/messages';
import { t } from '../i18n';
import { Findings } from './Findings';
import { Advice } from './Advice';
import { Resources } from './Resources';
import { EvidenceButton } from './EvidenceButton';
import { Feedback } from './Feedback';
import { categoryOf } from '../describe';
import type { PopupApi } from './api';

export type { PopupApi };

export function App({ tabId, api }: { tabId: number | null; api: PopupApi }) {
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState(false);
  const [url, setUrl] = useState('');
  const reload = () => {
    if (tabId === null) return setError(true);
    api.tabState(tabId).then(setState, () => setError(true));
  };
  useEffect(reload, [tabId]);
  useEffect(() => {
    if (tabId !== null) api.pageUrl(tabId).then(setUrl, () => setUrl(''));
  }, [tabId]);

  if (error) return <main class="popup"><p role="alert">{t('popup.noTab')}</p></main>;
  if (!state) return <main class="popup" aria-busy="true" />;

  const report = state.allowed ? null : state.report;
  const verdict = report?.verdict ?? 'clean';
  const category = report ? categoryOf(report) : 'one-click';
  return (
    <main class={`popup verdict-${verdict}`} data-verdict={verdict}>
      <header class="head">
        <span class="mark" aria-hidden="true">{verdict === 'clean' ? '✓' : '⚠'}</span>
        <div>
          <p class="label">{t('popup.pageState')}</p>
          <h1>{t(`verdict.${verdict}`)}</h1>
        </div>
      </header>
      {state.allowed && (
        <p class="allowed">
          {t('popup.allowed', [state.site])}{' '}
          {state.canChangeAllowlist ? (
            <button type="button" class="link" onClick={() => api.undoAllow(state.site).then(reload)}>{t('popup.undoAllow')}</button>
          ) : (
            <button type="button" class="link" onClick={() => api.openSettings()}>{t('popup.openSettings')}</button>
          )}
        </p>
      )}
      {report && report.rule && <p class="rule">{t(`rule.${report.rule}`)}</p>}
      {report && report.findings.length > 0 && report.verdict !== 'clean' && <Findings report={report} />}
      {(!report || report.verdict === 'clean') && <p>{t('popup.noReport')} {t('popup.cleanHelp')}</p>}
      {report && report.verdict !== 'clean' && <Advice category={category} />}
      {report && report.verdict !== 'clean' && <EvidenceButton tabId={state.tabId} report={report} api={api} />}
      <Resources category={category} />
      <Feedback key={`${verdict}-${url}`} kind={verdict === 'clean' ? 'missed' : 'false-alarm'} url={url} report={report} version={api.version} />
      <footer class="foot">
        <button type="button" class="link" onClick={() => api.openSettings()}>{t('popup.openSettings')}</button>
        <span class="version">{t('feedback.version', [api.version])}</span>
      </footer>
    </main>
  );
}
