// @vitest-environment jsdom
// The engine in the page carries out the background's decisions. A decision it already shows (the background
// says the same again when a setting is saved or another frame reports) must leave the user where they were.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageEngine } from '../../../extension/content/engine';
import { evaluate } from '../../../detectors/evaluate';
import { NO_ACTION, decide } from '../../../model/decision';
import { DEFAULT_SETTINGS } from '../../../model/settings';
import { pageOf } from '../../helpers/page';
import { useLocale } from '../../helpers/locale';

const BILL = '<h1>登録完了</h1><p>ご利用料金：79,000円 お支払期限：3日以内</p><p>誤操作の方：186-03-6412-0093</p>';
const report = (more = '') => evaluate(pageOf(BILL + more));
const WARN = decide('fraud', DEFAULT_SETTINGS, false, true);

// Each test's engine takes its overlay away at the end (two shields would each keep theirs on top).
const engines: PageEngine[] = [];
function newEngine(): PageEngine {
  const engine = new PageEngine();
  engines.push(engine);
  return engine;
}

/** The engine's overlay root: it is closed to the page, so the test keeps the one the engine opens. */
function overlayRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const button = (root: ShadowRoot, action: string) => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;

beforeEach(() => useLocale('ja'));

afterEach(() => {
  for (const engine of engines.splice(0)) engine.apply(NO_ACTION, report());
  vi.restoreAllMocks();
});

describe('the engine applying decisions', () => {
  it('keeps the shown warning, its focus and its hint when the same decision comes again', () => {
    const roots = overlayRoots();
    const engine = newEngine();
    const bill = report();
    engine.apply(WARN, bill);
    const root = roots[0]!;
    expect(root.activeElement?.getAttribute('data-action'), 'focus on the safe action').toBe('close');
    const shown = root.querySelector('.hint')!;
    button(root, 'fine').focus();
    shown.textContent = 'press again';
    engine.apply(WARN, bill);
    expect(root.querySelector('.hint'), 'the same view, not a new one').toBe(shown);
    expect(shown.textContent).toBe('press again');
    expect(root.activeElement?.getAttribute('data-action')).toBe('fine');
  });

  it('shows new findings, with the keyboard on the same button', () => {
    const roots = overlayRoots();
    const engine = newEngine();
    engine.apply(WARN, report());
    const root = roots[0]!;
    button(root, 'details').focus();
    const before = root.querySelector('.hint');
    engine.apply(WARN, report('<p>お客様のIPアドレス：126.33.201.9</p>'));
    expect(root.querySelector('.hint'), 'a new view').not.toBe(before);
    expect(root.textContent).toContain('126.33.201.9');
    expect(root.activeElement?.getAttribute('data-action')).toBe('details');
  });
});
