// Leave-one-family-out validation of the fraud threshold (detectors/evaluate.ts THRESHOLDS.fraud): for each family,
// the threshold is fitted on every other family (the highest recall with no false alarm there; of the thresholds
// that do equally well, the middle one, farthest from both sides) and then judged on the family left out. A rule that only
// works because it was tuned on the family it is judged on shows up here as a held-out miss.

export interface Scored {
  family: string;
  verdict: 'fraud' | 'clean';
  /** The combination rule of the report ('' when none), and its score. */
  rule: string;
  score: number;
}

const CANDIDATES = Array.from({ length: 61 }, (_, i) => 30 + i); // 30 … 90
const flags = (s: Scored, t: number) => s.rule !== '' && s.rule !== 'partial' && s.score >= t;

/** The fitted threshold, and the range of thresholds that do as well on the training families. */
export function fitThreshold(training: readonly Scored[]): { threshold: number; from: number; to: number } {
  let best = { t: CANDIDATES[0]!, recall: -1 };
  const results: { t: number; recall: number }[] = [];
  for (const t of CANDIDATES) {
    if (training.some((s) => s.verdict === 'clean' && flags(s, t))) continue;
    const recall = training.filter((s) => s.verdict === 'fraud' && flags(s, t)).length;
    results.push({ t, recall });
    if (recall >= best.recall) best = { t, recall };
  }
  const equal = results.filter((r) => r.recall === best.recall).map((r) => r.t);
  const from = Math.min(...equal);
  const to = Math.max(...equal);
  return { threshold: Math.round((from + to) / 2), from, to };
}

export interface FoldResult {
  family: string;
  threshold: number;
  /** Every threshold in from…to did as well on the other families. */
  from: number;
  to: number;
  pages: number;
  /** Fraud pages caught, or honest pages flagged, at the threshold fitted without this family. */
  hits: number;
  verdict: 'fraud' | 'clean';
}

export function leaveOneFamilyOut(scored: readonly Scored[]): FoldResult[] {
  const families = [...new Set(scored.map((s) => s.family))];
  return families.map((family) => {
    const held = scored.filter((s) => s.family === family);
    const { threshold, from, to } = fitThreshold(scored.filter((s) => s.family !== family));
    return { family, threshold, from, to, pages: held.length, hits: held.filter((s) => flags(s, threshold)).length, verdict: held[0]!.verdict };
  });
}
