// An administrator's policy in a real Chromium: /etc/chromium/policies/managed is replaced, inside a private mount
// namespace of this test only, by a folder holding our policy file. The host's /etc is never touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, ROOT, closePage, launchChromium, overlayText, servePages, sleep, tabIdOf, removeTempDir, tempDir, waitForBadge, type Extension, type PageServer } from '../../scripts/lib/browser-harness';
import { CHROME_ID } from '../../wxt.config';

const POLICY = { blockMode: true, overlay: true, sensitivity: 'standard', historyDays: 30, bogusKey: 1 };
let server: PageServer;
let ext: Extension;

let etc = '';

beforeAll(async () => {
  if (process.getuid?.() !== 0) throw new Error('the policy test needs root for a private mount namespace (CI runs as root)');
  etc = tempDir('ocg-etc-chromium-');
  if (existsSync('/etc/chromium')) cpSync('/etc/chromium', etc, { recursive: true });
  mkdirSync(join(etc, 'policies', 'managed'), { recursive: true });
  writeFileSync(join(etc, 'policies', 'managed', 'oneclick-guard.json'), JSON.stringify({ '3rdparty': { extensions: { [CHROME_ID]: POLICY } } }));
  // Chromium started through unshare: in its own mount namespace, /etc/chromium is our copy.
  const wrapper = join(etc, 'chromium-with-policy');
  writeFileSync(wrapper, `#!/bin/sh\nexec unshare -m sh -c 'dir=$0; bin=$1; shift; mount --bind "$dir" /etc/chromium && exec "$bin" "$@"' "${etc}" "${CHROMIUM}" "$@"\n`);
  chmodSync(wrapper, 0o755);
  server = await servePages({ '/fixtures': join(ROOT, 'tests', 'fixtures') });
  ext = await launchChromium({ lang: 'ja', executablePath: wrapper });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (etc) removeTempDir(etc);
});

describe('a locked, block-mode installation through Chromium policy', () => {
  it('reads the policy through managed storage', async () => {
    const managed = await ext.worker.evaluate(() => chrome.storage.managed.get());
    // Chromium enforces the managed schema: the unknown key never reaches the extension.
    expect(managed).toEqual({ blockMode: true, overlay: true, sensitivity: 'standard', historyDays: 30 });
  });

  it('replaces a fraud page with the block page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/fraud/line-only-contact.html`);
    expect(await waitForBadge(ext, await tabIdOf(ext, page), '!')).toBe('!');
    await expect.poll(() => overlayText(page)).toContain('保護者の設定でブロックされました');
    const text = await overlayText(page);
    expect(text).toContain('このページを閉じる');
    expect(text).not.toContain('このページは問題ない'); // no way through
    await page.screenshot({ path: join(ROOT, '.output', 'screenshots', 'block-ja.png') });
    await closePage(page);
  });

  it('lets a benign page load normally', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/benign/hotel-booking.html`);
    await sleep(2000);
    expect(await waitForBadge(ext, await tabIdOf(ext, page), '', 500)).toBe('');
    expect(await overlayText(page)).toBe('');
    expect(await page.locator('h1').innerText()).toBe('ご予約が完了しました');
    await closePage(page);
  });

  it('shows the locked settings as set by the administrator, unchangeable', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    const blockMode = options.locator('[data-setting="blockMode"]');
    await blockMode.waitFor();
    expect(await blockMode.isChecked()).toBe(true);
    expect(await blockMode.isDisabled()).toBe(true);
    expect(await options.locator('[data-setting="protection"]').isDisabled()).toBe(false);
    const text = await options.locator('main').innerText();
    expect(text).toContain('管理者により設定されています');
    expect(text).toContain('PINは使いません');
    await closePage(options);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
