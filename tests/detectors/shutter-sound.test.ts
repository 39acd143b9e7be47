import { describe, expect, it } from 'vitest';
import detector from '../../detectors/shutter-sound';
import { testDetector } from '../helpers/detector-tester';
import { detect, keys, pageOf, runtime } from '../helpers/page';

testDetector(detector, {
  fires: [
    { name: 'an autoplaying shutter file', html: '<audio src="se/shutter.mp3" autoplay></audio>', keys: ['shutterFile'] },
    { name: 'a source element', html: '<audio autoplay><source src="/snd/kasha.ogg"></audio>', keys: ['shutterFile'] },
    { name: 'a script that plays a camera sound', html: "<script>new Audio('/assets/camera.mp3').play();</script>", keys: ['shutterFile'] },
    { name: 'an autoplaying alarm', html: '<audio autoplay loop src="warn.mp3"></audio>', keys: ['autoplaySound'] },
    { name: 'a hidden audio element (sound plays anyway)', html: '<div style="display:none"><audio autoplay src="shutter.wav"></audio></div>', keys: ['shutterFile'] },
    { name: 'an old bgsound', html: '<bgsound src="camera.wav">', keys: ['shutterFile'] },
  ],
  silent: [
    { name: 'muted autoplay video', html: '<video autoplay muted src="hero.mp4"></video>' },
    { name: 'a camera video without a file', html: '<video id="v" autoplay></video>' },
    { name: 'a sound after a gesture', html: '<p>x</p>' },
    { name: 'a plain audio player', html: '<audio controls src="podcast.mp3"></audio>' },
  ],
});

describe('shutter-sound', () => {
  it('counts a sound the observer saw start without a user gesture', () => {
    const finding = detector.detect(pageOf('<p>x</p>', { behaviour: [runtime('media-play', false, 1, 'shutter.mp3')] }));
    expect(keys(finding)).toEqual(['soundWithoutGesture']);
    expect(finding!.strength).toBe(0.8);
  });

  it('rates a shutter file that a script may play on a click below one that plays by itself (a camera app)', () => {
    const scripted = detect(detector, "<button id=s>撮影</button><script>var snd = new Audio('shutter.wav'); s.onclick = function(){ snd.play(); };</script>");
    const present = detect(detector, '<audio src="shutter.wav"></audio>');
    expect(scripted!.strength).toBeLessThan(1);
    expect(present!.strength).toBeLessThan(scripted!.strength);
  });
});
