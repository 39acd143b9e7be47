// The built extension in Debian's Chromium: what only a browser shows, the overlay and how it holds up against the
// page, closing a trapped tab, the contact guard, calming the page, the popup, the evidence record, no requests.
// Every labelled page (badge and warning, under every evasion) is the job of scripts/eval-browser.ts, a step of
// npm test of its own, so that those pages are loaded once per run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ROOT, badgeOf, closePage, pressToClose, launchChromium, overlayText, servePages, sleep, tabIdOf, waitForBadge, waitForOverlay,
  type Extension, type PageServer,
} from '../../scripts/lib/browser-harness';

const SCREENSHOTS = join(ROOT, '.output', 'screenshots');

let server: PageServer;
let ext: Extension;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const folders: Record<string, string> = { '/fixtures': join(ROOT, 'tests', 'fixtures'), '/pages': join(ROOT, 'tests', 'browser', 'pages') };
  server = await servePages(folders);
  ext = await launchChromium({ lang: 'ja' });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function load(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

async function open(path: string): Promise<{ page: Page; tab: number }> {
  const page = await load(path);
  return { page, tab: await tabIdOf(ext, page) };
}

describe('what only a browser shows', () => {
  it('reads a bill written by CSS ::before/::after content and one drawn as an image with a title and aria-label', async () => {
    for (const path of ['/fixtures/fraud/css-generated-text.html', '/fixtures/fraud/image-labelled-bill.html']) {
      const { page, tab } = await open(path);
      expect(await waitForBadge(ext, tab, '!'), path).toBe('!');
      await closePage(page);
    }
  });

  it('reads a bill in a closed shadow root written in HTML, and one in a sandboxed srcdoc frame', async () => {
    for (const path of ['/pages/declarative-closed-shadow.html', '/pages/sandboxed-srcdoc.html', '/fixtures/fraud/closed-shadow-element.html', '/fixtures/fraud/data-url-frame.html']) {
      const { page, tab } = await open(path);
      expect(await waitForBadge(ext, tab, '!'), path).toBe('!');
      await closePage(page);
    }
  });

  it('reads a bill that was in the page all along, hidden, once a class change reveals it', async () => {
    const { page, tab } = await open('/pages/reveal-on-scroll.html?by-test');
    // Hidden at first: nothing the visitor sees, no badge — for as long as the test waits, since only the test
    // reveals it.
    await sleep(800);
    expect(await badgeOf(ext, tab)).toBe('');
    await page.evaluate('reveal()');
    expect(await waitForBadge(ext, tab, '!', 8000)).toBe('!');
    await closePage(page);
  });

  it('reads a bill whose every word a CSS counter draws (@counter-style symbols, a counter\'s value)', async () => {
    const { page, tab } = await open('/pages/counter-style-bill.html');
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    await closePage(page);
  });

  it('reads a bill again once a CSS animation has faded it in (no mutation tells the page changed)', async () => {
    const { page, tab } = await open('/pages/fade-in.html');
    // Read first while the bill is still transparent; the animation's end is what makes the engine read it again.
    expect(await waitForBadge(ext, tab, '!', 10_000)).toBe('!');
    await closePage(page);
  });
});

describe('the warning overlay', () => {
  it('stays when it closes the page\'s modal dialog that held the bill, and the rescan finds the bill gone', async () => {
    const { page, tab } = await open('/pages/dialog-bill.html');
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    // The overlay closed the page's dialog (it would sit above the warning): the bill is no longer on screen.
    await page.waitForFunction(() => !(document.getElementById('bill') as HTMLDialogElement).open, undefined, { timeout: 5000 });
    await sleep(2500); // past the watcher's rescan
    expect(await badgeOf(ext, tab)).toBe('!');
    expect(await overlayText(page)).toContain('このページを閉じる');
    await closePage(page);
  });

  it('explains the verdict in Japanese, with the reasons and the way out, and takes a screenshot', async () => {
    const { page } = await open('/fixtures/fraud/install-complete-smartphone.html');
    await waitForBadge(ext, await tabIdOf(ext, page), '!');
    const text = await waitForOverlay(page, 'このページを閉じる');
    for (const expected of ['契約は成立していません', '電話・メール・LINEなどで連絡しないでください', 'このページを閉じる', 'くわしい説明と相談先', 'このページは問題ない', '「186」をつけた電話番号', '188']) {
      expect(text).toContain(expected);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-ja.png') });
    await closePage(page);
  });

  it('comes back when the page deletes or hides it, and still takes clicks the page tries to swallow', async () => {
    const { page, tab } = await open('/pages/tamper.html');
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    await sleep(1500); // the page has removed and hidden it many times by now
    expect(await waitForOverlay(page, 'このページを閉じる')).toContain('このページを閉じる');
    const box = await page.evaluate(() => {
      const host = document.querySelector('oneclick-guard') as HTMLElement | null;
      const r = host?.getBoundingClientRect();
      return host ? { w: r!.width, h: r!.height, display: getComputedStyle(host).display, open: host.matches(':popover-open') } : null;
    });
    expect(box).toMatchObject({ display: 'block', open: true });
    expect(box!.w).toBeGreaterThan(500);
    // Above the page's full-screen cover (z-index max) and its modal dialog opened after ours.
    await sleep(1500);
    expect(await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.localName)).toBe('oneclick-guard');
    expect(await page.evaluate(() => document.querySelector('dialog[open]'))).toBeNull();
    // The page stops every click and key at window capture; ours still works (here: the close button).
    await pressToClose(page, 'Enter');
  });

  it('closes a tab that traps the Back button and asks before leaving', async () => {
    const { page, tab } = await open('/pages/trap.html');
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    await page.click('body', { position: { x: 5, y: 5 }, force: true }); // a gesture, so the page's beforeunload would prompt
    await pressToClose(page, 'Enter'); // focus is on "このページを閉じる"
    const tabs = await ext.worker.evaluate(() => chrome.tabs.query({}));
    expect(tabs.map((t: { id: number }) => t.id)).not.toContain(tab);
  });

  it('shows page text literally: markup in the billing text is never run or rendered', async () => {
    const { page, tab } = await open('/pages/xss.html');
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    expect(await waitForOverlay(page, '<img/src=x/onerror=')).toContain('<img/src=x/onerror=');
    expect(await page.evaluate(() => (window as unknown as { alerted: boolean }).alerted)).toBe(false);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tab}`);
    await popup.waitForSelector('.findings');
    expect(await popup.locator('.findings').innerText()).toContain('<img/src=x/onerror=');
    expect(await popup.locator('img').count()).toBe(0);
    await closePage(popup);
    await closePage(page);
  });
});

describe('calming a fraud page', () => {
  it('mutes the tab, leaves full screen and refuses notification prompts', async () => {
    await ext.context.grantPermissions(['notifications'], { origin: server.origin });
    const { page, tab } = await open('/pages/calm.html');
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    const muted = await ext.worker.evaluate(async (id) => (await chrome.tabs.get(id)).mutedInfo?.muted, tab);
    expect(muted).toBe(true);
    // The page asks for full screen and notifications on a click (reached through a script: the overlay covers it).
    await page.evaluate(() => document.getElementById('go')!.dispatchEvent(new MouseEvent('click')));
    await expect.poll(() => page.evaluate(() => (window as unknown as { permission: string }).permission)).toBe('denied');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await closePage(page);
  });
});

describe('the contact guard', () => {
  it('holds a tel: click on a flagged page and shows why, before the page even sees the click', async () => {
    const { page, tab } = await open('/pages/guard.html');
    expect(await waitForBadge(ext, tab, '?')).toBe('?');
    expect(await overlayText(page)).toBe(''); // suspicious: no overlay, but a guarded page
    await page.click('#tel');
    const text = await waitForOverlay(page, '連絡する前に確認してください');
    expect(text).toContain('連絡する前に確認してください');
    expect(text).toContain('0312345678');
    expect(await page.evaluate(() => (window as unknown as { pageSawClick: boolean }).pageSawClick)).toBe(false);
    await page.keyboard.press('Enter'); // the focused choice is "do not contact"
    await expect.poll(() => overlayText(page)).toBe('');
    await closePage(page);
  });

  it('sends a held form only after the deliberate second choice', async () => {
    const { page, tab } = await open('/pages/guard.html');
    expect(await waitForBadge(ext, tab, '?')).toBe('?');
    await page.click('#send');
    await sleep(500);
    expect(server.requests.filter((r) => r === '/submitted')).toHaveLength(0);
    expect(await waitForOverlay(page, 'このフォームを送信すると')).toContain('このフォームを送信すると');
    await page.keyboard.press('Tab'); // to "contact them anyway"
    await page.keyboard.press('Enter');
    await expect.poll(() => server.requests.filter((r) => r === '/submitted').length, { timeout: 5000 }).toBe(1);
    // The form's own navigation goes through: nothing of ours holds it or asks before leaving.
    await page.waitForURL(/\/submitted\?mail=/, { timeout: 5000 });
    await closePage(page);
  });
});

describe('extortion pages', () => {
  it('warns on a sextortion notice with the advice that fits it, and the help for it in the popup', async () => {
    const { page, tab } = await open('/fixtures/fraud/sextortion-deletion-notice.html');
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    await expect.poll(() => overlayText(page), { timeout: 5000 }).toContain('あなたは悪くありません');
    const overlay = await overlayText(page);
    for (const expected of ['セクストーション', 'お金を払わないでください', 'メッセージは消さずに残し', '#8103']) expect(overlay).toContain(expected);
    expect(overlay).not.toContain('契約は成立していません');
    // Its Telegram link is held like a phone number: the guard explains first, and nothing opens.
    const pagesBefore = ext.context.pages().length;
    await page.evaluate(() => (document.getElementById('tg') as HTMLAnchorElement).click());
    await expect.poll(() => overlayText(page), { timeout: 5000 }).toContain('Telegram');
    expect(ext.context.pages().length).toBe(pagesBefore);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tab}`);
    await popup.waitForSelector('[data-verdict="fraud"]');
    const text = await popup.locator('main').innerText();
    for (const expected of ['あなたは悪くありません', '返信をやめ', 'アプリを削除', '#8103', '#9110', 'セーフライン']) expect(text).toContain(expected);
    const links = await popup.locator('.resources a[target=_blank]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain('https://www.npa.go.jp/higaisya/seihanzai/seihanzai.html');
    expect(links).toContain('https://www.safe-line.jp/');
    await closePage(popup);
    await closePage(page);
  });

  it('flags the fake video-call app page and leaves a police warning about sextortion alone', async () => {
    const app = await open('/fixtures/fraud/fake-videocall-app.html');
    expect(await waitForBadge(ext, app.tab, '!')).toBe('!');
    await expect.poll(() => overlayText(app.page), { timeout: 5000 }).toContain('アプリも入れないでください');
    await closePage(app.page);
    const warning = await open('/fixtures/benign/sextortion-police-warning.html');
    await sleep(2500);
    expect(await badgeOf(ext, warning.tab)).toBe('');
    await closePage(warning.page);
  });
});

