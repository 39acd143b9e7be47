// The words the engine reads, in one place. The detectors' patterns are built on these words; the collector decides
// from them which blocks to keep past its caps and where hidden text must be dropped, and the content script's
// gate decides from them which pages are worth a scan. One list, so that a word a detector reads can never be one
// the collector dropped or the gate ignored (tests/detectors/vocabulary.test.ts checks that on every page we have).
// Data only: the gate runs on every page and must not load the detectors.
import type { Role } from './define';

/** Words of each part of the fraud pattern, as literal text (full-width forms are normalised before matching). */
export const SIGNAL_WORDS: Readonly<Record<Role, readonly string[]>> = {
  contract: [
    '登録', '入会', '契約', '加入', 'インストール', '申込', '申し込', '会員', '完了', '円', '¥', '￥', 'yen', 'YEN',
    '料金', '請求', '金額', '振込', '振り込', '払込', '払い込', '支払', '入金', '口座', '銀行', '利用料', '視聴料', '閲覧料',
    '使用料', '代金', '会費', '納付', '精算', '未納', '未払', '滞納', '返済', '送金', '振替', '利用額', '費用', '手数料',
    'お納め', '合計', '示談金', '慰謝料', '解決金', '和解金', '違約金', '賠償金',
  ],
  pressure: [
    '期限', '期日', '以内', '本日中', '残り', '延滞', '遅延', '法的', '裁判', '訴訟', '提訴', '差押', '差し押', '回収', '督促',
    '催告', '内容証明', '強制執行', '弁護士', '取り立', '取立', '自宅', '勤務先', '職場', '家族', '家庭', '学校',
  ],
  bluff: [
    'IP', 'ＩＰ', 'アイピー', '接続元', '端末', '機種', '識別', 'ID', 'ＩＤ', 'お客様番号', '会員番号', 'ブラウザ',
    'プロバイダ', 'ホスト', 'キャリア', '記録', '特定', 'シャッター', 'カシャ',
  ],
  lure: [
    '186', '１８６', '番号通知', '非通知', '退会', '解約', 'キャンセル', '誤って', '誤操作', '誤作動', '誤登録',
    '間違って', '身に覚え', '心当たり', '覚えがない', '未成年', 'LINE',
    // The paid "consultation centre" lures the frightened to pay it (consultation-fee).
    '解決手数料', '代行費用', '取り消し代行', '返金手続', '着手金', '調査費用',
  ],
  channel: [
    'ギフト', 'プリペイド', '電子マネー', 'Amazon', 'アマゾン', 'iTunes', 'Google Play', 'WebMoney', 'ウェブマネー',
    'BitCash', 'ビットキャッシュ', 'nanaco', 'Vプリカ', '名義', 'PayPay', 'ビットコイン',
  ],
  extortion: [
    '拡散', '晒', 'ばらま', 'ばら撒', 'バラま', 'バラ撒', 'バラす', 'ばらす', 'バラします', '広めます', '広める', 'シェアします', '暴露', '流布', '送りつけ', '送り付け', '示談金', '削除費用', '削除料', '口止め', '解決金', '慰謝料', '自動投稿',
    'DMする', '送信開始', '拡散開始', '公開停止', 'とどく',
    '提供元不明', '不明なアプリ', '野良アプリ', 'プロファイル', '.apk', 'APK', 'apk', 'mobileconfig', 'ビデオ通話',
  ],
  scareware: [
    'ウイルス', 'ウィルス', '感染', 'トロイ', 'スパイウェア', 'マルウェア', 'ランサム', 'アドウェア', '遠隔操作', '遠隔起動', '外部から操作',
    'ロックされ', 'ブロックされ', '遮断され', '乗っ取', '破損', '個人情報が流出', '侵害され', '危険にさらされ', '暗号化され', '検出されました', 'ハッキング', '不正アクセス', '有害な', 'infected', 'Trojan', 'trojan', 'spyware', 'malware',
  ],
};

