// The phrase bank of the generated corpus: how one-click bills, fake warnings and their honest look-alikes word
// things. Written here from public descriptions of real screens, not copied from any page:
//  [KOKUSEN-ADULT] 国民生活センター「アダルトサイトの料金請求」相談事例と対処
//      https://www.kokusen.go.jp/soudan_topics/data/adultsite.html
//  [KOKUSEN-FAQ]   国民生活センター FAQ「請求画面が消えない」 https://www.kokusen.go.jp/t_box/data/t_box-faq_qa2017_28.html
//  [CAA-188]       消費者庁 消費者ホットライン https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/
//  [GOV-9110]      政府広報オンライン 警察相談専用電話 #9110 https://www.gov-online.go.jp/useful/article/201309/3.html
//  [NPA-CYBER]     警察庁 サイバー犯罪相談窓口 https://www.npa.go.jp/bureau/cyber/soudan.html
//  [IPA-FAKE]      IPA 安心相談窓口「偽のセキュリティ警告」 https://www.ipa.go.jp/security/anshin/measures/fakealert.html
//  [METI-EC]       電子消費者契約法 第3条 (確認画面のない申し込み) as explained by the consumer agencies above
//  [NPA-8103]      警察庁 性犯罪被害相談電話 #8103 https://www.npa.go.jp/higaisya/seihanzai/seihanzai.html
//  [SAFELINE]      セーファーインターネット協会 セーフライン https://www.safe-line.jp/
//  [SEXTORTION]    the course of image-chat extortion as police and news describe it (summarised in the project's
//                  shared RESOURCES.md): chat or dating app → LINE/KakaoTalk → video call or photos, often a
//                  "video-call app" installed from a web page → threats to family, school, work or SNS → 示談金
// Each list names the source(s) that describe that part of the screen. Honest wording comes from the ordinary
// pages every Japanese user sees (shops, konbini payment slips, utilities, carriers, news) and is generic.

/** 「登録完了」: the claim that a contract now exists [KOKUSEN-ADULT][KOKUSEN-FAQ][METI-EC]. */
export const CLAIMS = [
  '登録完了', 'ご登録ありがとうございます', '会員登録が完了しました', '入会手続きが完了いたしました', '有料会員登録完了',
  'ご入会ありがとうございます。登録が完了しました', 'VIP会員登録が正式に完了しました', '年間契約が成立しました',
  'インストール完了', 'アプリのインストールが完了しました', 'プレミアム会員登録が完了いたしました', 'ご契約が確定しました',
  '動画の再生をもって入会手続きが完了しました', '登録が無事に完了致しました', '本登録完了のお知らせ',
];
/** The fee, in the forms kits use to slip past searches [KOKUSEN-ADULT]: ¥50,000–¥300,000 typical. */
export const FEE_LABELS = ['ご利用料金', '登録料', '入会金', '年会費', 'ご請求金額', '利用料金', '会員費', '料金', 'お支払い金額', '動画視聴料'];
export const amountText = (yen: number, form: number): string => {
  const man = Math.floor(yen / 10_000);
  const rest = yen % 10_000;
  switch (form % 9) {
    case 0: return `${yen.toLocaleString('en-US')}円`;
    case 1: return `${yen.toLocaleString('de-DE')}円`; // 98.000円
    case 2: return `${yen}yen`;
    case 3: return `¥${yen.toLocaleString('de-DE')}-`;
    case 4: return `${man}万${rest === 0 ? '' : rest % 1000 === 0 ? `${rest / 1000}千` : rest}円`;
    case 5: return `${toKanji(yen)}円`;
    case 6: return `￥${yen.toLocaleString('en-US')}（税込）`;
    case 7: return `${[...yen.toLocaleString('en-US')].map((c) => (/\d/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('')}円`;
    default: return `${yen.toLocaleString('en-US')} 円`;
  }
};
function toKanji(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const part = (x: number) => {
    let s = '';
    const th = Math.floor(x / 1000), h = Math.floor((x % 1000) / 100), t = Math.floor((x % 100) / 10), o = x % 10;
    if (th) s += (th === 1 ? '' : d[th]) + '千';
    if (h) s += (h === 1 ? '' : d[h]) + '百';
    if (t) s += (t === 1 ? '' : d[t]) + '十';
    return s + d[o];
  };
  const man = Math.floor(n / 10_000);
  return (man ? `${part(man)}万` : '') + part(n % 10_000);
}
export const AMOUNTS = [49_800, 59_800, 79_000, 89_000, 98_000, 99_800, 120_000, 150_000, 198_000, 250_000, 300_000];

