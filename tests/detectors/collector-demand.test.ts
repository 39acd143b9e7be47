import { describe, expect, it } from 'vitest';
import detector from '../../detectors/collector-demand';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector);

describe('collector-demand', () => {
  it('is strongest with a demand to call before the deadline', () => {
    expect(detect(detector, '<h1>未納料金に関する最終通告</h1><p>期限内に必ずお電話ください。</p>')!.strength).toBe(1);
    expect(detect(detector, '<h1>未納料金に関する最終通告</h1>')!.strength).toBeLessThan(1);
  });
});
