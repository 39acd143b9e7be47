// axe-core on the real built extension in Chromium (the warning, the contact question, the popup, the options page
// and the block page, in Japanese and English): no serious or critical violation. Then what axe cannot see:
// keyboard use of the warning, 200 % browser zoom, prefers-reduced-motion and forced colours.
//
// The overlay lives in a closed shadow root. Rather than a test build that opens it (a second build to trust) or
// the same markup mounted on a test page (not the real host, top layer and stylesheet), exposeOverlay() hands the
// real closed root to the page as host.shadowRoot through the DevTools protocol, so axe and the layout probes see
// exactly what ships.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ROOT, closePage, exposeOverlay, launchChromium, overlayText, servePages, tabIdOf, waitForBadge, waitForOverlay,
  type Extension, type PageServer,
} from '../../scripts/lib/browser-harness';
import { CONTRAST, PROBE, type Box, type Layout } from './lib/layout-probe';

/** Said in the name of a check that runs once, in Japanese: the language changes nothing it looks at. */
const onceNote = (lang: string) => (lang === 'ja' ? '' : ' (run in ja only: the language changes nothing it checks)');

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BILL = '/fixtures/fraud/install-complete-smartphone.html';
const BLOCKED = '/fixtures/fraud/line-only-contact.html';
const GUARDED = '/pages/guard.html';
// A page with a text field and no bill until the test sends one: the visitor types first, and only
// then does the bill appear. A timer in the page would race the typing on a loaded machine.
const FIELD_PAGE = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>動画プレイヤー</title></head><body>
<h1>動画を読み込んでいます…</h1><label>検索 <input id="before"></label><div id="m"></div></body></html>`;
const LATE_BILL = '<h2 style="color:red">登録完了</h2><p>入会金 49,800円 を本日中にお振込みください</p>' +
  '<p>お客様ID：CX-80231 ご利用IP：126.33.201.9</p><p>退会はこちら：186-050-3183-7720</p>';
const TEXTS = {
  ja: { block: 'ブロック', escHint: 'このページを閉じるには', fineConfirm: 'もう一度押すと', guard: '連絡する前に確認してください' },
  en: { block: 'block', escHint: 'To leave, press', fineConfirm: 'Press again', guard: 'check before you get in touch' },
} as const;

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
  passes: { id: string; nodes: unknown[] }[];
}

/** axe-core's full run (WCAG and best practices) on `include`, or the whole document. */
async function axe(page: Page, include?: string): Promise<AxeResult> {
  // Evaluated as a string through the DevTools protocol: the extension pages' CSP does not apply to it.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const api = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const r = await api.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
      passes: r.passes.map((p) => ({ id: p.id, nodes: p.nodes.map(() => 0) })),
    };
  }, include ?? null);
}

function describeViolations(r: AxeResult): string[] {
  return r.violations.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** No serious or critical violation, and proof that axe looked at something (rules passed on real nodes). */
function expectAccessible(r: AxeResult, what: string, mustPass: string[]): void {
  const grave = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(describeViolations({ ...r, violations: grave }), `${what}: all violations: ${describeViolations(r).join(' | ')}`).toEqual([]);
  const passed = new Set(r.passes.filter((p) => p.nodes.length > 0).map((p) => p.id));
  for (const rule of mustPass) expect(passed.has(rule), `${what}: axe did not check ${rule}`).toBe(true);
}

async function expectContrast(page: Page, what: string): Promise<void> {
  const result = (await page.evaluate(CONTRAST)) as { checked: number; failing: string[]; lowest: number };
  expect(result.checked, `${what}: no text checked`).toBeGreaterThan(5);
  expect(result.failing, `${what}: text contrast`).toEqual([]);
}

async function inOverlay<T>(page: Page, code: string): Promise<T> {
  return (await page.evaluate(`(function (root) { ${code} })(document.querySelector('oneclick-guard').shadowRoot)`)) as T;
}

const focused = (page: Page) => inOverlay<string | null>(page, `
  if (document.activeElement !== root.host) return 'outside: ' + (document.activeElement && document.activeElement.tagName);
  return root.activeElement ? root.activeElement.getAttribute('data-action') : null;`);

/** Which element has the focus, and what the test field holds. */
const fieldState = (page: Page) =>
  page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id} ${(document.getElementById('before') as HTMLInputElement).value}`);

