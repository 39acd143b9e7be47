// Time pressure on a payment: 「残り 01:59:58」, 「3日以内にお振込み」, 「本日中」. A ticking clock stops people
// thinking. Konbini and bank-transfer orders have deadlines too, so a deadline alone never makes a page fraud.
import { defineDetector } from './define';
import { PAYMENT_WORDS, evidence, insideQuotes, itemStandsOut, near } from './helpers';

const WEEK = 7 * 86_400;

export default defineDetector({
  id: 'countdown',
  weight: 10, // pressure is common on honest pages; it matters when it comes with a bill and a bluff
  role: 'pressure',
  evidenceKeys: ['deadline', 'liveTimer'],
  detect(page) {
    const paymentBlocks = page.blocks.flatMap((b, i) => (!b.quoted && PAYMENT_WORDS.test(b.text) ? [i] : []));
    if (paymentBlocks.length === 0) return null;
    const aboutPayment = (block: number) => paymentBlocks.some((p) => near(p, block, 2));
    // 「本日中に連絡がなければ…」などとする請求: a deadline in quotation marks is someone else's.
    const own = (d: { block: number; text: string }) => {
      const block = page.blocks[d.block];
      return block !== undefined && !block.quoted && !insideQuotes(block.text, Math.max(0, block.text.indexOf(d.text)));
    };
    const deadlines = page.deadlines.filter((d) => own(d) && aboutPayment(d.block));
    const ticking = page.behaviour.find((b) => b.type === 'ticking-timer');
    if (deadlines.length === 0 && !ticking) return null;
    let strength = 0;
    for (const d of deadlines) {
      if (d.kind === 'timer') strength = Math.max(strength, 1);
      else if (d.kind === 'within' || d.kind === 'today') strength = Math.max(strength, d.seconds <= WEEK ? 0.8 : 0.3); // two weeks to pay is no clock
      else if (d.kind === 'label') strength = Math.max(strength, ticking ? 1 : 0.5);
      else strength = Math.max(strength, 0.4);
    }
    // A script countdown on a page that asks for money, with no deadline text, is still a payment clock.
    if (ticking) strength = Math.max(strength, 0.6);
    const found = deadlines.length > 0 ? [evidence('deadline', deadlines.map((d) => d.text))] : [];
    if (ticking) found.push(evidence('liveTimer', [ticking.detail], 1));
    return { strength, evidence: found, prominent: ticking !== undefined || deadlines.some((d) => itemStandsOut(page, d)) };
  },
});
