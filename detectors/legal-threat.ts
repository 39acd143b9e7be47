// 「法的措置」「裁判所」「ご自宅へ回収に伺います」「延滞金」: threats meant to stop people thinking. A real court
// summons comes by 特別送達 in person, never as a web page; the threats on a one-click screen are empty.
import { defineDetector } from './define';
import { clamp01, evidence, matchBlocks, quotedFactor } from './helpers';

// Each alternative is one kind of threat; two different kinds make the strongest case.
const THREATS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/法的|裁判|訴訟|提訴|督促|強制執行|告訴|弁護士/, /法的(?:な)?(?:措置|手段|手続き?|処置|対応)|裁判所?|訴訟|提訴|支払督促|強制執行|刑事告訴|告訴|弁護士(?:を通じて|に依頼)/g],
  [/押/, /差し?押さ?え|給与(?:の)?差押|財産(?:の)?差押/g],
  [/回収|取り?立|調査|自宅|勤務先|職場|実家|家族|学校/, /債権回収|回収業者|取り?立て|調査員|身元調査|直接回収|(?:自宅|ご自宅|勤務先|職場|実家|ご家族|学校)(?:へ|に|まで|及び|および|や|等|・)[^。\n]{0,24}?(?:回収|訪問|伺|請求書?を?送付|連絡|通知|調査)/g],
  [/延滞|遅延/, /延滞(?:金|料金?|手数料|損害金)|遅延(?:損害金|料金|手数料)/g],
  [/開示|発信者情報|ブラックリスト|信用情報/, /情報開示|発信者情報|ブラックリスト|信用情報(?:機関)?に(?:登録|掲載)/g],
];

export default defineDetector({
  id: 'legal-threat',
  weight: 15, // pressure; with a claim of a new contract and a bill it is the fraud by itself (see evaluate.ts)
  evidenceKeys: ['legalThreat'],
  detect(page) {
    const shown: string[] = [];
    let kinds = 0;
    let factor = 1;
    for (const [needs, pattern] of THREATS) {
      const matches = matchBlocks(page, pattern, { limit: 5, needs });
      if (matches.length === 0) continue;
      kinds++;
      factor = Math.min(factor, quotedFactor(matches));
      shown.push(matches[0]!.match[0]);
    }
    if (kinds === 0) return null;
    return { strength: clamp01((kinds >= 2 ? 1 : 0.6) * factor), evidence: [evidence('legalThreat', shown, 4)] };
  },
});
