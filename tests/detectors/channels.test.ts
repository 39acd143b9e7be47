import { describe, expect, it } from 'vitest';
import { isPlaceholder, readChannels } from '../../detectors/channels';
import { pageOf } from '../helpers/page';

describe('isPlaceholder', () => {
  it.each([
    ['03-XXXX-XXXX', true],
    ['03-12XX-56XX', true],
    ['xxxx@xxxx.jp', true],
    ['ID: xxx-123', true],
    ['0120-○○-○○○○', true],
    ['0300000000', true],
    // Names and numbers a fraud author chose (red team 6): live.
    ['jidan_xx2025', false],
    ['boxx.pay@example.jp', false],
    ['05077777777', false],
    ['0364120093', false],
  ])('%s → %s', (value, placeholder) => {
    expect(isPlaceholder(value)).toBe(placeholder);
  });
});

describe('numbers drawn over side-by-side boxes', () => {
  it.each([
    ['<div style="display:flex"><div>+1-800-555-</div><div>0199</div></div>', '800-555-0199'],
    ['<div style="display:flex"><div>+1-</div><div>800-555-</div><div>0199</div></div>', '800-555-0199'],
    ['<div style="display:flex"><div>03-6412-</div><div>0093</div></div>', '03-6412-0093'],
  ])('%s reads %s', (html, number) => {
    const live = readChannels(pageOf(`<p>Call support now</p>${html}`)).live.flatMap((e) => e.values);
    expect(live.some((v) => v.endsWith(number))).toBe(true);
  });

  it('joins no number across words', () => {
    expect(readChannels(pageOf('<div>受付 03-6412-</div><div>ご案内</div><div>0093</div>')).live).toEqual([]);
  });
});

// Red team 8: one edit each that took the live way to act away from a reader, while the visitor still uses it.
describe('ways to act written to slip past a reader', () => {
  const liveOf = (html: string) => readChannels(pageOf(html)).live.map((e) => e.key);

  it.each([
    ['a number in brackets that set it off', '<p>Windows サポート：『0120-961-437』</p>', 'liveTel'],
    ['a LINE ID in brackets', '<p>LINE ID：「@lovematch_cs」</p>', 'liveChat'],
    ['a crypto address in brackets', '<p>BTCアドレス：「bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh」</p>', 'livePayment'],
    ['a number with hyphen bullets', '<p>Appleサポート 050⁃5840⁃2213</p>', 'liveTel'],
    ['a number with middle dots (U+00B7)', '<p>和解窓口：03·5829·4410</p>', 'liveTel'],
    ['a number with modifier minus signs', '<p>窓口 03˗5829˗4410</p>', 'liveTel'],
    ['a tel: link with an extension', '<p><a href="tel:05058402213;ext=1">サポートに電話する</a></p>', 'liveTel'],
    ['a tel: link with a pause', '<p><a href="tel:05058402213,1">サポートに電話する</a></p>', 'liveTel'],
    ['an account labelled 口座No.', '<p>三井住友銀行 渋谷駅前支店 口座No.7720418（普通）</p>', 'livePayment'],
    ['a form sent to an address named like a search', '<form action="/cancel_query.php"><input name="mail"><input name="name"><button>退会申請</button></form>', 'liveForm'],
    // Red team 9.
    ['a number with box-drawing lines', '<p>お問い合わせ 0120─847─293</p>', 'liveTel'],
    ['a number with the kanji 一 for dashes', '<p>お問い合わせ 03一5829一4410</p>', 'liveTel'],
    ['an SVG button linked the old way (xlink:href)', '<svg width="200" height="40"><a xlink:href="tel:0120847293"><rect width="200" height="40"/><text x="10" y="25">電話する</text></a></svg>', 'liveTel'],
    ['a LINE ID in lenticular brackets', '<p>LINE ID：【heartlink_cs77】</p>', 'liveChat'],
    ['a LINE ID in a sentence', '<p>LINEのIDは heartlink_cs77 です</p>', 'liveChat'],
    ['a LINE link with its port written out', '<p><a href="https://line.me:443/R/ti/p/@pay_desk">LINEで連絡</a></p>', 'liveChat'],
    ['a form of several fields that calls itself a search', '<form role="search" action="/s.php"><input name="mail"><input name="name"><button>退会申請</button></form>', 'liveForm'],
    ['a bitcoin address in capitals', '<p>送金先：BC1QXY2KGDYGJRSQTZQ2N0YRF2493P83KKFJHX0WLH</p>', 'livePayment'],
    ['a Japan Post Bank account', '<p>ゆうちょ銀行 記号 12345 番号 67890121</p>', 'livePayment'],
    ['a desk "for those who received this notice"', '<p>お客様相談窓口（本通知が届いた方専用）：03-5829-4410</p>', 'liveTel'],
    // Red team 10.
    ['a LINE ID in parentheses', '<p>示談窓口 LINE（ID：jidan_center7）</p>', 'liveChat'],
    ['a link that dials by the page\'s <base>', '<base href="tel:05058402213"><p><a href="#">今すぐ電話する</a></p>', 'liveTel'],
    ['a number in a field of a type the browser does not know', '<p><input type="phone" value="050-5840-2213" readonly></p>', 'liveTel'],
    ['a number as the label of an option', '<p><select><option label="050-5840-2213">x</option></select></p>', 'liveTel'],
    ['a number of keycap digits', '<p>お問い合わせ 0️⃣5️⃣0️⃣-5️⃣8️⃣4️⃣0️⃣-2️⃣2️⃣1️⃣3️⃣</p>', 'liveTel'],
    ['a number of mathematical digits', '<p>お問い合わせ 𝟢𝟧𝟢-𝟧𝟪𝟦𝟢-𝟤𝟤𝟣𝟥</p>', 'liveTel'],
    ['a form of several fields sent to search.php', '<form action="/cancel/search.php"><input name="mail"><input name="name"><button>退会申請</button></form>', 'liveForm'],
  ])('%s is live', (_, html, key) => {
    expect(liveOf(html)).toContain(key);
  });

  it('takes a button that says it writes or calls, wherever it leads, for one to tap beside the bill (red team 11)', () => {
    const bill = '<h1>会員登録が完了しました</h1><p>ご利用料金：89,000円</p>';
    expect(readChannels(pageOf(`${bill}<p><a href="/r/line">LINEで問い合わせる</a></p>`), new Set([0, 1])).tapBesideBill).toBe(true);
    expect(readChannels(pageOf(`${bill}<p><a href="/news">お知らせ一覧</a></p>`), new Set([0, 1])).tapBesideBill).toBe(false);
    // A related article's title that names a call is no button (a news page's links beside a quoted bill).
    expect(readChannels(pageOf(`${bill}<p><a href="/a/12">架空請求で電話してしまったら</a></p>`), new Set([0, 1])).tapBesideBill).toBe(false);
  });

  it('still reads a quotation as someone else\'s words, and a search box as no way to answer', () => {
    expect(liveOf('<p>「今すぐ 0120-961-437 に電話してください」という画面が出たら閉じてください。</p>')).toEqual([]);
    expect(liveOf('<p>相談者は「サポートの 0120-961-437 に電話したら5万円を請求された」と話しています。</p>')).toEqual([]);
    expect(liveOf('<form action="/cancel.php"><input type="search" name="kw"><button>検索</button></form>')).toEqual([]);
    expect(liveOf('<form action="/x.php"><input name="q" placeholder="サイト内検索"><button>送信</button></form>')).toEqual([]);
    expect(liveOf('<form role="search" action="/x.php"><input name="kw"><button>送信</button></form>')).toEqual([]);
    expect(liveOf('<form action="/search.php"><input name="word"><button>送信</button></form>')).toEqual([]);
    expect(liveOf('<p>母のスマホに届いたメールには 03-5829-4410 と書かれていました。</p>')).toEqual([]);
  });
});