let server: PageServer;

beforeAll(async () => {
  server = await servePages({ '/fixtures': join(ROOT, 'tests', 'fixtures'), '/pages': join(ROOT, 'tests', 'browser', 'pages') }, { '/field.html': FIELD_PAGE });
});

afterAll(async () => {
  await server?.close();
});

for (const lang of ['ja', 'en'] as const) {
  describe(`in ${lang}`, () => {
    let ext: Extension;
    let bill: Page;
    let billTab: number;

    beforeAll(async () => {
      ext = await launchChromium({ lang });
    });

    afterAll(async () => {
      await ext?.close();
    });

    async function warned(path = BILL): Promise<{ page: Page; tab: number }> {
      const page = await ext.context.newPage();
      await page.goto(server.origin + path);
      const tab = await tabIdOf(ext, page);
      expect(await waitForBadge(ext, tab, '!')).toBe('!');
      expect(await exposeOverlay(page), 'overlay shown').toBe(true);
      return { page, tab };
    }

    // First, while this browser has not yet allowed the test server's site: "this page is fine" allows it, and that
    // is taken back at the end.
    it.runIf(lang === 'ja')('keyboard only: focus on close, Tab stays in the dialog, Esc does not dismiss, focus returns after "fine"' + onceNote(lang), async () => {
      try {
        const page = await ext.context.newPage();
        await page.goto(`${server.origin}/field.html`);
        await page.focus('#before');
        await page.keyboard.type('abc');
        expect(await fieldState(page), 'typed before any warning').toBe('INPUT#before abc');
        expect(await overlayText(page), 'no warning before the bill').toBe('');
        // The page shows its bill now, as a kit's script would, while the visitor is still in the field.
        await page.evaluate((html) => { document.getElementById('m')!.innerHTML = html; }, LATE_BILL);
        const tab = await tabIdOf(ext, page);
        expect(await waitForBadge(ext, tab, '!', 10_000)).toBe('!');
        expect(await exposeOverlay(page)).toBe(true);
        expect(await focused(page), 'focus on the safe action when the warning appears').toBe('close');

        const order: (string | null)[] = [];
        for (let i = 0; i < 4; i++) {
          await page.keyboard.press('Tab');
          order.push(await focused(page));
        }
        expect(order, 'Tab goes round the three buttons, never out to the page').toEqual(['details', 'fine', 'close', 'details']);
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Shift+Tab');
        expect(await focused(page)).toBe('fine');

        await page.keyboard.press('Escape');
        await expect.poll(() => overlayText(page), { message: 'Esc leaves the warning up and says how to leave' }).toContain(TEXTS.ja.escHint);
        expect(await focused(page)).toBe('fine');

        await page.keyboard.press('Enter');
        await expect.poll(() => overlayText(page)).toContain(TEXTS.ja.fineConfirm);
        await page.keyboard.press('Enter');
        await expect.poll(() => overlayText(page), { timeout: 5000 }).toBe('');
        expect(await fieldState(page), 'focus back in the field it was in, with what was typed').toBe('INPUT#before abc');
        await closePage(page);
      } finally {
        // Whatever happened above, the site must warn again for the tests that follow.
        const settings = await ext.context.newPage();
        await settings.goto(`chrome-extension://${ext.id}/popup.html?tabId=0`);
        await settings.evaluate((site) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'disallow-site', site }), new URL(server.origin).hostname);
        await closePage(settings);
      }
    });

    it('warning overlay: no serious or critical axe violation, text contrast ≥ 4.5:1', async () => {
      ({ page: bill, tab: billTab } = await warned());
      expectAccessible(await axe(bill, 'oneclick-guard'), 'overlay', ['aria-dialog-name', 'button-name', 'heading-order', 'list', 'valid-lang']);
      await expectContrast(bill, 'overlay');
    });

    it('popup: no serious or critical axe violation, with the report form open too', async () => {
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 440, height: 900 });
      await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${billTab}`);
      await popup.waitForSelector('[data-verdict="fraud"]', { timeout: 10_000 });
      expectAccessible(await axe(popup), 'popup', ['html-has-lang', 'document-title', 'button-name', 'link-name', 'color-contrast', 'region']);
      await popup.locator('.feedback-open button').click();
      await popup.waitForSelector('.feedback textarea');
      expectAccessible(await axe(popup), 'popup with report form', ['label', 'button-name', 'color-contrast']);
      await closePage(popup);
      await closePage(bill);
    });

    it('contact question: no serious or critical axe violation; focus goes back to the link afterwards', async () => {
      const page = await ext.context.newPage();
      await page.goto(server.origin + GUARDED);
      expect(await waitForBadge(ext, await tabIdOf(ext, page), '?')).toBe('?');
      await page.click('#tel');
      expect(await waitForOverlay(page, TEXTS[lang].guard)).toContain(TEXTS[lang].guard);
      expect(await exposeOverlay(page)).toBe(true);
      expectAccessible(await axe(page, 'oneclick-guard'), 'contact question', ['aria-dialog-name', 'button-name']);
      await expectContrast(page, 'contact question');
      expect(await focused(page)).toBe('cancel');
      await page.keyboard.press('Enter'); // "do not contact"
      await expect.poll(() => overlayText(page)).toBe('');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tel');
      await closePage(page);
    });

    it('at 200 % browser zoom the warning reflows: close button on screen, nothing cut off, all of it reachable by scrolling', async () => {
      // Real browser zoom (what Ctrl + does), set through the extension API: CSS px double, the layout reflows
      // into 640×400 CSS px. (Emulation.setPageScaleFactor is pinch zoom: it magnifies without reflowing.)
      const { page, tab } = await warned();
      await page.setViewportSize({ width: 1280, height: 800 });
      // Per tab: Chromium otherwise keeps the zoom for the whole site (127.0.0.1), for the tests that follow too.
      await ext.worker.evaluate(async (id) => {
        const tabs = (globalThis as unknown as { chrome: { tabs: { setZoom(t: number, z: number): Promise<void>; setZoomSettings(t: number, s: object): Promise<void> } } }).chrome.tabs;
        await tabs.setZoomSettings(id, { scope: 'per-tab' });
        await tabs.setZoom(id, 2);
      }, tab);
      await expect.poll(() => page.evaluate(() => innerWidth)).toBe(640);
      expect(await page.evaluate(() => devicePixelRatio)).toBe(2);
      await page.evaluate(PROBE);
      const layout = (await page.evaluate('window.__ocgProbe.layout(true, null)')) as Layout;
      expect(layout.outside, 'cut off at the sides').toEqual([]);
      expect(layout.backdrop!.scrollWidth).toBeLessThanOrEqual(layout.backdrop!.clientWidth);
      const close = (await page.evaluate('window.__ocgProbe.boxOf(true, \'[data-action="close"]\')')) as Box;
      expect(close.top).toBeGreaterThanOrEqual(0);
      expect(close.bottom, 'close button below the fold at 200 %').toBeLessThanOrEqual(400);
      expect(close.right).toBeLessThanOrEqual(640);
      // Longer than the screen: the overlay scrolls, and its last line can be scrolled into view.
      expect(layout.backdrop!.scrollHeight).toBeGreaterThan(layout.backdrop!.clientHeight);
      const last = await inOverlay<Box>(page, `
        var bd = root.querySelector('.backdrop'); bd.scrollTop = bd.scrollHeight;
        var r = root.querySelector('.reasons > li:last-child').getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };`);
      expect(last.bottom).toBeLessThanOrEqual(400);
      expect(last.top).toBeGreaterThanOrEqual(0);
      await closePage(page);
    });

    it.runIf(lang === 'ja')('prefers-reduced-motion: reduce stops every animation and transition in the overlay' + onceNote(lang), async () => {
      const { page } = await warned();
      // The shipped overlay has no animation; one is added here so that the check has something to stop.
      await inOverlay(page, `
        var s = document.createElement('style'); s.id = 'motion-probe';
        s.textContent = '@keyframes ocg-probe { from { opacity: .4 } to { opacity: 1 } } .dialog { animation: ocg-probe 3s infinite; } button { transition: background-color 2s; }';
        root.append(s);`);
      const motion = () => inOverlay<{ running: number; animated: string[]; transitions: string[] }>(page, `
        var all = Array.prototype.slice.call(root.querySelectorAll('*'));
        return {
          running: root.getAnimations().length,
          animated: all.filter(function (e) { return getComputedStyle(e).animationName !== 'none'; }).map(function (e) { return e.tagName; }),
          transitions: all.filter(function (e) { return getComputedStyle(e).transitionDuration.split(',').some(function (d) { return parseFloat(d) > 0; }); }).map(function (e) { return e.tagName; }),
        };`);
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      const moving = await motion();
      expect(moving.running, 'the probe animation runs without the preference').toBeGreaterThan(0);
      expect(moving.transitions.length).toBeGreaterThan(0);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await motion()).toEqual({ running: 0, animated: [], transitions: [] });
      await closePage(page);
    });

    it.runIf(lang === 'ja')('forced-colors: active keeps the dialog\'s edge, the buttons\' edges and the focus ring visible' + onceNote(lang), async () => {
      const { page } = await warned();
      const edges = () => inOverlay<{ dialog: string[]; backdrop: string; buttons: { width: string; style: string; color: string; bg: string }[]; ring: string[] }>(page, `
        var d = getComputedStyle(root.querySelector('.dialog'));
        var ring = getComputedStyle(root.querySelector('[data-action="close"]'));
        return {
          dialog: [d.borderLeftWidth, d.borderLeftStyle, d.borderRightWidth, d.borderBottomWidth, d.borderLeftColor],
          backdrop: getComputedStyle(root.querySelector('.backdrop')).backgroundColor,
          buttons: Array.prototype.slice.call(root.querySelectorAll('button')).map(function (b) {
            var s = getComputedStyle(b);
            return { width: s.borderLeftWidth, style: s.borderLeftStyle, color: s.borderLeftColor, bg: s.backgroundColor };
          }),
          ring: [ring.outlineStyle, ring.outlineWidth],
        };`);
      await page.emulateMedia({ forcedColors: 'none' });
      expect((await edges()).dialog[0], 'without forced colours the dialog has only its top border').toBe('0px');
      await page.emulateMedia({ forcedColors: 'active' });
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const forced = await edges();
      const [left, style, right, bottom, color] = forced.dialog;
      expect(parseFloat(left!)).toBeGreaterThanOrEqual(2);
      expect(parseFloat(right!)).toBeGreaterThanOrEqual(2);
      expect(parseFloat(bottom!)).toBeGreaterThanOrEqual(2);
      expect(style).toBe('solid');
      expect(color, 'dialog edge against the backdrop').not.toBe(forced.backdrop);
      expect(forced.buttons.length).toBe(3);
      for (const b of forced.buttons) {
        expect(parseFloat(b.width)).toBeGreaterThanOrEqual(2);
        expect(b.style).toBe('solid');
        expect(b.color, 'button edge against its face').not.toBe(b.bg);
      }
      expect(forced.ring[0]).toBe('solid'); // the close button has the focus
      expect(parseFloat(forced.ring[1]!)).toBeGreaterThanOrEqual(2);
      await closePage(page);
    });

    it('options page and block page: no serious or critical axe violation', async () => {
      const options = await ext.context.newPage();
      await options.goto(`chrome-extension://${ext.id}/options.html`);
      const blockMode = options.locator('[data-setting="blockMode"]');
      await blockMode.waitFor();
      expectAccessible(await axe(options), 'options', ['html-has-lang', 'document-title', 'label', 'button-name', 'color-contrast', 'heading-order']);
      await blockMode.click();
      await options.waitForFunction(() => (document.querySelector('[data-setting="blockMode"]') as HTMLInputElement | null)?.checked === true);

      const blocked = await ext.context.newPage();
      await blocked.goto(server.origin + BLOCKED);
      expect(await waitForBadge(ext, await tabIdOf(ext, blocked), '!')).toBe('!');
      await expect.poll(() => overlayText(blocked), { timeout: 8000 }).toContain(TEXTS[lang].block);
      expect(await exposeOverlay(blocked)).toBe(true);
      expectAccessible(await axe(blocked, 'oneclick-guard'), 'block page', ['aria-dialog-name', 'button-name', 'heading-order']);
      await expectContrast(blocked, 'block page');
      await closePage(blocked);

      await blockMode.click(); // back to warnings for what follows
      await options.waitForFunction(() => (document.querySelector('[data-setting="blockMode"]') as HTMLInputElement | null)?.checked === false);
      await closePage(options);
    });

  });
}
