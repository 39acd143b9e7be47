// 「法的措置」「裁判所」「ご自宅へ回収に伺います」「延滞金」: threats meant to stop people thinking. A real court
// summons comes by 特別送達 in person, never as a web page; the threats on a one-click screen are empty.
import { defineDetector } from './define';
import { anyStandsOut, clamp01, denied, evidence, matchBlocks, narrated, quotedFactor, type BlockMatch } from './helpers';

// Each alternative is one kind of threat; two different kinds make the strongest case.
// The third element marks threats firm on their own (court, seizure, coming to the home or the family); late
// fees, disclosure requests and demand letters are weaker alone.
const THREATS: ReadonlyArray<readonly [RegExp, RegExp, boolean]> = [
  [/法的|裁判|訴訟|提訴|督促|強制執行|告訴|弁護士/, /法的(?:な)?(?:[^。\n、]{0,4}?)(?:措置|手段|手続き?|処置|対応)|(?<!管轄)裁判所?(?!所?を(?:第一審|専属))|少額訴訟|訴訟|提訴|支払督促|強制執行|刑事告訴|告訴|弁護士(?:を通じて|に依頼)/g, true],
  [/押/, /差し?押さ?え|給与(?:の)?差押|財産(?:の)?差押/g, true],
  [
    /回収|取り?立|調査|自宅|勤務先|職場|会社|実家|家族|家庭|親|学校|近所/,
    /債権回収(?!株式会社|会社|業|\(株\)|㈱)|回収業者|取り?立て|調査員|身元調査|直接回収|(?:ご?自宅|勤務先|お?勤め先|職場|会社|実家|ご?家族|ご?家庭|ご?両親|親御さん|親族|学校|ご?近所)(?:の方)?(?:宛て?に?|へ|に|まで|及び|および|や|等|・|と|にも)[^。\n]{0,24}?(?:回収|訪問|伺|請求書?を?(?:送付|郵送|お送り)|督促|連絡|通知|調査|お電話|電話|ご報告|報告|知らせ)/g,
    true,
  ],
  // A demand letter announced for the house: 督促状を自宅へ郵送 (少額訴訟 is a 訴訟 above).
  [/督促状|催告書|内容証明/, /督促状|催告書|内容証明(?:郵便)?/g, false],
  // The police, announced as the page's next step: 「被害届を提出いたします」「警察へ通報します」 (advice says 「警察に相談
  // してください」, which is no threat).
  [/被害届|警察|告発/, /被害届(?:を|の)?(?:提出|受理)(?:いた)?(?:し(?:ます|、|て)|する|いたします|させていただきます|の手続き)|被害届の提出|被害届を出(?:します|させていただきます|す(?:つもり|予定|準備|から|ぞ|(?=[。！]|$)))|(?:警察|所轄署|警察署)(?:へ|に)(?:の)?(?:通報|告発|届け出)(?:いた)?(?:します|する|いたします|させていただきます)/g, true],
  [/延滞|遅延/, /延滞(?:金|料金?|手数料|損害金|損料)|遅延(?:損害金|損料|料金|手数料|金)/g, false],
  [/開示|発信者情報|ブラックリスト|信用情報/, /情報開示|開示(?:請求|手続き?)|発信者情報|ブラックリスト|信用情報(?:機関)?に(?:登録|掲載)/g, false],
];

// A visit that is the service bought: 「専門スタッフがご自宅に伺ってサポートします」「訪問設定」.
const SERVICE_VISIT = /^[^。\n]{0,6}?(?:サポート|設定|修理|点検|作業|工事|お手伝い|ご説明|説明|指導|レッスン|お届け|配達|診断|見積|ご案内)/;
const aService = (m: BlockMatch) => /伺|訪問/.test(m.match[0]) && !/回収|督促|取り?立|調査/.test(m.match[0]) && SERVICE_VISIT.test(m.block.text.slice(m.match.index + m.match[0].length));

export default defineDetector({
  id: 'legal-threat',
  weight: 15, // pressure; with a claim of a new contract and a bill it is the fraud by itself (see evaluate.ts)
  role: 'pressure',
  evidenceKeys: ['legalThreat'],
  detect(page) {
    const shown: string[] = [];
    const all: BlockMatch[] = [];
    let kinds = 0;
    let firm = false;
    let factor = 1;
    for (const [needs, pattern, firmAlone] of THREATS) {
      // 「ご家族宛てに通知することはありません」 is a promise, not a threat; 「Q. 家族宛てに通知書が届きました」 a question.
      const matches = matchBlocks(page, pattern, { limit: 5, needs }).filter(
        (m) => !denied(m.block.text, m.match.index) && !narrated(m.block.text, m.match.index) && !aService(m),
      );
      if (matches.length === 0) continue;
      kinds++;
      firm ||= firmAlone;
      all.push(...matches);
      factor = Math.min(factor, quotedFactor(matches));
      shown.push(matches[0]!.match[0]);
    }
    if (kinds === 0) return null;
    return { strength: clamp01((kinds >= 2 ? 1 : firm ? 0.8 : 0.6) * factor), evidence: [evidence('legalThreat', shown, 4)], prominent: anyStandsOut(all) };
  },
});
