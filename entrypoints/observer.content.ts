// MAIN world, before any page script: records what the page does (sounds, history floods, full screen, dialogs…).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installObserver } from '../extension/page-world/observer';

export default defineContentScript({
  matches: ['<all_urls>'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // Frames without an origin of their own (sandboxed srcdoc, data: URLs, blob:) hold bills too.
  matchOriginAsFallback: true,
  main() {
    installObserver(window);
  },
});
