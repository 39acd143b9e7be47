import { describe, expect, it } from 'vitest';
import { evaluate, worstReport, type Report } from '../../detectors/evaluate';
import { defineDetector } from '../../detectors/define';
import { DETECTORS } from '../../detectors/registry';
import { pageOf, reportOf, runtime } from '../helpers/page';

const ids = (r: Report) => r.findings.map((f) => f.id).sort();

const BILL = `
  <h1>ご登録ありがとうございます 登録完了</h1>
  <p>ご利用料金：79,000円 お支払期限：3日以内</p>
  <p>お客様のIPアドレス：126.33.201.9</p>
  <p>誤操作の方・退会をご希望の方はお電話ください</p>
  <p>186-03-6412-0093</p>`;

describe('evaluate', () => {
  it('calls the full one-click combination fraud, with every reason', () => {
    const r = reportOf(BILL);
    expect(r.verdict).toBe('fraud');
    expect(r.rule).toBe('oneClick');
    expect(r.score).toBeGreaterThanOrEqual(80);
    expect(ids(r)).toEqual(['caller-id-186', 'completion-claim', 'contact-lure', 'countdown', 'fee-demand', 'identity-bluff']);
    expect(r.findings.every((f) => f.evidence.length > 0 && f.points > 0)).toBe(true);
  });

  it('orders findings by points and keeps the score within 0–100', () => {
    const r = reportOf(`${BILL}<p>延滞金が発生し法的措置をとります</p><audio autoplay src="shutter.mp3"></audio>`);
    expect(r.score).toBe(100);
    const points = r.findings.map((f) => f.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });

  it('calls a fresh contract that threatens court fraud even without a bluff or lure', () => {
    const r = reportOf('<h1>会員登録が完了しました</h1><p>ご利用料金：198,000円</p><p>未払いの場合は法的な手段により情報開示を求め、自宅訪問による直接回収を行います。</p><p>お問い合わせ：050-3186-2241</p>');
    expect(r.verdict).toBe('fraud');
    expect(r.rule).toBe('freshContractThreat');
    expect(r.channels.map((c) => c.key)).toEqual(['liveTel']);
  });

  describe('what a fraud needs to work: a live way to act', () => {
    it('gives no red warning to a complete bill without any way to call, write or pay, and says why', () => {
      const r = reportOf('<h1>会員登録が完了しました</h1><p>ご利用料金：198,000円</p><p>未払いの場合は法的な手段により情報開示を求め、自宅訪問による直接回収を行います。</p>');
      expect(r.verdict).toBe('suspicious');
      expect(r.channels).toEqual([]);
      expect(r.mitigations.map((m) => m.key)).toContain('noLiveChannel');
    });

    it.each([
      ['a masked number', '<p>お問い合わせ：03-XXXX-XXXX</p>'],
      ['a number of placeholder zeros', '<p>お問い合わせ：03-〇〇〇〇-〇〇〇〇</p>'],
      ['a masked number with circles', '<p>ＴＥＬ　０１２０－○○－○○○○</p>'],
      ['a masked mail address', '<p>連絡先：xxxx@xxxx.jp</p>'],
    ])('reads a bill whose only way to act is %s as a reproduction on a page that advises, else as a bill with no way to act', (_, contact) => {
      const advice = '<p>身に覚えのない請求には絶対に連絡しないでください。消費者ホットライン188に相談しましょう。</p>';
      const r = reportOf(BILL.replace('<p>186-03-6412-0093</p>', contact) + advice);
      expect(r.channels).toEqual([]);
      expect(r.mitigations.map((m) => m.key)).toContain('maskedChannel');
      expect(r.verdict).not.toBe('fraud');
      expect(r.score).toBeLessThan(40);
      // Without advice a masked value is the page's own to write (red team 9: a masked "your number" row beside a
      // channel hidden another way cleared the bill): '?' for want of a live channel, not a reproduction.
      const bare = reportOf(BILL.replace('<p>186-03-6412-0093</p>', contact));
      expect(bare.verdict).toBe('suspicious');
      expect(bare.mitigations.map((m) => m.key)).toEqual(['noLiveChannel', 'maskedOnly']);
    });

    it.each([
      ['a number written out', '<p>186-03-6412-0093</p>', 'liveTel'],
      ['a tel: link', '<p><a href="tel:0364120093">お電話はこちら</a></p>', 'liveTel'],
      ['a LINE link', '<p><a href="https://line.me/R/ti/p/@abc123">LINEで連絡</a></p>', 'liveChat'],
      ['a form', '<form action="/taikai.php"><input name="mail"><button>送信</button></form>', 'liveForm'],
      ['a bank account', '<p>振込先：みずほ銀行 新宿支店 普通 1234567</p>', 'livePayment'],
      ['a Bitcoin address', '<p>送金先：bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh</p>', 'livePayment'],
    ])('calls the bill fraud when its way to act is %s, and names it', (_, contact, key) => {
      const r = reportOf(BILL.replace('<p>186-03-6412-0093</p>', contact));
      expect(r.verdict).toBe('fraud');
      expect(r.channels.map((c) => c.key)).toContain(key);
    });

    it('is not fooled by a masked decoy beside a live number', () => {
      const r = reportOf(`${BILL}<p>※例：03-XXXX-XXXX</p>`);
      expect(r.verdict).toBe('fraud');
      expect(r.mitigations.map((m) => m.key)).not.toContain('maskedChannel');
    });

    it("reads a reproduced warning by the channel nearest to it, not by the shop's or the centre's own line", () => {
      const shop = `<header><p>まちのPCドクター</p><p><a href="tel:0422551234">0422-55-1234</a></p></header>
        <div><p>Windows Defender - セキュリティ警告</p><p>このPCはウイルスに感染しています。今すぐサポートに電話してください ○○○-○○○○-○○○○</p></div>
        <p>上の画面の番号には電話しないでください。消費者ホットライン 188、IPA 情報セキュリティ安心相談窓口 03-5978-7509 へ。</p>`;
      const r = reportOf(shop);
      expect(r.verdict).not.toBe('fraud');
      expect(r.mitigations.map((m) => m.key)).toContain('maskedChannel');
      expect(r.channels).toEqual([]);
      // The same warning with a live number of its own is the fraud.
      expect(reportOf(shop.replace('○○○-○○○○-○○○○', '050-5840-2213')).verdict).toBe('fraud');
    });

    it('does not count a public help line as the bill\'s way to act', () => {
      const r = reportOf(BILL.replace('<p>186-03-6412-0093</p>', '<p>情報セキュリティ安心相談窓口 03-5978-7509</p>'));
      expect(r.channels).toEqual([]);
      expect(r.verdict).not.toBe('fraud');
    });

    it('counts a number abroad, as English kits print it', () => {
      const r = reportOf('<h2>Your computer has been blocked</h2><p>Trojan spyware detected. Call Microsoft Support now: +1-800-555-0199 (toll free)</p>');
      expect(r.channels.map((c) => c.key)).toEqual(['liveTel']);
    });

    const ADVICE = '架空請求・ワンクリック詐欺にご注意ください。身に覚えのない請求には絶対に連絡しないでください。契約は成立していません。困ったときは消費生活センター（188）や警察相談専用電話（#9110）に相談しましょう。';
    const QUOTED_BILL = `<blockquote style="margin:0">${BILL.replace('<p>186-03-6412-0093</p>', '')}</blockquote>`;

    it('reads a bill in a <blockquote> with its call button just outside as the page\'s own', () => {
      const page = `<h1>お知らせ</h1><p>${ADVICE}</p>${QUOTED_BILL}<p><a href="tel:1860364120093">今すぐ電話する</a></p>`;
      expect(reportOf(page).verdict).toBe('fraud');
      // A help page quoting the bill, followed by its advice and no way to answer it, stays clean.
      expect(reportOf(`<h1>お知らせ</h1><p>${ADVICE}</p>${QUOTED_BILL}<p>${ADVICE}</p>`).verdict).toBe('clean');
    });

    it('does not take advice from the alt text of a picture too small to see', () => {
      // (the number three lines below the quotation: not beside it)
      const page = (advice: string) => `<h1>お知らせ</h1>${advice}${QUOTED_BILL}<p>受付 10:00〜19:00</p><p>年中無休</p><p>担当：管理部</p><p>お電話：<a href="tel:1860364120093">186-03-6412-0093</a></p>`;
      expect(reportOf(page(`<img width="1" height="1" alt="${ADVICE}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`)).verdict).toBe('fraud');
    });

    it('does not count a search box or a number told as a story as a way to act', () => {
      const story = BILL.replace('<p>186-03-6412-0093</p>', '<form action="/search"><input type="search" name="q"><button>検索</button></form><p>「186-03-6412-0093に電話しろ」と表示されたそうです。</p>');
      expect(reportOf(story).channels).toEqual([]);
    });
  });

  it('calls a fake virus warning with a number to call fraud', () => {
    const r = reportOf('<h2>ウイルスに感染しています</h2><p>今すぐサポート窓口に電話してください：050-5840-2213</p>');
    expect(r.verdict).toBe('fraud');
    expect(r.rule).toBe('supportScam');
  });

  it.each([
    ['a shop sign-up', '<h1>会員登録完了</h1><p>確認メールをお送りしました。</p><footer>お問い合わせ 0120-831-004</footer>'],
    ['a bank-transfer order', '<h1>ご注文ありがとうございます</h1><p>下記口座へ7日以内にお振込みください。</p><p>お支払金額：86,900円</p>'],
    ['an IP checker', '<h1>あなたのIPアドレス</h1><p>203.0.113.9</p><table><tr><th>ホスト名</th><td>a.example.ne.jp</td></tr></table>'],
    ['a konbini bill with an ID', '<p>お客様番号：12345678</p><p>ご請求金額：5,400円</p><p>お支払期限：2026年12月1日</p>'],
    ['a restaurant asking for 186', '<p>ご予約 03-3571-0088</p><p>非通知設定のお電話はお受けできません。番号の前に186をつけておかけください。</p><p>おまかせコース 22,000円</p>'],
    ['a camera test page', "<h1>カメラテスト</h1><button id=s>撮影</button><script>var a = new Audio('shutter.wav'); s.onclick = () => a.play();</script>"],
  ])('keeps %s clean', (_, html) => {
    expect(reportOf(html).verdict).toBe('clean');
  });

  it('keeps an article that quotes a billing screen and advises the reader clean, and says why', () => {
    const r = reportOf(`<article><h1>「登録完了」画面で9万円請求　ワンクリック詐欺の相談相次ぐ</h1>
      <p>「登録完了」「ご利用料金9万円」と表示され、「186をつけて電話してください」と番号 186-03-1234-5678 が示される。</p>
      <p>センターは「絶対に連絡しないで」と呼びかけている。相談は消費者ホットライン（188）へ。</p></article>`);
    expect(r.verdict).toBe('clean');
    expect(r.mitigations.map((m) => m.key)).toEqual(['aboutFraud', 'advice']);
  });

  it('does not let advice text excuse a page that traps the Back button', () => {
    const page = pageOf(`${BILL}<p>詐欺にご注意ください。消費生活センターに相談してください。</p>`, { behaviour: [runtime('popstate-repush')] });
    expect(evaluate(page).verdict).toBe('fraud');
  });

  it('calls a firm claim with its bill and a mistake-lure fraud without any deadline or threat', () => {
    const r = reportOf('<h1>入会手続きが完了しました</h1><p>ご入会金：98,000円</p><p>誤ってご登録された方はこちらへお電話ください</p><p><a href="tel:0357770123">03-5777-0123</a></p>');
    expect(r.verdict).toBe('fraud');
    expect(r.rule).toBe('oneClick');
    expect(ids(r)).not.toContain('countdown');
  });

  it('keeps an honest paid membership with a cancel number clean (a cancel number is no mistake-lure)', () => {
    const r = reportOf('<h1>会員登録が完了しました</h1><p>年会費：12,000円</p><p>会員番号：WA-2026-01845</p><p>退会をご希望の方はお電話ください 03-3210-5566</p>');
    expect(r.verdict).not.toBe('fraud');
  });

  it.each([
    ['a footer sending readers to the consumer centre', '<footer><small>料金についてご不明な点は消費生活センターにご相談ください。</small></footer>'],
    ['a title naming the fraud', '<title>ワンクリック詐欺・架空請求にご注意</title>'],
    ['a banner about fraud', '<div>【注意】架空請求の手口にご注意ください。悪質な業者からの連絡は無視してください。</div>'],
    ['a visible box of advice', '<aside><h3>ワンクリック詐欺とは</h3><p>身に覚えのない請求は無視して、絶対に電話しないでください。困ったときは消費者ホットライン188へ。契約は成立していません。</p></aside>'],
    ['a testimonial that quotes advice', '<blockquote>「消費生活センターに相談したら、払う必要はないと言われました」（40代男性）</blockquote>'],
    ['a disclaimer', '<p>当サイトは詐欺ではありません。正規の請求です。</p>'],
  ])('keeps a bill that is the page\'s own interface fraud despite %s', (_, extra) => {
    const bill = `<h1>ご登録ありがとうございます 登録完了</h1><table><tr><th>ご利用料金</th><td>79,000円</td></tr><tr><th>IPアドレス</th><td>126.33.201.9</td></tr></table><p>誤操作の方はお電話ください</p><p><a href="tel:0364120093">03-6412-0093</a></p>`;
    const html = extra.startsWith('<title>') ? `<!doctype html><html lang="ja"><head>${extra}</head><body>${bill}</body></html>` : `${extra}${bill}${extra}`;
    expect(reportOf(html).verdict).toBe('fraud');
  });

  it('reads a bill put inside a blockquote as the page\'s own when the page says nothing of its own around it', () => {
    expect(reportOf(`<blockquote>${BILL}</blockquote>`).verdict).toBe('fraud');
  });

  it('lowers a bill told in an article\'s own sentences by a bounded factor, not to nothing', () => {
    const told = `<article><h1>ワンクリック詐欺にご注意</h1><p>サイトを見ていたら登録完了と出て、ご利用料金79,000円、お支払期限3日以内、あなたのIPアドレス126.33.201.9を記録しました、誤操作の方は186-03-6412-0093へ、とありました。このような画面は無視して、絶対に電話しないでください。困ったときは消費者ホットライン188に相談しましょう。</p></article>`;
    const r = reportOf(told);
    expect(r.mitigations.map((m) => m.key)).toContain('advice');
    expect(r.score).toBeGreaterThan(0);
  });

  it('takes a bill\'s own conditional threat as its own, and a victim\'s past account as a report', () => {
    const own = reportOf('<h1>登録完了</h1><p>お客様のIPアドレス：126.33.201.9</p><p>期限を過ぎると延滞金として99,000円を請求いたします。</p>');
    expect(own.findings.find((f) => f.id === 'fee-demand')!.strength).toBe(1);
    const told = reportOf('<p>動画を見ていたら、99,000円を請求されました。どうしたらいいですか。</p>');
    expect(told.findings.find((f) => f.id === 'fee-demand')?.strength ?? 0).toBeLessThan(0.5);
  });

  it('does not take a fraud page denying it is fraud for an article', () => {
    expect(reportOf(`${BILL}<p>※当サイトは詐欺サイトではありません。</p>`).verdict).toBe('fraud');
  });

  it("does not count a threat mail's sign-off 「返信しないでください」 as two pieces of advice", () => {
    const mail = `<article class="mail"><p>こんにちは。あなたは私を知らないし、私がこの手紙を書いた理由も不思議に思うかもしれない。私はハッカーで、あなたのデバイスにアクセスしました。あなたが画面を見ているところを録画しました。あなたの家族、同僚、友人にこの動画を送るかどうかはあなたの選択次第です。1350 USD（約21万円）をビットコインで私のウォレットに送ってください。BTCアドレス：bc1qm7x3ff0k2wz9r8t6yhn4cpe5l0ga2sdv93jq7u</p><p>あなたは48時間あります。このメールを開いた瞬間、ピクセルで私に通知が届き、タイマーが始まりました。支払いを受けたら、動画はすぐに完全に削除され、私はあなたを二度と邪魔しません。支払いがない場合、動画はあなたの全ての連絡先に送信され、SNSにも投稿されます。このメールに返信しないでください。</p></article>`;
    const r = reportOf(mail);
    expect(r.mitigations.map((m) => m.key)).not.toContain('advice');
    expect(r.verdict).toBe('fraud');
  });

  it('reads 「脅迫メール」 in a headline as a page about fraud, and 「電話をかけずに」 as advice', () => {
    const page = `<h1>「あなたの恥ずかしい動画を撮影した」脅迫メール・脅迫画面にご注意</h1>
      <p>相談者が受け取ったメール本文（抜粋）は次のとおりです。</p>
      <p>48時間以内に10万円をビットコインで送金しなければ、ビデオはあなたのすべての連絡先に送信されます。BTCアドレス：1GjZSJnpU4AfTS8vmre6rx7eQgeMUq8VYr</p>
      <p>※上記アドレスは実際に脅迫メールに記載されていたものです。身に覚えのない脅迫メールは無視しましょう。</p>
      <p>不安なときは消費生活センターにご相談ください。消費者ホットライン 188</p>`;
    const r = reportOf(page);
    expect(r.verdict).toBe('clean');
    expect(r.mitigations.map((m) => m.key)).toContain('aboutFraud');
    const notice = `<h2>サポートが終了したOSの端末は学内ネットワークから遮断されます</h2><p>「ウイルスに感染しています。サポートに電話してください」といった画面が表示された場合は、偽の警告ですので、電話をかけずにブラウザを閉じてください。</p><p>情報基盤センター ヘルプデスク 042-676-3210</p>`;
    expect(reportOf(notice).mitigations.map((m) => m.key)).toContain('advice');
  });

  it('weakens a completion claim on a page that shows the sign-up steps', () => {
    const r = reportOf('<ol><li>STEP1 入力</li><li>STEP2 確認</li><li>STEP3 完了</li></ol><h1>会員登録が完了しました</h1>');
    expect(r.findings.find((f) => f.id === 'completion-claim')!.points).toBe(10);
    expect(r.verdict).toBe('clean');
  });

  it('reports a throwing detector as an error and still counts the others', () => {
    const broken = defineDetector({
      id: 'broken',
      weight: 10,
      role: 'bluff',
      evidenceKeys: [],
      detect() {
        throw new Error('boom');
      },
    });
    const r = evaluate(pageOf(BILL), [...DETECTORS, broken]);
    expect(r.errors).toEqual([{ id: 'broken', message: 'boom' }]);
    expect(r.verdict).toBe('fraud');
  });

  it('ignores a detector that returns a nonsense strength', () => {
    const odd = defineDetector({ id: 'odd', weight: 50, role: 'bluff', evidenceKeys: [], detect: () => ({ strength: Number.NaN, evidence: [] }) });
    expect(evaluate(pageOf('<p>x</p>'), [odd]).findings).toEqual([]);
  });

  it('gives a tab the worst of its frames', () => {
    const clean = reportOf('<p>動画プレイヤー</p>');
    const fraud = reportOf(BILL);
    expect(worstReport([clean, fraud])).toBe(fraud);
    expect(worstReport([clean])).toBe(clean);
  });
});

describe('where the bill stands: quotations, examples and what the page does with them', () => {
  const ADVICE = '<h1>ワンクリック詐欺にご注意</h1><p>次のような画面が表示されても、電話やメールで連絡しないでください。クリックしただけで契約は成立していません。支払わないでください。不安なときは消費者ホットライン188に相談してください。</p>';
  const LINKED_BILL = BILL.replace('<p>186-03-6412-0093</p>', '<p><a href="tel:1860364120093">186-03-6412-0093</a></p>');

  it('keeps a bill quoted as words inside advice clean', () => {
    expect(reportOf(`${ADVICE}<blockquote>${BILL}</blockquote>`).verdict).toBe('clean');
  });

  it('reads a quotation that holds a number to tap as the page\'s own bill: quotations do not take calls', () => {
    expect(reportOf(`${ADVICE}<blockquote>${LINKED_BILL}</blockquote>`).verdict).toBe('fraud');
    expect(reportOf(`${ADVICE}<figure>${BILL}<form action="/pay"><input name="code"><button>送信</button></form></figure>`).verdict).toBe('fraud');
  });

  it('reads a quotation that the page hands to the reader to act on as the page\'s own bill', () => {
    const handed = `${ADVICE}<figure>${BILL}</figure><div>【ご本人様へ】上記は現在ご覧のお客様の端末で確認されたご登録内容です。退会・ご精算は期限内に186-03-6412-0093までご連絡ください。</div>`;
    expect(reportOf(handed).verdict).toBe('fraud');
    const intro = `<p>お客様の端末には、現在以下のご案内が表示されております。内容をお確かめのうえ、お手続きください。</p><blockquote>${BILL}</blockquote><p>${'当サイトのよくあるご質問です。ご不明な点はこちらをお読みください。'.repeat(6)}</p><p>ご不明な点は消費生活センターにご相談いただくこともできます。</p>`;
    expect(reportOf(intro).verdict).toBe('fraud');
  });

  it('reads an example that an advising page introduces or labels in words as quoted, without markup', () => {
    const introduced = `<h1>セクストーションの手口</h1><p>ビデオ通話に応じたあと、次のメッセージが届きました。</p><div>通話の動画、保存したよ。</div><div>今日中にギフトカード3万円分のコードを送って。送らなかったら家族とフォロワー全員に動画を送る。</div><p>${'このような脅しには応じず、返信をやめてブロックし、やり取りは消さずに保存して、警察相談専用電話#9110に相談しましょう。'.repeat(2)}</p>`;
    expect(reportOf(introduced).verdict).toBe('clean');
    const captioned = `${ADVICE}<div>${BILL}</div><p>【画像】ワンクリック詐欺の請求画面の例(見本)</p>`;
    expect(reportOf(captioned).verdict).toBe('clean');
    // A news photo's long caption, the reproduction said in brackets at its end (sealed set D, opened after measuring).
    const news = `${ADVICE}<div>${BILL}</div><p>相談者の男性が送りつけられた請求画面。送信先の一覧には家族の呼び名が表示されていた（県警提供の画像を基に本社で再現、一部加工）</p>`;
    expect(reportOf(news).verdict).toBe('clean');
    // A numbered figure's caption above the reproduction, and a Q&A poster who types the screen out (set E).
    const figure = `${ADVICE}<p>図2　誘導先サイトの再現（主要部分）</p><div>${BILL}</div>`;
    expect(reportOf(figure).verdict).toBe('clean');
    const below = `${ADVICE}<div>${BILL}</div><p>図1 ワンクリック請求画面の例</p><p>${'このような画面が出ても契約は成立していません。表示された番号には電話しないでください。'.repeat(2)}</p>`;
    expect(reportOf(below).verdict).toBe('clean');
    // Whose screen it was, as a label or a caption naming the consultation; a poster pasting a message (sealed set F,
    // opened after measuring).
    expect(reportOf(`${ADVICE}<p>相談者が見た画面</p><div>${BILL}</div>`).verdict).toBe('clean');
    expect(reportOf(`${ADVICE}<div>${BILL}</div><p>▲ 2024年8月の相談より（文字起こし・再構成）</p>`).verdict).toBe('clean');
    expect(reportOf(`${ADVICE}<p>その相手から以下のメッセージが来ました（そのまま貼ります）。</p><div>${BILL}</div>`).verdict).toBe('clean');
    const typed = `${ADVICE}<p>ブログを開いたら、いきなり下のような画面になりました。画面の文字をそのまま打ちます。</p><div>${BILL}</div>`;
    expect(reportOf(typed).verdict).toBe('clean');
  });

  it('counts the page\'s own words after its examples are marked: a label over the whole chat and one line of advice do not clear it (red team 16)', () => {
    const chat = '<div>さっきのビデオ通話、全部録画したよ</div><div>お母さんと学校の友達に送るね</div><div>送られたくなければ示談金5万円払え</div><div>PayPay ID：yui_0915 に今日中</div>';
    const labelled = `<p>セクストーションの手口にご注意ください。返信しないで、ブロックしましょう。</p><p>【画面例】</p>${chat}`;
    expect(reportOf(labelled).verdict).toBe('fraud');
  });

  it('does not let a page without advice call its own bill an example', () => {
    expect(reportOf(`<p>【画面例】</p>${BILL}`).verdict).toBe('fraud');
    expect(reportOf(`<p>図1 ご請求画面の例</p>${LINKED_BILL}`).verdict).toBe('fraud');
    expect(reportOf(`<p>次のメッセージが届きました。</p>${BILL}`).verdict).toBe('fraud');
  });
});

describe('the families that follow a bill', () => {
  it('calls a threat with a number to call to stop it extortion when the page also traps the visitor (set E)', () => {
    const threat = '<p>あなたの顔は録画され、保存されています。</p><p>この映像は48時間後にインターネット上とご家族に公開されます。公開を停止するには、削除センターへ今すぐご連絡ください。</p><p><a href="tel:0120987425">0120-987-425</a></p>';
    const trapped = evaluate(pageOf(threat, { behaviour: [runtime('popstate-repush'), runtime('fullscreen')] }));
    expect(trapped.verdict).toBe('fraud');
    expect(trapped.rule).toBe('extortion');
    expect(reportOf(threat).verdict).not.toBe('fraud');
  });

  const PENALTY = `<h1>【重要】利用規約違反に関するお知らせ</h1><p>会員ID：LM-2025-884217 様</p>
    <p>お客様が投稿された画像に18歳未満と思われる人物が含まれていることが確認されました。これは利用規約第12条に違反する行為です。</p>
    <p>示談金として300,000円をお支払いいただくことで、本件を当事務局内で処理いたします。お支払い期限：2026年12月8日 23:59まで</p>
    <p>期限までにご対応いただけない場合、所轄警察署へ被害届を提出し、法的手続きに移行いたします。</p><p>担当直通 03-6821-4470</p>`;

  it('calls a penalty notice for a "violation" priced as a settlement fraud, with the extortion advice', () => {
    const r = reportOf(PENALTY);
    expect(r.verdict).toBe('fraud');
    expect(r.rule).toBe('penaltyNotice');
    expect(r.category).toBe('extortion');
    // A dating site's terms that price a violation and name the police are no notice to anyone.
    const terms = '<h2>第12条（禁止事項）</h2><p>会員が本規約に違反したことが確認された場合、当社は違約金として100,000円を請求することがあります。悪質な場合は警察へ通報いたします。</p><p>お問い合わせ 03-6821-4470</p>';
    expect(reportOf(terms).verdict).toBe('clean');
  });

  it('calls a "law office" that asks for the settlement itself, by a deadline, under a lawsuit and a seizure, fraud', () => {
    const office = `<h1>債権回収受任通知をお受け取りの方へ</h1><p>当事務所は、依頼人より、貴殿に対する未払い利用料の回収について委任を受けました。</p>
      <p>訴訟を提起した場合、判決確定後は勤務先への給与差押えを含む強制執行の手続きに移行します。</p>
      <p>本日から5営業日以内にお振込みいただいた場合に限り、和解金として金89,000円にて和解に応じます。</p>
      <p>【お振込先】ゆうちょ銀行 〇一八店 普通 7392018</p><p>担当直通：050-5433-1880</p>`;
    const r = reportOf(office);
    expect(r.rule).toBe('collectorThreat');
    expect(r.verdict).toBe('fraud');
    // A servicer's notice of a late payment, with one legal step named, is a bill, not this.
    const servicer = `<h1>お支払いのお願い</h1><p>未払い利用料 12,800円 のお支払いが確認できておりません。</p><p>2026年12月20日までにお振込みください。期日を過ぎた場合は法的手続きを検討いたします。</p><p>お問い合わせ 0120-55-8130</p>`;
    expect(reportOf(servicer).verdict).toBe('clean');
  });

  it('calls a chat that asks for gift-card codes for a fee due today fraud, with no registration claimed', () => {
    const chat = `<p>担当：退会手続きには退会手数料19,800円が必要です。本日中にお手続きがない場合、198,000円の請求となります。</p>
      <p>コンビニでAmazonギフトカードを購入し、ギフトカード番号を下記に入力してください。</p><form action="/send"><input name="code"><button>送信</button></form><p>お問い合わせ 050-1742-9913</p>`;
    expect(reportOf(chat).verdict).toBe('fraud');
  });

  it('reads a settlement priced in a chat, with the wrong told as a story, due tonight under a threat, as a penalty notice', () => {
    const chat = `<p>お前か。娘の父親だ。娘はまだ16だぞ。やり取りは全部見た。</p><p>明日警察に行くつもりだが、お前の会社と家族にも連絡するかもしれん。</p>
      <p>知り合いの弁護士を通して示談にしてやってもいい。示談金は150万円。誠意を見せろ。</p>
      <p>TEL 080-2294-6137（明日12時まで）示談金振込先：楽天銀行 ジャズ支店 普通 7820145 今夜中に振り込めば警察には行かない</p>`;
    const r = reportOf(chat);
    expect(r.rule).toBe('penaltyNotice');
    // Four firm parts sum to 52 here; the full screens add a lure or an ID and reach the red line.
    expect(r.verdict).toBe('suspicious');
  });

  const CENTRE = `<h1>消費者トラブル解決支援センター</h1><p>「登録完了」と表示されて料金を請求された方へ。専門スタッフが業者と交渉し、請求を取り下げさせます。</p>
    <table><tr><td>解決手数料（請求取り消し代行）</td><td>29,800円</td></tr></table>
    <p>ご依頼後、下記口座に手数料をお振込みください。振込先：ゆうちょ銀行 〇一八支店 普通 4829175</p><p>フリーダイヤル <a href="tel:0120558712">0120-55-8712</a></p>`;

  it('calls a public-sounding office that charges to cancel a bill fraud', () => {
    const r = reportOf(CENTRE);
    expect(r.verdict).toBe('fraud');
    expect(r.rule).toBe('fakeConsultation');
    // A law office names itself and its fees: not this rule's call.
    expect(reportOf(CENTRE.replace('消費者トラブル解決支援センター', '架空請求相談センター（弁護士法人みどり法律事務所）')).verdict).not.toBe('fraud');
  });

  it('calls a small bill with no deadline fraud only with both hooks: the device echoed and the mistake-lure', () => {
    const small = `<h1>月額会員登録が完了しました</h1><p>月額料金：4,980円（税込）</p><p>お客様の端末情報：iPhone / Safari 登録番号：SM-558201</p>
      <p>お支払いはコンビニ決済または銀行振込にてお願いいたします。</p><p>誤って登録された方・退会をご希望の方は、下記よりご連絡ください。</p>
      <p><a href="https://line.me/R/ti/p/@smbox">LINEで退会申請</a></p>`;
    expect(reportOf(small).rule).toBe('oneClick');
    expect(reportOf(small).verdict).toBe('fraud');
    // A gym's sign-up that logs the device and bills the month, with no lure to write to it, is no fraud.
    expect(reportOf(small.replace(/<p>誤って[^]*$/, '<p>ご不明な点はフロントまでお尋ねください。</p>')).verdict).not.toBe('fraud');
  });

  it('calls a small bill to be settled in a LINE chat fraud with no deadline or sign-up claimed, and not the same bill paid at a konbini', () => {
    const small = `<p>会員No.40827 さん</p><p>お客様のアカウントには未精算ポイントが残っております。</p><p>未精算額</p><p>3,980円</p>
      <p>退会手続きはLINE公式アカウントにて承っております。精算が済みましたらすぐに退会処理いたします。</p>
      <p><a href="https://line.me/R/ti/p/@talk-help">LINEで精算・退会する</a></p><p>精算はLINE上でお伝えするPayPay送金で承ります。</p>`;
    expect(reportOf(small).verdict).toBe('fraud');
    expect(reportOf(small).findings.find((f) => f.id === 'payment-channel')?.evidence.map((e) => e.key)).toContain('chatSettlement');
    const konbini = small
      .replace('<p><a href="https://line.me/R/ti/p/@talk-help">LINEで精算・退会する</a></p><p>精算はLINE上でお伝えするPayPay送金で承ります。</p>', '<p>お支払いはコンビニ払込票をご利用ください。</p>')
      .replace('退会手続きはLINE公式アカウントにて承っております。', '退会はマイページから手続きできます。');
    expect(reportOf(konbini).verdict).toBe('clean');
  });

  it('calls the page after a "support" call that bills virus removal in gift codes fraud, a support scam, with nothing else on it', () => {
    const page = `<h1>サポート料金のお支払い</h1><p>担当技術者による作業が完了しました。以下の料金をお支払いください。</p>
      <p>トロイの木馬 / スパイウェア除去作業 ¥29,800</p><p>遠隔作業費 ¥9,800</p><p>合計 ¥39,600</p>
      <p>お支払いはコンビニでお買い求めいただける Apple Gift Card でお願いしております。</p>
      <form action="/gc"><p>ギフトカード コード</p><input placeholder="XXXX-XXXX-XXXX-XXXX"><button>お支払いを確定する</button></form>`;
    const r = reportOf(page);
    expect([r.verdict, r.rule, r.category]).toEqual(['fraud', 'untraceablePayment', 'support-scam']);
    // A repair shop's price list paid by card: the same work billed, no code to hand over.
    const shop = page.replace(/<p>お支払いはコンビニ[^]*$/, '<p>お支払いは現金またはクレジットカードでお願いいたします。</p>');
    expect(reportOf(shop).verdict).toBe('clean');
  });

  it('gives no "?" to a warning\'s words with no way to act on them and no alarm (a how-to page on the real notices)', () => {
    const howTo = `<h1>Windows セキュリティの通知の見方</h1><p>正規の通知では「ウイルスと脅威の防止：脅威が見つかりました」と表示されます。</p><p>Windows の画面：脅威が見つかりました。ウイルスに感染しています。</p>`;
    expect(reportOf(howTo).verdict).toBe('clean');
    // The same words with a number to call are a fake warning's.
    expect(reportOf(`${howTo}<p>今すぐサポートへお電話ください <a href="tel:0120953418">0120-953-418</a></p>`).verdict).not.toBe('clean');
  });

  it('calls a fake law office fraud with one kind of threat when the debt, its sum, a deadline and the call are all there (red team 15)', () => {
    // The seizure deleted: a lawsuit is the only threat left.
    const office = `<h1>みどり法律事務所 通知受領者専用窓口</h1><p>貴殿の未納料金について、債権者より民事訴訟の提起の依頼を受けております。</p>
      <p>和解金 89,000円</p><p>本日中にご連絡のない場合、訴訟手続きに移行いたします。</p><p>和解の窓口 <a href="tel:0356789012">03-5678-9012</a></p>`;
    expect([reportOf(office).verdict, reportOf(office).rule]).toEqual(['fraud', 'collectorThreat']);
    // A statute names a lawsuit and a sum but sets the reader no deadline.
    expect(reportOf(office.replace('本日中にご連絡のない場合、', '')).verdict).not.toBe('fraud');
  });

  it('gives a "?" to parts of the page\'s own that sum to the red line with a live way to act in no combination we know', () => {
    const part = (id: string) => defineDetector({ id, weight: 30, role: 'contract', evidenceKeys: [], detect: () => ({ strength: 1, evidence: [], prominent: true }) });
    const page = pageOf('<h1>会員ページ</h1><p><a href="tel:0356789012">03-5678-9012</a></p>');
    expect(evaluate(page, [part('a'), part('b')]).verdict).toBe('suspicious');
    // Without a live way to act the same sum is nothing we can name.
    expect(evaluate(pageOf('<h1>会員ページ</h1>'), [part('a'), part('b')]).verdict).toBe('clean');
  });
});

// What a help page says besides its reproduction (a police page's article, ~1,300 characters): a helper's headline
// clears a bill drawn with a live number only on a page that helps this much (THRESHOLDS.helperAdviceBlocks).
const HELP_PROSE = [
  'パソコンでインターネットを閲覧中に、突然「ウイルスに感染しました」などの偽の警告画面が表示され、画面に表示された電話番号に電話をかけさせる手口の相談が県内で急増しています。電話をかけると、片言の日本語を話す者などが対応し、遠隔操作ソフトをインストールさせた上で、サポート料金名目で電子マネーの購入や銀行振込を要求します。',
  '警告画面はホームページに仕掛けられたもので、実際にはパソコンはウイルスに感染していません。警告音が鳴り続けたり、画面が全画面表示になって閉じられなくなったりすることがありますが、慌てずに対処してください。ブラウザを閉じる、またはパソコンを再起動すれば、多くの場合は表示が消えます。',
  '画面に表示された番号には絶対に電話しないでください。また、相手の指示で遠隔操作ソフトをインストールしたり、電子マネーのカードを購入して番号を伝えたりしないでください。マイクロソフトやアップルなどの正規のサポートが、警告画面から電話をかけさせることはありません。',
  '既に電話をかけてしまった、遠隔操作ソフトを入れてしまったという方は、インターネットの接続を切り、ソフトを削除した上で、パスワードを変更してください。電子マネーで支払ってしまった場合は、すぐに発行会社に連絡し、最寄りの警察署にも相談してください。',
  '不安なときや判断に迷うときは、一人で悩まず、警察相談専用電話 #9110 や消費者ホットライン 188、情報セキュリティ安心相談窓口に相談してください。家族や周りの方とも、このような手口があることを話し合っておきましょう。',
].map((p) => `<p>${p}</p>`).join('');

describe("a helper's page by its headline", () => {
  const REPRO = `<div class="box"><h3>Windows Defender - セキュリティ警告</h3><p>このPCはウイルスに感染しています。個人情報が流出しています。</p><p>今すぐサポートに電話してください 050-5213-8476</p></div>`;
  const ADVICE = `<p>画面の番号には絶対に電話しないでください。ブラウザを閉じれば消えます。不安なときは警察相談専用電話 #9110 に相談してください。</p>${HELP_PROSE}`;
  // What a fraud page can write above its own bill: beware of others, don't call *suspicious* numbers, 188.
  const LINE = '<p>当社を名乗る不審な電話番号には電話しないでください。不安なときは警察相談専用電話 #9110 に相談してください。</p>';

  it("takes a warning banner and a line of advice over a live bill for a thin helper: '?', never cleared", () => {
    const banner = reportOf(`<h1>サポート詐欺にご注意ください！</h1>${LINE}${REPRO}`);
    expect(banner.verdict).toBe('suspicious');
    expect(banner.mitigations).toEqual([{ key: 'warningOverLiveBill', values: ['050-5213-8476'] }]);
    // A tagline in the site's header that is all the help there is (red team 10): no helper at all.
    expect(reportOf(`<h1>当社を装った不審なメッセージには返信しないでください</h1>${REPRO}`).verdict).toBe('fraud');
    // 「この画面以外の請求には連絡しないでください」 vouches for the page's own bill: no advice, no helper (red team 11).
    expect(reportOf(`<h1>【注意喚起】当サイトを装った架空請求にご注意ください</h1><p>※この画面以外の請求には連絡しないでください。</p>${REPRO}`).verdict).toBe('fraud');
    // A short page that tells its reader not to call the number of the screen it shows is a helper's.
    const told = reportOf(`<h1>サポート詐欺にご注意ください！</h1><p>次のような画面が表示される被害が増えています。</p>${REPRO}<p>画面の番号には絶対に電話しないでください。</p>`);
    expect(told.verdict).toBe('clean');
    // 「ご不明点は下記の公式窓口にご相談ください」 names no desk and advises nothing: no helper at all.
    expect(reportOf(`<h1>サポート詐欺にご注意ください！</h1><p>不審な電話にご注意ください。ご不明点は下記の公式窓口にご相談ください。</p>${REPRO}`).verdict).toBe('fraud');
  });

  it('keeps a police page that reproduces a fake warning with the scammers\' real number clean', () => {
    const page = `<h1>サポート詐欺にご注意ください！</h1><p>次のような画面が表示される被害が増えています。</p>${REPRO}${ADVICE}`;
    const r = reportOf(page);
    expect(r.verdict).toBe('clean');
    expect(r.mitigations.map((m) => m.key)).toContain('aboutFraud');
  });

  it('does not take a headline below the warning, a number to tap in it, or a page with no advice', () => {
    expect(reportOf(`${REPRO}<h1>サポート詐欺にご注意ください！</h1>${ADVICE}`).verdict).toBe('fraud');
    const tappable = REPRO.replace('050-5213-8476', '<a href="tel:05052138476">050-5213-8476</a>');
    expect(reportOf(`<h1>サポート詐欺にご注意ください！</h1>${tappable}${ADVICE}`).verdict).toBe('fraud');
    // A headline that denies being fraud is no helper's headline.
    expect(reportOf(`<h1>当サイトは詐欺ではありません</h1>${REPRO}${ADVICE}`).verdict).toBe('fraud');
  });

  it('takes one word of a bill in the site header (a shop named after Windows) for no bill above the headline', () => {
    const page = `<header>みどりPC工房 Windows 修理・設定</header><h1>サポート詐欺にご注意ください！</h1><p>次のような画面が表示される被害が増えています。</p>${REPRO}${ADVICE}`;
    expect(reportOf(page).verdict).toBe('clean');
  });

  it('reads a breadcrumb that repeats the headline above it as the headline, not as a bill above it', () => {
    const title = 'サポート詐欺の画面が出て電話してしまった話';
    const page = `<nav>ホーム &gt; 失敗談 &gt; ${title}</nav><h1>${title}</h1><p>次のような画面が表示されました。</p>${REPRO}${ADVICE}`;
    expect(reportOf(page).verdict).toBe('clean');
    // A warning above the headline is still one.
    expect(reportOf(`<nav>ホーム</nav><p>このPCはウイルスに感染しています。今すぐサポートに電話してください 050-5213-8476</p><h1>${title}</h1>${ADVICE}`).verdict).not.toBe('clean');
  });
});

describe('a threat hardened with 「いたしません」 (red team 10)', () => {
  it('is no denial: 「これ以上の猶予はいたしません」 keeps the legal threat', () => {
    const denied = (text: string) => reportOf(`<p>${text}</p>`).findings.some((f) => f.id === 'legal-threat');
    expect(denied('本日中にご入金がない場合、法的措置を取ります。これ以上の猶予はいたしません。')).toBe(true);
    expect(denied('当社が法的措置をとるとしてお客様に電話でご請求をいたしません。')).toBe(false);
  });
});

describe('a call button that is only a picture', () => {
  it("gives a page of pictures that dials when touched a '?', with the reason", () => {
    const r = reportOf('<header><p>GAL TUBE 18</p></header><a href="tel:05038526617"><img src="bill.png" width="640" height="720"></a><footer>© GAL TUBE</footer>');
    expect(r.verdict).toBe('suspicious');
    expect(r.findings.map((f) => f.id)).toContain('picture-channel');
  });

  it('never completes a combination or pushes an honest page over the red line', () => {
    const shop = '<h1>パン教室 お申し込み</h1><p>受講料 3,000円</p><p>お支払い期限：本日中</p><a href="tel:0422551234"><img src="call.png"></a>';
    expect(reportOf(shop).verdict).not.toBe('fraud');
  });
});

describe('a masked decoy slipped into a bill', () => {
  const LIVE = BILL;
  it('does not lower a bill on a page that gives no advice, visible or not', () => {
    expect(reportOf(LIVE.replace('<h1>', '<h1><span>例：03-XXXX-XXXX</span> ')).verdict).toBe('fraud');
  });

  it('is not read when it is drawn in the colour of its background', () => {
    const advice = '<p>身に覚えのない請求には絶対に連絡しないでください。消費者ホットライン188に相談しましょう。</p>';
    const decoy = '<span style="color:#fff">例：03-XXXX-XXXX</span>';
    const page = `<div style="background:#fff">${LIVE.replace('<h1>', `<h1>${decoy}`)}</div>${advice}`;
    expect(reportOf(page).mitigations.map((m) => m.key)).not.toContain('maskedChannel');
    expect(reportOf(page).verdict).toBe('fraud');
  });
});

describe('ways to act written the way a browser still follows them', () => {
  it('reads a tel: link with a tab inside, and form fields tied to their form from outside it', () => {
    const bill = '<h1>登録完了</h1><p>ご利用料金：99,000円</p><p>本日中にお支払いください</p><p>IPアドレス：203.0.113.5 を記録しました</p><p>誤って登録された方はこちら</p>';
    const tab = reportOf(`${bill}<p><a href="t&#9;el:0356648810" style="display:inline-flex"><span>03-5664-</span><span>8810</span></a></p>`);
    expect(tab.channels.map((c) => c.key)).toContain('liveTel');
    expect(tab.verdict).toBe('fraud');
    const form = reportOf(`${bill}<form id="st" action="/settle.php"></form><input form="st" name="mail"><button form="st">送信</button>`);
    expect(form.channels.map((c) => c.key)).toContain('liveForm');
  });
});

describe("help pages' headlines that name no fraud word", () => {
  const REPRO = `<div class="box"><h3>Windows Defender - セキュリティ警告</h3><p>このPCはウイルスに感染しています。</p><p>今すぐサポートに電話してください 050-5213-8476</p></div>`;
  const ADVICE = `<p>画面の番号には絶対に電話しないでください。不安なときは警察相談専用電話 #9110 に相談してください。</p>${HELP_PROSE}`;
  it.each([
    ['a blog whose h1 is its name and whose h2 is the story', '<h1>のんびり主婦のまいにち日記</h1><h2>【恥を忍んで全部書きます】サポート詐欺で電子マネー5万円を取られた話</h2>'],
    ['a page titled by what the reader was told', '<h1>「ウイルスに感染しています」と表示されたら</h1>'],
    ["a victim's story", '<h1>偽の警告画面の番号に電話してしまった話</h1>'],
  ])("keeps %s clean", (_, head) => {
    expect(reportOf(`${head}<p>次のような画面が出ました。</p>${REPRO}${ADVICE}`).verdict).toBe('clean');
  });
});

describe('a help desk named beside a number', () => {
  it("is the page's advice only on a page that advises: a fraud page cannot label its own number away", () => {
    const threat = '<p>あなたの動画を保存しました。連絡がなければ家族と学校に拡散します。</p><p>削除してほしければ示談金5万円を払え。</p>';
    const labelled = reportOf(`${threat}<p>セーフライン提携 削除受付窓口</p><p>050-3312-7781</p>`);
    expect(labelled.channels.map((c) => c.key)).toContain('liveTel');
    expect(labelled.verdict).toBe('fraud');
  });
});