describe('the popup', () => {
  it('lists the findings with their evidence, the advice and the help lines for a fraud tab', async () => {
    const { page, tab } = await open('/fixtures/fraud/line-only-contact.html');
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tab}`);
    await popup.waitForSelector('[data-verdict="fraud"]');
    const signals = await popup.locator('.findings li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-signal')));
    expect(signals).toEqual(expect.arrayContaining(['completion-claim', 'fee-demand', 'identity-bluff', 'contact-lure']));
    const text = await popup.locator('main').innerText();
    for (const expected of ['@vip_taikai01', '今すぐすること', 'すでに連絡・支払いをしてしまったら', '消費者ホットライン', '#9110', '03-5978-7509']) expect(text).toContain(expected);
    const links = await popup.locator('.resources a[target=_blank]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain('https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/');
    expect(links).toContain('https://www.ipa.go.jp/security/anshin/measures/fakealert.html');
    await popup.setViewportSize({ width: 440, height: 1100 });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-ja.png') });
    await closePage(popup);
    await closePage(page);
  });

  it('prepares a report of a false alarm that the user reads, edits and sends themselves; nothing leaves on its own', async () => {
    const { page, tab } = await open('/fixtures/fraud/line-only-contact.html?member=8812');
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    const popup = await ext.context.newPage();
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tab}`);
    await popup.waitForSelector('[data-verdict="fraud"]');
    const version = JSON.parse(readFileSync(join(ROOT, '.output', 'chrome-mv3', 'manifest.json'), 'utf8')).version as string;
    expect(await popup.locator('.version').innerText()).toContain(version);
    const requestsBefore = ext.requests.length;
    await popup.getByRole('button', { name: /この判定はまちがい/ }).click();
    const text = popup.locator('.feedback textarea');
    expect(await text.inputValue()).toContain(`ページ: ${server.origin}\n`);
    expect(await text.inputValue()).not.toContain('member=8812');
    expect(await text.inputValue()).toContain('@vip_taikai01');
    expect(await text.inputValue()).toContain(version);
    await popup.locator('.feedback input[type=checkbox]').check();
    expect(await text.inputValue()).toContain('line-only-contact.html?member=8812');
    await text.fill(`${await text.inputValue()}いつも使っている店です`);
    const tracker = popup.locator('a[data-send="tracker"]');
    expect(await tracker.getAttribute('target')).toBe('_blank');
    expect(new URL((await tracker.getAttribute('href'))!).searchParams.get('body')).toContain('いつも使っている店です');
    await popup.getByRole('button', { name: /コピー/ }).click();
    await expect.poll(() => popup.locator('.feedback [role=status]').innerText()).toContain('コピーしました');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain('いつも使っている店です');
    // Preparing, editing and copying asked nothing of the network.
    expect(ext.requests.slice(requestsBefore).filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
    await closePage(popup);
    await closePage(page);
  });

  it('says nothing was found on a clean tab, and still shows where to get help', async () => {
    const { page, tab } = await open('/fixtures/benign/konbini-payment.html');
    await sleep(1000);
    expect(await badgeOf(ext, tab)).toBe('');
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tab}`);
    await popup.waitForSelector('[data-verdict="clean"]');
    expect(await popup.locator('main').innerText()).toContain('詐欺の特徴は見つかりませんでした');
    expect(await popup.locator('.resources li').count()).toBe(5);
    await closePage(popup);
    await closePage(page);
  });

  it('saves an evidence record — a screenshot and the numbers, IDs, amounts and accounts shown — as files', async () => {
    const { page, tab } = await open('/fixtures/fraud/kanji-amount-mail.html');
    expect(await waitForBadge(ext, tab, '!')).toBe('!');
    // The popup in its own window, so that the fraud tab stays the visible one in its window.
    const popupPromise = ext.context.waitForEvent('page');
    await ext.worker.evaluate((url) => chrome.windows.create({ url, focused: false }), `chrome-extension://${ext.id}/popup.html?tabId=${tab}`);
    const popup = await popupPromise;
    await popup.waitForSelector('.evidence button');
    const downloads: { name: string; path: string }[] = [];
    popup.on('download', async (d) => downloads.push({ name: d.suggestedFilename(), path: (await d.path()) ?? '' }));
    await popup.click('.evidence button');
    await expect.poll(() => downloads.filter((d) => d.path).length, { timeout: 10_000 }).toBe(2);
    const txt = downloads.find((d) => d.name.endsWith('.txt'))!;
    const png = downloads.find((d) => d.name.endsWith('.png'))!;
    expect(txt.name).toMatch(/^oneclick-guard-record-\d{8}-\d{6}\.txt$/);
    const record = readFileSync(txt.path, 'utf8');
    expect(record).toContain('kanji-amount-mail.html');
    expect(record).toContain('九万八千円');
    expect(record).toContain('support@adult-douga.example');
    const image = readFileSync(png.path);
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect(image.length).toBeGreaterThan(5000);
    expect(await waitForOverlay(page, 'このページを閉じる')).toContain('このページを閉じる'); // the overlay is back after the screenshot
    await closePage(popup);
    await closePage(page);
  });
});

