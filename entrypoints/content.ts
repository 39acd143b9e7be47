// Isolated world, in every frame, injected at document_start — before any page script, so that our listeners
// (contact guard, overlay events, the observer's reports) come first. The scan itself waits until the page is
// parsed and the browser is idle. (A content script injected at document_end or document_idle delays the page's
// load event by a fixed ~150 ms in Chromium however little it does; one at document_start does not.)
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installEarly } from '../extension/content/early';
import { startProtection } from '../extension/content/watch';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // Frames without an origin of their own (sandboxed srcdoc, data: URLs, blob:) hold bills too.
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    installEarly(window);
    const begin = () => {
      const run = () => startProtection();
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
      else setTimeout(run, 0);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true });
    else begin();
  },
});
