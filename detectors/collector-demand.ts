// 「未納料金に関する最終通告」「訴訟最終告知」「期限までにご連絡がない場合、給与差押え」: the fake debt collector, law
// office or "court" that follows a one-click bill, or arrives instead of one by SMS. No registration is claimed;
// a debt is, with a lawsuit or a seizure and a demand to call before a deadline. Real legal action never starts on
// a web page: a court's papers come by 特別送達, handed over in person, and licensed servicers ask for payment, not
// for a call to "withdraw the lawsuit".
// Its cousin, the penalty notice: 「利用規約違反（18歳未満の画像）が確認されました。示談金30万円で…」. A site's
// operator is owed no 示談; the claim is asserted about the visitor, as done, where honest terms say 「違反が確認さ
// れた場合」.
import { defineDetector } from './define';
import { anyStandsOut, evidence, matchBlocks, narrated, quotedFactor, sentenceAt } from './helpers';

// The debt claimed: unpaid fees for content or "general services" (「サイト料金未払いの件」「利用料金が長期未払い」), a
// debt transferred, a lawsuit announced.
const DEBT =
  /(?:利用|サイト|閲覧|視聴|登録|情報|コンテンツ)料金(?:が|の)?(?:長期)?(?:未払|未納|滞納)|未納(?:料金|金|分|額)|未払い?(?:料金|金|分|額)|滞納(?:料金|金|分)?|債権(?:が|を|の)?(?:譲渡|譲り受け)|和解金|和解勧告|訴訟(?:最終)?告知|民事訴訟|訴え(?:が|を)(?:提起|起こ)|総合(?:消費|情報|利用)料金|有料(?:動画|サイト|コンテンツ|番組|情報)(?:の)?(?:未納|閲覧|視聴|利用)料?|最終通告|(?:差し?押さ?え|強制執行)(?:執行)?予告|法的手続き?(?:へ|に)?移行(?:の)?(?:お知らせ|予告|通知)/g;
const DEBT_NEEDS = /未納|未払|滞納|債権|和解|訴|総合|有料|最終通告|予告|移行/;
// The demand to make contact: a call to "withdraw" the case or settle, or contact before the deadline.
// A violation asserted as found, and the settlement asked for it.
const PENALTY = /(?:利用|会員)?規約(?:第[0-9０-９]+条)?[^。\n]{0,8}?違反[^。\n]{0,16}?(?:確認(?:され|いた)しました|確認されました|認められました|発覚しました|判明しました|確認できました)|規約(?:第[0-9０-９]+条)?違反[^。\n]{0,20}?(?:行為)?(?:に関する|についての)?(?:お知らせ|ご通知|通知|警告|ご連絡|(?:最終)?(?:ご)?確認)|(?:示談金|違約金|損害賠償金)(?:額)?(?:として|は|：|:)?[^。\n]{0,6}?[0-9０-９][0-9０-９,，]*(?:万\s?円?|\s?円)|[0-9０-９][0-9０-９,，]*(?:万)?\s?円(?:の|を)(?:示談金|違約金|損害賠償金)/g;
const PENALTY_NEEDS = /違反|示談金|違約金|損害賠償金/;
// A price told in general, as terms or a lawyer's page do: what may be asked, what is usual.
const GENERAL = /場合|ことがあ|相場|程度|一般|目安|可能性|例えば|たとえば/;
const CALL =
  /取り?下げ(?:の)?(?:申請|手続き?|窓口|相談|最終期日)?|和解(?:の)?(?:窓口|ご相談|相談|手続き?)|(?:ご連絡|お電話|連絡|電話|ご対応|対応|ご回答|回答|ご返答|返答)(?:が|を)?(?:頂け|いただけ)?(?:ない|なき|無い)場合|(?:期限|期日)(?:内|まで)に[^。\n]{0,12}?(?:ご連絡|お電話|連絡|電話)|(?:本日中|至急|早急|直ちに|ただちに)に?[^。\n]{0,16}?(?:ご連絡|お電話)|和解を(?:ご)?希望|必ず(?:ご本人様?(?:より|から))?(?:一度)?(?:ご連絡|お電話)|ご本人様?(?:より|から)(?:ご連絡|お電話)/g;
const CALL_NEEDS = /取り?下げ|和解|連絡|電話|対応|回答|返答/;

export default defineDetector({
  id: 'collector-demand',
  weight: 20, // the claim of the second stage: a debt, where the first stage claimed a registration (see evaluate.ts)
  role: 'contract',
  evidenceKeys: ['debtClaim', 'penaltyClaim', 'settlementPriced', 'settleCall'],
  detect(page) {
    const own = (m: { inQuotes: boolean; block: { text: string }; match: RegExpExecArray }) => !m.inQuotes && !narrated(m.block.text, m.match.index);
    const debts = matchBlocks(page, DEBT, { limit: 10, needs: DEBT_NEEDS }).filter(own);
    const penalties = matchBlocks(page, PENALTY, { limit: 10, needs: PENALTY_NEEDS }).filter(own);
    // A penalty notice both asserts the violation and prices it: one of the two is a terms page or a lawyer's.
    const penalty = penalties.some((m) => /違反/.test(m.match[0])) && penalties.some((m) => !/違反/.test(m.match[0]));
    // A settlement priced on its own (「示談金は150万」「示談金80万円での円満解決」) with no violation named in the words
    // we know: the wrong is told in a story (a minor, a spouse, a 不法行為). The rule asks more beside it (evaluate.ts).
    // (「…違約金として100,000円を請求することがあります」「示談金は30万円程度が一般的」: terms and lawyers' pages.)
    const priced = penalty ? [] : penalties.filter((m) => !/違反/.test(m.match[0]) && !GENERAL.test(sentenceAt(m.block.text, m.match.index)));
    if (debts.length === 0 && !penalty && priced.length === 0) return null;
    const claims = [...debts, ...(penalty ? penalties : priced)];
    const calls = matchBlocks(page, CALL, { limit: 5, needs: CALL_NEEDS }).filter(own);
    const prominent = anyStandsOut(claims);
    const strength = (prominent ? 1 : 0.6) * (calls.length > 0 ? 1 : 0.6) * quotedFactor(claims);
    const found = debts.length > 0 ? [evidence('debtClaim', debts.map((m) => m.match[0]))] : [];
    if (penalty) found.push(evidence('penaltyClaim', penalties.map((m) => m.match[0])));
    if (priced.length > 0) found.push(evidence('settlementPriced', priced.map((m) => m.match[0])));
    if (calls.length > 0) found.push(evidence('settleCall', calls.map((m) => m.match[0])));
    return { strength, evidence: found, prominent };
  },
});
