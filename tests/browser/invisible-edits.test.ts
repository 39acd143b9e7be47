// Fraud pages edited in ways that change nothing on screen (issue 18's one-edit evasions), and bills written only in
// one text source after a long article, still get the red badge in Chromium with the built extension: the gate and
// the collector read what the browser draws. The jsdom side runs every fraud
// page with every edit (tests/gates/invisible-edits.test.ts); here each edit on a bill, a fake warning or a threat.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, closePage, launchChromium, servePages, tabIdOf, waitForBadge, type Extension, type PageServer } from '../../scripts/lib/browser-harness';
import { INVISIBLE_EDITS, SCAN_ONLY_EDITS } from '../../scripts/corpus/invisible-edits';
import { BILL_LINES, SOURCE_PAGES } from '../helpers/text-sources';

const PAGES = ['install-complete-smartphone', 'support-scam-iphone', 'sextortion-deletion-notice'];
// Past the gate's small-page size: the words test reads textContent, which the hidden letters split.
const ARTICLE = '<article>' + '<p>週末は家族で近くの公園へ出かけ、季節の花を見ながらゆっくり散歩を楽しみました。</p>'.repeat(120) + '</article>';
const BATCH = 6;

function edited(name: string, edit: (doc: Document) => void, long: boolean): string {
  const dom = new JSDOM(readFileSync(join(ROOT, 'tests', 'fixtures', 'fraud', `${name}.html`), 'utf8'));
  edit(dom.window.document);
  if (long) dom.window.document.body.insertAdjacentHTML('afterbegin', ARTICLE);
  return dom.serialize();
}

const cases: { path: string; label: string }[] = [];
const served: Record<string, string> = {};
// Each edit on one of the three pages in turn: what Chromium is asked here is whether its reader undoes the edit,
// which does not depend on the page; the jsdom gate runs every edit on every fraud page.
for (const [i, [edit, apply]] of Object.entries(INVISIBLE_EDITS).filter(([edit]) => !SCAN_ONLY_EDITS.has(edit)).entries()) {
  const page = PAGES[i % PAGES.length]!;
  const path = `/edited/${page}-${i}.html`;
  served[path] = edited(page, apply, false);
  cases.push({ path, label: `${page} · ${edit}` });
}
for (const edit of ['a letter hidden by a class rule inside every word', 'a transparent 1 px letter inside every word', 'a clipped letter inside every word']) {
  const path = `/edited/long-${cases.length}.html`;
  served[path] = edited(PAGES[0]!, INVISIBLE_EDITS[edit]!, true);
  cases.push({ path, label: `${PAGES[0]} after a long article · ${edit}` });
}

// The text-sources convention (tests/extension/content/text-sources.test.ts): a bill only in form controls, image
// labels, generated content or a shadow root, after 4,000+ characters of ordinary text, passes the gate in the
// browser too. A closed root made by script is left to jsdom; the declarative closed root stands for it here.
for (const [i, p] of SOURCE_PAGES.entries()) {
  if (p.attach) continue;
  const path = `/sources/${i}.html`;
  served[path] = p.html;
  cases.push({ path, label: `a bill only in ${p.source}: ${p.label}` });
}

