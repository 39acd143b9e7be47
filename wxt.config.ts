import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { iconSet } from './scripts/lib/icons';

export const GECKO_ID = 'oneclick-guard@oneclick-guard.github.io';

// The public key fixes the Chrome extension ID of unpacked builds (policy files and tests name it); the Chrome
// Web Store assigns its own key to published builds. The private key was not kept: nothing is signed with it.
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqyt4mS6UTkis6Ad1nRDkZE+D5/bwIYW+pAtK9lF4OhjDkepJqfRjd74ULLnrWiek8JTpzVwGrX6QFKs6Ck7fgqN7hmu7shB4sFmS7ebUCoCKp/QQf4QfebgOr8/nIHa2onCuJStn8fJTKftuMEb3ReLKEvwkt4SXGgbfR3jj4CO0jnQrprwf+BYkgsSP1+/3OjcyO69gYzY5n9ck15LY/u21mhNclNdp7nQCl1r2MOC9fFE/rTxizBw0dvq8SvGA+O7RG6yc13G3wBJV1yJnCHOJ7xny1F8PtZHDzmhS8SD2tzBUvXFFZZvu5DVAqQQHv4/rbsdBtC4hK11R/v3fNQIDAQAB';
export const CHROME_ID = 'lmoampjmknafejkamafkcncpaedaemod';

export default defineConfig({
  // The polyfill is imported explicitly where it belongs (background, extension pages: model/browser.ts) and
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
    // Drawn from public/icon/icon.svg by `npm run icons`; a test checks each file's pixel size.
    icons: iconSet(),
    action: { default_title: '__MSG_extName__', default_icon: iconSet() },
    // Administrators set and lock settings through browser policy (docs/deploy.md); Firefox reads the same keys
    // from policies.json and ignores this schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' }, key: CHROME_PUBLIC_KEY }),
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
