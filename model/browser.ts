// The promise-based, polyfilled `browser` for the background and extension pages (never for content scripts,
// which use the native object: the polyfill would cost every page load).
import { browser as polyfilled } from '@wxt-dev/webextension-polyfill/browser';
import type { WxtBrowser } from 'wxt/browser';

export const browser = polyfilled as unknown as WxtBrowser;
