// Fake virus / security warnings (サポート詐欺): 「ウイルスに感染しています」「Windows サポートに今すぐお電話を」.
// A web page cannot scan a computer. Real security software never asks you to phone a number on a web page.
import { defineDetector, type Evidence } from './define';
import { anyStandsOut, evidence, insideQuotes, matchBlocks, narrated, near, quotedFactor, sentenceAt, type BlockMatch } from './helpers';
import type { PageSnapshot } from './snapshot/schema';

// Computer viruses, not the flu: 「新型コロナウイルスに感染しました」 is news, not a fake warning.
const THREAT = '(?:(?<!コロナ|インフルエンザ|ノロ|ロタ|新型|ヘルペス|肝炎)ウ[イィ]ルス|トロイの木馬|スパイウェア|マルウェア|ランサムウェア|アドウェア|ワーム|不正なプログラム|(?:重大な|深刻な|危険な|[1-9１-９][0-9０-９]*件の)脅威)';
const DEVICE = '(?:PC|パソコン|コンピュータ|コンピューター|デバイス|システム|ブラウザ|端末|iPhone|Android|スマートフォン|スマホ|携帯電話)';
// An infection or lock-out asserted as a fact about *this* device, now. Product pages say 「ウイルス感染から守る」,
// 「マルウェアを検出・駆除」: the threat word without the assertion. (A question ends the sentence: 「PCも対象でしょう
// か？ライン停止中に…」 is a factory line, not the PC.)
const INFECTION = new RegExp(
  [
    `${THREAT}[^。！？!?\n]{0,30}?(?:(?:に|が)?感染して(?:います|いる|いました)|(?:に|が)?感染しました|が?(?:検出|発見|検知|感知)されました|(?:が|を)?(?:検出|発見|検知|感知)しました|が?見つかりました)`,
    // (「検出された脅威：0 件」 is a product's all-clear.)
    `(?:検出|発見)された(?:脅威|ウ[イィ]ルス)(?![:：\\s]*(?:[0０](?![0-9０-９])|なし|ゼロ))`,
    // 「トロイの木馬への感染を確認しました」「感染が確認されました」
    `${THREAT}[^。！？!?\n]{0,20}?感染(?:を|が)確認(?:され)?(?:ました|しました|されています)`,
    // 「ウイルスの活動を確認」「スパイウェアの潜伏を確認」: the presence asserted in other words.
    `${THREAT}[^。！？!?\n]{0,10}?(?:の)?(?:活動|潜伏|存在|侵入)(?:を|が)(?:確認|検知|検出)`,
    // 「ウイルスが潜んでいます」「スパイウェアが仕込まれています」: hiding in the device, in the present.
    // (「スパイウェアはアプリに仕込まれていることがあります」 is advice: a general は, or a こと after it.)
    `${THREAT}(?!は)[^。！？!?\n]{0,15}?(?:潜んで|潜伏して|仕込まれて|入り込んで|侵入して|住み着いて)(?:います|いる(?!こと|場合|かも)|いました)`,
    // 「アクセスは制限中です」「個人情報を外部に送信中」: the state, as a status line says it.
    `(?:アクセス|PC|パソコン|コンピューター?|デバイス|端末|iPhone|スマートフォン|スマホ)[^。！？!?\n]{0,15}?(?:制限|ロック|凍結|停止)中`,
    // 「トロイの木馬に感染中です」「3件の脅威を検出。」: the status line of a fake scan (a product page says 「検出・駆除」).
    `${THREAT}[^。！？!?\n]{0,20}?(?:に|が)?感染中`,
    `${THREAT}[^。！？!?\n]{0,10}?を(?:検出|検知|発見)(?=\s*(?:。|！|!|$))`,
    `(?:パスワード|クレジットカード情報|個人情報|個人データ|履歴|写真)[^。！？!?\n]{0,24}?(?:外部|第三者|ハッカー)[^。！？!?\n]{0,12}?(?:送信|流出|転送)中`,
    // 「iPhoneのセキュリティが侵害されています」「個人情報と写真が危険にさらされています」, with the device named before.
    `(?:セキュリティ|${DEVICE})[^。！？!?\n]{0,10}?(?:侵害され|危険にさらされ)(?:ています|ました)`,
    `${DEVICE}[^。！？!?\n]{0,15}?(?:感染して(?:います|いる)|感染しました)`,
    `(?:アクセス|${DEVICE})[^。！？!?\n]{0,15}?(?:ブロック|ロック|破損|損傷|停止)(?:されて(?:います|いる)|されました|しています|しました)`,
    // Encrypted *by someone*, not a feature: 「端末とサーバーの間で暗号化されています」 describes a secure app.
    `(?:アクセス|${DEVICE})(?![^。！？!?\n]{0,15}?(?:の間|間で|通信|経路))[^。！？!?\n]{0,15}?暗号化(?:されて(?:います|いる)|されました)`,
    // 「アクセスが遮断されました」, said to the visitor; a statute's 「アクセス制御機能により制限されている」 is plain form.
    `(?:アクセス(?!制御)|${DEVICE})[^。！？!?\n]{0,15}?(?:遮断|制限)(?:されています|されました)`,
    `(?:ライセンス|登録キー|プロダクトキー)[^。！？!?\n]{0,10}?(?:停止|期限切れ|失効|無効)(?:されます|されました|しています|になります|になりました)`,
    `ファイル[^。！？!?\n]{0,10}?暗号化されました|(?:パスワード|クレジットカード情報|個人情報|個人データ|履歴)[^。！？!?\n]{0,24}?(?:外部|第三者|ハッカー)[^。！？!?\n]{0,12}?(?:(?:送信|流出|転送)されて|送られて|抜き取られて|盗まれて)(?:います|いる)|遠隔操作されて(?:います|いる)|乗っ取られ(?:ています|ました)|個人情報が(?:(?:流出|漏洩)(?:して(?:います|いる)|されて(?:います|いる))|盗まれ(?:ています|ている|ました))`,
    // 「ハッカーによる不正なアクセスが27件確認されています」「パスワードが漏れている」: a remote "diagnosis" in a chat.
    // (A company's breach notice says 「第三者による不正アクセス」「漏洩した可能性」: a hacker, now, is the fake's.)
    `ハッカー[^。！？!?\n]{0,8}?(?:不正な?)?(?:アクセス|侵入|接続)[^。！？!?\n]{0,12}?(?:確認|検出|検知)(?:され(?:ています|ました)|しました)`,
    `(?:パスワード|個人情報|カード情報|クレジットカード情報)[^。！？!?\n]{0,8}?漏れて(?:いる|います)`,
    // A fake scan's result tile: a count and a threat, and nothing else (「5 ウイルス」「2 トロイの木馬」).
    `^[1-9][0-9]{0,2}\\s*(?:件の)?(?:ウ[イィ]ルス|トロイの木馬|スパイウェア|マルウェア|感染ファイル)$`,
    `(?:your )?(?:computer|pc|device|system|phone|iphone) (?:is|has been) (?:infected|blocked|locked|compromised)`,
    `(?:virus|viruses|trojan|spyware|malware)[^.\n]{0,30}?(?:detected|found)`,
  ]
    .join('|')
    // The humble form says the same (感染しております, 検出されております, red team 11).
    .replace(/います/g, '(?:い|おり)ます')
    .replace(/いました/g, '(?:い|おり)ました'),
  'gi',
);
// The same claim in words nobody listed: 「お客様のパソコンはハッカーから不正アクセスを受けています」「端末から
// トロイの木馬 3件を検出し、」「個人情報が流出中です」. A fake warning must tell *this* visitor that harm is being done
// to *their* device or data, now; so a sentence holding all three — a harm, the visitor's device or data, and a
// present or just-finished state — is a claim, whatever the synonym. A product page (「ウイルスから守ります」), advice
// (「感染している可能性があります」「…された場合は」) or a report (「…と表示された」) lacks one of the three.
const HARM = /(?:有害|危険|悪意のある|不審|悪質|怪しい|不正)な(?:ソフト|プログラム|ファイル|アプリ|コード)|(?:外部|外)(?:へ|に)(?:送られ|送信され|流出)|重大な(?:問題|エラー|障害)|抜き取|ウ[イィ]ルス|ハッキング|ハッカー|不正(?:な)?(?:アクセス|接続|侵入|ログイン|プログラム|アプリ|ソフト)|(?:セキュリティ)?侵害|乗っ取|流出|漏え?い|漏洩|遠隔操作|遠隔起動|(?:外部|第三者)から(?:の)?(?:操作|起動|アクセス)|感染|脅威|スパイ(?:ウ[ェエ]ア|アプリ)|トロイ|マルウ[ェエ]ア|ランサム|損傷|破損|破壊|監視され|盗聴|盗撮|hack|virus|malware|trojan/i;
const VISITOR_TARGET = new RegExp(`${DEVICE}|あなた|お客様|お使い|ご使用|ご利用中|貴方|アカウント|個人情報|パスワード|銀行口座|口座情報|カード情報|連絡先|カメラ|マイク|写真|データ|your`, 'i');
// Said to the visitor: polite or a status line (an article's plain 「…されている」 tells of others).
const PRESENT_STATE = /(?:されて|して|受けて|なって|入って|込まれて|られて)(?:いま(?:す|した)|おりま(?:す|した)|おり(?:、|，|,))|(?:され|し|受け)(?:ま|てしまいま)した|見つか(?:りました|っています)|(?:中|済み)(?:です|!|！|$)|中でございます|を(?:検出|検知|発見|確認)(?:し(?:、|ました)|いたしました)|が(?:検出|検知|発見|確認)(?:されました|できました)|状態(?:です|にあります|になっています)|(?:記録|痕跡|形跡)が[^。！？\n]{0,10}?(?:ございま(?:す|した)|ありま(?:す|した)|見つかりました|確認されました)|(?:is|are|has been|have been) (?:being )?(?:hacked|infected|compromised|stolen|leaked)/i;
// The state must be the harm's: it follows the harm word closely (「不正アクセスを受けています」), not some other verb
// of the sentence (「お客様が運用されている…不正アクセスが行われた」).
const HARM_THEN_STATE = 24;
// What makes the same words advice, a condition, a question, a product's promise or a report.
// (A company telling of its own breach speaks of itself: 弊社, 当社, and apologises.)
const NOT_ASSERTED = /弊社|当社|弊行|当行|お詫び|判明|禁止|違反|法律|可能性|かも|恐れ|おそれ|場合|ことが(?:あ|でき)|ことも|ように|ような|ません|ないで|ない(?:か|よう|こと)|(?:た|れ)ら|れば|と(?:表示|いう|言|書)|などと|ですか|ますか|でしょうか|[？?]|守|防|予防|対策|保護(?:し|する)|から(?:守|保護)|例えば|たとえば|一般に|よくある|手口|詐欺/;
const SENTENCE = /[^。！？!?\n]{6,160}/g;
const SENTENCE_NEEDS = /悪質|怪しい|外へ|外に|外部|第三者|有害|危険|悪意|不審|重大|抜き取|ウ[イィ]ルス|ハッ|不正|侵害|乗っ取|流出|漏|遠隔|感染|脅威|スパイ|トロイ|マルウ|ランサム|損傷|破損|破壊|監視|盗|hack|virus|malware|trojan/i;