/**
 * Instructions to get around the app stores' protection (app-install-lure). The gate lets a page with one through on
 * its own: a fake video-call app page needs no word of a second part.
 */
export const SIDELOAD_STEPS =
  /提供元不明(?:の)?アプリ|不明なアプリ(?:の)?(?:インストール)?を?許可|不明なソース|野良アプリ|プロファイル(?:を|の)?(?:インストール|ダウンロード)|構成プロファイル|信頼されていない(?:エンタープライズ|企業)?(?:の)?(?:デベロッパ|開発元)|(?:デベロッパ|開発元)を信頼|このアプリを信頼|インストールを許可|この提供元(?:の|から)(?:の)?アプリを許可/g;

/** Words of page context: talk about fraud and advice to the reader (see context.ts). */
export const CONTEXT_WORDS: readonly string[] = [
  '詐欺', '架空', '不当請求', 'ワンクリック', '偽', '悪質', '手口', '相談', '無視', '放置', '消費', '国民生活', '9110',
  '警察', 'IPA', '188', '電話', '連絡', '払わ', '支払わ', '特定され', 'わかる', '分かる', '成立', 'セクストーション', '脅迫',
  '8103', 'セーフライン', 'ブロック', '返信',
];

/** Words that make an amount or a deadline about paying (料金, 請求, 振込…). */
export const PAYMENT_WORDS_LIST: readonly string[] = [
  '料金', '請求', '金額', '契約金', '入会金', '年会費', '月会費', '会員費', '会費', '登録料', '利用料', '視聴料', '閲覧料',
  '使用料', '代金', '振込', '振り込', '払込', '払い込', '支払', 'お支払', '未納', '未払', '滞納', '延滞', '入金', '納付', '精算',
  '返済', '送金', '振替', '利用額', '請求額', '費用', '手数料', 'お納め', '合計', '示談金', '慰謝料', '解決金', '和解金', '違約金',
  '賠償金',
];

/** The words of a claimed contract, whose prominence (size, colour, position) is worth a style lookup. */
export const CLAIM_WORDS: readonly string[] = ['登録', '入会', '契約', '加入', '完了', 'インストール'];

/**
 * Words that are rare in ordinary text: a block holding one of them, or words of two parts, is kept even past the
 * collector's caps (a bill after ten screens of filler).
 */
export const RARE_WORDS: readonly string[] = [
  '登録完了', '会員登録', '登録が完了', '完了しました', 'ご利用料金', '登録料', '入会', '退会', '誤って', '誤操作', '身に覚え', '186', 'IPアドレス', 'ウイルス', '感染', '法的', '延滞',
  '請求', '振込先', '口座名義', 'ギフト', '個体識別', '示談金', '削除費用', 'ばらま', '拡散', '提供元不明', '不明なアプリ',
  'プロファイルをインストール', 'デベロッパを信頼', 'ビデオ通話', '専用アプリ', 'ビデオチャット',
];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of literal words. */
export const wordsPattern = (words: readonly string[], flags = ''): RegExp => new RegExp(words.map(escape).join('|'), flags);

/** The roles in a fixed order: the gate tells the part from the capture group that matched. */
export const ROLE_ORDER: readonly Role[] = ['contract', 'pressure', 'bluff', 'lure', 'channel', 'scareware', 'extortion'];

/** One pass over a text finds words of every part: group i + 1 matched ⇒ the part ROLE_ORDER[i]. */
export const partsPattern = (): RegExp => new RegExp(ROLE_ORDER.map((role) => `(${SIGNAL_WORDS[role].map(escape).join('|')})`).join('|'), 'g');

/** How many different parts of the pattern a text holds. */
export function partsIn(text: string, pattern: RegExp = partsPattern()): Set<Role> {
  const parts = new Set<Role>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    parts.add(ROLE_ORDER[group - 1]!);
    if (parts.size === ROLE_ORDER.length) break;
  }
  return parts;
}
