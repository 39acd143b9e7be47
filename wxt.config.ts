import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export const GECKO_ID = 'oneclick-guard@oneclick-guard.github.io';

export default defineConfig({
  // The polyfill is imported explicitly where it belongs (background, extension pages: extension/browser.ts) and
  // kept out of content scripts, which run on every page; so no module aliases wxt/browser to it.
  modules: ['@wxt-dev/i18n/module'],
  // No auto-imports: every module says what it uses, so the content script stays small and reviewable.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // Firefox MV3 and MV2 zips would otherwise share one name.
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // English for every browser language we do not translate; Japanese browsers get ja.
    default_locale: 'en',
    // Why each permission is needed: PRIVACY.md.
    permissions: ['storage', 'scripting'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