/** Deadlines [KOKUSEN-ADULT]: short, with late fees. */
export const DEADLINES = ['お支払期限：3日以内', '本日中にお支払いください', '期限：登録日より72時間以内', 'お支払い期限まで 残り 47:59:12', '48時間以内にお振込みください', '期日：2日以内'];
/** Threats [KOKUSEN-ADULT][GOV-9110]: legal action, collectors, contact with home, family, workplace. */
export const THREATS = [
  '期限内にお支払いがない場合は、延滞料金が発生し法的措置に移らせていただきます。',
  'お支払いが確認できない場合、ご自宅および勤務先へ回収に伺います。',
  '未払いの場合は、ご家族や職場に請求書を送付させていただきます。',
  '督促状をご自宅へ郵送し、少額訴訟の手続きに入ります。',
  '延滞金として1日あたり3,000円を加算いたします。',
  'プロバイダへ情報開示を請求し、裁判所へ提訴いたします。',
];
/** "You have been identified" [KOKUSEN-ADULT][KOKUSEN-FAQ]. */
export const BLUFF_LABELS = ['お客様のIPアドレス', '接続元IP', 'あなたのIP', 'ご利用IP'];
export const DEVICE_LABELS = ['ご利用端末', '機種', 'ご利用ブラウザ', 'プロバイダ', 'リモートホスト'];
export const DEVICES = ['iPhone / Safari', 'Android 14 Chrome', 'Windows 11 / Chrome', 'docomo', 'softbank126.example.ne.jp'];
export const ID_LABELS = ['お客様ID', '会員番号', '個体識別番号', '登録番号', 'お客様番号'];
export const RECORDED = ['お客様の個人情報を記録しました', '端末情報を取得いたしました', '上記の情報は記録・保存されています'];
/** The lure: a contact "for mistakes" [KOKUSEN-ADULT] and the 186 prefix [KOKUSEN-FAQ]. */
export const LURES = [
  '誤って登録された方は、下記までお電話ください。',
  '誤操作の方・退会をご希望の方はお電話ください。',
  '身に覚えのない方は至急ご連絡ください。',
  '間違って登録された場合はこちらからご連絡ください。',
  '誤作動の場合は24時間以内にお問い合わせください。',
];
/** Payment channels no honest biller uses [IPA-FAKE][KOKUSEN-FAQ]. */
export const GIFT_DEMANDS = [
  'お支払いはAmazonギフト券をご購入のうえ、ギフト券番号を下記フォームにご入力ください。',
  'iTunesカードを購入し、カード裏面のコードをメールでお送りください。',
  'Google Playギフトカードのコードを写真に撮って送信してください。',
  'WebMoneyのプリペイド番号を下記にご入力ください。',
];
export const PERSONAL_HOLDERS = ['ヤマダ タロウ', 'スズキ ケンジ', 'タナカ ミホ', 'サトウ ヒロシ'];
export const BANKS = ['みずほ銀行 新宿支店 普通 3812045', '三井住友銀行 渋谷支店 普通 7720318', 'ゆうちょ銀行 〇一八支店 普通 4412907'];

/** Fake virus warnings [IPA-FAKE]. */
export const VIRUS_CLAIMS = ['お使いのPCはウイルスに感染しています', 'トロイの木馬が検出されました', 'iPhoneがウイルスに感染しました', 'システムが破損しています。個人情報が流出しています'];
export const VIRUS_CALLS = ['今すぐサポート窓口に電話してください', 'Microsoft サポートにお電話ください（無料）', 'このページを閉じないでください。技術者に今すぐお電話ください'];

