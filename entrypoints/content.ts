// Isolated world, once the page is parsed, in every frame: gate → snapshot → evaluate → report; then protect.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startProtection } from '../extension/protect';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  noScriptStartedPostMessage: true,
  main() {
    startProtection();
  },
});
