// A report of a false alarm or a miss, prepared on the device for the user to read, edit and send themselves.
// It names the page's origin only (the full address when the user chooses it), the verdict, the findings with
// their evidence and the extension's version; it is never sent without the user's own click.
import type { Report } from '../detectors/evaluate';
import { describeReport } from './describe';
import { t } from './i18n';

export type FeedbackKind = 'false-alarm' | 'missed';

export interface FeedbackInput {
  kind: FeedbackKind;
  /** The tab's address; only its origin is written unless fullUrl is set. */
  url: string;
  fullUrl: boolean;
  report: Report | null;
  version: string;
}

/** A prefilled link stays below what browsers and the tracker accept; longer text is cut and the user pastes it. */
export const MAX_LINK_CHARS = 7000;

/** What the report names as the page: the origin, or the full address; never a script's or data URL's contents. */
export function pageAddress(url: string, full: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return t('feedback.unknownPage');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `${parsed.protocol} ${t('feedback.localPage')}`;
  return full ? parsed.href : parsed.origin;
}

export function feedbackTitle(input: FeedbackInput): string {
  return `[${t(`feedback.${input.kind === 'missed' ? 'missed' : 'falseAlarm'}.tag`)}] ${pageAddress(input.url, input.fullUrl)}`;
}

export function feedbackBody(input: FeedbackInput): string {
  const { report } = input;
  const findings = report ? describeReport(report) : [];
  const verdict = report ? `${t(`verdict.${report.verdict}`)} (${report.score}/100)` : t('verdict.clean');
  return [
    `${t('feedback.kindLabel')}: ${t(`feedback.${input.kind === 'missed' ? 'missed' : 'falseAlarm'}.name`)}`,
    `${t('feedback.pageLabel')}: ${pageAddress(input.url, input.fullUrl)}`,
    `${t('feedback.verdictLabel')}: ${verdict}`,
    `${t('feedback.findingsLabel')}:`,
    ...(findings.length > 0 ? findings.flatMap((f) => [`- ${f.title}`, ...f.evidence.map((e) => `    ${e}`)]) : [`- ${t('record.none')}`]),
    `${t('feedback.versionLabel')}: ${input.version}`,
    '',
    `${t(`feedback.${input.kind === 'missed' ? 'missed' : 'falseAlarm'}.ask`)}`,
    '',
  ].join('\n');
}

/** Cuts text at a line end so that `make(text)` fits MAX_LINK_CHARS, saying where it was cut. */
function fitted(text: string, make: (body: string) => string): string {
  if (make(text).length <= MAX_LINK_CHARS) return make(text);
  const cutNote = `\n…${t('feedback.cut')}`;
  let body = text;
  while (body.length > 0 && make(body + cutNote).length > MAX_LINK_CHARS) {
    const end = body.lastIndexOf('\n', Math.floor(body.length * 0.9));
    body = body.slice(0, end > 0 ? end : Math.floor(body.length * 0.9));
  }
  return make(body + cutNote);
}

/** The tracker's new-issue page with title and body filled in (the user reviews it and presses submit). */
export function issueLink(tracker: string, title: string, body: string): string {
  return fitted(body, (b) => `${tracker}?${new URLSearchParams({ title, body: b }).toString()}`);
}

/** A mailto: link for the user's own mail program. */
export function mailLink(address: string, title: string, body: string): string {
  return fitted(body, (b) => `mailto:${address}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(b.replace(/\n/g, '\r\n'))}`);
}
