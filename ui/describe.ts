// A report in words: each finding's title, its evidence (the page's own values, as text) and why it is harmless.
import type { Category, Report, ReportFinding } from '../detectors/evaluate';
import type { Evidence } from '../detectors/define';
import { messageId } from '../detectors/define';
import { listSeparator, t } from './i18n';

export interface DescribedFinding {
  id: string;
  title: string;
  explain: string;
  evidence: string[];
}

export function evidenceLine(e: Evidence): string {
  return t(`evidence.${e.key}`, e.values.length > 0 ? [e.values.join(listSeparator())] : []);
}

export function describeFinding(f: ReportFinding): DescribedFinding {
  const id = messageId(f.id);
  return {
    id: f.id,
    title: t(`signal.${id}.title`),
    explain: t(`signal.${id}.explain`),
    evidence: f.evidence.map(evidenceLine),
  };
}

export const describeReport = (report: Report): DescribedFinding[] => report.findings.map(describeFinding);

/** The ways to act the page gives (its numbers, addresses, forms), each as a line: what not to use. */
export const describeChannels = (report: Report): string[] => (report.channels ?? []).map(evidenceLine);

/** The numbers and addresses alone, a few, for a one-line warning. */
export function channelValues(report: Report, max = 3): string[] {
  return [...new Set((report.channels ?? []).flatMap((c) => c.values))].slice(0, max);
}

/** Why a report is no red warning (a reproduction, no way to act, a helper's page), each as a line. */
export const describeMitigations = (report: Report): string[] => (report.mitigations ?? []).map(evidenceLine);

/** The kind of fraud a report is about (reports from before categories existed count as one-click). */
export const categoryOf = (report: Report): Category => report.category ?? 'one-click';
