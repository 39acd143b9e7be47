import { describe, expect, it } from 'vitest';
import detector from '../../detectors/shutter-sound';
import { detect, keys, pageOf, runtime } from '../helpers/page';

describe('shutter-sound', () => {
  it.each([
    ['an autoplaying shutter file', '<audio src="se/shutter.mp3" autoplay></audio>', 'shutterFile', 1],
    ['a source element', '<audio autoplay><source src="/snd/kasha.ogg"></audio>', 'shutterFile', 1],
    ['a script that plays a camera sound', "<script>new Audio('/assets/camera.mp3').play();</script>", 'shutterFile', 0.7],
    ['an autoplaying alarm', '<audio autoplay loop src="warn.mp3"></audio>', 'autoplaySound', 0.6],
    ['a hidden audio element (sound plays anyway)', '<div style="display:none"><audio autoplay src="shutter.wav"></audio></div>', 'shutterFile', 1],
    ['an old bgsound', '<bgsound src="camera.wav">', 'shutterFile', 1],
  ])('fires on %s', (_, html, key, strength) => {
    const finding = detect(detector, html);
    expect(keys(finding)).toContain(key);
    expect(finding!.strength).toBe(strength);
  });

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

  it.each([
    ['muted autoplay video', '<video autoplay muted src="hero.mp4"></video>'],
    ['a camera video without a file', '<video id="v" autoplay></video>'],
    ['a sound after a gesture', '<p>x</p>'],
    ['a plain audio player', '<audio controls src="podcast.mp3"></audio>'],
  ])('stays silent on %s', (name, html) => {
    const behaviour = name === 'a sound after a gesture' ? [runtime('media-play', true, 1, 'click.mp3')] : [];
    expect(detector.detect(pageOf(html, { behaviour }))).toBeNull();
  });
});
