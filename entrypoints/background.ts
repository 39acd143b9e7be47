// Keeps each tab's report and shows it on the toolbar badge.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { Report } from '../detectors/evaluate';

const BADGE = {
  fraud: { text: '!', color: '#c62828' },
  suspicious: { text: '?', color: '#f9a825' },
  clean: { text: '', color: '#000000' },
} as const;

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    const m = message as { type?: string; report?: Report };
    if (tabId === undefined || m?.type !== 'report' || !m.report || !(m.report.verdict in BADGE)) return;
    const badge = BADGE[m.report.verdict];
    void browser.action.setBadgeText({ tabId, text: badge.text });
    if (badge.text) void browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  });
});
