// Pages tell victims to dial with 186 (or refuse anonymous calls) so that the caller's number is revealed when
// they call to "cancel". A restaurant may ask for 186 too; the combination decides (see evaluate.ts).
import { defineDetector, type Evidence } from './define';
import { evidence, itemStandsOut, matchBlocks, near } from './helpers';

// 「186をつけて」「番号通知で」「非通知ではつながりません」 and the like.
const CUE =
  /(?<![\d,.\-])186(?:番?を(?:付け|つけ|頭に|先頭に|押して)|\)|番号|で|から|-?0\d)|番号通知|非通知(?:設定)?(?:では|の方|でのお電話|のお電話|は|を)?(?:不可|拒否|お断り|つながり|繋がり|受け付け|お受けでき|ご遠慮|対応して|できません)/g;

export default defineDetector({
  id: 'caller-id-186',
  weight: 20, // the lure's hook: it turns a call into handing over one's number
  role: 'lure',
  evidenceKeys: ['caller186', 'noAnonymousCalls'],
  detect(page) {
    const found: Evidence[] = [];
    const prefixed = page.phones.filter((p) => p.prefix === '186' && !page.blocks[p.block]?.quoted);
    if (prefixed.length > 0) found.push(evidence('caller186', prefixed.map((p) => p.display)));
    const numbers = page.phones.filter((p) => !page.blocks[p.block]?.quoted);
    const cues = matchBlocks(page, CUE, { needs: /186|番号通知|非通知/ }).filter((m) => !m.inQuotes && numbers.some((p) => near(p.block, m.index, 2)));
    if (cues.length > 0) found.push(evidence('noAnonymousCalls', cues.map((m) => m.match[0])));
    if (found.length === 0) return null;
    return { strength: prefixed.length > 0 ? 1 : 0.8, evidence: found, prominent: prefixed.some((p) => p.tel || itemStandsOut(page, p)) };
  },
});
