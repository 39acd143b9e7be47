// 「動画を家族や学校にばらまく。削除してほしければ示談金を払え」: sextortion and image-chat extortion. A chat
// contact records a video call or gets photos, then threatens to send them to the victim's family, school,
// workplace or SNS unless money is paid, often in gift cards, through a LINE or KakaoTalk ID. Paying brings new
// demands, never deletion. Pages that warn about it quote the same words, in quotation marks or told as what
// happened (「…ばらまく」と脅され): those are not the page's own threat.
//
// Real threats are not one sentence: 「24時間以内に連絡がなければ拡散します」 with the audience listed below it,
// 「期限を過ぎた場合…勤務先へ映像を送付いたします」 in a formal letter, 「共有処理が予約されています」 on a fake
// chat site's notice. So the threat is read as three parts near each other — the recording, the act of spreading
// it, the people it would reach — and it is a threat when a condition (…なければ, …場合, 停止するためには) governs the
// spreading or a ransom is named beside it.
import { defineDetector, type Evidence } from './define';
import { anyStandsOut, demandedByOthers, denied, evidence, insideQuotes, matchBlocks, narrated, near, quotedFactor, type BlockMatch } from './helpers';
import type { PageSnapshot } from './snapshot/schema';
import { CRYPTO, CRYPTO_NEEDS, helpDesk } from './channels';

// What is threatened: the recording or the pictures.
const MEDIA = /動画|映像|画像|写真|録画|録音|ビデオ|ムービー|スクショ|スクリーンショット|裸|恥ずかしい姿|わいせつ|性的|[Vv]ideo|VIDEO|\b(?:[Nn]udes?|[Pp]hotos?|[Pp]ics?|[Pp]ictures?|[Rr]ecording)\b|\.(?:mp4|mov|avi|jpe?g|png)\b/;
// Whom it would reach.
const AUDIENCE =
  /全会員|会員全員|検索エンジン|一般公開|家族|親族|親戚|親御|両親|親に|親と|兄弟|姉妹|妻|夫|奥さん|旦那|友人|友達|友だち|知人|知り合い|学校|クラス|同級生|先生|職場|会社|勤務先|バイト先|同僚|上司|取引先|SNS|Twitter|ツイッター|X(?:\(旧Twitter\))?の|Instagram|インスタ|Facebook|フェイスブック|TikTok|連絡先|電話帳|アドレス帳|フォロワー|全員|ネット上|ネットに|ネットで|インターネット|掲示板|アダルトサイト|提携サイト|宛先|\b(?:followers|family|friends|school|classmates|coworkers|colleagues|employer|boss|wife|husband|contacts|mom|mum|mother|dad|father|parents|teachers?)\b/i;
