// 「Amazonギフト券を購入し、番号をお送りください」「口座名義 ヤマダ タロウ」: ways of paying that no honest biller
// asks for. Gift-card and e-money codes cannot be traced or taken back, and a bill paid into a private person's
// account is no company's bill. Shops sell gift cards and list e-money among payment methods, so the code has to be
// handed over (sent, typed, photographed) or the card named as the way to pay this bill. A crypto address beside the
// sum asked is the same: a payment nobody can trace or take back, which no honest biller asks for. So is a bill to be
// settled in a LINE or Telegram chat: the way to pay is told where no merchant stands behind it.
import { defineDetector, type Evidence } from './define';
import { CRYPTO, CRYPTO_NEEDS } from './channels';
import { PAYMENT_WORDS, demandedByOthers, denied, evidence, matchBlocks, near, standsOut } from './helpers';

const CARD_NAME =
  'Gift ?Card|Gift ?Code|Prepaid|Amazon(?! ?Pay)|アマゾン(?! ?ペイ)|iTunes|アイチューンズ|Apple(?! ?Pay)|アップル(?! ?ペイ)|Google ?Play|グーグル ?プレイ|WebMoney|ウェブマネー|BitCash|ビットキャッシュ|NET ?CASH|ネットキャッシュ|nanaco|ナナコ|Vプリカ|ギフト ?(?:カード|券|コード)|プリペイド ?(?:カード|番号)?|電子マネー';
