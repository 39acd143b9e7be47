import { describe, expect, it } from 'vitest';
import detector from '../../detectors/countdown';
import { testDetector } from '../helpers/detector-tester';
import { detect, keys } from '../helpers/page';

testDetector(detector);

describe('countdown', () => {
  it('reads a countdown that a script fills in under a deadline label', () => {
    const finding = detect(
      detector,
      `<p>入会金 68,000円</p><p>お支払い期限まで <b id="cd"></b></p>
       <script>var left=7200; setInterval(function(){ left--; cd.textContent = Math.floor(left/3600)+'時間'+(left%60)+'秒'; }, 1000);</script>`,
    );
    expect(keys(finding)).toEqual(['deadline', 'liveTimer']);
    expect(finding!.strength).toBe(1);
  });
});
