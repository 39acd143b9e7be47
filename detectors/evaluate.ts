// From findings to a verdict. Every threshold, role and combination rule is here, with the reason beside it.
//
// One-click fraud is a *combination*: a claim that a contract exists or a bill (contract) + pressure (deadline,
// threats, a trap) + a bluff (IP/ID/device shown, shutter sound) or a lure (contact for "mistakes", 186).
// Honest pages share single signals — a shop's 会員登録完了, a konbini bill with a deadline, an IP checker, a
// restaurant asking for 186 — but not the combination. Points are added, never averaged: the detectors that stay
// silent must not dilute a strong signal.
import type { Detector, Evidence } from './define';
import { DETECTORS, type DetectorId } from './registry';
import { readContext } from './context';
import type { PageSnapshot } from './snapshot/schema';

export type Verdict = 'fraud' | 'suspicious' | 'clean';
export type Role = 'contract' | 'pressure' | 'bluff' | 'lure' | 'scareware';

export interface ReportFinding {
  id: DetectorId;
  /** weight × strength, rounded. */
  points: number;
  strength: number;
  evidence: Evidence[];
}

export interface Report {
  verdict: Verdict;
  /** 0–100. */
  score: number;
  findings: ReportFinding[];
  /** Which combination rule decided (message key rule.<id>), or '' when none applied. */
  rule: '' | 'oneClick' | 'freshContractThreat' | 'supportScam' | 'partial';
  /** Page context that lowered the score (an article about fraud, visible sign-up steps). */
  mitigations: Evidence[];
  /** Detectors that threw: reported, never fatal. */
  errors: { id: string; message: string }[];
}

/** The part each signal plays in the combination. */
export const ROLES: Record<DetectorId, Role> = {
  'completion-claim': 'contract',
  'fee-demand': 'contract',
  countdown: 'pressure',
  'legal-threat': 'pressure',
  'navigation-trap': 'pressure',
  'identity-bluff': 'bluff',
  'shutter-sound': 'bluff',
  'caller-id-186': 'lure',
  'contact-lure': 'lure',
  scareware: 'scareware',
};

export const THRESHOLDS = {
  // The typical fraud screen sums to 80–100. A complete combination of weak signals (a buried claim, a small
  // amount, a date-only deadline, one ID) sums to 35–50 and stays "suspicious". 55 is the smallest firm
  // combination: claim (20) + bill (20) + one firm threat (15).
  fraud: 55,
  // Half-way: worth a badge and an explanation, not an overlay.
  suspicious: 30,
  // Findings below this strength do not count towards a role (a date-only deadline, a lone static hint).
  roleStrength: 0.4,
  // A support scam needs a clear infection claim with a call to action, or a weaker one plus a trap.
  scarewareAlone: 0.9,
  scarewareWithTrap: 0.5,
  // An article or a Q&A that quotes a billing screen and advises the reader: its text signals are quotations.
  advisoryFactor: 0.2,
  // Visible sign-up steps: the visitor went through a real flow; weakens only the completion claim.
  stepFlowClaimFactor: 0.5,
} as const;

/** Runs every detector; a detector that throws becomes an error entry and the others still count. */
export function runDetectors(page: PageSnapshot, detectors: readonly Detector[] = DETECTORS): { findings: ReportFinding[]; errors: Report['errors'] } {
  const findings: ReportFinding[] = [];
  const errors: Report['errors'] = [];
  for (const detector of detectors) {
    try {
      const finding = detector.detect(page);
      if (!finding) continue;
      const strength = Math.max(0, Math.min(1, Number.isFinite(finding.strength) ? finding.strength : 0));
      if (strength === 0) continue;
      findings.push({
        id: detector.id as DetectorId,
        strength: round2(strength),
        points: Math.round(detector.weight * strength),
        evidence: finding.evidence,
      });
    } catch (error) {
      errors.push({ id: detector.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings, errors };
}

export function evaluate(page: PageSnapshot, detectors: readonly Detector[] = DETECTORS): Report {
  const { findings, errors } = runDetectors(page, detectors);
  const context = readContext(page);
  const mitigations: Evidence[] = [];

  if (context.stepFlow) {
    const claim = findings.find((f) => f.id === 'completion-claim');
    if (claim) {
      claim.points = Math.round(claim.points * THRESHOLDS.stepFlowClaimFactor);
      mitigations.push(...context.evidence.filter((e) => e.key === 'stepFlow'));
    }
  }
  // A page that traps the Back button or plays sounds by itself behaves like the fraud, whatever its text says:
  // articles about fraud do not do that, so their mitigation does not apply.
  const behaves = findings.some(
    (f) => (f.id === 'navigation-trap' && f.strength >= 0.5) || (f.id === 'shutter-sound' && f.evidence.some((e) => e.key === 'soundWithoutGesture')),
  );
  const advisory = context.advisory && !behaves;
  if (advisory) {
    for (const f of findings) f.points = Math.round(f.points * THRESHOLDS.advisoryFactor);
    mitigations.push(...context.evidence.filter((e) => e.key !== 'stepFlow'));
  }

  const score = Math.min(100, findings.reduce((sum, f) => sum + f.points, 0));
  const has = (role: Role, min: number = THRESHOLDS.roleStrength) =>
    findings.some((f) => ROLES[f.id] === role && f.strength >= min);
  const strengthOf = (id: DetectorId) => findings.find((f) => f.id === id)?.strength ?? 0;
  const firm = (id: DetectorId) => strengthOf(id) >= THRESHOLDS.roleStrength;

  const roles = new Set(findings.filter((f) => f.strength >= THRESHOLDS.roleStrength).map((f) => ROLES[f.id]));
  let rule: Report['rule'] = '';
  if (has('contract') && has('pressure') && (has('bluff') || has('lure'))) rule = 'oneClick';
  // A contract that "just" came into being and already threatens court: no honest sign-up does that.
  else if (firm('completion-claim') && firm('fee-demand') && firm('legal-threat')) rule = 'freshContractThreat';
  else if (
    strengthOf('scareware') >= THRESHOLDS.scarewareAlone ||
    (strengthOf('scareware') >= THRESHOLDS.scarewareWithTrap && (firm('navigation-trap') || firm('shutter-sound')))
  )
    rule = 'supportScam';
  // Worth a "?" but not an overlay: three of the four parts, or a fake-warning claim on its own. Two parts are
  // what honest pages share (a bill and a deadline; a sign-up and a cancel number).
  else if ((roles.has('contract') && roles.size >= 3) || (roles.has('pressure') && roles.has('bluff') && roles.has('lure')) || firm('scareware')) rule = 'partial';

  let verdict: Verdict = 'clean';
  if (rule !== '' && rule !== 'partial' && score >= THRESHOLDS.fraud) verdict = 'fraud';
  else if (rule !== '' && score >= THRESHOLDS.suspicious) verdict = 'suspicious';
  if (advisory) verdict = 'clean';

  findings.sort((a, b) => b.points - a.points);
  return { verdict, score, findings, rule: verdict === 'clean' ? '' : rule, mitigations, errors };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const RANK: Record<Verdict, number> = { clean: 0, suspicious: 1, fraud: 2 };

/** The report that counts for a tab made of several frames: the worst verdict, then the highest score. */
export function worstReport(reports: readonly Report[]): Report {
  let worst = reports[0]!;
  for (const r of reports) {
    if (RANK[r.verdict] > RANK[worst.verdict] || (r.verdict === worst.verdict && r.score > worst.score)) worst = r;
  }
  return worst;
}
