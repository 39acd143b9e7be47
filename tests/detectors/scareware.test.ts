import { describe, expect, it } from 'vitest';
import detector from '../../detectors/scareware';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector);

describe('scareware', () => {
  it('rates a bare warning without a call to action lower', () => {
    const finding = detect(detector, '<p>ウイルスが検出されました</p>');
    expect(finding!.strength).toBeLessThan(0.5);
  });
});

describe('scareware with alarming behaviour', () => {
  it('rates a single claim higher when the page forces full screen or sounds an alarm by itself', async () => {
    const { pageOf, runtime } = await import('../helpers/page');
    const quiet = detector.detect(pageOf('<p>ウイルスが検出されました</p>'))!;
    const loud = detector.detect(pageOf('<p>ウイルスが検出されました</p>', { behaviour: [runtime('fullscreen', false)] }))!;
    expect(loud.strength).toBeGreaterThan(quiet.strength);
    const afterClick = detector.detect(pageOf('<p>ウイルスが検出されました</p>', { behaviour: [runtime('fullscreen', true)] }))!;
    expect(afterClick.strength).toBe(quiet.strength);
  });
});