describe('a Japanese number in the shape of one abroad (076-432-9233)', () => {
  it('is judged as the Japanese number it is: a consumer centre\'s line on an advising page is no live way to act', () => {
    const page = pageOf('<h1>請求</h1><p>料金 98,000円</p><p>■相談窓口 富山県消費生活センター 076-432-9233 / 消費者ホットライン 188</p>');
    expect(readChannels(page, new Set([1]), true).live).toEqual([]);
    // A shop's own number in the same shape stays live.
    expect(readChannels(pageOf('<h1>請求</h1><p>料金 98,000円</p><p>お問い合わせ 076-432-9233</p>'), new Set([1]), true).live.map((e) => e.key)).toEqual(['liveTel']);
  });
});

describe('a person\'s payment handle', () => {
  it.each([
    ['<p>送り先 PayPay ID：yui_delete0915</p>', 'PayPay ID:yui_delete0915'],
    ['<p><a href="https://qr.paypay.ne.jp/p2p01_yJ8kQmW3bX">https://qr.paypay.ne.jp/p2p01_yJ8kQmW3bX</a></p>', 'qr.paypay.ne.jp/p2p01_yJ8kQmW3bX'],
    ['<p>or PayPal → paypal.me/sakuraxtokyo22</p>', 'paypal.me/sakuraxtokyo22'],
  ])('%s is a live way to pay', (html, value) => {
    const live = readChannels(pageOf(html)).live.find((e) => e.key === 'livePayment');
    expect(live?.values).toContain(value);
  });

  it('is not read from a shop naming PayPay as a way to pay', () => {
    expect(readChannels(pageOf('<p>お支払いは PayPay、クレジットカード、コンビニ払いがご利用いただけます。</p>')).live.find((e) => e.key === 'livePayment')).toBeUndefined();
  });
});

describe('a help desk named beside a number', () => {
  const ADVICE = '<h1>架空請求にご注意</h1><p>身に覚えのない請求には電話しないでください。困ったら消費者ホットライン188へ。</p>';
  it('is the page\'s advice when the line names the desk', () => {
    const live = readChannels(pageOf(`${ADVICE}<p>○○市消費生活センター</p><p><a href="tel:0312345678">03-1234-5678</a></p>`)).live;
    expect(live.find((e) => e.key === 'liveTel')).toBeUndefined();
  });

  it('is the bill\'s own line when the name is borrowed (提携, 連携: red team 16)', () => {
    const live = readChannels(pageOf(`${ADVICE}<p>消費生活センター提携 取下げ相談窓口</p><p><a href="tel:0312345678">03-1234-5678</a></p>`)).live;
    expect(live.find((e) => e.key === 'liveTel')?.values).toContain('03-1234-5678');
  });
});
