import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { collectSnapshot, SnapshotBuilder } from '../../../detectors/snapshot/collect';
import { PageSnapshotSchema } from '../../../detectors/snapshot/schema';
import { LIMITS } from '../../../detectors/snapshot/limits';
import { pageOf, runtime } from '../../helpers/page';
import { evaluate } from '../../../detectors/evaluate';

const texts = (html: string) => pageOf(html).blocks.map((b) => b.text);

describe('collectSnapshot', () => {
  it('reads the block items of an inline flex row as one line (red team 17)', () => {
    expect(texts('<style>.f{display:inline-flex}</style><div>ウイルスに<span class="f"><div>感</div><div>染</div></span>しています</div>')).toEqual(['ウイルスに感染しています']);
    expect(texts('<div>お支払い<span style="display:inline-flex"><div>50,</div><div>000円</div></span></div>')).toEqual(['お支払い50,000円']);
    // A column stacks its items: two lines.
    expect(texts('<div><span style="display:inline-flex;flex-direction:column"><div>料金</div><div>3,000円</div></span></div>')).toEqual(['料金', '3,000円']);
  });

  it('reads a definition-list cell drawn inline as part of the word it splits, and a real cell as a gap (red team 16)', () => {
    expect(texts('<div>ウイルスに感染して<dt style="display:inline">います</dt></div>')).toEqual(['ウイルスに感染しています']);
    expect(texts('<style>.x{display:inline}</style><div>退<dd class="x">会</dd>処理</div>')).toEqual(['退会処理']);
    expect(texts('<dl><dt>料金</dt><dd>79,000円</dd></dl>').join(' ')).toMatch(/料金 +79,000円/);
  });

  it('joins inline text and splits blocks', () => {
    expect(texts('<h1>登<span>録</span>完&#8203;了</h1><p>ご利用料金：<b>79,000円</b></p><ul><li>a</li><li>b</li></ul>')).toEqual([
      '登録完了',
      'ご利用料金:79,000円',
      'a',
      'b',
    ]);
  });

  it('keeps <br> as a line break inside a block and joins table cells with a space', () => {
    expect(texts('<p>■端末情報：iPhone<br>■固体識別番号：SB-1</p><table><tr><th>IP</th><td>1.2.3.4</td></tr></table>')).toEqual([
      '■端末情報:iPhone\n■固体識別番号:SB-1',
      'IP 1.2.3.4',
    ]);
  });

  it('records headings, quotations, articles and links', () => {
    const page = pageOf('<h2>見出し</h2><blockquote><p>引用</p></blockquote><article><p>記事</p></article><p><a href="/x">リンク</a></p>');
    expect(page.blocks.map((b) => [b.text, b.heading, b.quoted, b.prose, b.link])).toEqual([
      ['見出し', 2, false, false, false],
      ['引用', 0, true, false, false],
      ['記事', 0, false, true, false],
      ['リンク', 0, false, false, true],
    ]);
  });

  it('reads font size and colour from styles for blocks that may carry a signal', () => {
    const page = pageOf('<style>.t{font-size:26px}</style><p class="t">入会完了</p><p style="color:red">登録完了</p><p style="font-size:40px">天気</p>');
    expect(page.blocks.map((b) => [b.fontPx, b.red])).toEqual([
      [26, false],
      [0, true], // jsdom has no default font size; a real browser reports 16
      [0, false], // nothing in 「天気」 is worth a style lookup
    ]);
  });

  it.each([
    ['display:none', '<p style="display:none">隠し</p>'],
    ['visibility:hidden', '<p style="visibility: hidden">隠し</p>'],
    ['opacity 0', '<p style="opacity:0">隠し</p>'],
    ['font-size 0', '<p style="font-size:0">隠し</p>'],
    ['hidden attribute', '<p hidden>隠し</p>'],
    ['a closed dialog', '<dialog><p>隠し</p></dialog>'],
    ['a stylesheet rule', '<style>.d{display:none}</style><div class="d"><p>隠し</p></div>'],
    ['noscript and template', '<noscript>隠し</noscript><template><p>隠し</p></template>'],
    ['furigana', '<ruby>見<rt>隠し</rt></ruby>'],
    ['a box of no height that clips its overflow (red team 13)', '<div style="height:0;overflow:hidden"><h1>隠し</h1><p>隠し</p></div>'],
    ['a rule that makes a box of no width and clips it', '<style>.z{overflow:hidden;max-width:0}</style><div class="z"><p>隠し</p></div>'],
    ['a closed <details> (its summary is drawn)', '<details><summary>見出し</summary><p>隠し</p></details>'],
  ])('skips invisible text: %s', (_, html) => {
    expect(texts(`${html}<p>見える</p>`).join(' ')).not.toContain('隠し');
  });

  it('reads open shadow roots and declarative shadow DOM', () => {
    const dom = new JSDOM('<!doctype html><body><div id="host"><span>光</span></div><section><template shadowrootmode="open"><p>影の中</p></template></section></body>');
    const host = dom.window.document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<h1>登録完了</h1><slot></slot>';
    const page = collectSnapshot(dom.window.document);
    expect(page.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['登録完了', '光', '影の中']));
    expect(page.blocks.find((b) => b.text === '登録完了')?.heading).toBe(1);
  });

  it('reads contact channels from links and forms', () => {
    const page = pageOf('<a href="tel:18603-1234-5678">電話</a> <a href="mailto:a@b.example?subject=x">メール</a> <a href="https://line.me/R/ti/p/@abc">LINE</a><form action="/taikai.php"><input name="m"></form>');
    expect(page.contacts.map((c) => [c.kind, c.value])).toEqual([
      ['tel', '18603-1234-5678'],
      ['mail', 'a@b.example'],
      ['line', 'https://line.me/R/ti/p/@abc'],
      ['form', 'taikai.php'],
    ]);
    expect(page.phones[0]).toMatchObject({ prefix: '186', digits: '0312345678', tel: true });
  });

  it('reads flex items in the order they are drawn (a reversed row, items given an order)', () => {
    const page = pageOf(
      '<style>.rv{display:inline-flex;flex-direction:row-reverse}</style><p>TEL <b class="rv"><span>0093</span><span>-6412-</span><span>03</span></b></p>' +
        '<p style="display:flex"><span style="order:2">jidan_desk2025</span><span style="order:1">LINE ID：</span></p>' +
        '<p style="display:flex;flex-direction:row-reverse"><a href="https://line.me/ti/p/~pay">友だち追加</a><span>こちらから</span></p>',
    );
    expect(page.blocks.map((b) => b.text)).toEqual(['TEL 03-6412-0093', 'LINE ID:jidan_desk2025', 'こちらから友だち追加']);
    expect(page.phones.map((p) => p.digits)).toEqual(['0364120093']);
    expect(page.contacts.map((c) => c.kind)).toContain('line');
  });

  it('reads ways to act reached by script: javascript: links, onclick buttons, fields outside any form', () => {
    const page = pageOf(
      `<p><a href="javascript:location.href='tel:0364120093'">電話する</a></p>` +
        `<p><button onclick="window.location='https://line.me/ti/p/~pay'">LINEで相談</button></p>` +
        `<p><a href="javascript:void(0)" onclick="location.href='/dl/call.apk'">アプリ</a></p>` +
        `<div><input name="code" placeholder="ギフトカード番号"><button onclick="fetch('/unlock',{method:'POST'})">送信</button></div>` +
        `<div><input type="search" name="q"></div><p><a href="javascript:alert('x')">閉じる</a></p>`,
    );
    expect(page.contacts.map((c) => `${c.kind}:${c.value}`)).toEqual(['tel:0364120093', 'line:https://line.me/ti/p/~pay', 'form:code']);
    expect(page.phones.map((p) => p.digits)).toEqual(['0364120093']);
    expect(page.apps.map((a) => a.kind)).toEqual(['apk']);
  });

  it('reads a box the visitor can type into (contenteditable) as a field, and not one that is switched off', () => {
    const page = pageOf('<div contenteditable="true" id="giftcode">ここにコードを入力</div><p>あ</p><div contenteditable="false" id="off">x</div><p>い</p><div contenteditable id="bare">y</div>');
    expect(page.contacts.map((c) => `${c.kind}:${c.value}`)).toEqual(['form:giftcode', 'form:bare']);
  });

  it('reads a link that says it installs an app and leads to a file, not to a store or a page', () => {
    const page = pageOf(
      '<p><a href="/dl/lovecall?v=2.3">専用アプリをダウンロード</a></p><p><a href="https://play.google.com/store/apps/details?id=x">アプリをダウンロード</a></p>' +
        '<p><a href="/app/">アプリをダウンロード</a></p><p><a href="/get?p=1">構成プロファイルをインストール</a></p><p><a href="/news">お知らせ</a></p>',
    );
    // A page-like address (/app/) is kept apart: the detector takes it only beside sideload steps.
    expect(page.apps.map((a) => `${a.kind}:${a.value}`)).toEqual(['apk:lovecall', 'unnamed:app', 'profile:get']);
  });

  it('reads media with their file names only', () => {
    const page = pageOf('<audio src="https://cdn.example/se/shutter.mp3?v=2" autoplay loop></audio><video muted autoplay src="a.mp4"></video>');
    expect(page.media).toEqual([
      { tag: 'audio', src: 'shutter.mp3', autoplay: true, loop: true, muted: false },
      { tag: 'video', src: 'a.mp4', autoplay: true, loop: false, muted: true },
    ]);
  });

  it('adds behaviour recorded by the observer', () => {
    const page = pageOf('<p>x</p>', { behaviour: [runtime('fullscreen', false)] });
    expect(page.behaviour).toEqual([runtime('fullscreen', false)]);
  });

  it('does not read script text in the browser unless asked (the DOM shows what ran)', () => {
    const html = '<p>x</p><script>el.innerHTML = "<h2>登録完了</h2>";</script>';
    expect(pageOf(html, { scriptText: false }).blocks.map((b) => b.text)).toEqual(['x']);
    expect(pageOf(html).blocks.map((b) => [b.text, b.script])).toEqual([
      ['x', false],
      ['登録完了', true],
    ]);
  });

  it('runs no page script and loads nothing while reading script text', () => {
    const dom = new JSDOM('<!doctype html><body><script>window.ran = true;</script><script>x.innerHTML = "<img src=x onerror=\'window.ran2=true\'>登録完了";</script></body>');
    collectSnapshot(dom.window.document, { scriptText: true });
    expect((dom.window as unknown as { ran?: boolean }).ran).toBeUndefined();
    expect((dom.window as unknown as { ran2?: boolean }).ran2).toBeUndefined();
  });

  it('splits a long unbroken text into capped blocks', () => {
    const page = pageOf(`<div>${'これは長い文章です。'.repeat(500)}</div>`);
    expect(page.blocks.length).toBeGreaterThan(5);
    expect(Math.max(...page.blocks.map((b) => b.text.length))).toBeLessThanOrEqual(LIMITS.blockChars);
  });

  it('survives deep nesting without recursion', () => {
    const depth = 4000; // deeper than a recursive walk survives; jsdom's own parser overflows not far beyond
    const page = pageOf(`${'<div>'.repeat(depth)}登録完了${'</div>'.repeat(depth)}`);
    expect(page.blocks.map((b) => b.text)).toContain('登録完了');
  });

  it('caps huge pages and says so', () => {
    const page = pageOf(`<p>${'あ'.repeat(LIMITS.pageChars + 10)}</p><p>後ろ</p>`);
    expect(page.stats.truncated).toBe(true);
    expect(page.blocks.map((b) => b.text).join('')).not.toContain('後ろ');
  });

  it('gives the same snapshot when built in many small slices', () => {
    const html = `<h1>登録完了</h1>${'<div><p>段落<span>です</span></p><a href="tel:0312345678">電話</a></div>'.repeat(400)}<p>ご利用料金：79,000円</p>`;
    const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
    const whole = collectSnapshot(dom.window.document);
    const builder = new SnapshotBuilder(dom.window.document);
    let slices = 0;
    while (!builder.step(performance.now() - 1)) slices++; // a deadline already past: the smallest slices there are
    expect(slices).toBeGreaterThan(5);
    expect(builder.result()).toEqual(whole);
  });

  it('produces a snapshot that matches its schema', () => {
    const page = pageOf('<h1>登録完了</h1><p>IP 1.2.3.4 料金 9,000円 3日以内 186-03-1234-5678</p><audio autoplay src="a.mp3"></audio><script>alert(1)</script>');
    expect(PageSnapshotSchema.safeParse(page).success).toBe(true);
  });

  it('marks Japanese pages', () => {
    expect(pageOf('<p>hello</p>').stats.japanese).toBe(false);
    expect(pageOf('<p>こんにちは</p>').stats.japanese).toBe(true);
  });
});

