import { describe, expect, it } from 'vitest';
import detector from '../../detectors/shutter-sound';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector);

describe('shutter-sound', () => {
  it('rates a shutter file that a script may play on a click below one that plays by itself (a camera app)', () => {
    const scripted = detect(detector, "<button id=s>撮影</button><script>var snd = new Audio('shutter.wav'); s.onclick = function(){ snd.play(); };</script>");
    const present = detect(detector, '<audio src="shutter.wav"></audio>');
    expect(scripted!.strength).toBeLessThan(1);
    expect(present!.strength).toBeLessThan(scripted!.strength);
  });
});