// The way to act written so that the browser follows it and a naive reader of attributes does not (round 5 of the
// white-box attacker): the bill is on the page, its number appears nowhere as text.
const BILL_WITHOUT_NUMBER = `<h1>${BILL_LINES[0]}</h1>${BILL_LINES.slice(1, -1).map((l) => `<p>${l}</p>`).join('')}<p>退会・誤操作の方はお電話ください</p>`;
const HIDDEN_WAYS: Record<string, string> = {
  'a tel: link with a tab inside its address': `<p><a href="t&#9;el:0364120093">電話をかける</a></p>`,
  'a call button in a borderless frame of the page\'s origin': `<iframe style="border:0;width:100%;height:60px" srcdoc="<a href='tel:0364120093' target='_top'>電話をかける</a>"></iframe>`,
  'a number drawn over two flex items, unlinked': `<div style="display:flex"><div>03-6412-</div><div>0093</div></div>`,
  'a number drawn in a reversed flex row': `<p>TEL <b style="display:inline-flex;flex-direction:row-reverse"><span>0093</span><span>-6412-</span><span>03</span></b></p>`,
  'a javascript: link that dials': `<p><a href="javascript:location.href='tel:0364120093'">電話をかける</a></p>`,
  'fields outside any form, sent by script': `<div><input name="mail" placeholder="メールアドレス"><button onclick="fetch('/taikai',{method:'POST'})">退会を申請する</button></div>`,
  'form fields tied to their form from outside it': `<form id="st" action="/taikai.php"></form><input form="st" name="mail" placeholder="メールアドレス"><button form="st">退会を申請する</button>`,
  'a call button whose number a script attaches': `<p><button id="c">電話をかける</button></p><script>document.getElementById('c').addEventListener('click', () => { location.href = 'tel:0364120093'; });</script>`,
  // Red teams 9–12: ways the browser follows that a reader of the DOM may not (each read through the browser's own
  // marked-element path here, which jsdom does not take).
  'an SVG button linked the old way (xlink:href)': `<svg width="240" height="48"><a xlink:href="tel:0364120093"><rect width="240" height="48" fill="#c00"></rect><text x="12" y="30" fill="#fff">電話をかける</text></a></svg>`,
  'a link that dials by the page\'s <base>': `<base href="tel:0364120093"><p><a href="#">電話をかける</a></p>`,
  'a box to type in drawn by contenteditable, sent by script': `<div contenteditable="true" id="mail" style="border:1px solid #999;min-height:1.5em"></div><button onclick="fetch('/taikai',{method:'POST'})">退会を申請する</button>`,
  'a number broken by a <br>': `<p>TEL 03-6412-<br>0093</p>`,
  'a number stored backwards under a right-to-left override': `<p>TEL &#x202E;3900-2146-30&#x202C;</p>`,
  'a call button in a frame loaded from a data: URL': `<iframe style="border:0;width:100%;height:60px" src="data:text/html;charset=utf-8,${encodeURIComponent("<a href='tel:0364120093' target='_top'>電話をかける</a>")}"></iframe>`,
};
for (const [label, way] of Object.entries(HIDDEN_WAYS)) {
  const path = `/ways/${cases.length}.html`;
  served[path] = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>会員ページ</title></head><body>${BILL_WITHOUT_NUMBER}${way}</body></html>`;
  cases.push({ path, label: `a bill whose way to act is ${label}` });
}

// Red team 14: the bill's sentences set as ruby text at the size of the line, over a base of one mark — drawn as
// text of its own, not as a reading in small type.
served['/ruby.html'] = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>会員ページ</title><style>rt{font-size:1em}</style></head><body>${BILL_LINES.map((l) => `<p><ruby>。<rt>${l}</rt></ruby></p>`).join('')}</body></html>`;
cases.push({ path: '/ruby.html', label: 'a bill set as ruby text at the size of the line' });

// A layer of negative z-index hides only under an opaque box of its own stacking context: drawn over <body>'s
// background (the canvas's), or in a box that is a context with a background of its own, a bill stays seen.
const LAYERED = readFileSync(join(ROOT, 'tests', 'fixtures', 'fraud', `${PAGES[0]}.html`), 'utf8');
const SEEN_LAYERS: Record<string, (body: string) => string> = {
  'on a coloured <body>': (body) => `<body style="background:#fffbe6"><div style="position:relative;z-index:-1">${body}</div></body>`,
  'in a box that paints its own background under it': (body) => `<body><div style="position:relative;z-index:0;background:#fff"><div style="position:relative;z-index:-1">${body}</div></div></body>`,
};
for (const [label, wrap] of Object.entries(SEEN_LAYERS)) {
  const path = `/layers/${cases.length}.html`;
  served[path] = LAYERED.replace(/<body[^>]*>([\s\S]*)<\/body>/i, (_, body: string) => wrap(body));
  cases.push({ path, label: `${PAGES[0]} in a layer of negative z-index ${label}` });
}

let server: PageServer;
let ext: Extension;

beforeAll(async () => {
  server = await servePages({}, served);
  ext = await launchChromium();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('fraud pages with an edit that changes nothing on screen', () => {
  it(`all get the red badge (${cases.length} pages)`, async () => {
    const missed: string[] = [];
    for (let at = 0; at < cases.length; at += BATCH) {
      await Promise.all(
        cases.slice(at, at + BATCH).map(async ({ path, label }) => {
          const page = await ext.context.newPage();
          try {
            await page.goto(server.origin + path);
            const badge = await waitForBadge(ext, await tabIdOf(ext, page), '!', 15_000).catch((e: Error) => e.message);
            if (badge !== '!') missed.push(`${label}: '${badge}'`);
          } finally {
            await closePage(page);
          }
        }),
      );
    }
    expect(missed).toEqual([]);
  }, 300_000);
});