// Each cap is proved on a page just past a small budget of its own (the collector takes one); the real caps on real
// sizes are the robustness tests' part.
describe('collectSnapshot on long pages', () => {
  it('still reads a bill appended after more ordinary blocks than the block cap', () => {
    const budget = { plainBlocks: 40, blocks: 60 };
    const filler = Array.from({ length: budget.plainBlocks + 50 }, (_, i) => `<p>サムネイル ${i}</p>`).join('');
    const page = pageOf(`${filler}<div id="m"><h2>会員登録が完了しました</h2><p>ご利用料金：88,000円</p></div>`, { budget });
    expect(page.stats.truncated).toBe(true);
    expect(page.blocks.length).toBeLessThanOrEqual(budget.blocks);
    expect(page.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['会員登録が完了しました', 'ご利用料金:88,000円']));
  });

  const FILLER = '<p>今日は近所の公園まで散歩に出かけました。桜がきれいに咲いていて、新商品のケーキは1個380円でした。</p>';
  const BILL = '<h1>登録完了</h1><p>ご利用料金：99,000円</p><p>お支払期限：3日以内</p><p>お客様のIPアドレス：126.33.201.9</p><p>誤って登録された方はお電話ください 03-1234-5678</p>';

  it('reads a bill after more than the page\'s character cap of ordinary text, and drops the filler', () => {
    const budget = { pageChars: 3000 };
    const filler = FILLER.repeat(Math.ceil((budget.pageChars * 1.5) / 50));
    const page = pageOf(`${filler}${BILL}`, { budget });
    expect(page.stats.truncated).toBe(true);
    expect(page.blocks.filter((b) => b.text.startsWith('今日は')).length, 'filler past the cap dropped').toBeLessThan(budget.pageChars / 50 + 10);
    const texts = page.blocks.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['登録完了', 'ご利用料金:99,000円', 'お客様のIPアドレス:126.33.201.9']));
    expect(page.amounts.map((a) => a.yen)).toContain(99_000);
  });

  it('reads a fixed layer and an open dialog even when the element cap stopped the walk before them', () => {
    const budget = { elements: 100 };
    const many = '<i>x</i>'.repeat(budget.elements + 10);
    for (const layer of [`<div style="position: fixed; inset: 0">${BILL}</div>`, `<dialog open>${BILL}</dialog>`]) {
      const page = pageOf(`<div>${many}</div>${layer}`, { budget });
      expect(page.stats.truncated).toBe(true);
      expect(page.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['登録完了', 'ご利用料金:99,000円']));
    }
  });

  it('reads the text after the element cap stopped the walk: padding cannot make a bill unread', () => {
    const budget = { elements: 100 };
    const page = pageOf(`<p>お知らせ</p><div>${'<i></i>'.repeat(budget.elements + 10)}</div><div>${BILL}</div><p style="display:none">登録完了 隠し</p>`, { budget });
    expect(page.stats.truncated).toBe(true);
    expect(page.stats.elements, 'the walk stopped at the cap').toBe(budget.elements + 1);
    expect(page.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['登録完了', 'ご利用料金:99,000円']));
    expect(page.blocks.map((b) => b.text).join('\n')).not.toContain('隠し');
  });

  // Caps are signs, not blind spots (issue 18). 200,000 empty elements before the bill, scaled down a hundredfold
  // with the element cap (jsdom parses 200,000 elements in seconds): the bill is read and judged, and the padding
  // is recorded as what it is.
  const FRAUD = `${BILL}<p><a href="tel:0312345678">お電話はこちら</a></p>`;

  it('a bill after as many empty elements as the element cap is still fraud, and the padding is a recorded sign', () => {
    const budget = { elements: 2000 };
    const html = `<p>お知らせ</p><div>${'<i></i>'.repeat(budget.elements)}</div><div>${FRAUD}</div>`;
    const page = pageOf(html, { budget });
    expect(page.stats.truncated).toBe(true);
    expect(page.behaviour).toContainEqual(expect.objectContaining({ type: 'oversized', source: 'static', detail: 'elements>2000 empty' }));
    expect(PageSnapshotSchema.safeParse(page).success).toBe(true);
    expect(evaluate(page).verdict).toBe('fraud');
  });

  it('records dozens of frames as a sign, and neither sign on an ordinary page', () => {
    const framed = pageOf(`${FRAUD}${'<iframe src="about:blank"></iframe>'.repeat(40)}`);
    expect(framed.behaviour).toContainEqual(expect.objectContaining({ type: 'oversized', detail: 'frames 40' }));
    expect(evaluate(framed).verdict).toBe('fraud');
    expect(pageOf(`${FILLER.repeat(50)}<iframe src="about:blank"></iframe>`).behaviour.map((b) => b.type)).not.toContain('oversized');
  });

  it('a long page of words up to the element cap is no padding', () => {
    const budget = { elements: 300 };
    const page = pageOf(FILLER.repeat(budget.elements), { budget });
    expect(page.behaviour.find((b) => b.type === 'oversized')?.detail).toBe('elements>300');
  });
});