const HARM_ALL = new RegExp(HARM.source, 'gi');
// A leak told in the past is a company's breach notice (「お客様の個人情報が流出しました」); a fake warning tells it as
// happening now (流出しています, 流出中).
const LEAK = /流出|漏え?い|漏洩|抜き取/;
const JUST_DONE = /^(?:され|し|受け)(?:ま|てしまいま)した$/;

/** Whether a harm word in the sentence is followed, within a few characters, by a present or just-finished state. */
function harmAsserted(sentence: string): boolean {
  HARM_ALL.lastIndex = 0;
  for (let m = HARM_ALL.exec(sentence); m; m = HARM_ALL.exec(sentence)) {
    const state = PRESENT_STATE.exec(sentence.slice(m.index, m.index + m[0].length + HARM_THEN_STATE));
    if (state && !(LEAK.test(m[0]) && JUST_DONE.test(state[0]))) return true;
  }
  return false;
}

/** Sentences of the page's own voice that tell the visitor harm is being done to their device or data, now. */
function statedHarm(page: PageSnapshot): BlockMatch[] {
  return matchBlocks(page, SENTENCE, { limit: 40, needs: SENTENCE_NEEDS }).filter(
    (m) =>
      !m.inQuotes &&
      VISITOR_TARGET.test(m.match[0]) &&
      harmAsserted(m.match[0]) &&
      !NOT_ASSERTED.test(m.match[0]) &&
      !narrated(m.block.text, m.match.index),
  );
}

