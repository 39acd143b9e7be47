// The warning shown over a fraud page and the question asked before contact. Plain DOM (no framework: this runs
// in the content script on the page), built only with text nodes — page text never becomes markup.
import type { Report } from '../detectors/evaluate';
import type { ContactKind } from '../model/contact';
import { categoryOf, channelValues, describeReport } from './describe';
import { WARNING } from './resources';
import { listSeparator, t, uiLanguage } from './i18n';

type Child = Node | string | null | false;

/** A tiny element builder: attributes as strings, children as nodes or text. */
export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.blocked { background: #eef1f5 !important; }
.backdrop { position: fixed; inset: 0; overflow: auto; background: rgba(20, 20, 20, 0.82); display: flex; align-items: flex-start;
  justify-content: center; padding: 4vh 16px; font: 16px/1.7 "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Meiryo",
  "IPAexGothic", "IPAGothic", "Noto Sans CJK JP", system-ui, sans-serif; color: #1a1a1a; }
.dialog:lang(en) { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.dialog { background: #fff; border-radius: 12px; max-width: 640px; width: 100%; padding: 24px 28px; border-top: 8px solid #b71c1c;
  box-shadow: 0 12px 40px rgba(0, 0, 0, 0.45); }
.mark { font-size: 40px; line-height: 1; color: #b71c1c; }
h1 { font-size: 22px; line-height: 1.45; margin: 8px 0 12px; color: #8e1010; }
h2 { font-size: 17px; margin: 18px 0 6px; color: #1a1a1a; }
ul { margin: 0; padding-left: 1.3em; }
.points li { font-weight: 700; margin: 4px 0; }
.channels { font-weight: 700; color: #8a1010; margin: 8px 0; overflow-wrap: anywhere; }
.reasons li { margin: 6px 0; }
.reasons .why { display: block; color: #333; font-size: 15px; }
.reasons .seen { display: block; color: #555; font-size: 14px; word-break: break-all; }
.help { margin: 16px 0 0; padding: 10px 12px; background: #f3f6fb; border-radius: 8px; font-size: 15px; }
.actions { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 16px; }
button { font: inherit; font-size: 16px; min-height: 48px; padding: 10px 18px; border-radius: 8px; cursor: pointer; border: 2px solid #1d4f91;
  background: #fff; color: #1d4f91; }
button.primary { background: #1d4f91; color: #fff; font-weight: 700; }
button.quiet { border-color: #767676; color: #444; font-size: 14px; min-height: 44px; margin-left: auto; }
button:focus-visible { outline: 4px solid #f9a825; outline-offset: 2px; }
.hint { min-height: 1.5em; margin: 10px 0 0; font-size: 14px; color: #8e1010; }
.target { font-weight: 700; word-break: break-all; }
/* A phone (360 px and up): the whole width for the dialog, no text under 16 px, buttons a thumb can hit. */
@media (max-width: 480px) {
  .backdrop { padding: 8px; }
  .dialog { padding: 14px 16px 20px; border-radius: 8px; }
  .mark { font-size: 28px; }
  h1 { font-size: 20px; margin: 4px 0 8px; }
  .reasons .why, .reasons .seen, .help, .hint, button.quiet { font-size: 16px; }
  .actions { gap: 8px; margin-top: 12px; }
  .actions button { flex: 1 1 100%; min-height: 48px; margin-left: 0; }
}
/* Short viewports (a phone held sideways, 200 % zoom): keep the way out near the top. */
@media (max-height: 480px) {
  .backdrop { padding-top: 8px; padding-bottom: 8px; }
  .mark { display: none; }
  h1 { margin-top: 0; }
}
/* Nothing moves for whoever asked their system for less motion. */
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
/* High-contrast themes: the page's colours go, so draw the dialog's edge and the buttons with system colours. */
@media (forced-colors: active) {
  .backdrop { background: Canvas; }
  .dialog { border: 4px solid CanvasText; box-shadow: none; }
  .mark, h1 { color: CanvasText; }
  button { border: 2px solid ButtonText; background: ButtonFace; color: ButtonText; }
  button.primary { border-width: 4px; }
  button:focus-visible { outline: 4px solid Highlight; }
  .help { border: 1px solid CanvasText; }
}
`;

export interface WarningActions {
  close(): void;
  details(): void;
  fine(): void;
}

/** The fraud warning: what this is, what not to do, the reasons found, and the way out. */
export function warningView(report: Report, site: string, canAllow: boolean): HTMLElement {
  const warning = WARNING[categoryOf(report)];
  const points = warning.points.map((key) => t(key));
  const reasons = describeReport(report).map((f) =>
    h('li', {}, h('strong', {}, f.title), h('span', { class: 'why' }, f.explain), ...f.evidence.map((e) => h('span', { class: 'seen' }, e))),
  );
  return h(
    'div',
    { class: 'backdrop' },
    h(
      'div',
      { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'ocg-title', 'aria-describedby': 'ocg-points', lang: uiLanguage(), 'data-site': site },
      h('div', { class: 'mark', 'aria-hidden': 'true' }, '⚠'),
      h('h1', { id: 'ocg-title' }, t(warning.title)),
      h('ul', { id: 'ocg-points', class: 'points' }, ...points.map((p) => h('li', {}, p))),
      // The page's own numbers and addresses, named: the one thing the victim must not use.
      channelValues(report).length > 0 && h('p', { class: 'channels' }, t('overlay.channels', [channelValues(report).join(listSeparator())])),
      // The way out comes first; the reasons follow for whoever wants to read them.
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'close' }, t('overlay.close')),
        h('button', { type: 'button', 'data-action': 'details' }, t('overlay.details')),
        canAllow && h('button', { type: 'button', class: 'quiet', 'data-action': 'fine' }, t('overlay.fine')),
      ),
      h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' }),
      h('p', { class: 'help' }, t('overlay.help')),
      h('h2', {}, t('overlay.reasons')),
      h('ul', { class: 'reasons' }, ...reasons),
    ),
  );
}

/** Block mode: the page is replaced by an explanation with only two ways on, both away from it. */
export function blockView(report: Report): HTMLElement {
  const reasons = describeReport(report).map((f) => h('li', {}, h('strong', {}, f.title), h('span', { class: 'why' }, f.explain)));
  return h(
    'div',
    { class: 'backdrop blocked' },
    h(
      'div',
      { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'ocg-title', 'aria-describedby': 'ocg-lead', lang: uiLanguage() },
      h('div', { class: 'mark', 'aria-hidden': 'true' }, '⚠'),
      h('h1', { id: 'ocg-title' }, t('block.title')),
      h('p', { id: 'ocg-lead' }, t(categoryOf(report) === 'extortion' ? 'block.leadExtortion' : 'block.lead')),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'close' }, t('overlay.close')),
        h('button', { type: 'button', 'data-action': 'details' }, t('overlay.details')),
      ),
      h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' }),
      h('p', { class: 'help' }, t('block.ask'), ' ', t('overlay.help')),
      h('h2', {}, t('overlay.reasons')),
      h('ul', { class: 'reasons' }, ...reasons),
    ),
  );
}

/** The question before a call, mail, LINE message or form goes out from a flagged page. */
export function contactView(kind: ContactKind, target: string): HTMLElement {
  return h(
    'div',
    { class: 'backdrop' },
    h(
      'div',
      { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'ocg-title', 'aria-describedby': 'ocg-why', lang: uiLanguage() },
      h('div', { class: 'mark', 'aria-hidden': 'true' }, '⚠'),
      h('h1', { id: 'ocg-title' }, t('guard.title')),
      h('p', { id: 'ocg-why' }, t(`guard.${kind}`)),
      target ? h('p', { class: 'target' }, t('guard.target', [target.slice(0, 120)])) : null,
      h('p', { class: 'help' }, t('overlay.help')),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'cancel' }, t('guard.cancel')),
        h('button', { type: 'button', class: 'quiet', 'data-action': 'proceed' }, t('guard.proceed')),
      ),
      h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' }),
    ),
  );
}