// Edits that change nothing on screen but would change what a DOM reader reads (issue 18): each case's page shows
// 「登録完了」 and 「ご利用料金 99,000円」 to the visitor, and the snapshot must read them.
describe('collectSnapshot reads text as it is drawn', () => {
  it.each([
    ['a hidden <br> inside a word', '<h1>登録<br hidden>完了</h1><p>ご利用料金 99,<br style="display:none">000円</p>'],
    ['a letter hidden by a rule inside @media', '<style>@media all { .j { display: none } }</style><h1>登録<span class="j">ぬ</span>完了</h1><p>ご利用料金 99,000円</p>'],
    ['a comment inside an inline style', '<h1>登録<span style="display:/**/none">ぬ</span>完了</h1><p>ご利用料金 99,000円</p>'],
    ['a 0.0 px letter', '<h1>登録<span style="font-size:0.0px">ぬ</span>完了</h1><p>ご利用料金 99,000円</p>'],
    ['a transparent 1 px letter', '<h1>登録<span style="color:transparent;font-size:1px">ぬ</span>完了</h1><p>ご利用料金 99,000円</p>'],
    ['an off-screen letter', '<h1>登録<span style="position:absolute;left:-9999px">ぬ</span>完了</h1><p>ご利用料金 99,000円</p>'],
    ['a letter clipped by a class', '<style>.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style><h1>登録<span class="sr">ぬ</span>完了</h1><p>ご利用料金 99,000円</p>'],
    ['tag characters inside words', '<h1>登録\u{E0020}完了</h1><p>ご利用料金 99,\u{E0041}000円</p>'],
    ['text stored backwards in <bdo dir=rtl>', '<h1><bdo dir="rtl">了完録登</bdo></h1><p>ご利用料金 <bdo dir="rtl">円000,99</bdo></p>'],
    ['text stored backwards under a bidi-override rule', '<style>.r{unicode-bidi:bidi-override;direction:rtl}</style><h1><span class="r">了完録登</span></h1><p>ご利用料金 99,000円</p>'],
    ['a <legend> drawn inline inside a word', '<style>.l{display:inline;padding:0}</style><h1>登録<legend class="l">完</legend>了</h1><p>ご利用料金 99,000円</p>'],
    ['the page wrapped in <map>', '<map name="m"><h1>登録完了</h1><p>ご利用料金 99,000円</p></map>'],
    ['the page wrapped in an <object> without a resource', '<object><h1>登録完了</h1><p>ご利用料金 99,000円</p></object>'],
    ['the page inside MathML text', '<math><mtext><h1>登録完了</h1><p>ご利用料金 99,000円</p></mtext></math>'],
    ['words as ::before text after 80 decoy rules', `<style>${Array.from({ length: 80 }, (_, i) => `.d${i}::before{content:"お知らせ"}`).join('')} .k::before{content:"登録完了"}</style>${Array.from({ length: 80 }, (_, i) => `<span class="d${i}"></span>`).join('')}<h1 class="k"></h1><p>ご利用料金 99,000円</p>`],
    ['words as quotes shown by open-quote', '<style>.q{quotes:"登録完了" ""}.q::before{content:open-quote}</style><h1 class="q"></h1><p>ご利用料金 99,000円</p>'],
    ['words as the value of an input button', '<h1><input type="button" value="登録完了"></h1><p>ご利用料金 99,000円</p>'],
    ['an empty button drawn as contents inside a word', '<h1>登録<button style="display:contents"></button>完了</h1><p>ご利用料金 99,<button></button>000円</p>'],
    ['an element with no box inside a word', '<style>.c{display:contents}</style><h1>登録<div class="c"></div>完了</h1><div>ご利用料金 99,<div style="display:contents"></div>000円</div>'],
    ['a letter scaled to nothing', '<h1>登録<span style="position:absolute;transform:scale(0)">ぬ</span>完了</h1><p>ご利用料金 99,<span style="position:absolute;scale:0">ぬ</span>000円</p>'],
    ['a letter at 1% opacity', '<style>.o{opacity:.01;position:absolute}</style><h1>登録<span class="o">ぬ</span>完了</h1><p>ご利用料金 99,<span style="opacity:0.01">ぬ</span>000円</p>'],
    ['unassigned default-ignorable characters inside words', '<h1>登録\u{E01F0}完了</h1><p>ご利用料金 99,\u{E0FFF}000\uFFF3円</p>'],
    ['an amount drawn by a counter', '<style>.a{counter-reset:n 99}.a::before{content:"ご利用料金 " counter(n) ","} .t{counter-reset:t 0} .t::after{content:counter(t, decimal-leading-zero) counter(t)}</style><h1>登録完了</h1><p><span class="a"></span><span class="t"></span>円</p>'],
    ['the body marked aria-hidden', '<body aria-hidden="true"><h1>登録完了</h1><p>ご利用料金 99,000円</p></body>'],
    ['a hidden body its own style shows', '<body hidden style="display:block"><h1>登録完了</h1><p>ご利用料金 99,000円</p></body>'],
    ['a hiding rule a later rule overrides', '<style>body{display:none} body{display:block}</style><h1>登録完了</h1><p>ご利用料金 99,000円</p>'],
    ['a hiding rule a more specific rule overrides', '<style>#b .x{display:block} .x{display:none}</style><body id="b"><div class="x"><h1>登録完了</h1><p>ご利用料金 99,000円</p></div></body>'],
    ['a letter clipped away by clip-path inset(100%)', '<h1>登録<b style="position:absolute;clip-path:inset(100%)">ゝ</b>完了</h1><p>ご利用料金 99,000円</p>'],
    ['a letter in a colour at 1% alpha', '<h1>登録<b style="color:rgba(0,0,0,.01);position:absolute">ゝ</b>完了</h1><p>ご利用料金 99,000円</p>'],
    ['a letter placed far off to the right', '<h1>登録<b style="position:absolute;left:9999px">ゝ</b>完了</h1><p>ご利用料金 99,000円</p>'],
    ['the page wrapped in a Flash <object> the browser cannot show', '<object data="player.swf" type="application/x-shockwave-flash" style="display:block"><h1>登録完了</h1><p>ご利用料金 99,000円</p></object>'],
    ['the page wrapped in an <rt> drawn as a block', '<rt style="display:block;font-size:inherit"><h1>登録完了</h1><p>ご利用料金 99,000円</p></rt>'],
    ['the bill set as ruby text over no base (red team 14)', '<style>rt{font-size:1em}</style><h1><ruby><rt>登録完了</rt></ruby></h1><p><ruby>。<rt>ご利用料金 99,000円をお支払いください</rt></ruby></p>'],
    ['the page wrapped in an <rp> a rule draws', '<style>rp.w{display:block}</style><rp class="w"><h1>登録完了</h1><p>ご利用料金 99,000円</p></rp>'],
    ['the page wrapped in a <datalist> drawn as a block', '<datalist style="display:block"><h1>登録完了</h1><p>ご利用料金 99,000円</p></datalist>'],
    ['lines written as displayed <script type=text/plain> and <style>', '<h1><script type="text/plain" style="display:inline">登録完了</script></h1><p><style style="display:inline">ご利用料金 99,000円</style></p>'],
    ['a hiding rule for print only', '<style>@media print{body{display:none}} @media (max-width: 300px){h1{display:none}}</style><h1>登録完了</h1><p>ご利用料金 99,000円</p>'],
  ])('%s', (_, html) => {
    const text = pageOf(html).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('登録完了');
    expect(text).toMatch(/ご利用料金 ?99,000円/);
  });

  it('does not join a block that is drawn as a block', () => {
    expect(texts('<p>登録</p><legend>完了</legend>')).toEqual(['登録', '完了']);
    expect(texts('<p>登録<button>押す</button>完了</p>')).toEqual(['登録', '押す', '完了']);
  });

  it('still leaves out ruby text, scripts and style sheets the page does not draw', () => {
    const text = texts('<p><ruby>登録<rt>ぬ</rt></ruby>完了</p><script>var seen = 1;</script><style>p{color:red}</style><datalist><option>ぬ</option></datalist><rp>ぬ</rp>').join(' ');
    expect(text).toContain('登録完了');
    expect(text).not.toMatch(/ぬ|color|seen/);
  });

  it('still leaves out what the cascade hides', () => {
    const hidden = (html: string) => expect(texts(html).join(' ')).not.toContain('ぬ');
    hidden('<style>.x{display:block} .x{display:none}</style><p>登録<span class="x">ぬ</span>完了</p>');
    hidden('<style>#i{display:none} span{display:inline}</style><p>登録<span id="i">ぬ</span>完了</p>');
    hidden('<style>.x{display:none !important}</style><p>登録<span class="x" style="display:inline">ぬ</span>完了</p>');
    hidden('<p>登録<span hidden>ぬ</span>完了</p>');
    hidden('<style>@media screen{.x{display:none}}</style><p>登録<span class="x">ぬ</span>完了</p>');
    hidden('<style>.x{visibility:visible} .x{visibility:hidden}</style><p>登録<span class="x">ぬ</span>完了</p>');
    hidden('<style>.x{opacity:0}</style><p>登録<span class="x" style="display:inline">ぬ</span>完了</p>');
  });
});

