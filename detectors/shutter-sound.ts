// A camera shutter sound (or any sound started without the visitor doing anything) is meant to make people
// believe they were photographed. It is a sound file: a web page cannot use the camera without the browser asking.
import { defineDetector, type Evidence } from './define';
import { evidence } from './helpers';

const SHUTTER_FILE = /shutter|kasha|kasya|kashya|camera|(?:^|[^a-z])cam(?:[^a-z]|$)|snap|photo|satsuei|シャッター|カシャ|撮影/i;

export default defineDetector({
  id: 'shutter-sound',
  weight: 15, // a bluff, like the IP address shown: frightening, but proves nothing
  role: 'bluff',
  evidenceKeys: ['shutterFile', 'autoplaySound', 'soundWithoutGesture', 'scriptPlaysSound'],
  detect(page) {
    const found: Evidence[] = [];
    let strength = 0;
    const sounds = page.media.filter((m) => m.src !== '' && !m.muted);
    const playedWithoutGesture = page.behaviour.filter((b) => (b.type === 'media-play' || b.type === 'audio-context') && b.source === 'runtime' && b.gesture === false);
    const scriptPlays = page.behaviour.some((b) => b.type === 'media-play' && b.source === 'static');
    const shutter = sounds.filter((m) => SHUTTER_FILE.test(m.src));
    if (shutter.length > 0) {
      // Played by itself (autoplay, or a play the observer saw without a gesture) is unmistakable; a script that
      // plays it may do so on a click (a camera app's shutter button), which static reading cannot tell.
      if (shutter.some((m) => m.autoplay) || playedWithoutGesture.length > 0) strength = 1;
      else if (scriptPlays && shutter.some((m) => m.tag === 'script-audio')) strength = 0.7;
      else strength = 0.5;
      found.push(evidence('shutterFile', shutter.map((m) => m.src)));
    }
    const autoplay = sounds.filter((m) => m.autoplay && !SHUTTER_FILE.test(m.src));
    if (autoplay.length > 0) {
      strength = Math.max(strength, 0.6);
      found.push(evidence('autoplaySound', autoplay.map((m) => m.src)));
    }
    if (playedWithoutGesture.length > 0) {
      strength = Math.max(strength, 0.8);
      found.push(evidence('soundWithoutGesture', playedWithoutGesture.map((b) => b.detail)));
    } else if (scriptPlays && found.length === 0 && sounds.some((m) => m.tag === 'audio' || m.tag === 'video')) {
      // An <audio> element that a script plays (window.onload → el.play()): probably without a gesture.
      strength = 0.4;
      found.push(evidence('scriptPlaysSound', sounds.map((m) => m.src)));
    }
    return found.length === 0 ? null : { strength, evidence: found };
  },
});
