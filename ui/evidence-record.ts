// The evidence record as files: a PNG of the visible page and a text record (UTF-8 with BOM and CRLF, so that
// Windows Notepad shows it correctly). Made and saved on the device only.
import type { Report } from '../detectors/evaluate';
import type { EvidenceFiles } from '../model/messages';
import { categoryOf, describeReport } from './describe';
import { ADVICE } from './resources';
import { t } from './i18n';

export function recordText(files: EvidenceFiles, report: Report | null, shownTime: string): string {
  const { items } = files;
  const list = (label: string, values: string[]) => `${t(label)}: ${values.length > 0 ? values.join(' / ') : t('record.none')}`;
  const lines = [
    t('record.title'),
    '',
    `${t('record.savedAt')}: ${shownTime}`,
    `${t('record.url')}: ${items.url}`,
    `${t('record.pageTitle')}: ${items.title}`,
    `${t('record.verdict')}: ${report ? `${t(`verdict.${report.verdict}`)} (${report.score}/100)` : t('verdict.clean')}`,
    list('record.phones', items.phones),
    list('record.ids', items.ids),
    list('record.amounts', items.amounts),
    list('record.accounts', items.accounts),
    list('record.mails', items.mails),
    list('record.lines', items.lines),
    `${t('record.screenshot')}: ${files.screenshot ? `${files.base}.png` : t('record.none')}`,
    '',
    `${t('record.findings')}:`,
    ...(report ? describeReport(report).flatMap((f) => [`- ${f.title}`, ...f.evidence.map((e) => `    ${e}`)]) : []),
    ...(report && report.verdict !== 'clean' ? ['', `${t('record.whatToDo')}:`, ...ADVICE[categoryOf(report)].now.map((k) => `- ${t(k)}`)] : []),
    '',
    t('record.localOnly'),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Saves data as a file through an ordinary download link (no "downloads" permission needed). */
export function saveFile(name: string, data: Blob | string): void {
  const url = typeof data === 'string' ? data : URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
