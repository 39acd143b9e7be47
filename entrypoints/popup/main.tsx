import { render } from 'preact';
import { browser } from '../../model/browser';
import { App, type PopupApi } from '../../ui/popup/App';
import { targetTab } from '../../ui/popup/target';
import type { EvidenceFiles, PageRequest, TabState } from '../../model/messages';
import '../../ui/popup/popup.css';

const ask = <T,>(request: PageRequest) => browser.runtime.sendMessage(request) as Promise<T>;

const api: PopupApi = {
  tabState: (tabId) => ask<TabState>({ type: 'tab-state', tabId }),
  undoAllow: (site) => ask({ type: 'disallow-site', site }),
  evidence: (tabId) => ask<EvidenceFiles>({ type: 'evidence', tabId }),
  openSettings: () => void browser.runtime.openOptionsPage().catch(() => undefined),
  // The host permission lets an extension page read a tab's address; no "tabs" permission is needed.
  pageUrl: async (tabId) => (await browser.tabs.get(tabId)).url ?? '',
  version: browser.runtime.getManifest().version,
};

const page = new URLSearchParams(location.search).get('view') === 'page';
document.documentElement.lang = browser.i18n.getUILanguage().startsWith('ja') ? 'ja' : 'en';
if (page) document.documentElement.classList.add('as-page');
// Opened in a tab rather than as a popup (Firefox for Android does this, tests too): phone-width styles may apply.
void browser.tabs.getCurrent().then((tab) => tab && document.documentElement.classList.add('in-tab'), () => undefined);
// The tab to explain: ?tabId= (the overlay's "details" and tests), else the active tab of this window.
void targetTab(location.search, browser).then((tabId) => render(<App tabId={tabId} api={api} />, document.getElementById('app')!));
