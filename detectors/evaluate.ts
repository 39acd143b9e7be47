// From findings to a verdict. Every threshold and combination rule is here, with the reason beside it; each
// signal's weight and role sit in its own detector file (its meta), read from the registry.
//
// One-click fraud is a *combination*: a claimed contract or bill, with a bluff (IP/ID/device shown, a shutter
// sound), a lure (contact for "mistakes", 186) or a payment channel no honest biller uses; pressure (deadline,
// threats, a trap) strengthens it. Honest pages share single signals — a shop's 会員登録完了, a konbini bill with
// a deadline, an IP checker, a restaurant asking for 186 — but not the combination. Points are added, never
// averaged: the detectors that stay silent must not dilute a strong signal.
//
// Where the words stand decides, not which words the page holds somewhere. Everything a fraud page shows is its
// author's: a 「架空請求にご注意」 banner, a footer sending readers to 188, a disclaimer. So page context (an article
// that advises the reader) lowers a score by a bounded factor, and only when the bill is not the page's own
// interface (a headline claim, an amount on its own line, IDs in a table, a number or link to press).
import type { Detector, Evidence, Role } from './define';
import { DETECTORS, type DetectorId } from './registry';
import { readContext } from './context';
import { markExamples, quotationIsOwn } from './regions';
import { evidenceBlocks, readChannels } from './channels';
import type { PageSnapshot } from './snapshot/schema';

export type Verdict = 'fraud' | 'suspicious' | 'clean';
export type { Role };

/** The combination rules; each has a message (rule.<id>) in every locale. */
export const RULES = ['oneClick', 'freshContractThreat', 'collectorThreat', 'penaltyNotice', 'fakeConsultation', 'untraceablePayment', 'supportScam', 'extortion', 'appLure', 'partial'] as const;
export type Rule = (typeof RULES)[number];