/** Advice as consumer centres and police give it [KOKUSEN-ADULT][CAA-188][GOV-9110]. */
export const ADVICE = [
  '身に覚えのない請求は無視して、絶対に電話しないでください。',
  'クリックしただけでは契約は成立していません。支払う必要はありません。',
  'IPアドレスなどから個人が特定されることはありません。',
  '困ったときは消費者ホットライン188に相談しましょう。',
  '不安なときは警察相談専用電話 #9110 へ。',
];

/** Ordinary visible text, for padding and honest pages. */
export const FILLER = [
  '今日は近所の公園まで散歩に出かけました。桜がきれいに咲いていて、たくさんの人がお花見を楽しんでいました。',
  '新商品の焼き菓子は1個380円です。期間限定のため、お早めにお買い求めください。',
  '市立図書館では、年末年始の開館時間を変更します。詳しくは館内の掲示をご覧ください。',
  '週末は全国的に晴れる見込みですが、朝晩は冷え込みますので体調管理にお気をつけください。',
  '地元の商店街で秋祭りが開かれ、子どもたちが手作りのみこしを担いで練り歩きました。',
];

/** Extortion with images [SEXTORTION][NPA-8103]: what is threatened, to whom, and the price of "deletion". */
export const RECORDED_MEDIA = ['あなたとのビデオ通話はすべて録画しました', 'あなたが送った写真はすべて保存しています', 'ビデオチャットの映像を記録しました', 'あなたの恥ずかしい動画を持っています'];
export const SPREAD_THREATS = [
  '動画をご家族、学校、SNSのフォロワー全員に拡散します。',
  '連絡がなければ、写真を友人と職場にばらまきます。',
  '映像をあなたの連絡先すべてに送りつけます。',
  '期限までに対応がない場合、画像をネット上に公開します。',
  'ご両親と学校の先生にこの動画を送ります。',
];
export const EXTORTION_DEMANDS = ['示談金として50,000円をお支払いください。', '削除費用 30,000円 を振り込めば削除します。', '慰謝料10万円を用意してください。', '解決金を払えば消してやる。'];
export const PRIVATE_CHANNELS = ['LINE ID：@delete_center', 'カカオトーク ID: kk_support', 'Telegram: @vid_admin', 'LINE ID: @kaiketsu_desk'];
/** The fake video-call app [SEXTORTION]. */
export const APP_STORIES = ['お相手の方がビデオ通話を待っています', 'ビデオチャットを始めるには専用アプリが必要です', '安全なツーショット通話は専用アプリでのみ行えます', '彼女とのビデオ通話にはこのアプリを使ってください'];
export const SIDELOAD_STEPS = ['「提供元不明のアプリ」のインストールを許可してください', '設定で「不明なアプリのインストールを許可」をオンにします', 'プロファイルをインストールしてください', '「このデベロッパを信頼」を選んでください'];
/** Advice that help groups give [NPA-8103][SAFELINE]. */
export const EXTORTION_ADVICE = [
  'あなたは悪くありません。お金を払わないでください。',
  '返信をやめてブロックし、メッセージは消さずに保存してください。',
  '性犯罪被害相談電話 #8103 や警察相談専用電話 #9110 に相談してください。',
  '画像が出回ってしまったら、セーフラインに削除を依頼できます。',
];

// ---------------------------------------------------------------- what follows a bill, and the pages that warn of it
//  [KOKUSEN-SAIKEN] 国民生活センター「『債権回収』『法務』をかたる架空請求」相談事例 (未納料金, 訴訟最終告知, 給与差押え)
//  [KOKUSEN-NIJI]   国民生活センター「『返金できる』『解決します』という探偵業者・相談窓口に注意」(二次被害: 着手金, 解約代行費用)
//  [POLICE-KIYAKU]  各県警「出会い系サイトで『規約違反』『示談金』を求められる詐欺」の注意喚起
//  [IPA-SEXT]       IPA / 警察「性的な映像をばらまく」と脅し仮想通貨を求める迷惑メール (webcam hack mails)

