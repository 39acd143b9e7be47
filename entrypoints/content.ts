// Isolated-world content script: snapshot → evaluate → report to the background, which sets the badge.
import { defineContentScript } from 'wxt/utils/define-content-script';
// The native API, not the polyfill: the content script runs on every page and must stay small.
import { browser } from '@wxt-dev/browser';
import { collectSnapshot } from '../detectors/snapshot/collect';
import { evaluate } from '../detectors/evaluate';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const report = evaluate(collectSnapshot(document, { layout: true }));
    browser.runtime.sendMessage({ type: 'report', report }).catch(() => undefined);
  },
});
