// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { worthReading, alarming, gatePage } from '../../../extension/content/gate';

const long = (s: string) => `${'今日は公園で子どもたちが遊んでいました。'.repeat(200)}${s}`;

describe('the gate', () => {
  it.each([
    ['a bill with a deadline', long('ご利用料金 79,000円 お支払期限 3日以内')],
    ['a claim with a lure', long('登録完了 退会はこちら')],
    ['a fake virus warning', long('ウイルスに感染しています')],
    ['an English kit', `${'Weekly report. '.repeat(300)} Your computer is infected with a Trojan.`],
    ['words hidden with zero-width spaces', long('登\u200b録\u200b完\u200b了')],
    ['words hidden with tag characters', long('登\u{E0020}録\u{E0020}完\u{E0020}了')],
    ['a small page, whatever it says', 'hello'],
    ['a fake video-call app page: one sideload step in a long page', long('専用アプリを入れたら「このデベロッパを信頼」を選んでください')],
    ['a bill at the very end of a long page', `${'今日は天気がよい。'.repeat(3000)}ご請求額 95,000円 本日中`],
  ])('lets through %s', (_, text) => {
    expect(worthReading(text)).toBe(true);
  });

  it.each([
    ['a long Japanese article', long('')],
    ['a shop page full of prices only', long('4Kテレビ 89,800円 '.repeat(600))],
    ['a long English page', 'Weekly report: markets opened early. '.repeat(300)],
    ['an empty page', ''],
  ])('stops %s', (_, text) => {
    expect(worthReading(text)).toBe(false);
  });

  it('lets through pages that behave alarmingly without a gesture', () => {
    expect(alarming([{ type: 'popstate-repush', source: 'runtime', gesture: false, count: 1, detail: '' }])).toBe(true);
    expect(alarming([{ type: 'fullscreen', source: 'runtime', gesture: true, count: 1, detail: '' }])).toBe(false);
  });
});

describe('the gate on long English pages', () => {
  it('reads the head of a page without Japanese for a fake warning, and no further', () => {
    expect(worthReading(`Warning! Your computer is infected. ${'Weekly report. '.repeat(4000)}`)).toBe(true);
    expect(worthReading(`${'Weekly report. '.repeat(4000)} Your computer is infected.`)).toBe(false);
  });
});

describe('the gate on pages that are mostly script', () => {
  const pass = async (html: string, attach?: (doc: Document) => void, closed?: (el: Element) => ShadowRoot | null) => {
    const { JSDOM } = await import('jsdom');
    const { gatePage } = await import('../../../extension/content/gate');
    const doc = new JSDOM(html).window.document;
    attach?.(doc);
    return new Promise<boolean>((resolve) => gatePage(doc, [], resolve, closed ?? null));
  };
  const script = `<script>var blob = "${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'.repeat(200)}";</script>`;
  const BILL = '<h1>会員登録が完了しました</h1><p>ご利用料金 99,000円 お支払い期限 3日以内</p>';

  it('does not take script text for the page\'s words: a bill in shadow roots three deep is read', async () => {
    const nested = (doc: Document) => {
      let host = doc.getElementById('app')!;
      for (let depth = 0; depth < 3; depth++) {
        const root = host.attachShadow({ mode: 'open' });
        host = doc.createElement('section');
        root.append(host);
      }
      host.attachShadow({ mode: 'open' }).innerHTML = BILL;
    };
    expect(await pass(`<title>Movie</title><body><div id="app"></div>${script}${'<p>Menu</p>'.repeat(400)}</body>`, nested)).toBe(true);
  });

  it('reads a closed shadow root through the lookup a content script has', async () => {
    const roots = new Map<Element, ShadowRoot>();
    const closed = (doc: Document) => {
      const host = doc.getElementById('app')!;
      const root = host.attachShadow({ mode: 'closed' });
      root.innerHTML = BILL;
      roots.set(host, root);
    };
    const html = `<title>Movie</title><body><div id="app"></div>${script}${'<p>Menu</p>'.repeat(400)}</body>`;
    expect(await pass(html, closed)).toBe(false);
    expect(await pass(html, closed, (el) => roots.get(el) ?? null)).toBe(true);
  });

  it('still stops an English app shell whose only words are in its scripts', async () => {
    expect(await pass(`<title>Dashboard</title><body><div id="root"></div>${script}${'<p>Menu</p>'.repeat(400)}</body>`)).toBe(false);
  });
});

describe('the gate on a page that splits its words with tiny elements', () => {
  const ARTICLE = '<p>今日は公園で子どもたちが遊んでいました。</p>'.repeat(200);
  const split = (words: string, make: () => string) => [...words].map((c, i) => (i % 2 ? `${c}${make()}` : c)).join('');
  const verdict = (body: string) => {
    document.body.innerHTML = body;
    let pass: boolean | null = null;
    gatePage(document, [], (p) => (pass = p));
    return pass;
  };

  it.each([
    ['letters kept out of sight', () => '<span class="x">ぬ</span>'],
    ['hidden line breaks', () => '<br hidden>'],
  ])('lets it through: %s inside every word', (_, make) => {
    const body = `${ARTICLE}<h1>${split('会員登録が完了しました', make)}</h1><p>${split('ご利用料金は99,000円です。お支払期限は本日中です。', make)}</p>`;
    expect(verdict(body)).toBe(true);
  });

  it.each([
    ['@counter-style symbols', '<style>@counter-style b { system: fixed; symbols: "会員登録が完了しました" "ご利用料金は99,000円です。お支払期限は本日中です。" }</style>'],
    ['quotes shown by open-quote', '<style>.q { quotes: "会員登録が完了しました" "ご利用料金は99,000円です。お支払期限は本日中です。" } .q::before { content: open-quote } .q::after { content: close-quote }</style>'],
  ])('lets it through: a bill written only in %s, after a long article', (_, style) => {
    document.head.innerHTML = style;
    try {
      expect(verdict(`${ARTICLE}<h1 class="q"></h1>`)).toBe(true);
    } finally {
      document.head.innerHTML = '';
    }
  });

  it('stops a long article with a few emphasised letters and plain line breaks', () => {
    expect(verdict(`${ARTICLE}<p>これは<b>大</b>事な<br>お知らせ<br>です。<i>※</i>注意</p>`)).toBe(false);
  });
});