// Spreading, as an act to come: 拡散します, 送付いたします, 自動送信されます, 共有処理が予約されています, 晒す.
const SPREAD =
  /公開ギャラリー|公開[^。\n]{0,12}?(?:へ|に)移行(?:する|します|され|予定)|拡散|晒[しすさせ]|さら(?:す|し|され)|ばらま|ばら撒|バラま|バラ撒|撒(?:く|き(?:ます|散ら))|載せ(?:る|ます|てやる|られ)|貼(?:る|ります|ってやる|り付け)|掲載(?:し(?!た)|され(?!た|ている)|する)|送りつけ|送り付け|送付(?:いた)?し|送付され|送信(?:する|いたし|し(?:ます|てやる)|でき(?:ます|る))|送信され|送信(?:に|と)なる|送(?:る|ります|ってやる|らせ|られ(?:ます|ることにな|たく|たら))|送り(?:始め|はじめ|出し|つけ)|お送り(?:し|いたし)|お見せ(?:し|いたし)|回(?:す|します|してやる)|配(?:る|ります|ってやる|布(?:する|します))|販売(?:する|します|され|してやる)|配信(?:し|され)|通知(?:いた)?し(?:ます)|公開(?:し|され|する)|投稿(?:し|され|する)|アップ(?:ロード)?(?:し|する|され)|流出|流(?:す|します|される)|流れ(?:る|ます|ちゃう|てしまう)(?!よう)|見せ(?:る|ます|てやる)|届(?:きます|けます|けられます|くことにな)|に見られ(?:る|ます|ちゃう)(?!よう)|共有(?:処理|し|され|する)|転送(?:し|され|する)|出回|[バば]ら(?:す|します|される|してやる|しちゃう)|届け(?:る|ます|てやる)|お届け(?:し|いたし)|公表(?:する|します|いたし|され|してやる)|(?:ネット|SNS|サイト|掲示板|Twitter|X|インスタ|YouTube|動画サイト)[^。\n]{0,6}?(?:に|へ)(?:も|は)?上げ(?:る|ます|てやる|られ)|広め(?:る|ます|てやる|られ)|シェア(?:する|します|され|してやる)|暴露(?:する|します|され|してやる)|流布(?:する|します|され)|送れ(?:ます|る)(?!よう)|自動(?:投稿|送信|公開|配信|共有)|見る(?:ことにな|はめにな)|目に触れ(?:る|ます|ることにな)|届く(?:ことにな|可能性|かも|恐れ|おそれ|(?=[。！、]|$))|届けられ|とど(?:きます|けます|けられ|くことにな|く(?=[。！、]|$))|(?:送信|拡散|公開|配信|投稿|送付)(?:を)?開始|(?:送信|拡散|公開|配信|投稿|送付)(?:が|を)?再開|DM(?:する|します|して|を?送)|\b(?:send(?:ing)?|post(?:ing)?|shar(?:e|ing)) (?:it |them |this |the video |your video )?to\b|\b(?:upload(?:ed)?|publish(?:ed)?|leak(?:ed)?)\b|\b(?:I|we)(?: will|'ll)? (?:start to |will )?(?:send|post|share|spread|leak|show)\b|\bput (?:your|ur|the|them|it)\b/gi;
const SPREAD_NEEDS = /とど|開始|DM|send|post|shar|put|spread|show|見る|目に触れ|upload|publish|leak|自動|上げ|公表|回|配|販売|拡散|晒|さら|ばらま|ばら撒|バラ|ばら|撒|載せ|貼|掲載|送|配信|通知|公開|投稿|アップ|流|見せ|見られ|届|共有|転送|出回|広め|シェア|暴露/;
// Words after a spreading word that make it advice, a negation, the past or a thing looked into: 拡散されることは
// ありません, 拡散を防ぐ, 拡散状況の確認 (and 拡散先, 送信先: where to, a noun — a help page's table label; 流出データ, a
// leak-checking service's; 流出した, told).
// (「元交際相手が投稿した」「同意なく公開された画像」: what was done, told; not 「公開したら」, a condition.)
const NOT_A_THREAT = /^(?:先|た(?!ら|い|く|なら)|した(?!ら|い|く|なら)|データ|行為|こと(?!が(?:でき|可能)|にな|も(?:でき|可能))|もの|被害|手口|事件|事例|状況|状態|範囲|の(?:状況|状態|有無|範囲|程度|リスク|脅し|脅迫|材料|ネタ)|リスク|て(?:い|お)(?:ます|る|た)|ています)|^[^。！？\n]{0,12}?(?:ことはありません|ことはない|(?<!しれ)ません|ない(?:で|よう|こと)|ず(?:に)?[、。]|を?(?:防|止め|とめ|阻止)|防止|されても|しても|たら(?:どう|いい)|ていた|てしまった|だけ|された(?:ら|場合|とき|時)|という|と(?:脅|言)|など|ますか|ですか|(?:る|ない)か[？?])/;
// A threat told as a possibility: 「ネットに出回る可能性があるね」「会社の人に見られるかもしれない」. Help pages say the same
// (「拡散される恐れがあります」), so a hedged threat counts only with a ransom or a coerced demand of the page's own
// beside it, and never after a concession (「払っても拡散される恐れ」 is advice).
const HEDGE = /^[^。！？\n]{0,12}?(?:恐れ|おそれ|可能性|かも)/;
const CONCESSION = /ても|でも|としても/;
// What is sent, when the sentence says it right before the verb and it is no picture: 「ご案内を送付し」「請求書を送信」
// is a service's mail, not a threat to spread a recording.
// The same, named as the topic or object earlier in the clause with no picture in it: 「ご連絡はご指定のメールアドレス
// のみにお送りし」 is a service's mail (「ご連絡がなければ動画を送ります」 names the video).
const OTHER_TOPIC = /(?:ご?案内|お知らせ|通知|ご?連絡|請求書|明細書?|確認メール|書類|資料|領収書|見積書?|カタログ|ニュースレター|会報)(?:は|を)/;
const OTHER_OBJECT = /(?:ご?案内|お知らせ|通知|請求書|明細書?|確認メール|メール|書類|資料|パスワード|認証コード|コード|キー|領収書|見積書?|カタログ|ニュースレター|会報|新作|特集|新機能|新商品|新曲|最新情報|記事|コンテンツ|作品|アップデート|バージョン|ページ|[^\s]{0,8}書(?:類|面)?)(?:を|が)(?:再度|改めて)?$/;
// The condition that makes spreading a threat: 「連絡がない場合」「消してほしければ」「停止するためには」.
const COERCION = /(?:払|振り込|振込|入金|送金|連絡)(?:え|め|すれ|され|いただけれ)ば|お?金(?:を)?(?:送|払)(?:れ|え)ば|このままだと|このままでは|なければ|なかったら|(?:払わ|振り込ま|送金し|入金し|送ら|連絡し|返信し|返事し)ないと(?!いけ|だめ|ダメ|思)|(?:ほしい|欲しい)なら|ない場合|できない場合|た場合|過ぎれば|確認(?:され|でき)れば|確認できない|されたく|嫌なら|たいなら|たいのであれば|たいのなら|ないなら|(?:停止|止め|中止|削除|消去|解除|キャンセル|取り?消|取消)(?:する|させる|したい|す)?(?:ため)?には|したらすぐ|ほしければ|欲しければ|たければ|連絡がない|対応がない|無視(?:すれば|した場合|したら)|ためには|には(?:下記|以下)|したら即|限り|しない限り|(?:対応|返事|返答|行動|選択)(?:次第|によっては)|(?:あなた|君|きみ|お前|あんた|貴方|貴殿)次第|たい(?:場合|とき|なら)|(?:送って|払って|振り込んで|送金して)(?:くれれ|もらえれ|いただけれ)ば|(?:消す|止める|消して(?:ほしい|もらう))(?:ため)?には|(?:削除|停止|消去|取り?消し?)(?:の)?(?:手続き?|処理)には|\b(?:to stop (?:this|it)|unless|if you (?:do not|don't|dont|no|not)|if you want (?:me )?to (?:delete|stop|remove)|no payment|if (?:you )?block)\b/i;
// The condition is to stop it (「公開を停止するには」「消してほしければ」), not a choice offered (a school's 「掲載を希望し
// ない場合はご連絡ください」 beside its number).
const STOP_CONDITION = /(?:停止|止め|中止|削除|解除|キャンセル|取り?消|取消|消)(?:する|させる|したい|す|して(?:ほしい|もらう))?(?:ため)?には|(?:止め|消し|削除し)(?:たい|てほしい)(?:場合|なら|とき)|ほしければ|欲しければ/;
// What it costs to stop it: a ransom by name, or money asked for.
const DEMAND = /(?:削除|停止|消去)(?:の)?(?:手続き?|処理)(?:には|に|で)[^。！？\n]{0,6}?[0-9０-９,，.]+ ?万?円|手間賃|(?:[0-9０-９]{2} ?(?:桁|ケタ)|コード)[^。！？\n]{0,14}?(?:を)?(?:ここに|こちらに|このトークに)?(?:送って|貼って|送れ)|(?:停止|削除|取消|取り消し|キャンセル|非公開|除外)(?:手続き?|処理)(?:費用?|料|手数料)|示談金|削除費用|削除料|削除(?:の)?代金?|破棄費用|停止費用|慰謝料|解決金|口止め料?|和解金|(?:取り?消し?|取消|キャンセル|除外|非公開化?|配信停止)(?:手数料|費用|料)|保護料金?|違約金|お金を(?:払|振り込|用意)|支払(?:え|いなさい|わなければ|わない場合|いが確認)|振り込め|払え|払って(?:ください|下さい|くれ|ね(?![えぇ])|よ|(?=[。！!]|$))|(?:送金|入金|お?支払い|振り?込み?)(?:を)?(?:して|お願い)?(?:ください|下さい|しろ|せよ)|(?:お?支払い?|入金|送金)が必要|(?:送金|入金|お?支払い|振り?込み?)(?:を)?(?:して)?(?:いただければ|いただけましたら|頂ければ|くだされば)|(?<!認証|確認|ワンタイム|招待|プロモーション|クーポン|QR|郵便|セキュリティ|検証|ログイン|承認)コードを(?:入力|送信|お?送)|\bbuy [^.\n]{0,20}?(?:gift ?card|card)\b|(?:Gift ?Card|ギフトカード|ギフト券)[^。！？\n]{0,20}?買(?:って|え|いなさい)|(?:番号|コード)を?[^。！？\n]{0,8}?メール(?:しろ|して|で送)|(?:ギフトカード|ギフト券|電子マネー|ビットコイン|仮想通貨|暗号資産|USDT|BTC|ETH|コード|PayPay|ペイペイ|LINE ?Pay)[^。！？\n]{0,10}?(?:用意|購入|送金|送って|送れ|払)/g;
// The ransom by name: no shop or service asks for these beside pictures of the customer.
// (and what it costs to take the pictures out of a "queue": 取消手数料, キャンセル料, 除外費用 beside the threat)
const RANSOM = /(?:削除|停止|消去)(?:の)?(?:手続き?|処理)(?:には|に|で)[^。！？\n]{0,6}?[0-9０-９,，.]+ ?万?円|手間賃|(?:停止|削除|取消|取り消し|キャンセル|非公開|除外)(?:手続き?|処理)(?:費用?|料|手数料)|示談金|削除費用|削除料|削除(?:の)?代金?|破棄費用|停止費用|慰謝料|解決金|口止め|和解金|(?:取り?消し?|取消|キャンセル|除外|非公開化?|配信停止)(?:手数料|費用|料)|保護料金?/;
const DEMAND_NEEDS = /Gift|メール|手間賃|桁|ケタ|buy|手続|処理|USDT|BTC|ETH|示談|削除|破棄|停止|保護料|取消|取り?消|キャンセル|除外|非公開|慰謝|解決金|口止め|和解|違約|お金|支払|振り?込|払え|送金|入金|ギフト|電子マネー|ビットコイン|仮想通貨|暗号資産|コード|PayPay|ペイペイ|LINE ?Pay/;
const PAY = /払|振込|振り込|送金|入金|ギフト|電子マネー|示談|削除|用意|購入|コード/;
// A demand named as what others ask (…を求める業者, …には応じない): a warning about it.
const WARNED_DEMAND = /を(?:求め|要求す|要求され|持ちかけ)(?:る|られ)?(?:業者|手口|相手|詐欺|ケース|こと)|(?:には|に)応じ(?:ない|ず)/;
// Blocks between the parts of one threat; a ransom may sit further away on the same screen.
const PART_DISTANCE = 4;
const CONDITION_DISTANCE = 2;
const DEMAND_DISTANCE = 8;
// A chat message is short; a run of them reaches as far as a few sentences do.
const CHAT_MESSAGE = 40;
// (A chat log is one conversation: the recording named at its start is the one threatened at its end.)
const CHAT_CHARS = 480;
const CHAT_REACH = 24;
// A share bar's buttons (「X でシェア」「はてブ」「LINE で送る」): a short line of them, the app named right before the
// verb, no picture named (「動画をLINEで送るね」 names one).
const SHARE_BUTTON = /(?:X|Twitter|ツイッター|LINE|Facebook|フェイスブック|はてブ|はてな|メール|Pocket|Threads|Bluesky) ?(?:で|に) ?$/;
const SHARE_BAR_CHARS = 60;
// A block headed as the method told step by step (「■手口の流れ（県警のまとめから）」「被害の経緯」): the page tells how
// others threaten, in their order; a threat says what will happen to the reader.
const STEPS_TOLD = /^[\s■□◆◇●○▼【\[（(]*[^\n。]{0,12}?(?:手口|犯行|被害)(?:の)?(?:流れ|経緯|手順|パターン|まとめ)/;
const SHARE_WORDS = /シェア|はてブ|ツイート|ポスト|Pocket|share/i;
const CHAT_STAMP = /^\s*(?:(?:既読|未読|送信済み?)\s*)?(?:\d{1,2}[:：]\d{2}|\d{1,2}\/\d{1,2}(?:\s*[(（][月火水木金土日][)）])?)?\s*$/;

/**
 * The spreading words that are the page's own threat: not quoted, not told, not advice, with media and audience
 * near. `hedged`: told as a possibility (counted only beside a demand, see detect).
 */
function threatsOf(page: PageSnapshot): { firm: BlockMatch[]; hedged: BlockMatch[] } {
  const ownNear = (pattern: RegExp, at: number, distance: number) => ownBlockNear(page, at, distance, pattern);
  const firm: BlockMatch[] = [];
  const hedged: BlockMatch[] = [];
  for (const m of matchBlocks(page, SPREAD, { limit: 20, needs: SPREAD_NEEDS })) {
    const after = m.block.text.slice(m.match.index + m.match[0].length);
    if (
      m.inQuotes ||
      narrated(m.block.text, m.match.index) ||
      NOT_A_THREAT.test(after) ||
      OTHER_OBJECT.test(m.block.text.slice(Math.max(0, m.match.index - 12), m.match.index)) ||
      sendsSomethingElse(m) ||
      shareBar(m) ||
      STEPS_TOLD.test(m.block.text) ||
      !ownNear(MEDIA, m.index, PART_DISTANCE) ||
      !ownNear(AUDIENCE, m.index, PART_DISTANCE)
    )
      continue;
    if (!HEDGE.test(after)) firm.push(m);
    else if (!CONCESSION.test(sentenceBefore(m))) hedged.push(m);
  }
  return { firm, hedged };
}

/** Whether a spreading word is a share bar's button (see SHARE_BUTTON). */
function shareBar(m: BlockMatch): boolean {
  const text = m.block.text;
  return text.length <= SHARE_BAR_CHARS && SHARE_BUTTON.test(text.slice(0, m.match.index)) && SHARE_WORDS.test(text) && !MEDIA.test(text);
}

/** Whether the clause before a spreading word names another thing to send, and no picture. */
function sendsSomethingElse(m: BlockMatch): boolean {
  const text = m.block.text;
  const start = Math.max(text.lastIndexOf('、', m.match.index - 1), text.lastIndexOf('。', m.match.index - 1), m.match.index - 30, -1) + 1;
  const clause = text.slice(start, m.match.index);
  return OTHER_TOPIC.test(clause) && !MEDIA.test(clause);
}

/** An amount in the page's own words: not in a quotation, nor in 「…」 (「Apple Gift Card 2万円。コードを送れ」 in a table of examples). */
function ownAmount(page: PageSnapshot, a: { block: number; text: string }): boolean {
  const block = page.blocks[a.block];
  return block !== undefined && !block.quoted && !insideQuotes(block.text, Math.max(0, block.text.indexOf(a.text)));
}

/** The sentence up to a match: 「示談金を払っても、」 before 「拡散される恐れ」. */
function sentenceBefore(m: BlockMatch): string {
  const before = m.block.text.slice(0, m.match.index);
  return before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1);
}

/** Whether a condition governs the spreading word: in its block, or in the lines just around it. */
function conditioned(page: PageSnapshot, m: BlockMatch): boolean {
  return COERCION.test(m.block.text) || ownBlockNear(page, m.index, CONDITION_DISTANCE, COERCION);
}

/**
 * Whether a block of the page's own (not quoted) within `distance` blocks of `at` matches `pattern`. In a chat, one
 * threat is split over many short messages (「既読無視したら」「これ全部ばらまくね」「君のインスタのフォロワー」): across
 * a run of short blocks the reach is counted in characters instead, up to CHAT_REACH blocks.
 */
function ownBlockNear(page: PageSnapshot, at: number, distance: number, pattern: RegExp): boolean {
  for (const step of [-1, 1]) {
    let chars = 0;
    // k counts the blocks that say something: a chat's time stamps and read marks (「23:41」「既読 23:42」) between
    // two messages put no distance between them.
    for (let k = step === 1 ? 0 : 1, i = at + step * (step === 1 ? 0 : 1); i >= 0 && i < page.blocks.length && k <= CHAT_REACH; i += step) {
      const b = page.blocks[i]!;
      if (i !== at && CHAT_STAMP.test(b.text)) continue;
      chars += b.text.length;
      if (k > distance && (b.text.length > CHAT_MESSAGE || chars > CHAT_CHARS)) break;
      if (!b.quoted && pattern.test(b.text)) return true;
      k++;
    }
  }
  return false;
}

export default defineDetector({
  id: 'extortion-threat',
  weight: 60, // a threat to spread images with a demand is the whole extortion on one screen (see evaluate.ts)
  role: 'extortion',
  evidenceKeys: ['spreadThreat', 'extortionDemand', 'privateChannel', 'callToStop', 'deletionPrice'],
  detect(page) {
    const { firm, hedged } = threatsOf(page);
    if (firm.length === 0 && hedged.length === 0) return deletionPriced(page);
    // (「ギフトカードや暗号資産での支払いを求める業者にご注意」 warns of a demand; it makes none.)
    // (「示談金などを請求することは一切ありません」「暗号資産でのお支払いはお受けしておりません」: what a service never asks.)
    const ownDemands = matchBlocks(page, DEMAND, { limit: 5, needs: DEMAND_NEEDS }).filter(
      (m) =>
        !m.inQuotes &&
        !narrated(m.block.text, m.match.index) &&
        !denied(m.block.text, m.match.index) &&
        !demandedByOthers(m.block.text, m.match.index + m.match[0].length) &&
        !WARNED_DEMAND.test(m.block.text.slice(m.match.index, m.match.index + m.match[0].length + 16)),
    );
    // A possibility is a threat when the page names its price beside it, under a condition or as a ransom.
    const priced = (t: BlockMatch) => ownDemands.some((d) => near(d.index, t.index, DEMAND_DISTANCE) && (RANSOM.test(d.match[0]) || conditioned(page, t)));
    const threats = [...firm, ...hedged.filter(priced)];
    if (threats.length === 0) return deletionPriced(page);
    const coerced = threats.filter((m) => conditioned(page, m));
    const nearThreat = (block: number, distance: number) => threats.some((m) => near(block, m.index, distance));
    const demands = ownDemands.filter((m) => nearThreat(m.index, DEMAND_DISTANCE));
    // An amount is the ransom where the page asks for it to be paid under the threat (a shop's prices are not).
    const amounts =
      coerced.length > 0
        ? page.amounts.filter((a) => a.yen >= 1000 && ownAmount(page, a) && PAY.test(page.blocks[a.block]?.text ?? '') && nearThreat(a.block, DEMAND_DISTANCE))
        : [];
    const channels = page.contacts.filter((c) => c.kind !== 'tel' && !page.blocks[c.block]?.quoted && nearThreat(c.block, DEMAND_DISTANCE * 2));
    // 「公開を停止するには…今すぐご連絡ください 0120-…」: a number to call to stop it is where the price is named (no
    // help line: police and consultation numbers are told apart by helpDesk).
    const calls =
      coerced.length > 0
        ? page.phones.filter(
            (p) =>
              !page.blocks[p.block]?.quoted &&
              !helpDesk(page, p.block, p.digits) &&
              coerced.some((m) => near(p.block, m.index, CONDITION_DISTANCE + 1) && (STOP_CONDITION.test(m.block.text) || ownBlockNear(page, m.index, CONDITION_DISTANCE, STOP_CONDITION))),
          )
        : [];
    const ransom = demands.some((m) => RANSOM.test(m.match[0]));
    // Money asked for in plain words (お支払いください) is a ransom only where a condition makes it one.
    const asked = demands.filter((m) => RANSOM.test(m.match[0]) || coerced.length > 0);
    const demanded = asked.length > 0 || amounts.length > 0;
    // Pictures to be shared, with no price and no condition, are an announcement, not a threat.
    if (!demanded && coerced.length === 0) return null;
    const shown = coerced.length > 0 ? coerced : threats;
    const found: Evidence[] = [evidence('spreadThreat', shown.map((m) => clause(m)))];
    if (demanded) found.push(evidence('extortionDemand', [...asked.map((m) => m.match[0]), ...amounts.map((a) => a.text)]));
    if (channels.length > 0) found.push(evidence('privateChannel', channels.map((c) => c.value)));
    if (calls.length > 0) found.push(evidence('callToStop', [...new Set(calls.map((p) => p.display))]));
    // A ransom by name, or a condition with money asked: the whole threat. Less with a private channel only.
    const whole = ransom || (demanded && coerced.length > 0);
    const strength = (whole ? 1 : channels.length > 0 || calls.length > 0 || asked.length > 0 ? 0.7 : 0.4) * quotedFactor(shown);
    return { strength, evidence: found, prominent: anyStandsOut(shown) };
  },
});

/** The words around a spreading word, for the evidence: 「…勤務先へ映像を送付いたします」. */
function clause(m: BlockMatch): string {
  const text = m.block.text;
  const start = Math.max(0, text.lastIndexOf('、', m.match.index - 1) + 1, text.lastIndexOf('。', m.match.index - 1) + 1, m.match.index - 30);
  return text.slice(start, m.match.index + m.match[0].length + 4).trim();
}

// The payment page that follows the threat, the threat left out: 「Content Removal Desk｜削除手続き」 for a 「Video call
// record」, 1,200 USDT to an address. A price to delete the visitor's recording, paid where nobody can trace it (a
// crypto address, gift codes): a removal service that takes bank transfers and names its office is not this.
const DELETION = /(?:削除|消去|破棄|非公開)(?:の)?(?:手続き?|申請|依頼|作業|処理|費用|料金?|代金?)|(?:削除|消去)(?:する|させる)?(?:ため)?には|\b(?:Removal|Delete|Deletion)\b/gi;
const UNTRACEABLE = /ギフト ?(?:カード|券|コード)|[Gg]ift ?[Cc]ard|電子マネー|(?:PayPay|ペイペイ) ?(?:ID|ＩＤ)|USDT|BTC|ビットコイン|仮想通貨|暗号資産|テザー/g;

/** A price to delete the visitor's recording, asked in crypto or gift codes, with no threat written out (0.7). */
function deletionPriced(page: PageSnapshot): { strength: number; evidence: Evidence[]; prominent: boolean } | null {
  if (!page.amounts.some((a) => a.yen >= 1000)) return null;
  const deletion = matchBlocks(page, DELETION, { limit: 3, needs: /削除|消去|破棄|非公開|Removal|Delete/i }).filter((m) => !m.inQuotes && !narrated(m.block.text, m.match.index) && ownBlockNear(page, m.index, PART_DISTANCE, MEDIA));
  if (deletion.length === 0) return null;
  const nearDeletion = (block: number) => deletion.some((m) => near(block, m.index, DEMAND_DISTANCE));
  const amounts = page.amounts.filter((a) => a.yen >= 1000 && ownAmount(page, a) && nearDeletion(a.block));
  const pay = [
    ...matchBlocks(page, CRYPTO, { quoted: false, limit: 3, needs: CRYPTO_NEEDS }),
    ...matchBlocks(page, UNTRACEABLE, { quoted: false, limit: 3, needs: /ギフト|gift|電子マネー|PayPay|ペイペイ|USDT|BTC|ビットコイン|仮想通貨|暗号資産|テザー/i }),
  ].filter(
    (m) =>
      !m.inQuotes &&
      !narrated(m.block.text, m.match.index) &&
      !denied(m.block.text, m.match.index) &&
      !WARNED_DEMAND.test(m.block.text.slice(m.match.index, m.match.index + m.match[0].length + 16)) &&
      !demandedByOthers(m.block.text, m.match.index + m.match[0].length) &&
      nearDeletion(m.index),
  );
  if (amounts.length === 0 || pay.length === 0) return null;
  return { strength: 0.7, evidence: [evidence('deletionPrice', [deletion[0]!.match[0], amounts[0]!.text, pay[0]!.match[0]])], prominent: false };
}