describe('collectSnapshot against marker characters', () => {
  it('keeps <br> line breaks but ignores the same private-use characters written by a page', () => {
    expect(pageOf('<p>a<br>b</p><h1>登\uE000録\uE001完了</h1>').blocks.map((b) => b.text)).toEqual(['a\nb', '登録完了']);
  });

  it('clamps heading levels a page claims', () => {
    expect(pageOf('<div role="heading" aria-level="9">登録完了</div>').blocks[0]!.heading).toBe(6);
  });
});

describe('collectSnapshot on text outside the DOM tree', () => {
  it('reads ::before/::after content from the page\'s style sheets, with CSS escapes and attr()', () => {
    const page = pageOf('<style>.t::before{content:"\\767B\\9332"} .t::after{content:"しました"} .f::after{content:attr(data-y) "円"}</style><h1 class="t">完<ruby>了<rt>りょう</rt></ruby></h1><p class="f" data-y="99,800">ご利用料金：</p>');
    const texts = page.blocks.map((b) => b.text);
    expect(texts).toContain('登録完了しました');
    expect(texts).toContain('ご利用料金:99,800円');
    expect(page.blocks.find((b) => b.text === '登録完了しました')!.heading).toBe(1);
    expect(page.amounts.map((a) => a.yen)).toContain(99_800);
  });

  it('reads hostile CSS escapes without throwing (out of range, surrogates)', () => {
    const page = pageOf('<style>.t::before{content:"\\FFFFFF\\D800登録完了"}</style><h1 class="t">!</h1>');
    expect(page.stats.truncated).toBe(false);
    expect(page.blocks.map((b) => b.text).join(' ')).toContain('登録完了');
  });

  it('ignores generated text on hidden elements', () => {
    const page = pageOf('<style>.t::before{content:"登録完了"}</style><h1 class="t" hidden>x</h1><h2 class="t" style="display:none">y</h2>');
    expect(page.blocks.map((b) => b.text).join(' ')).not.toContain('登録完了');
  });

  it('reads an image\'s title and a role=img element\'s aria-label', () => {
    const page = pageOf('<img src="a.png" title="登録完了 ご利用料金 98,000円"><div role="img" aria-label="IPアドレス 126.33.201.9"></div>');
    const text = page.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('登録完了');
    expect(text).toContain('126.33.201.9');
  });
});

