// Every text the user sees comes from locales/*.yml through the browser's i18n (the browser picks ja or en).
// The native API, not a polyfill: the overlay runs in the content script.
import { browser } from '@wxt-dev/browser';

/** A message by its dotted key ("overlay.close"); `$1` is replaced by the substitution. */
export function t(key: string, substitutions: string[] = []): string {
  return browser.i18n.getMessage(key.replace(/\./g, '_'), substitutions) || key;
}

/** "ja" or "en": the language the messages come in. */
export function uiLanguage(): 'ja' | 'en' {
  return t('extName') === 'ワンクリガード' ? 'ja' : 'en';
}

/** How items of a list are joined in the current language: 「、」 in Japanese, ", " in English. */
export function listSeparator(): string {
  return uiLanguage() === 'ja' ? '、' : ', ';
}
