import { render } from 'preact';
import { browser } from '../../model/browser';
import { OptionsApp, type OptionsApi } from '../../ui/options/OptionsApp';
import type { ChangeResult, FamilyState } from '../../model/family';
import type { PageRequest } from '../../model/messages';
import { saveFile } from '../../ui/evidence-record';
import '../../ui/options/options.css';

const ask = <T,>(request: PageRequest) => browser.runtime.sendMessage(request) as Promise<T>;

const api: OptionsApi = {
  state: () => ask<FamilyState>({ type: 'options-state' }),
  update: (changes, pin) => ask<ChangeResult>({ type: 'update-settings', changes, pin }),
  setPin: (pin, current) => ask<ChangeResult>({ type: 'set-pin', pin, current }),
  clearHistory: (pin) => ask<ChangeResult>({ type: 'clear-history', pin }),
  save: (name, data) => saveFile(name, data),
  version: browser.runtime.getManifest().version,
};

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('ja') ? 'ja' : 'en';
render(<OptionsApp api={api} />, document.getElementById('app')!);