const INFECTION_WORDS = /ウ[イィ]ルス|ハッカー|潜ん|仕込|入り込|住み着|送られ|抜き取|盗まれ|遮断|制限|漏れて|脅威|侵害|危険にさらされ|活動|潜伏|存在|侵入|制限中|凍結|送信中|停止|送信|流出|トロイ|スパイウェア|マルウェア|ランサム|アドウェア|ワーム|不正なプログラム|感染|ブロック|ロック|暗号化|破損|損傷|ライセンス|登録キー|プロダクトキー|遠隔操作|乗っ取|個人情報|infected|blocked|locked|compromised|virus|trojan|spyware|malware/i;
const FAKE_SENDER = /Windows|Microsoft|マイクロソフト|Apple|アップル|iPhone|Google|グーグル|Android|McAfee|マカフィー|Norton|ノートン|Defender|セキュリティ ?(?:センター|警告|アラート)/g;
const CALL_NOW =
  /(?:サポート|窓口|ヘルプライン|ヘルプデスク|フリーダイヤル|技術者|エンジニア|テクニカル|カスタマー|センター)[^。\n]{0,30}?(?:電話|連絡|お問い?合わせ|問い合わせ|通話)|今すぐ[^。\n]{0,12}?(?:電話|連絡|お問い?合わせ)|(?:お電話|電話)(?:して(?!しまっ|も|は|いない|いた|から)|ください|をして)|call (?:microsoft|apple|support|us|now|the number)|toll.?free/gi;
