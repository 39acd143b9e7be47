// 「登録完了」「入会手続きが完了しました」: the screen claims that a contract now exists. It does not — a click
// without a clear price and a confirmation step makes no contract (電子消費者契約法 第3条) — but the claim is the
// core of one-click fraud. Legitimate sign-up pages say it too, so alone it only counts towards the combination.
import { defineDetector } from './define';
import { anyStandsOut, evidence, insideQuotes, matchBlocks, narrated, quotedFactor } from './helpers';

// A registration / membership / contract / install that is said to be done.
const CLAIM =
  /(?<!仮)(?:有料|プレミアム|正|本|VIP|年間)?(?:会員)?(?:登録|入会|契約|加入|購読|インストール|お申し?込み|申し?込み)(?:手続き?|処理)?(?:が|は|を)?(?:正式に|正常に|無事に?|すでに|既に)?(?:完了|終了|成立|確定|受付|受け付け|承認|承り)(?:いたしました|致しました|しました|されました|となりました|です|!|。)?|(?:ご|お)(?:登録|入会|契約|加入)(?:いただき)?(?:誠に|まことに)?ありがとうございます|(?:会員|有料会員|正会員|本会員)?(?:登録|入会|契約)(?:が|は)?(?:正式に|自動的に)?(?:行われ|され|させていただき)(?:ました|ております|ています)|(?:会員|有料会員|正会員)として(?:ご|自動)?登録|自動登録|(?:利用|ご利用|視聴|閲覧|会員)?料金が発生(?:しました|しています|いたしました|しております)|ダウンロード(?:が)?完了(?:しました|いたしました)|入会手続き|登録済み|registration (?:is )?complete|(?:インストール|ダウンロード|再生|視聴|クリック|タップ)(?:を(?:もって|もちまして)|した(?:時点|段階)で|と同時に)[^。\n]{0,40}?(?:登録|入会|契約)[^。\n]{0,20}?(?:完了|成立)(?:した|する|となった)?(?:もの)?と(?:みなし|見なし|みな)/gi;
// (and the sign-up deemed done by the click itself: 「インストールをもって…有料会員登録(年会費99,800円)が完了したものと
// みなします」, the fine print of a fake player's store page.)
// Words after a claim that make it about the future, a negation or an instruction, not a done deal.
const NOT_DONE = /^(?:後|次第|前|する|させ|して|してい|しない|できませ|ではありません|メール|画面|のお知らせメール|ボタン|まで)/;
// (「インストール完了」 with a bill is the smartphone version of the fraud, not an app store's wording: it is firm.)
const SOFT_CLAIM = /申し?込|購読|ダウンロード/;
const NEEDS = /登録|入会|契約|加入|購読|インストール|申し?込|発生|ダウンロード|registration/i;

export default defineDetector({
  id: 'completion-claim',
  weight: 20, // half of a bill: needs pressure and a bluff or lure to become fraud (see evaluate.ts)
  role: 'contract',
  evidenceKeys: ['claimText'],
  detect(page) {
    const matches = matchBlocks(page, CLAIM, { needs: NEEDS }).filter((m) => !NOT_DONE.test(m.block.text.slice(m.match.index + m.match[0].length)));
    const titleClaim = CLAIM.exec(page.title);
    CLAIM.lastIndex = 0;
    if (matches.length === 0 && !titleClaim) return null;
    // A headline, a short line of its own or the title: the page's own claim, not a sentence that mentions one.
    const titleOwn = titleClaim !== null && !insideQuotes(page.title, titleClaim.index) && !narrated(page.title, titleClaim.index);
    const prominent = anyStandsOut(matches) || titleOwn;
    // 「お申し込みが完了」 is how subscriptions confirm; 登録/入会/契約/インストール is the fraud's own vocabulary.
    const firm = matches.some((m) => !SOFT_CLAIM.test(m.match[0])) || (titleClaim !== null && !SOFT_CLAIM.test(titleClaim[0]));
    const strength = (prominent ? 1 : 0.6) * (firm ? 1 : 0.7) * (matches.length > 0 ? quotedFactor(matches) : 1);
    const shown = matches.map((m) => m.match[0]);
    if (titleClaim) shown.push(titleClaim[0]);
    return { strength, evidence: [evidence('claimText', shown)], prominent };
  },
});