// The code handed over: sent, typed into the page, read out, photographed, given to the agent (「番号を担当者へ」).
const HAND_OVER = new RegExp(
  `(?:${CARD_NAME})[^\\n]{0,60}?(?:番号|コード|PIN|ID|裏面|英数字|[0-9０-９]{2} ?(?:桁|ケタ))[^。\\n]{0,16}?(?:を|の)?(?:送信|送付|送って|お送り|入力|ご入力|打ち込|教えて|お知らせ|伝え|お伝え|撮影|写真|画像|貼り付け|記入|返信|担当者?(?:へ|に)(?:お?伝え|お?送り|送信|$|[）)]))`,
  'gi',
);
// The card bought in one message and its code asked for in the next (「コンビニで Google Play ギフトカードをご購入
// ください。」「カード裏面の銀色の部分を削って、下のフォームに番号を入力してください。」), beside the sum asked.
const BUY_CARD = new RegExp(`(?:${CARD_NAME})[^。\\n]{0,24}?(?:を)?(?:ご?購入|買って|買い|お買い求め)`, 'gi');
const CODE_ASK = /(?:裏面|裏|番号|コード|PIN)[^。\n]{0,24}?(?:を)?(?:入力|送信|お送り|送って|教えて|お知らせ|伝え|撮影|写真)(?:して)?(?:ください|下さい|願います|しろ|せよ)/g;
const CODE_ASK_DISTANCE = 2;
// The card named as the way to pay.
const PAY_BY_CARD = new RegExp(
  `(?:${CARD_NAME})[^。\\n]{0,20}?(?:で|にて|による)(?:の)?\\s*(?:[0-9０-９,，.]+ ?万?円分?\\s*)?(?:お?支払い?|お?支払|払(?!い戻)|決済|精算|納付|入金)|(?:お?支払い?|決済|精算)(?:方法|は)[^。\\n]{0,8}?(?:${CARD_NAME})`,
  'gi',
);
// A private person's name as the account holder: katakana given and family name, no company mark (株式会社, (カ), ユ) …).
const PERSONAL_ACCOUNT = /(?:口座名義|名義人?|受取人|振込先名義)(?:人)? ?[:：]? ?(?![^\n]{0,6}(?:カ\)|\(カ|ユ\)|\(ユ|ド\)|カブシキ|株式|有限|合同|ゴウドウ|ユウゲン|シャ\)|ザイ\)|会社|法人|事務所|ジムショ|センター))([ァ-ヶー]{2,8}[ 　][ァ-ヶー]{2,8})(?![ァ-ヶー])/g;
// A field to type the code into: a short label naming it (「ギフトコード1」「Amazonギフト券番号」「PIN」) in the page's
// own form. A shop's redemption page has one too, with no bill beside it.
const CODE_LABEL = new RegExp(`ギフト ?コード|(?:${CARD_NAME})[^。\\n]{0,8}?(?:番号|コード|PIN)|PIN ?(?:コード|番号)`, 'i');
const LABEL_CHARS = 40;
// (A label that is only the code's: 「コード1」「番号（16桁）」, not a form's 電話番号 or 郵便番号.)
const FIELD_LABEL = /^(?:カード)?(?:コード|番号|PIN)\s?[0-9０-９]{0,2}(?:\s|$|[:：(（])/i;
const ANY_CODE_LABEL = new RegExp(`${CODE_LABEL.source}|${FIELD_LABEL.source}`, 'i');
// A bill settled in a private chat: 「LINEで精算・退会する」「精算はLINE上でお伝えするPayPay送金で」. The way to pay is
// told where no merchant, receipt or record exists (LINE Pay, a payment service, is not a chat).
// (「友だち追加して精算する」: LINE's own word for adding the account.)
const CHAT_APP = '(?:LINE|ライン|Telegram|テレグラム|カカオトーク|カカオ|KakaoTalk|Kakao|WhatsApp|Signal)(?! ?(?:Pay|ペイ|ポイント|マネー|ギフト))';
const CHAT_SETTLEMENT = new RegExp(
  `${CHAT_APP}[^。\\n]{0,20}?(?:精算|お?支払|決済|送金|振込|振り込)|(?:精算|お?支払い?|決済|送金)(?:方法)?(?:は|を|の)?[^。\\n]{0,10}?${CHAT_APP}(?:上|にて|で|から|内|の(?:トーク|チャット))|友だち追加(?:して|後|のうえ)[^。\\n]{0,10}?(?:精算|お?支払|決済|送金)`,
  'g',
);
const DONE_ALREADY = /^(?:し|され)(?:た(?!ら|(?:ください|下さい))|てしまっ|ない|ず)|^しちゃ|^しまっ/;
const UNPAID = /未精算|未払|未納|滞納/;
const CHAT_STEP = /手続|退会|解約|精算|お?支払/;
const UNPAID_DISTANCE = 5;
// Blocks between a crypto address, a code field or a chat settlement and the sum it is to receive.
const CRYPTO_DISTANCE = 6;
const BILL_DISTANCE = 8;
const NEEDS = /Gift|Prepaid|ギフト|プリペイド|電子マネー|Amazon|アマゾン|iTunes|Apple|アップル|Google|グーグル|WebMoney|ウェブマネー|BitCash|ビットキャッシュ|NET ?CASH|ネットキャッシュ|nanaco|ナナコ|Vプリカ|PayPay|ペイペイ/i;

export default defineDetector({
  id: 'payment-channel',
  // A channel of its own: with a bill it stands where a bluff or lure would (see evaluate.ts). A code to hand over or a
  // chat to pay in (strength 1) weighs more than the strongest bluff, and with a one-click sum reaches the red line by
  // itself: no honest biller takes either. Crypto is taken by some honest merchants (0.7); paying by card or to a
  // private name is done honestly too (0.4).
  weight: 35,
  role: 'channel',
  evidenceKeys: ['giftCardCode', 'giftCardPayment', 'cryptoAddress', 'chatSettlement', 'personalAccount'],
  detect(page) {
    const found: Evidence[] = [];
    // (「Apple IDやカード情報を入力した → パスワード変更」: what the reader did, in an adviser's list, asks nothing.)
    const mine = (m: { inQuotes: boolean; block: { text: string }; match: RegExpExecArray }) =>
      !m.inQuotes &&
      !denied(m.block.text, m.match.index) &&
      !DONE_ALREADY.test(m.block.text.slice(m.match.index + m.match[0].length)) &&
      !demandedByOthers(m.block.text, m.match.index + m.match[0].length);
    const handOver = matchBlocks(page, HAND_OVER, { limit: 5, needs: NEEDS }).filter(mine);
    const payBy = matchBlocks(page, PAY_BY_CARD, { limit: 5, needs: NEEDS }).filter(mine);
    const personal = matchBlocks(page, PERSONAL_ACCOUNT, { limit: 3, needs: /名義|受取人/ }).filter(mine);
    // A private account holder matters on a page that asks for a transfer, not on a club's contact page.
    const transfer = personal.filter((m) => page.amounts.some((a) => near(a.block, m.index, 8)));
    // An exchange's own deposit page shows an address too, with no sum asked beside it.
    const crypto = matchBlocks(page, CRYPTO, { limit: 3, needs: CRYPTO_NEEDS }).filter((m) => mine(m) && page.amounts.some((a) => near(a.block, m.index, CRYPTO_DISTANCE)));
    // A sum asked (合計, 料金, 精算…, in its block or its label above), not a prize or a price in an advert.
    const sumNear = (index: number, distance: number, words: RegExp) =>
      page.amounts.some((a) => a.yen >= 1000 && near(a.block, index, distance) && [a.block, a.block - 1].some((b) => words.test(page.blocks[b]?.text ?? '')));
    const billNear = (index: number) => sumNear(index, BILL_DISTANCE, PAYMENT_WORDS);
    const forms = page.contacts.filter((c) => c.kind === 'form');
    // Where the page names a card as the way to pay, a field labelled only 「コード1」 is the card's.
    const namedCard = payBy.length > 0 || handOver.length > 0;
    const fields = forms.length === 0 ? [] : matchBlocks(page, namedCard ? ANY_CODE_LABEL : CODE_LABEL, { limit: 3, needs: namedCard ? undefined : NEEDS }).filter(
      (m) => mine(m) && m.block.text.length <= LABEL_CHARS && forms.some((f) => near(f.block, m.index, 2)) && billNear(m.index),
    );
    handOver.push(...fields);
    const bought = matchBlocks(page, BUY_CARD, { limit: 3, needs: NEEDS }).filter(mine);
    if (bought.length > 0)
      handOver.push(
        ...matchBlocks(page, CODE_ASK, { limit: 3, needs: /裏|番号|コード|PIN/ }).filter(
          (m) => mine(m) && bought.some((b) => m.index > b.index && m.index - b.index <= CODE_ASK_DISTANCE) && billNear(m.index),
        ),
      );
    // (or a LINE button whose own words take the bill's steps — 「LINEで手続き・退会する」 — beside an unpaid sum.)
    const chatButtons = page.contacts.filter(
      (c) => (c.kind === 'line' || c.kind === 'chat') && !page.blocks[c.block]?.quoted && CHAT_STEP.test(page.blocks[c.block]?.text ?? '') && sumNear(c.block, UNPAID_DISTANCE, UNPAID),
    );
    const chat = matchBlocks(page, CHAT_SETTLEMENT, { limit: 3, needs: /LINE|ライン|Telegram|テレグラム|カカオ|Kakao|WhatsApp|Signal|友だち追加/i }).filter((m) => mine(m) && billNear(m.index));
    if (handOver.length > 0) found.push(evidence('giftCardCode', handOver.map((m) => m.match[0]), 2));
    if (chat.length > 0 || chatButtons.length > 0) found.push(evidence('chatSettlement', [...chat.map((m) => m.match[0]), ...chatButtons.map((c) => page.blocks[c.block]!.text)], 2));
    if (payBy.length > 0) found.push(evidence('giftCardPayment', payBy.map((m) => m.match[0]), 2));
    if (crypto.length > 0) found.push(evidence('cryptoAddress', crypto.map((m) => m.match[0]), 1));
    if (transfer.length > 0) found.push(evidence('personalAccount', transfer.map((m) => m.match[1] ?? m.match[0]), 1));
    if (found.length === 0) return null;
    const strength = handOver.length > 0 || chat.length > 0 || chatButtons.length > 0 ? 1 : crypto.length > 0 ? 0.7 : 0.4;
    const all = [...handOver, ...payBy, ...crypto, ...chat, ...transfer];
    return { strength, evidence: found, prominent: all.some((m) => standsOut(m.block, m.block.text, m.match.index)) };
  },
});
