// Kinds of page behaviour the snapshot can carry. Plain data (no zod) so content scripts can import it cheaply.
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
] as const;
