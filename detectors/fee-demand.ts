// A demand for money: an amount in yen next to payment words (料金, 請求, 入会金, 振込…). One-click bills ask for
// tens of thousands to a few hundred thousand yen; a shop's order page does too, so this counts only in combination.
import { defineDetector } from './define';
import { BANK_ACCOUNT, PAYMENT_WORDS, evidence, matchBlocks, near } from './helpers';
// Words that make an amount a demand whatever else the block says.
const DEMAND = /請求|入会金|年会費|登録料|利用料金|未納|未払|滞納|延滞|振込|振り込|払込|払い込/;
// Price lists, not demands: 定価 → セール価格, discounts.
const PRICE_LIST = /→|定価|セール|割引|OFF|円引き/;

export default defineDetector({
  id: 'fee-demand',
  weight: 20, // the bill itself; with a claim, pressure and a bluff it is the whole fraud (see evaluate.ts)
  evidenceKeys: ['feeAmount', 'bankAccount'],
  detect(page) {
    const demanded = page.amounts.filter((a) => {
      const block = page.blocks[a.block];
      if (!block || block.quoted || a.yen < 1000) return false;
      return DEMAND.test(block.text) || (PAYMENT_WORDS.test(block.text) && !PRICE_LIST.test(block.text));
    });
    if (demanded.length === 0) return null;
    const typical = demanded.some((a) => a.yen >= 10_000 && a.yen <= 3_000_000);
    const accounts = matchBlocks(page, BANK_ACCOUNT, { needs: /振込|口座|普通|当座|銀行/ }).filter((m) => demanded.some((a) => near(a.block, m.index, 6)));
    const strength = Math.min(1, (typical ? 1 : 0.5) + (accounts.length > 0 ? 0.2 : 0));
    const found = [evidence('feeAmount', demanded.map((a) => a.text))];
    if (accounts.length > 0) found.push(evidence('bankAccount', accounts.map((m) => m.match[0]), 1));
    return { strength, evidence: found };
  },
});