// Ransom-style: pay to "decrypt" or "repair" — the demand is the call to action.
// (「支払いはせず、無視してください」 is advice: no せず/しない between the payment and the request.)
const PAY_NOW = /(?:振り?込み?|お?支払い?|入金|購入|ギフトカード|電子マネー|gift ?card)(?:(?!せず|しない|しないで)[^。\n]){0,12}?(?:が必要|してください|下さい|しろ|せよ)|(?:金|料金)を払え/gi;
// The fake warning's button to "fix" it (「今すぐ修復する」「ウイルスを削除する」), to a store's cleaner app or a download:
// a way to act as much as a number is.
const FIX_BUTTON = /修復|駆除|削除|除去|スキャン|クリーン|保護する|保護を有効|インストール|ダウンロード|\b(?:fix|clean|scan|remove|repair|protect)\b/i;
const BUTTON_CHARS = 40;
// The button stands in the warning: a site's footer link 「ダウンロード」 is no fix.
const FIX_DISTANCE = 8;
// A security product telling what it blocks for its users (「当社製品では詐欺サイトへのアクセスを危険サイトとして
// ブロックしています」) protects; a fake warning says the visitor is blocked. Only the lock-out claim is read so: an
// infection told in the same sentence still counts.
const PROTECTION = /(?:詐欺|危険|有害|不正|フィッシング|悪質|偽)(?:な)?サイト[^。\n]{0,16}?(?:を|として)?ブロック/;
const CLOSE_THREAT = /(?:このページ|このウィンドウ|この画面|ブラウザ|タブ)[をは]?閉じ(?:ないで|ると|た場合)|再起動(?:しないで|すると|した場合)|電源を?切(?:らないで|ると)|do not (?:close|restart|shut)/gi;

// The bill after the call: 「トロイの木馬 / スパイウェア除去作業 ¥29,800」「遠隔作業費」「サポート料金のお支払い」. Repair
// shops bill the same work, so alone it is only a trace of the family (it tells the kind of a bill paid in gift codes).
const SUPPORT_WORK = /(?:ウ[イィ]ルス|トロイの木馬|スパイウェア|マルウェア)[^。\n]{0,12}?(?:除去|駆除)|遠隔(?:作業|サポート|操作)(?:費|料)|サポート(?:料金|費用)|技術料/g;
const SUPPORT_WORK_NEEDS = /除去|駆除|遠隔|サポート|技術料/;
const BILL_DISTANCE = 3;