describe('the local history', () => {
  it('lists the fraud pages of this run with what the user did, and exports them as CSV', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await options.waitForSelector('table.history');
    const rows = await options.locator('table.history tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r[1] === server.origin)).toBe(true); // the origin only, never the page's path
    expect(rows.some((r) => r[2] === '詐欺' && r[5] === 'はい')).toBe(true); // a page closed with our button
    expect(rows.some((r) => r[3] === '画像を使った脅迫')).toBe(true); // the kind, not the page's content
    expect(rows.some((r) => r[2] === '注意')).toBe(true);
    expect(await options.locator('.chart li').count()).toBe(8);
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'CSVで書き出す' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF日時,サイト,判定,種類,見つかったこと,閉じた,連絡した');
    expect(csv).toContain(server.origin);
    await closePage(options);
  });
});

describe('privacy', () => {
  it('ships a manifest with exactly the permissions PRIVACY.md justifies, and no eval in content scripts', () => {
    const justified = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8').split('\n').filter((l) => /^\| `[^`]+`/.test(l)).map((l) => /^\| `([^`]+)`/.exec(l)![1]).sort();
    for (const build of ['chrome-mv3', 'firefox-mv3']) {
      const manifest = JSON.parse(readFileSync(join(ROOT, '.output', build, 'manifest.json'), 'utf8'));
      expect([...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])].sort(), build).toEqual(justified);
      // Every script that runs in pages: the content scripts and the engine they load.
      for (const script of [...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js), 'engine.js']) {
        const code = readFileSync(join(ROOT, '.output', build, script), 'utf8');
        expect(code, `${build}/${script}`).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
      }
    }
  });

  it('made no network request of its own during the whole run', () => {
    const outside = ext.requests.filter((r) => !r.url.startsWith(server.origin) && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
    const fromExtension = ext.requests.filter((r) => r.fromExtension && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
    expect(fromExtension).toEqual([]);
    expect(outside).toEqual([]);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