/** The debt a fake collector claims, with the lawsuit and the call [KOKUSEN-SAIKEN]. */
export const COLLECTOR_HEADLINES = ['未納料金に関する最終通告', '【訴訟最終告知】総合消費料金未納分について', '有料動画サイト未納料金のお知らせ', '法的手続き移行のご通知'];
export const COLLECTOR_THREATS = [
  '期日までにご連絡がない場合、民事訴訟を提起し、給与差押えの手続きに移行いたします。',
  '本通知を無視された場合、裁判所より強制執行の手続きを行い、勤務先へ調査員が伺います。',
  'ご連絡なき場合は少額訴訟により財産の差押えを執行いたします。',
];
export const COLLECTOR_CALLS = ['取り下げのご相談は必ずご本人様よりお電話ください。', '期限内に下記窓口までご連絡ください。', '和解をご希望の方は本日中にお電話ください。'];

/** The paid "consultation centre" that follows a bill [KOKUSEN-NIJI]. */
export const CENTRE_NAMES = ['消費者トラブル解決支援センター', '架空請求被害相談室', 'ネット請求トラブル救済窓口', '国民消費者相談機構'];
export const CENTRE_PROMISES = ['専門スタッフが業者と交渉し、請求を止めさせます。', '当センターが代行して請求を取り消します。', '返金手続きを代行いたします。解決率98%。'];
export const CENTRE_FEES = ['解決手数料', '取り消し代行費用', '調査費用', '着手金'];

/** The 規約違反 notice that asks a settlement [POLICE-KIYAKU]. */
export const PENALTY_CLAIMS = [
  'お客様の投稿に18歳未満と思われる人物が含まれていることが確認されました。これは利用規約第12条に違反する行為です。',
  '利用規約違反（未成年者とのやり取り）が確認されました。',
  '会員規約に違反する画像の送信が判明しました。',
];
export const PENALTY_THREATS = ['期限までにご対応いただけない場合、所轄警察署へ被害届を提出いたします。', 'ご回答がない場合、法的手続きに移行し、開示請求を行います。'];

/** A chat that threatens in many short messages, sometimes hedged [SEXTORTION]. */
export const CHAT_LINES = [
  ['これ君だよね', '[動画]', '昨日の通話、全部録画してあるから', '顔もはっきり映ってる'],
  ['さっきのビデオ通話', '保存しといたよ', '画面の写真もある'],
];
export const CHAT_THREATS = [
  ['既読無視したら', 'これ全部ばらまくね', 'どこにって？', '君のインスタのフォロワー', 'それとお母さんのFacebook'],
  ['このままだと動画がネットに出回る可能性があるね', '家族や会社の人に見られるかもしれない'],
  ['連絡しなかったら', '友達全員に送るから', '同じ学校の人にもね'],
];
export const CHAT_DEMANDS = [['嫌なら', '今夜0時までに3万', 'PayPayで送って'], ['止めたいなら今日中に5万円分のギフトカードを用意して', 'コードはここに送って'], ['消してほしければ示談金10万', '振り込んだら消す']];

/** The webcam "hack" mail [IPA-SEXT]. */
export const HACK_OPENINGS = ['私はプロのハッカーで、数か月前にあなたのデバイスにアクセスしました。', 'あなたのアカウントはハッキングされました。このメールはあなた自身のアドレスから送っています。'];
export const HACK_RECORDINGS = ['あなたがアダルトサイトを見ている間、ウェブカメラであなたの姿を録画しました。', 'カメラとマイクを通じて、あなたの恥ずかしい映像を記録しました。'];
export const HACK_THREATS = ['ワンクリックで、この動画をあなたの連絡先、SNSの友人、同僚全員に送信できます。', '48時間以内に入金が確認されない場合、動画はあなたの家族と職場に送られます。'];
export const HACK_DEMANDS = ['これを防ぎたいのであれば、1,500米ドル相当のビットコインを下記アドレスに送金してください。', '動画を削除してほしければ、ビットコインで1,200ドルを送金してください。'];

/** A small monthly bill that pushes 退会 by LINE or a form [KOKUSEN-ADULT]. */
export const SMALL_FEES = [2980, 3980, 4980, 5500];