describe('form controls', () => {
  it('reads what text fields, placeholders, selects and input buttons show, and nothing from hidden fields', async () => {
    const { collectSnapshot } = await import('../../../detectors/snapshot/collect');
    const { JSDOM } = await import('jsdom');
    const dom = new JSDOM(
      '<p>料金</p><input value="99,000円" readonly><input placeholder="186-03-0946-1180"><textarea>期限を過ぎますと法的手続き</textarea>' +
        '<select><option>A</option><option selected>3日以内</option></select><select size="3"><option>IPアドレス</option><option>203.0.113.64</option></select>' +
        '<input type="hidden" value="隠し文字"><input type="submit" value="送信ボタン">',
    );
    const text = collectSnapshot(dom.window.document).blocks.map((b) => b.text).join('\n');
    // An input button's value is its label on screen (a bill can be written on buttons).
    for (const shown of ['99,000円', '186-03-0946-1180', '期限を過ぎますと法的手続き', '3日以内', 'IPアドレス', '203.0.113.64', '送信ボタン']) expect(text).toContain(shown);
    for (const notShown of ['隠し文字', 'A ']) expect(text).not.toContain(notShown);
  });

  it('never reads what the visitor typed, nor a password field', async () => {
    const { collectSnapshot } = await import('../../../detectors/snapshot/collect');
    const { JSDOM } = await import('jsdom');
    const dom = new JSDOM('<p>お問い合わせ</p><input id="tel" placeholder="電話番号"><textarea id="body"></textarea><input type="password" value="秘密の合言葉">');
    const doc = dom.window.document;
    (doc.getElementById('tel') as HTMLInputElement).value = '090-1234-5678';
    (doc.getElementById('body') as HTMLTextAreaElement).value = '私の住所は東京都です';
    const snapshot = collectSnapshot(doc);
    const text = snapshot.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('電話番号');
    for (const typed of ['090-1234-5678', '私の住所', '秘密の合言葉']) expect(text).not.toContain(typed);
    expect(snapshot.phones).toEqual([]);
  });
});

