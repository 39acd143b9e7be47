import { describe, expect, it } from 'vitest';
import detector from '../../detectors/picture-channel';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector);

describe('picture-channel', () => {
  it('counts for little on a page that says things in words', () => {
    const words = '<p>当店は駅前の小さなパン屋です。毎朝六時から焼きたてのパンをご用意しています。</p>'.repeat(12);
    expect(detect(detector, `${words}<a href="tel:0422551234"><img src="call.png"></a>`)!.strength).toBe(0.3);
  });
});
