import { describe, expect, it } from 'vitest';
import detector from '../../detectors/extortion-threat';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector);

describe('extortion-threat', () => {
  it('weakens a threat that a warning page quotes or tells as what happened', () => {
    const told = detect(detector, '<p>「動画を家族や学校にばらまかれたくなければ示談金を払え」と脅される被害が増えています。</p>');
    expect(told?.strength ?? 0).toBeLessThan(0.5);
  });
});
