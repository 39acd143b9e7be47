// Isolated world, before any page script: buffers the observer's reports and holds the contact guard.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installEarly } from '../extension/early';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  noScriptStartedPostMessage: true,
  main() {
    installEarly(window);
  },
});
