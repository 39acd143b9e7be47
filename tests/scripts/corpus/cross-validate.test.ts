import { describe, expect, it } from 'vitest';
import { fitThreshold, leaveOneFamilyOut, type Scored } from '../../../scripts/corpus/cross-validate';

const page = (family: string, verdict: Scored['verdict'], score: number, rule = 'oneClick'): Scored => ({ family, verdict, rule, score });

describe('leave-one-family-out validation', () => {
  it('fits the threshold in the middle of those that catch most with no false alarm in training', () => {
    const training = [page('a', 'fraud', 70), page('a', 'fraud', 60), page('h', 'clean', 50), page('h', 'clean', 80, 'partial')];
    expect(fitThreshold(training)).toEqual({ threshold: 56, from: 51, to: 60 });
  });

  it('judges each family at a threshold fitted without it', () => {
    // Family b only scores 45: fitted on a and h (honest up to 50), the threshold is above it and b is missed.
    const scored = [page('a', 'fraud', 70), page('a', 'fraud', 65), page('b', 'fraud', 45), page('c', 'fraud', 68), page('h', 'clean', 50)];
    const folds = leaveOneFamilyOut(scored);
    expect(folds.find((f) => f.family === 'b')).toMatchObject({ hits: 0, pages: 1 });
    expect(folds.find((f) => f.family === 'a')).toMatchObject({ hits: 2, pages: 2 });
    // With the only honest family held out, nothing holds the threshold up: h's page is flagged, as it should be
    // reported (a family of honest pages unlike all others is exactly what this validation exists to show).
    expect(folds.find((f) => f.family === 'h')).toMatchObject({ hits: 1, verdict: 'clean' });
  });
});
