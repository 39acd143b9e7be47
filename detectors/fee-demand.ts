// A demand for money: an amount in yen next to payment words (料金, 請求, 入会金, 振込…). One-click bills ask for
// tens of thousands to a few hundred thousand yen; a shop's order page does too, so this counts only in combination.
import { defineDetector, type Finding } from './define';
import type { PageSnapshot } from './snapshot/schema';
import { BANK_ACCOUNT, PAYMENT_WORDS, evidence, itemStandsOut, matchBlocks, narrated, near, standsOut } from './helpers';
// Words that make an amount a demand whatever else the block says.
// (with the paraphrases a bill uses instead: ご利用額, お振替, 精算額, 情報料)
const DEMAND = /請求|入会金|年会費|登録料|利用料金|視聴料|閲覧料|未納|未払|滞納|延滞|振込|振り込|払込|払い込|利用額|請求額|支払額|お支払い?額|精算額|振替|情報料|登録費|会費|手数料|代行費用|着手金|調査費用|示談金|違約金|損害賠償金|解決金|和解金/;
// A receipt: the money is already taken (カードで決済済み, 毎月27日に引き落とし), nothing is asked of the reader.
const PAID = /決済済|(?:お?支払い?|お?振込み?)済|支払(?:い)?(?:が)?完了|(?:引き落とし|引落し?|決済)(?:され|いたし|し)ます|領収(?:いたし|しました|書)/;
// A case told on a help or company page: 「事例1：…月々1万円の分割返済で合意いたしました」.
const CASE_STORY = /^[【\[(（]?(?:相談)?(?:事例|ケース|Case)\s?[0-9０-９]*[】\])）:：]/i;
// Price lists, not demands: 定価 → セール価格, discounts.
const PRICE_LIST = /→|定価|セール|割引|OFF|円引き/;
// An amount alone on its line, and the short label beside it.
const AMOUNT_LINE = 24;
const LABEL_LINE = 40;

export default defineDetector({
  id: 'fee-demand',
  weight: 20, // the bill itself; with a claim, pressure and a bluff it is the whole fraud (see evaluate.ts)
  role: 'contract',
  evidenceKeys: ['feeAmount', 'bankAccount'],
  detect(page) {
    const asks = (text: string) => DEMAND.test(text) || (PAYMENT_WORDS.test(text) && !PRICE_LIST.test(text));
    // A sum the page says was already paid is a receipt wherever else it appears (a table above the sentence).
    const paid = new Set(page.amounts.filter((a) => PAID.test(page.blocks[a.block]?.text ?? '')).map((a) => a.yen));
    const demanded = page.amounts.filter((a) => {
      const block = page.blocks[a.block];
      if (!block || block.quoted || a.yen < 1000 || paid.has(a.yen)) return false;
      if (asks(block.text)) return true;
      // An amount on a line of its own (a table's value cell, a big figure) takes its words from its label: the
      // line just above it or beside it (登録料 | 60,000円), as a reader does.
      if (block.text.length > AMOUNT_LINE) return false;
      // (A sentence that leads into it — 「…今月分のご利用料金が未精算となっております。」 — labels it by its end.)
      return [a.block - 1, a.block + 1].some((i) => {
        const label = page.blocks[i];
        if (label === undefined || label.quoted || label.script) return false;
        return label.text.length <= LABEL_LINE ? asks(label.text) : i < a.block && asks(label.text.slice(-LABEL_LINE));
      });
    });
    if (demanded.length === 0) return transferWithoutAmount(page);
    const typical = demanded.some((a) => a.yen >= 10_000 && a.yen <= 3_000_000);
    const accounts = matchBlocks(page, BANK_ACCOUNT, { needs: /振込|口座|普通|当座|銀行/ }).filter((m) => demanded.some((a) => near(a.block, m.index, 6)));
    // 「9万9千円を請求されました」: a victim's or a reporter's account of a bill, not a bill.
    const reported = demanded.every((a) => {
      const text = page.blocks[a.block]!.text;
      return CASE_STORY.test(text) || narrated(text, Math.max(0, text.indexOf(a.text)));
    });
    const strength = Math.min(1, (typical ? 1 : 0.5) + (accounts.length > 0 ? 0.2 : 0)) * (reported ? 0.4 : 1);
    const found = [evidence('feeAmount', demanded.map((a) => a.text))];
    if (accounts.length > 0) found.push(evidence('bankAccount', accounts.map((m) => m.match[0]), 1));
    return { strength, evidence: found, prominent: demanded.some((a) => itemStandsOut(page, a)) };
  },
});

// 「登録料を下記口座にお振込みください」 with the account below but the amount in a currency of the kit's own, or in an
// image: a transfer asked for, to an account shown, is a demand even when no yen figure can be read.
const ACCOUNT_LABEL = /銀行名|金融機関名?|支店名|口座名義|口座番号|口座種別|預金種目/g;
const PAY_INSTRUCTION = /お?(?:支払|振り?込|払い?込)み?(?:ください|下さい|願います|をお願い)|振込金額|お振込先|振込先|お支払(?:い)?先/g;

function transferWithoutAmount(page: PageSnapshot): Finding | null {
  const asks = matchBlocks(page, PAY_INSTRUCTION, { limit: 5, needs: /支払|振|払/ }).filter((m) => !m.inQuotes && !m.block.quoted);
  if (asks.length === 0) return null;
  const nearAsk = (m: { index: number; block: { quoted: boolean } }) => !m.block.quoted && asks.some((a) => near(a.index, m.index, 6));
  const accounts = matchBlocks(page, BANK_ACCOUNT, { needs: /振込|口座|普通|当座|銀行/ }).filter(nearAsk);
  // The account as a table of labels (銀行名 | 支店名 | 口座名義 | 口座番号), however its values are written.
  const labels = matchBlocks(page, ACCOUNT_LABEL, { needs: /銀行|金融機関|支店|口座/ }).filter(nearAsk);
  const labelKinds = new Set(labels.map((m) => m.match[0])).size;
  if (labelKinds >= 2) accounts.push(...labels);
  if (accounts.length === 0) return null;
  return {
    // Bank, branch, holder and number laid out to transfer to: as firm a bill as a written amount.
    strength: labelKinds >= 3 ? 1 : 0.6,
    evidence: [evidence('bankAccount', accounts.map((m) => m.block.text), 2)],
    prominent: accounts.some((m) => standsOut(m.block, m.block.text, m.match.index)),
  };
}
