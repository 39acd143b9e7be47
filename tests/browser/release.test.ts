// The self-hosting path end to end: the real build is packed by `npm run release` code with a fresh key, served with
// its update.xml from 127.0.0.1, and force-installed by ExtensionInstallForcelist in a real Chromium started
// without the unpacked build. The policy lives in a copy of /etc/chromium bind-mounted in a private mount namespace
// of this test only (as in policy.test.ts); the host's /etc is never touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, CHROMIUM, ROOT, closePage, launchChromium, removeTempDir, servePages, tabIdOf, tempDir, waitForBadge, type Extension, type PageServer } from '../../scripts/lib/browser-harness';
import { buildRelease, type Release } from '../../scripts/lib/release';
import { CHROME_ID, GECKO_ID } from '../../wxt.config';

let server: PageServer;
let ext: Extension;
let release: Release;
let work = '';
let etc = '';
let launchMs = 0;

beforeAll(async () => {
  if (process.getuid?.() !== 0) throw new Error('the release test needs root for a private mount namespace (CI runs as root)');
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error(`no build at ${CHROME_BUILD}: run npm run build first`);
  work = tempDir('ocg-release-');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(join(work, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  // A stand-in for the Firefox build: only the Chrome half is exercised here.
  mkdirSync(join(work, 'firefox'));
  writeFileSync(join(work, 'firefox', 'manifest.json'), JSON.stringify({ version: (JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { version: string }).version, browser_specific_settings: { gecko: { id: GECKO_ID } } }));
  const out = join(work, 'release');
  mkdirSync(out);
  server = await servePages({ '/release': out, '/fixtures': join(ROOT, 'tests', 'fixtures') });
  release = buildRelease({ chromeBuild: CHROME_BUILD, firefoxBuild: join(work, 'firefox'), outDir: out, keyPath: join(work, 'key.pem'), baseUrl: `${server.origin}/release/`, geckoId: GECKO_ID });

  etc = tempDir('ocg-etc-chromium-');
  if (existsSync('/etc/chromium')) cpSync('/etc/chromium', etc, { recursive: true });
  mkdirSync(join(etc, 'policies', 'managed'), { recursive: true });
  // DevTools (and so Playwright) may not attach to force-installed extensions unless DeveloperToolsAvailability
  // is 1: without it, the extension installs and runs but its service worker stays out of the test's reach.
  writeFileSync(join(etc, 'policies', 'managed', 'oneclick-guard-release.json'), JSON.stringify({ ExtensionInstallForcelist: [release.policy], DeveloperToolsAvailability: 1 }));
  const wrapper = join(etc, 'chromium-with-policy');
  writeFileSync(wrapper, `#!/bin/sh\nexec unshare -m sh -c 'dir=$0; bin=$1; shift; mount --bind "$dir" /etc/chromium && exec "$bin" "$@"' "${etc}" "${CHROMIUM}" "$@"\n`);
  chmodSync(wrapper, 0o755);
  const start = Date.now();
  try {
    // The policy install starts a few seconds after the browser: fetch update.xml, then the CRX, verify, install.
    ext = await launchChromium({ lang: 'ja', executablePath: wrapper, unpacked: false, workerTimeoutMs: 90_000 });
  } catch (error) {
    throw new Error(`no force-installed extension started (${String(error)}); requests to the test server: ${JSON.stringify(server.requests)}`);
  }
  launchMs = Date.now() - start;
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (etc) removeTempDir(etc);
  if (work) removeTempDir(work);
});

describe('a self-hosted CRX force-installed by ExtensionInstallForcelist', () => {
  it('is fetched through update.xml and installed under the ID of the signing key', () => {
    console.log(`force-installed ${release.id} ${Math.round(launchMs / 100) / 10} s after launch`);
    expect(server.requests).toContain('/release/update.xml');
    expect(server.requests).toContain(`/release/oneclick-guard-${release.version}.crx`);
    expect(release.id).not.toBe(CHROME_ID);
    expect(ext.id).toBe(release.id);
    expect(ext.worker.url()).toBe(`chrome-extension://${release.id}/background.js`);
  });

  it('is the build, installed by the administrator', async () => {
    const self = await ext.worker.evaluate(() => chrome.management.getSelf());
    expect(self).toMatchObject({ id: release.id, installType: 'admin', enabled: true, version: release.version });
    expect(release.version).toBe((JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { version: string }).version);
  });

  it('protects: a fraud page gets the "!" badge', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/fraud/line-only-contact.html`);
    expect(await waitForBadge(ext, await tabIdOf(ext, page), '!', 15_000)).toBe('!');
    await closePage(page);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