/** What kind of fraud a report is about: the explanation, the advice and the help lines follow from it. */
export const CATEGORIES = ['one-click', 'support-scam', 'extortion'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface ReportFinding {
  id: DetectorId;
  /** weight × strength, rounded. */
  points: number;
  strength: number;
  evidence: Evidence[];
}

export interface Report {
  verdict: Verdict;
  /** 0–100. */
  score: number;
  findings: ReportFinding[];
  /** Which combination rule decided (message key rule.<id>), or '' when none applied. */
  rule: '' | Rule;
  /** The kind of fraud, for the explanation and the advice (one-click when nothing else fits). */
  category: Category;
  /** Page context that lowered the score (an article about fraud, visible sign-up steps, a masked number). */
  mitigations: Evidence[];
  /** The live ways to act the page gives (a number, an address, a form, an account, a download): see channels.ts. */
  channels: Evidence[];
  /** Detectors that threw: reported, never fatal. */
  errors: { id: string; message: string }[];
}

/** The part each signal plays in the combination, from the detectors' own meta. */
export const ROLES = Object.fromEntries(DETECTORS.map((d) => [d.id, d.role])) as Record<DetectorId, Role>;

export const THRESHOLDS = {
  // The typical fraud screen sums to 80–100. A complete combination of weak signals (a buried claim, a small
  // amount, a date-only deadline, one ID) sums to 35–50 and stays "suspicious". 55 is the smallest firm
  // combination: claim (20) + bill (20) + one firm bluff, lure or threat (15).
  fraud: 55,
  // Half-way: worth a badge and an explanation, not an overlay.
  suspicious: 30,
  // Findings below this strength do not count towards a role (a date-only deadline, a lone static hint).
  roleStrength: 0.4,
  // Without pressure, the hook must be one honest contract pages do not show: a mistake-lure (0.6 and up; a cancel
  // number alone stays at 0.5), a code to hand over (1; paying by card or to a private name is 0.5).
  strongLure: 0.6,
  // Without pressure, the bill must be a one-click sum (10,000 yen and up) or an account to transfer to: a gym's
  // ¥7,700 monthly fee on its sign-up receipt, with the sign-up IP logged, is no ransom.
  billWithoutPressure: 0.6,
  strongChannel: 0.9,
  // A support scam needs a clear infection claim with a call to action, or a weaker one plus a trap.
  scarewareAlone: 0.9,
  scarewareWithTrap: 0.5,
  // Extortion: a threat to spread images with a demand (1), or with a private channel (0.7) and a deadline or the
  // app that started it. A fake call app: a package or profile from outside the stores in a chat story (0.8), less
  // when the page names its developer and source (× 0.5).
  // A fake collector: two kinds of legal threat (a lawsuit and a seizure or a visit), not one.
  collectorThreat: 1,
  // One kind of threat (0.8) only with every other part beside it: a debt, its sum, a deadline and the call.
  collectorOneThreat: 0.8,
  // A fake consultation service: a public-sounding name, a fee and the promise to cancel the bill (a licensed
  // office's name halves it, see consultation-fee.ts).
  fakeConsultation: 1,
  extortionAlone: 0.9,
  extortionWithChannel: 0.6,
  appLure: 0.8,
  // An article or a Q&A that quotes a billing screen and advises the reader: its signals are quotations. Bounded:
  // a complete bill told in the page's own sentences still reaches "suspicious" (100 × 0.35 = 35).
  advisoryFactor: 0.35,
  // A helper's page by its headline (see helperHeadline in context.ts): a full bill reproduced below it stays clean
  // (100 × 0.25 = 25).
  helperFactor: 0.25,
  // Quotations (blockquote, figure) are someone else's words only on a page that advises in enough words of its
  // own around them (a news lead and a quote, a police page's heading and advice list); on a page that is little
  // more than the quotation and a line of advice, the quoted bill is the page.
  ownTextChars: 100,
  // A page whose own bill has a live way to act beside it is a helper's only if the helping outweighs the bill: this
  // many blocks besides the headline that discuss fraud or advise, in this many characters (help pages are articles;
  // a fraud page with a warning banner on top is a bill with a line over it). Short of it, "?".
  helperAdviceBlocks: 3,
  helperAdviceChars: 200,
  // Visible sign-up steps: the visitor went through a real flow; weakens only the completion claim.
  stepFlowClaimFactor: 0.5,
} as const;

/**
 * Whether a bill stands above the helper's headline: two of its parts there (a company name with 債権回収 in the
 * site's header is one word, not a bill), in blocks that do not merely repeat the headline.
 */
function billAbove(page: PageSnapshot, bill: ReadonlySet<number>, headline: number, findings: readonly ReportFinding[]): boolean {
  const values = [...new Set(findings.flatMap((f) => f.evidence.flatMap((e) => e.values)).map((v) => v.replace(/…$/, '')).filter((v) => v.length >= 2))];
  let parts = 0;
  for (const b of bill) {
    if (b >= headline || echoesHeadline(page, b, headline)) continue;
    const text = page.blocks[b]?.text ?? '';
    parts += values.filter((v) => text.includes(v)).length;
    if (parts >= 2) return true;
  }
  return false;
}

/**
 * Whether a page's helping outweighs its bill (see THRESHOLDS.helperAdviceBlocks): besides its headline, enough
 * blocks that discuss fraud or advise, in enough words — what a fraud page must write to pass as a helper's while
 * its own bill stays live is a page of warnings its victim reads.
 */
function helpOutweighsBill(page: PageSnapshot, headline: number, adviceBlocks: ReadonlySet<number>): boolean {
  let blocks = 0;
  let chars = 0;
  for (const b of adviceBlocks) {
    if (b === headline) continue;
    blocks++;
    chars += page.blocks[b]?.text.length ?? 0;
  }
  return blocks >= THRESHOLDS.helperAdviceBlocks && chars >= THRESHOLDS.helperAdviceChars;
}

/**
 * A block above the headline that repeats it (the breadcrumb's last step, a title bar): its words are the
 * headline's, not a bill above it.
 */
function echoesHeadline(page: PageSnapshot, block: number, headline: number): boolean {
  const head = page.blocks[headline]?.text ?? '';
  const text = (page.blocks[block]?.text ?? '').trim();
  return text.length >= 12 && head.includes(text.slice(-12));
}

/** Bluff evidence that honest contract pages never show: the IP address, the browser echoed, "we recorded you". */
const STRONG_BLUFF_KEYS = new Set(['ipShown', 'browserEcho', 'dataRecorded']);

interface Scored extends ReportFinding {
  prominent: boolean;
}

/** Runs every detector; a detector that throws becomes an error entry and the others still count. */
export function runDetectors(page: PageSnapshot, detectors: readonly Detector[] = DETECTORS): { findings: Scored[]; errors: Report['errors'] } {
  const findings: Scored[] = [];
  const errors: Report['errors'] = [];
  for (const detector of detectors) {
    try {
      const finding = detector.detect(page);
      if (!finding) continue;
      const strength = Math.max(0, Math.min(1, Number.isFinite(finding.strength) ? finding.strength : 0));
      if (strength === 0) continue;
      findings.push({
        id: detector.id as DetectorId,
        strength: round2(strength),
        points: Math.round(detector.weight * strength),
        evidence: finding.evidence,
        prominent: finding.prominent === true,
      });
    } catch (error) {
      errors.push({ id: detector.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings, errors };
}

/** The same page with its quotations read as its own words. */
function unquoted(page: PageSnapshot): PageSnapshot {
  return { ...page, blocks: page.blocks.map((b) => (b.quoted ? { ...b, quoted: false } : b)) };
}

export function evaluate(page: PageSnapshot, detectors: readonly Detector[] = DETECTORS): Report {
  const context = readContext(page);
  // An advising page may mark its example in words (【画面例】, 「次のメッセージが届きました。」) instead of markup.
  const read = context.advisory ? markExamples(page) : page;
  // A quotation is someone else's bill only on a page that advises around it in its own words, only while it holds
  // no working way to answer it (a number to tap, a LINE link, a form: quotations do not take calls), and only
  // while the page does not hand it to the reader to act on.
  const quotes = read.blocks.some((b) => b.quoted && !b.script);
  const quotationsHanded = quotes && quotationIsOwn(read);
  // (The page's own words counted after its examples are marked: an 【画面例】 label over the whole chat leaves the page
  // only its line of advice, red team 16.)
  const ownTextChars = read === page ? context.ownTextChars : read.blocks.reduce((n, b) => (!b.quoted && !b.script ? n + b.text.length : n), 0);
  const quotesAreOwn = quotes && (!(context.advisory && ownTextChars >= THRESHOLDS.ownTextChars) || quotationsHanded);
  const judged = quotesAreOwn ? unquoted(read) : read;
  const { findings, errors } = runDetectors(judged, detectors);
  // The bill's own way to act: near the blocks that hold its evidence (channels.ts).
  const bill = evidenceBlocks(judged, findings.flatMap((f) => f.evidence.flatMap((e) => e.values)));
  const channels = readChannels(judged, bill.size > 0 ? bill : null, context.advisory);
  const mitigations: Evidence[] = [];
  const roleOf = (f: ReportFinding): Role | undefined => ROLES[f.id] ?? detectors.find((d) => d.id === f.id)?.role;

  if (context.stepFlow) {
    const claim = findings.find((f) => f.id === 'completion-claim');
    if (claim) {
      claim.points = Math.round(claim.points * THRESHOLDS.stepFlowClaimFactor);
      mitigations.push(...context.evidence.filter((e) => e.key === 'stepFlow'));
    }
  }
  // A page that traps the Back button or plays sounds by itself behaves like the fraud, whatever its text says:
  // articles about fraud do not do that.
  const behaves = findings.some(
    (f) => (f.id === 'navigation-trap' && f.strength >= 0.5) || (f.id === 'shutter-sound' && f.evidence.some((e) => e.key === 'soundWithoutGesture')),
  );
  // The page's own interface is a bill (or a fake warning): a prominent claim or amount with another prominent part.
  const prominent = findings.filter((f) => f.prominent && f.strength >= THRESHOLDS.roleStrength);
  const ownBill =
    prominent.some((f) => roleOf(f) === 'scareware' || roleOf(f) === 'extortion') ||
    (prominent.some((f) => roleOf(f) === 'contract') && prominent.length >= 2);
  // Help pages show the way to act dead: a number masked (03-XXXX-XXXX), an address x'd out. With no live channel
  // beside it, or nearer to the bill than any live one, a masked one marks the bill as a reproduction.
  // Only on a page that advises: a masked decoy slipped into a bill says nothing on its own.
  const reproduction = context.advisory && (channels.live.length === 0 ? channels.dead.length > 0 : channels.masksNearest) && !behaves;
  // A page whose headline, above the bill, names the fraud or the harm (「サポート詐欺にご注意ください」) and that
  // advises is a helper's page, even where its reproduction is drawn like the real screen with the scammers' real
  // numbers (police pages publish them). A fraud page cannot headline itself so without telling its victim; one that
  // charges for its help is no helper (consultation-fee).
  // Not when the bill is made to be acted on: a number to tap beside it, or quotations the page hands to its reader.
  // (A headline that is all the help there is — a tagline in the site's header — is no helper's page.)
  const headlined =
    context.helperHeadline >= 0 &&
    [...context.adviceBlocks].some((b) => b !== context.helperHeadline) &&
    !behaves &&
    !billAbove(judged, bill, context.helperHeadline, findings) &&
    !channels.tapBesideBill &&
    !quotationsHanded &&
    !findings.some((f) => f.id === 'consultation-fee' && f.strength >= THRESHOLDS.roleStrength);
  // A bill drawn as the page's own with a live way to act, under a helper's headline but little help: a warning
  // banner over a fraud, or a thin help page. Bounded both ways: never cleared, never red (see the verdict below).
  // A page that tells its reader not to call or pay the screen it shows is a helper's however short.
  const thinHelp =
    headlined && ownBill && channels.live.length > 0 && !reproduction && !context.warnsOffTheBill && !helpOutweighsBill(judged, context.helperHeadline, context.adviceBlocks);
  const helper = headlined && !thinHelp;
  const advised = context.advisory && !behaves && (!ownBill || helper);
  if (advised || reproduction) {
    const factor = helper ? THRESHOLDS.helperFactor : THRESHOLDS.advisoryFactor;
    for (const f of findings) f.points = Math.round(f.points * factor);
    if (advised) mitigations.push(...context.evidence.filter((e) => e.key !== 'stepFlow'));
    if (reproduction) mitigations.push(...channels.dead);
  }

  // A helper's page, or an advising page whose bill is shown dead, stays below "?" however much it reproduces.
  const helped = (helper && advised) || (reproduction && context.advisory);
  const score = Math.min(helped ? Math.round(100 * THRESHOLDS.helperFactor) : 100, findings.reduce((sum, f) => sum + f.points, 0));
  const strengthOf = (id: DetectorId) => findings.find((f) => f.id === id)?.strength ?? 0;
  const firm = (id: DetectorId) => strengthOf(id) >= THRESHOLDS.roleStrength;
  // A picture-only call button is a finding to explain, not a part of the combination: honest shops draw them too.
  const roles = new Set(findings.filter((f) => f.strength >= THRESHOLDS.roleStrength && f.id !== 'picture-channel').map(roleOf));
  const hook = roles.has('bluff') || roles.has('lure') || roles.has('channel');
  const lure = findings.find((f) => f.id === 'contact-lure');
  const strongBluff = findings.some((f) => f.id === 'identity-bluff' && f.evidence.some((e) => STRONG_BLUFF_KEYS.has(e.key)));
  const strongLure = lure !== undefined && lure.strength >= THRESHOLDS.strongLure && lure.prominent;
  const strongHook = strongBluff || firm('shutter-sound') || firm('caller-id-186') || strongLure || strengthOf('payment-channel') >= THRESHOLDS.strongChannel;

  const collectorPart = (key: string) => findings.some((f) => f.id === 'collector-demand' && f.strength >= THRESHOLDS.roleStrength && f.evidence.some((e) => e.key === key));
  const collectorCall = () => collectorPart('settleCall');
  let rule: Report['rule'] = '';
  const extortion = strengthOf('extortion-threat');
  // A threat short of a named price counts with a clock, a way to pay, an app to install, or a page that will not
  // let the visitor leave (a trapped full-screen "your recording will be published" with a number to call).
  if (extortion >= THRESHOLDS.extortionAlone || (extortion >= THRESHOLDS.extortionWithChannel && (firm('countdown') || firm('payment-channel') || firm('app-install-lure') || firm('navigation-trap'))))
    rule = 'extortion';
  else if (strengthOf('app-install-lure') >= THRESHOLDS.appLure) rule = 'appLure';
  // 「規約違反が確認されました。示談金30万円…ご対応いただけない場合、被害届を提出」: a violation asserted and priced,
  // under a threat, to be settled by contact. No website is owed a 示談.
  else if (collectorPart('penaltyClaim') && firm('legal-threat') && (collectorPart('settleCall') || firm('countdown'))) rule = 'penaltyNotice';
  // The same settlement with the wrong told as a story (a "minor", a "spouse"): priced, due by a deadline, under a
  // threat, paid into an account or by a call.
  else if (collectorPart('settlementPriced') && firm('legal-threat') && firm('countdown') && firm('fee-demand')) rule = 'penaltyNotice';
  // A public-sounding office that charges to make a bill go away, with the fee asked for.
  else if (strengthOf('consultation-fee') >= THRESHOLDS.fakeConsultation && (firm('fee-demand') || firm('payment-channel'))) rule = 'fakeConsultation';
  else if (roles.has('contract') && roles.has('pressure') && hook) rule = 'oneClick';
  // A firm claim of a contract with its bill, and a hook honest contract pages never show: many real bills have
  // no deadline at all.
  else if (firm('completion-claim') && strengthOf('fee-demand') >= THRESHOLDS.billWithoutPressure && strongHook) rule = 'oneClick';
  // A small bill (月額4,980円) with no deadline is fraud only with both hooks: "we recorded your device" and "if you
  // registered by mistake, write to us" — the way to the second demand. An honest receipt shows neither.
  else if (firm('completion-claim') && firm('fee-demand') && strongBluff && strongLure) rule = 'oneClick';
  // A bill to be paid where no honest biller takes payment (a gift code handed over, a private chat), with a lure or
  // a bluff beside it: 「未精算 3,980円 … LINEで精算・退会する」 needs no deadline and no claim of a sign-up.
  else if (firm('fee-demand') && strengthOf('payment-channel') >= THRESHOLDS.strongChannel && (roles.has('lure') || roles.has('bluff'))) rule = 'oneClick';
  // A one-click sum to be paid in gift codes typed in or sent, or in a private chat: no honest biller takes either,
  // so the bill needs nothing else (the page after a "support" call: 「ギフトカードのコードを入力してください」).
  else if (strengthOf('fee-demand') >= THRESHOLDS.billWithoutPressure && strengthOf('payment-channel') >= THRESHOLDS.strongChannel) rule = 'untraceablePayment';
  // A well-known company's bill from a free mail box, with a desk to call "if it was not you": the refund bait
  // (「Norton 自動更新 ¥39,800 … お心当たりがない場合は48時間以内に返金窓口へ」). No vendor bills from gmail.
  else if (firm('fee-demand') && strengthOf('contact-lure') >= 1 && firm('free-mail-biller')) rule = 'oneClick';
  // A contract that "just" came into being and already threatens court: no honest sign-up does that.
  else if (firm('completion-claim') && firm('fee-demand') && firm('legal-threat')) rule = 'freshContractThreat';
  // The second stage: a debt claimed with a lawsuit and a seizure (two kinds of legal threat) and a demand to call
  // before a deadline. A licensed servicer asks for payment by its stated means; it does not ask for a call to
  // "withdraw the lawsuit", and a court's papers never arrive as a web page.
  // (A portal that shows the amount only after a case number is typed still claims the debt by name.)
  // (Or it asks for the money itself: a debt by name, its sum, a deadline — 「5営業日以内にお振込みいただいた場合に限り
  // 和解金として89,000円」 — under the same two threats.)
  // (Or under one kind of threat, with every other part there: a debt by name, its sum, a deadline and the call —
  // red team 15 deleted the seizure from a fake law office and kept the rest. A statute names a lawsuit and a sum too,
  // but sets no deadline for the reader and asks no call.)
  else if (
    strengthOf('legal-threat') >= THRESHOLDS.collectorThreat &&
    ((collectorCall() && (firm('fee-demand') || firm('countdown') || collectorPart('debtClaim'))) || (collectorPart('debtClaim') && firm('fee-demand') && firm('countdown')))
  )
    rule = 'collectorThreat';
  else if (
    strengthOf('legal-threat') >= THRESHOLDS.collectorOneThreat &&
    collectorCall() &&
    collectorPart('debtClaim') &&
    firm('fee-demand') &&
    firm('countdown')
  )
    rule = 'collectorThreat';
  else if (
    strengthOf('scareware') >= THRESHOLDS.scarewareAlone ||
    (strengthOf('scareware') >= THRESHOLDS.scarewareWithTrap && (firm('navigation-trap') || firm('shutter-sound')))
  )
    rule = 'supportScam';
  // Worth a "?" but not an overlay: three of the parts, or a fake-warning claim on its own. Two parts are what
  // honest pages share (a bill and a deadline; a sign-up and a cancel number).
  // (A warning's words with no way to act on them and no alarm — a how-to page showing the real Windows notices — are
  // no "?": a fake warning works only through the number, the button, the app or the trap.)
  else if (
    (roles.has('contract') && roles.size >= 3) ||
    (roles.has('pressure') && hook && roles.size >= 3) ||
    (firm('scareware') && (channels.live.length > 0 || behaves || findings.some((f) => f.id === 'scareware' && f.evidence.some((e) => e.key === 'fixButton' || e.key === 'callNow')))) ||
    firm('extortion-threat') ||
    firm('app-install-lure') ||
    strengthOf('picture-channel') >= 1 ||
    // Parts that sum to the red line with a live way to act, in no combination we know: worth a look, never an
    // overlay (red team 15 cut one kind of threat from a fake law office that still scored 60).
    (score >= THRESHOLDS.fraud && ownBill && channels.live.length > 0)
  )
    rule = 'partial';

  let verdict: Verdict = 'clean';
  // ...and it never pushes a combination of the page's words over the red line.
  const pictures = findings.find((f) => f.id === 'picture-channel')?.points ?? 0;
  if (rule !== '' && rule !== 'partial' && score - pictures >= THRESHOLDS.fraud) verdict = 'fraud';
  else if (rule !== '' && score >= THRESHOLDS.suspicious) verdict = 'suspicious';
  // A fraud takes no victim without a live way to act: without one we saw, at most "?" (a page that traps the Back
  // button or plays sounds by itself behaves like the fraud whatever its text shows).
  if (verdict === 'fraud' && (channels.live.length === 0 || reproduction) && !behaves) {
    verdict = 'suspicious';
    // (A masked value the page shows is said too: it is why the reader could not act, even where it proves nothing.)
    if (channels.live.length === 0) mitigations.push({ key: 'noLiveChannel', values: [] }, ...(reproduction ? [] : channels.dead.map((e) => ({ ...e, key: 'maskedOnly' }))));
  }
  if (verdict === 'fraud' && thinHelp) {
    verdict = 'suspicious';
    // Said as it is: a warning line over a bill one can still pay or call, not a help page.
    mitigations.push({ key: 'warningOverLiveBill', values: channels.live.flatMap((e) => e.values).slice(0, 2) });
  }

  findings.sort((a, b) => b.points - a.points);
  const reported: ReportFinding[] = findings.map(({ id, points, strength, evidence }) => ({ id, points, strength, evidence }));
  return { verdict, score, findings: reported, rule: verdict === 'clean' ? '' : rule, category: categoryOf(rule, reported), mitigations, channels: reproduction ? [] : channels.live, errors };
}

/** The kind of fraud: from the rule that decided, else from the strongest finding. */
function categoryOf(rule: Report['rule'], findings: readonly ReportFinding[]): Category {
  if (rule === 'extortion' || rule === 'appLure' || rule === 'penaltyNotice') return 'extortion';
  if (rule === 'supportScam') return 'support-scam';
  // Paid in codes: the kind is told by what else the page says (a support fee, a ransom), else a bill's.
  if (rule === 'untraceablePayment') return findings.some((f) => f.id === 'scareware') ? 'support-scam' : findings.some((f) => f.id === 'extortion-threat') ? 'extortion' : 'one-click';
  if (rule === 'oneClick' || rule === 'freshContractThreat' || rule === 'collectorThreat' || rule === 'fakeConsultation') return 'one-click';
  const top = findings[0]?.id;
  if (top === 'extortion-threat' || top === 'app-install-lure') return 'extortion';
  if (top === 'scareware' && !findings.some((f) => f.id === 'completion-claim')) return 'support-scam';
  return 'one-click';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const RANK: Record<Verdict, number> = { clean: 0, suspicious: 1, fraud: 2 };

/** The report that counts for a tab made of several frames: the worst verdict, then the highest score. */
export function worstReport(reports: readonly Report[]): Report {
  let worst = reports[0]!;
  for (const r of reports) {
    if (RANK[r.verdict] > RANK[worst.verdict] || (r.verdict === worst.verdict && r.score > worst.score)) worst = r;
  }
  return worst;
}
