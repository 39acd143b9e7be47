import { describe, expect, it } from 'vitest';
import detector from '../../detectors/legal-threat';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector);

describe('legal-threat', () => {
  it('is strongest when several kinds of threat are combined', () => {
    expect(detect(detector, '<p>延滞金が発生し、法的措置をとります。</p>')!.strength).toBe(1);
    expect(detect(detector, '<p>延滞金が発生します。</p>')!.strength).toBeLessThan(1);
  });

  it('weakens or drops threats that are only quoted in 「」 or told as what a screen said', () => {
    expect(detect(detector, '<p>「延滞金が発生し、法的措置をとる」と書かれています。</p>')?.strength ?? 0).toBeLessThan(0.5);
  });
});
