// 「消費者トラブル解決支援センター」「架空請求 返金相談室」: the second fraud aimed at people a one-click bill already
// frightened. A name that sounds public, a promise to make the bill go away, and a fee for it (解決手数料,
// 取り消し代行費用, 着手金, 調査費用) paid in advance. Public consumer centres (188, 国民生活センター) never charge;
// lawyers do, under their own names (弁護士, 司法書士), which this does not claim to judge.
import { defineDetector } from './define';
import { anyStandsOut, evidence, matchBlocks, narrated, quotedFactor, type BlockMatch } from './helpers';

// A name of the public-help kind: the trouble it "solves" and an office word.
const PUBLIC_NAME =
  /(?:消費者|消費生活|国民生活|トラブル|被害|詐欺|架空請求|ワンクリック|ネット|サイト|請求)[^。、\n「」]{0,10}?(?:センター|相談室|相談窓口|相談所|支援機構|機構|協会|対策室|対策本部|救済(?:室|窓口|センター)|解決(?:室|窓口))/g;
// The real public centres, named as the page's advice (「お近くの消費生活センターへ」), are no service's name.
const REAL_CENTRE = /^(?:消費生活センター|国民生活センター|消費生活相談窓口|消費者ホットライン)$/;
const NAME_NEEDS = /センター|相談|機構|協会|対策|救済|解決/;
// The service's price, as a fee, not free.
// (or a plan of the service, priced: 「ライトプラン（登録解除のみ）29,800円」)
const SERVICE_FEE =
  /(?:解決|解約|退会|取り?消し|取り?下げ|返金|交渉|代行|手続き?|調査|着手|相談|成功)(?:代行)?(?:手数料|費用|料金|料|金|報酬)[^。\n]{0,16}?[0-9０-９][0-9０-９,，]*(?:万)?円|[^\s。、]{0,8}(?:プラン|コース)[^。\n]{0,16}?[0-9０-９][0-9０-９,，]*(?:万)?円/g;
const FEE_NEEDS = /手数料|費用|料金|料|金|報酬|プラン|コース/;
// The promise: the bill stopped, cancelled, refunded by "us".
const PROMISE =
  /請求(?:を|が)?(?:止め|止ま|取り?下げ|取り?消|無効に|ストップ)|(?:取り?消し|取り?下げ|退会|解約|返金)(?:手続き?)?(?:を)?(?:代行|いたします|させます|させていただきます|致します)|(?:解決|対応)(?:いた|致)します|解決率|業者(?:と|へ|に)(?:直接)?(?:交渉|連絡)|交渉(?:を)?(?:開始)?(?:いた|致)します|(?:当センター|当機構|当協会|当窓口|弊社|専門スタッフ)が[^。\n]{0,10}?交渉|代行(?:いた|致)?します|減額(?:いた|致)します|(?:削除|抹消|消去|拡散を?(?:止め|阻止))[^。\n]{0,16}?(?:対応|代行|実行)?(?:いた|致)?します|解決(?:でき|いたし|致し)ます|成功率|交渉[^。\n]{0,14}?(?:開始|いたします|します)|(?:削除|拡散停止|停止)(?:を)?(?:求め|要請)|直接(?:交渉|連絡を取)/g;
const PROMISE_NEEDS = /請求|取り?消|取り?下|退会|解約|返金|解決|対応|業者|交渉|代行|減額|削除|抹消|消去|拡散|成功率|停止|直接/;
// The page names the service as someone else's: 「『○○サポートセンター』と称する事業者」 (an agency's notice about it).
// The service itself says 当センター; naming itself this way would read as a warning about itself.
const DESCRIBED = /^[』」"”]?\s*(?:と称する|と名乗る|を名乗る|をかたる|を騙る|と名乗って)/;
// Lawyers and judicial scriveners charge under their own licence: not this detector's call. The office itself, by
// its firm's name (a centre that "works with partner lawyers", 提携弁護士が対応, is not one).
// (Not 法務事務所: a name anyone may take, red team 11; 法律事務所 is a lawyer's by law.)
const LICENSED = /(?<!提携|連携|協力|顧問|提携の)(?:弁護士(?:法人|事務所)|法律事務所|司法書士(?:法人|事務所))/;

export default defineDetector({
  id: 'consultation-fee',
  weight: 40, // the whole "consultation" fraud on one screen once a fee is asked for (see evaluate.ts)
  role: 'contract',
  evidenceKeys: ['publicSoundingName', 'serviceFee', 'cancelPromise'],
  detect(page) {
    const own = (m: { inQuotes: boolean; block: { text: string; quoted: boolean }; match: RegExpExecArray }) => !m.inQuotes && !m.block.quoted && !narrated(m.block.text, m.match.index);
    const named = matchBlocks(page, PUBLIC_NAME, { limit: 10, needs: NAME_NEEDS }).filter((m) => !REAL_CENTRE.test(m.match[0]));
    const names = named.filter(own);
    const inTitle = PUBLIC_NAME.exec(page.title);
    PUBLIC_NAME.lastIndex = 0;
    if (names.length === 0 && !inTitle) return null;
    const fees = matchBlocks(page, SERVICE_FEE, { limit: 5, needs: FEE_NEEDS }).filter(own);
    if (fees.length === 0) return null;
    const promises = matchBlocks(page, PROMISE, { limit: 5, needs: PROMISE_NEEDS }).filter(own);
    const licensed = LICENSED.test(page.title) || names.some((m) => LICENSED.test(m.block.text));
    const describes = (m: BlockMatch) => DESCRIBED.test(m.block.text.slice(m.match.index + m.match[0].length, m.match.index + m.match[0].length + 8));
    // A help page names the service as others' (「…をかたる業者」); a note 「『…』をかたる偽サイトにご注意」 under the
    // page's own name in its headline or title is the service's disclaimer (red team 9).
    const ownHeadline = inTitle !== null || names.some((m) => m.block.heading > 0 && !describes(m));
    const described = !ownHeadline && named.some(describes);
    const strength = (promises.length > 0 ? 1 : 0.6) * (licensed ? 0.5 : 1) * (described ? 0.3 : 1) * quotedFactor(fees);
    const found = [evidence('publicSoundingName', [...(inTitle ? [inTitle[0]] : []), ...names.map((m) => m.match[0])]), evidence('serviceFee', fees.map((m) => m.match[0]))];
    if (promises.length > 0) found.push(evidence('cancelPromise', promises.map((m) => m.match[0])));
    return { strength, evidence: found, prominent: inTitle !== null || anyStandsOut(names) };
  },
});
