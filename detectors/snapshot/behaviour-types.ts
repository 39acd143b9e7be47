// Kinds of page behaviour the snapshot can carry, and how reports of them are merged. Plain data and one small
// function (no zod) so that content scripts can import it cheaply.
import { LIMITS } from './limits';
export const BEHAVIOUR_TYPES = [
  'media-play', // HTMLMediaElement.play or autoplay
  'audio-context', // an AudioContext was created / resumed
  'history-push', // history.pushState / replaceState
  'popstate-repush', // a push right after popstate: the Back button is trapped
  'beforeunload', // a beforeunload handler was installed
  'fullscreen', // requestFullscreen
  'alert', // alert / confirm / prompt
  'notification', // Notification.requestPermission
  'camera', // getUserMedia
  'user-agent', // the page read navigator.userAgent and wrote it into the page
  'vibrate', // navigator.vibrate
  'ticking-timer', // text that counts down every second (a setInterval countdown)
  'oversized', // the page is built past the snapshot's caps (200,000 empty elements, dozens of frames): see collect.ts
] as const;

/**
 * Adds events to a behaviour list, merging repeats (same type, source and gesture) into a count; the list and each
 * detail stay within the snapshot's caps. The one merge for runtime reports and static hints alike.
 */
export function mergeBehaviour<T extends { type: string; source: string; gesture: boolean | null; count: number; detail: string }>(list: T[], events: readonly T[]): void {
  for (const e of events) {
    const same = list.find((b) => b.type === e.type && b.source === e.source && b.gesture === e.gesture);
    if (same) same.count = Math.min(same.count + e.count, 1_000_000);
    else if (list.length < LIMITS.items) list.push({ ...e, detail: e.detail.slice(0, LIMITS.valueChars) });
  }
}