describe('the words an SVG image written into the page draws', () => {
  const img = (svg: string) => `<img width="640" height="200" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`;
  it('reads its <text>, and survives malformed or hostile ones', async () => {
    const { svgDataText } = await import('../../../detectors/snapshot/sources/images');
    expect(svgDataText(`data:image/svg+xml,${encodeURIComponent('<svg><text x="1">登録完了 &amp; 98,000円</text><textPath>x</textPath></svg>')}`)).toBe('登録完了 & 98,000円');
    expect(svgDataText('data:image/svg+xml;base64,@@@not base64')).toBeNull();
    expect(svgDataText(`data:image/svg+xml,${encodeURIComponent(`<svg><text>&#${'9'.repeat(400)};&#x110000;</text></svg>`)}`)).toBe('\ufffd\ufffd');
    // 30,000 unclosed openings: one pass, not one scan each (a quadratic reader would not finish).
    expect(svgDataText(`data:image/svg+xml,${encodeURIComponent('<svg>' + '<text>'.repeat(30_000))}`)).toBeNull();
    expect(pageOf(`<p>GAL TUBE</p>${img('<svg xmlns="http://www.w3.org/2000/svg"><text>会員登録が完了しました</text></svg>')}`).blocks.map((b) => b.text).join(' ')).toContain('会員登録が完了しました');
  });
});

describe('a frame loaded from a data: URL', () => {
  it('gives the page the buttons in it, percent-encoded or in base64, and nothing of a broken one', () => {
    const inner = '<a href="tel:0364120093">今すぐ電話する</a> <a href="https://line.me/R/ti/p/@pay_desk77">LINE</a>';
    const encoded = pageOf(`<p>未払い料金 99,000円</p><iframe src="data:text/html;charset=utf-8,${encodeURIComponent(inner)}"></iframe>`);
    expect(encoded.phones.map((p) => p.digits)).toContain('0364120093');
    expect(encoded.contacts.map((c) => c.kind)).toContain('line');
    const base64 = pageOf(`<p>未払い料金 99,000円</p><iframe src="data:text/html;base64,${Buffer.from(inner).toString('base64')}"></iframe>`);
    expect(base64.phones.map((p) => p.digits)).toContain('0364120093');
    expect(pageOf('<iframe src="data:text/html;base64,@@@%%%"></iframe>').phones).toEqual([]);
  });
});

describe('a call button given its number by a script', () => {
  it('takes the number an inline script names as the button\'s way to act, and none without such a button', () => {
    const script = `<script>document.getElementById('c').addEventListener('click', () => { location.href = 'tel:0364120093'; });</script>`;
    const page = pageOf(`<p>未払い料金 99,000円</p><p><button id="c">今すぐ電話する</button></p>${script}`, { scriptText: true });
    expect(page.phones.map((p) => p.digits)).toEqual(['0364120093']);
    expect(page.phones[0]!.block).toBe(page.blocks.findIndex((b) => b.text.includes('今すぐ電話する')));
    expect(pageOf(`<p>未払い料金 99,000円</p><p><button>閉じる</button></p>${script}`, { scriptText: true }).phones).toEqual([]);
  });
});