export default defineDetector({
  id: 'scareware',
  weight: 60, // the support-scam pattern is one screen: an infection claim plus "call now" is enough on its own
  role: 'scareware',
  evidenceKeys: ['virusClaim', 'fakeSender', 'callNow', 'fixButton', 'ransomDemand', 'closeThreat', 'supportWork'],
  detect(page) {
    // A claim that ends inside quotation marks (ブラウザ上で「ウイルスに感染しました」) is the quoted screen's, wherever
    // the match began.
    const listed = matchBlocks(page, INFECTION, { needs: INFECTION_WORDS })
      .filter((m) => !(m.match[0].includes('ブロック') && PROTECTION.test(sentenceAt(m.block.text, m.match.index))))
      .map((m) => (m.inQuotes || !insideQuotes(m.block.text, m.match.index + m.match[0].length - 1) ? m : { ...m, inQuotes: true }));
    const listedBlocks = new Set(listed.map((m) => m.index));
    const infection = [...listed, ...statedHarm(page).filter((m) => !listedBlocks.has(m.index))];
    if (infection.length === 0) return supportBill(page);
    const found: Evidence[] = [evidence('virusClaim', infection.map((m) => m.match[0]))];
    const sender = matchBlocks(page, FAKE_SENDER, { limit: 5 });
    const call = matchBlocks(page, CALL_NOW, { limit: 5, needs: /電話|連絡|問い?合わせ|通話|call|toll/i }).filter((m) => !m.inQuotes);
    const phones = page.phones.filter((p) => !page.blocks[p.block]?.quoted);
    // A LINE or chat ID handed out from a warning is its call to action as much as a number is (「LINEで無料診断」).
    const chats = page.contacts.filter((c) => (c.kind === 'line' || c.kind === 'chat') && !page.blocks[c.block]?.quoted);
    const close = matchBlocks(page, CLOSE_THREAT, { limit: 3, needs: /閉じ|再起動|電源|do not/i });
    const pay = matchBlocks(page, PAY_NOW, { limit: 3, needs: /振|払|入金|購入|ギフト|電子マネー|gift|金を/i }).filter((m) => !m.inQuotes);
    if (sender.length > 0) found.push(evidence('fakeSender', sender.map((m) => m.match[0]), 2));
    if (call.length > 0 || phones.length > 0 || chats.length > 0)
      found.push(evidence('callNow', [...phones.map((p) => p.display), ...chats.map((c) => c.value), ...call.map((m) => m.match[0])], 2));
    if (pay.length > 0) found.push(evidence('ransomDemand', pay.map((m) => m.match[0]), 1));
    const fix = page.blocks
      .filter((b, i) => (b.link || b.tag === 'button') && !b.quoted && b.text.length <= BUTTON_CHARS && FIX_BUTTON.test(b.text) && infection.some((m) => near(i, m.index, FIX_DISTANCE)))
      .slice(0, 3);
    if (fix.length > 0) found.push(evidence('fixButton', fix.map((b) => b.text), 2));
    if (close.length > 0) found.push(evidence('closeThreat', close.map((m) => m.match[0]), 1));
    const claims = new Set(infection.map((m) => m.match[0])).size;
    // An infection claim from a page that also forces full screen, traps the Back button or sounds an alarm by
    // itself behaves as a fake alert does, whatever else it says.
    const alarm = page.behaviour.some((b) => (b.type === 'fullscreen' || b.type === 'popstate-repush' || b.type === 'media-play' || b.type === 'audio-context') && b.gesture === false);
    let strength: number;
    // A "security app" or profile to install from the warning is its call to action too.
    const install = page.apps.filter((a) => a.kind !== 'unnamed' && !page.blocks[a.block]?.quoted);
    if (install.length > 0) found.push(evidence('callNow', install.map((a) => a.value), 2));
    if (call.length > 0 || pay.length > 0 || install.length > 0 || chats.length > 0 || ((phones.length > 0 || fix.length > 0) && sender.length > 0)) strength = 1;
    else if (close.length > 0 && (sender.length > 0 || claims >= 2)) strength = 0.8;
    else if (claims >= 2 || alarm) strength = 0.5;
    else strength = 0.3;
    return { strength: strength * quotedFactor(infection), evidence: found, prominent: anyStandsOut(infection) };
  },
});

/** A bill for "removing" a virus or for remote work, with no claim: a trace of the family, never a verdict alone. */
function supportBill(page: PageSnapshot): { strength: number; evidence: Evidence[] } | null {
  const work = matchBlocks(page, SUPPORT_WORK, { limit: 3, needs: SUPPORT_WORK_NEEDS }).filter(
    (m) => !m.inQuotes && !narrated(m.block.text, m.match.index) && page.amounts.some((a) => a.yen >= 1000 && near(a.block, m.index, BILL_DISTANCE)),
  );
  return work.length === 0 ? null : { strength: 0.2, evidence: [evidence('supportWork', work.map((m) => m.match[0]))] };
}
