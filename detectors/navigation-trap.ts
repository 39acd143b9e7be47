// Back button that leads nowhere, "leave this page?" prompts, forced full screen, endless alerts: ways to make a
// page feel impossible to close. Closing the tab always works; we say so and do it for the user.
import { defineDetector, type Evidence } from './define';
import { clamp01, evidence } from './helpers';
import type { Behaviour } from './snapshot/schema';

const PUSH_FLOOD = 5;
const ALERT_LOOP = 3;

export default defineDetector({
  id: 'navigation-trap',
  weight: 15, // pressure; decisive for fake virus warnings, which pair it with a number to call
  role: 'pressure',
  evidenceKeys: ['backTrap', 'beforeUnload', 'forcedFullscreen', 'alertLoop'],
  detect(page) {
    const of = (type: Behaviour['type']) => page.behaviour.filter((b) => b.type === type);
    const withoutGesture = (list: Behaviour[]) => list.filter((b) => b.gesture !== true);
    const found: Evidence[] = [];
    let strength = 0;
    const repush = of('popstate-repush');
    const pushes = withoutGesture(of('history-push')).filter((b) => b.source === 'runtime');
    const flood = pushes.reduce((n, b) => n + b.count, 0) >= PUSH_FLOOD;
    if (repush.length > 0 || flood) {
      strength += 1;
      found.push(evidence('backTrap', [...repush, ...pushes].map((b) => b.detail), 1));
    }
    const unload = of('beforeunload');
    if (unload.length > 0) {
      strength += 0.5;
      found.push(evidence('beforeUnload', unload.map((b) => b.detail), 1));
    }
    const fullscreen = withoutGesture(of('fullscreen'));
    if (fullscreen.length > 0) {
      strength += 0.6;
      found.push(evidence('forcedFullscreen', fullscreen.map((b) => b.detail), 1));
    }
    const alerts = of('alert').reduce((n, b) => n + b.count, 0);
    if (alerts >= ALERT_LOOP) {
      strength += 0.7;
      found.push(evidence('alertLoop', [String(alerts)]));
    }
    if (of('vibrate').length > 0 && found.length > 0) strength += 0.2;
    return found.length === 0 ? null : { strength: clamp01(strength), evidence: found };
  },
});
