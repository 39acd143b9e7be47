import { useState } from 'preact/hooks';
import type { Report } from '../../detectors/evaluate';
import { t } from '../i18n';
import { recordText, saveFile } from '../evidence-record';
import type { PopupApi } from './api';

/** One click: a picture of the page and a text record, saved as files on this device. */
export function EvidenceButton({ tabId, report, api }: { tabId: number; report: Report; api: PopupApi }) {
  const [status, setStatus] = useState('');
  const save = async () => {
    setStatus(t('popup.evidenceSaving'));
    try {
      const files = await api.evidence(tabId);
      const names: string[] = [];
      if (files.screenshot) {
        saveFile(`${files.base}.png`, files.screenshot);
        names.push(`${files.base}.png`);
      }
      const text = recordText(files, report, new Date(files.capturedAt).toLocaleString());
      saveFile(`${files.base}.txt`, new Blob([text], { type: 'text/plain;charset=utf-8' }));
      names.push(`${files.base}.txt`);
      setStatus(files.screenshot ? t('popup.evidenceSaved', [names.join(', ')]) : t('popup.evidenceNoScreenshot', [files.captureError]));
    } catch {
      setStatus(t('popup.evidenceFailed'));
    }
  };
  return (
    <section class="evidence">
      <button type="button" class="primary" onClick={save}>
        {t('popup.evidenceButton')}
      </button>
      <p class="small">{t('popup.evidenceHelp')}</p>
      <p class="status" role="status" aria-live="polite">{status}</p>
    </section>
  );
}
