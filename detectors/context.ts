// Page-level context that argues *against* fraud. A news article, a consumer-centre Q&A or a security blog quotes
// every signal of a billing screen — 「登録完了」「99,000円」「186-03-…」 — and then tells the reader not to call.
// Only the page's own visible words count here: never text recovered from scripts (the visitor does not see it),
// never hidden text (the collector drops it), never a quotation (a testimonial that mentions 188 is not advice).
// A fraud page can write all of this too, so context only ever lowers a score by a bounded factor, and not at all
// for a bill that is the page's own interface (see evaluate.ts).
import type { Evidence } from './define';
import { evidence, matchBlocks, sentenceAt, type BlockMatch } from './helpers';
import type { PageSnapshot } from './snapshot/schema';

// Talking *about* fraud (not denying being one: 「当サイトは詐欺ではありません」 does not count).
const ABOUT_FRAUD =
  /(?:ワンクリック|架空|不当|サポート|フィッシング|振り込め|特殊)?詐欺(?!(?:サイト)?(?:では|じゃ)(?:ありません|ない|ございません))|架空請求|不当請求|ワンクリック請求|偽(?:の)?(?:警告|画面|サイト|請求|セキュリティ|ウイルス|サポート|ポップアップ)|悪質(?:な)?(?:サイト|業者)|手口|セクストーション|性的(?:な画像を使った)?脅迫|脅迫(?:被害|事件|の手口|メール|画面|メッセージ|文)|脅され(?:て|た)|(?:を使った|による)脅(?:迫|し)|脅(?:迫|し)(?:に|へ)(?:注意|気をつけ|ご注意)|(?:性的な?(?:画像|動画)|ネットトラブル|インターネットトラブル|消費者トラブル|詐欺)[^。\n]{0,10}?(?:被害|相談窓口)|不審な(?:SMS|ショートメッセージ|メール|電話|サイト|請求|メッセージ|アプリ)/g;
const ABOUT_NEEDS = /詐欺|架空|不当請求|ワンクリック|偽|悪質|手口|セクストーション|脅|被害|相談窓口|不審な/;
// Advice that only a helper gives: don't call, don't pay, ignore it, consult 188 / the police / IPA.
const ADVICE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/電話|連絡|返信|問い合わせ/, /(?:電話|連絡|返信|問い合わせ|お問い合わせ)(?:を)?(?:し)?ない(?:で|よう|こと)|(?:電話|連絡)せず|電話を?かけ(?:ない(?:で|よう|こと)|ずに)|絶対に(?:電話|連絡)|連絡を取らない/g],
  [/払/, /(?:支払|払)わない(?:で|よう|こと)|(?:支払|払)わず|(?:支払う|払う)(?:必要|義務)は(?:ありません|ない)|支払いに応じない/g],
  // What help groups tell victims of extortion: stop answering, block, keep the messages, call #8103.
  [/返信|ブロック|8103|セーフライン|消さず|保存/, /返信(?:を)?(?:やめ|しない)|ブロックし|#?8103|セーフライン|(?:メッセージ|画面|やり取り|記録)(?:は|を)?(?:消さず|保存)/g],
  [/無視|放置/, /無視して(?:ください|構いません|かまいません|大丈夫|OK)|無視しましょう|無視してよい|放置して(?:ください|構いません|大丈夫)/g],
  [/契約|特定され|わかる|分かる/, /契約(?:は|が)成立して(?:い)?(?:ません|ない)|契約は無効|特定され(?:ることは|る心配は|ることも|ません)|(?:分かる|わかる)わけではありません/g],
  [/消費|国民生活|9110|警察|安心相談|IPA/, /消費者ホットライン|消費生活センター|国民生活センター|#9110|警察相談|情報セキュリティ安心相談窓口|(?<![A-Za-z])IPA(?![A-Za-z])/g],
];
// 「ご相談ください」 with no desk named: a helper says it, and so does a fraud page sending its victim to its own
// "official desk below". It counts only beside advice of the kinds above.
const ASK_TO_CONSULT = /相談(?:して|しましょう|ください|窓口)/g;
// Advice not to answer the screen itself (「画面の番号には絶対に電話しないでください」「身に覚えのない請求は無視して、
// 電話しないで」): what no fraud page can tell its victim about its own bill.
// (Not 「不審なメッセージには返信しないで」: a fraud page says that of others, over its own bill.)
const WARNS_OFF_THE_BILL =
  /(?:(?:画面|警告|ポップアップ)(?:上|内)?(?:に表示された|に出た|に出る|の)(?:電話)?番号|表示され(?:た|る)(?:電話)?番号|この(?:画面|請求|番号)|身に覚えのない(?:請求|料金))(?![^。\n]{0,12}?(?:以外|以前|他|ほか))[^。\n]{0,12}?(?:絶対に)?(?:電話|連絡|返信|支払|払)(?:を)?(?:し)?(?:ない(?:で|よう)|わない(?:で|よう)|せず)/;
const VOUCHES = /以外|(?:当|弊)(?:社|サイト|事務所|センター)(?:から|の)(?:正式|公式)|公式(?:の)?(?:窓口|サイト)(?:のみ|だけ)/;
// A sign-up flow that shows its steps (入力 → 確認 → 完了): the user chose each one.
const STEP_FLOW = /(?:STEP|ステップ) ?[1-4]|入力 ?[>→»〉] ?確認 ?[>→»〉] ?完了|ご?入力内容(?:の)?確認|確認画面/g;

// The page's own headline (its first top-level heading) in a size a visitor reads as one.
const HEADLINE_PX = 16;

export interface PageContext {
  /** The page discusses fraud and advises the reader: its billing words are quotations, not a bill. */
  advisory: boolean;
  /** The page shows the steps of a sign-up or order the visitor went through. */
  stepFlow: boolean;
  /** Characters of the page's own visible text (not quoted, not from scripts): how much the page says itself. */
  ownTextChars: number;
  /**
   * The block of the page's headline when it names fraud or the harm (「サポート詐欺にご注意ください」「脅されている
   * 方へ」) and the page advises: a helper's page, whatever it reproduces below it. -1 otherwise.
   */
  helperHeadline: number;
  /** The blocks in which the page talks about fraud or advises, in its own visible words. */
  adviceBlocks: ReadonlySet<number>;
  /** The page tells its reader not to call, answer or pay the screen or bill it shows. */
  warnsOffTheBill: boolean;
  evidence: Evidence[];
}

export function readContext(page: PageSnapshot): PageContext {
  const visible = { script: false, quoted: false, limit: 40 };
  const about = matchBlocks(page, ABOUT_FRAUD, { ...visible, needs: ABOUT_NEEDS });
  const titleAbout = ABOUT_FRAUD.test(page.title);
  ABOUT_FRAUD.lastIndex = 0;
  // 「この画面以外の請求には連絡しないでください」「当社以外からの…」: a page vouching for itself, not advice (red team 11).
  const firm = distinctAdvice(ADVICE.map(([needs, pattern]) => matchBlocks(page, pattern, { ...visible, needs }).filter((m) => !VOUCHES.test(sentenceAt(m.block.text, m.match.index)))));
  const consult = firm.length > 0 ? matchBlocks(page, ASK_TO_CONSULT, { ...visible, needs: /相談/ }) : [];
  const advice = consult.length > 0 ? [...firm, consult] : firm;
  const steps = matchBlocks(page, STEP_FLOW, { script: false, limit: 3, needs: /STEP|ステップ|入力|確認画面/ });
  const discussing = about.length > 0 || titleAbout;
  // Fraud named in the title or a heading, or again and again: the page is about fraud.
  const headlined = titleAbout || about.some((m) => m.block.heading > 0) || new Set(about.map((m) => m.index)).size >= 3;
  const found: Evidence[] = [];
  if (discussing) found.push(evidence('aboutFraud', about.map((m) => m.match[0])));
  if (advice.length > 0) found.push(evidence('advice', advice.map((m) => m[0]!.match[0])));
  if (steps.length > 0) found.push(evidence('stepFlow', steps.map((m) => m.match[0]), 1));
  return {
    helperHeadline: advice.length > 0 ? headlineAbout(page) : -1,
    // Two different pieces of advice, one while discussing fraud, or fraud as the headline: a helper's page.
    advisory: advice.length >= 2 || (discussing && advice.length >= 1) || headlined,
    stepFlow: steps.length > 0,
    ownTextChars: page.blocks.reduce((n, b) => (!b.quoted && !b.script ? n + b.text.length : n), 0),
    adviceBlocks: new Set([...about, ...advice.flat()].map((m) => m.index)),
    warnsOffTheBill: firm.some((matches) => matches.some((m) => WARNS_OFF_THE_BILL.test(sentenceAt(m.block.text, m.match.index)))),
    evidence: found,
  };
}

/**
 * The kinds of advice the page gives, each with its matches; a kind whose every match is words another kind already
 * read is no second piece of advice (「このメールに返信しないでください」 is one line, however many lists hold it — and
 * the sign-off of a threat mail).
 */
function distinctAdvice(kinds: BlockMatch[][]): BlockMatch[][] {
  const counted: BlockMatch[][] = [];
  const overlaps = (a: BlockMatch, b: BlockMatch) =>
    a.index === b.index && a.match.index < b.match.index + b.match[0].length && b.match.index < a.match.index + a.match[0].length;
  for (const matches of kinds) {
    if (matches.length === 0) continue;
    if (matches.every((m) => counted.some((kind) => kind.some((c) => overlaps(m, c))))) continue;
    counted.push(matches);
  }
  return counted;
}

// Headlines of help and story pages that name no fraud word: 「…と言われたら」「…が届いたら」「注意喚起」, a victim's
// 「…払ってしまった話」.
const HELP_HEADLINE = /と言われたら|と(?:請求|要求)されたら|が届いたら|と表示されたら|注意喚起|(?:払って|支払って|電話して|連絡して|引っかかって|騙されて|だまされて)しまった|体験談|被害に(?:遭|あ)った/;

/**
 * The block of the page's headline when it names fraud or the harm: its first h1, or its first h2 (a blog's or a
 * news site's h1 is often the site's own name, the article's title an h2). -1 otherwise.
 */
function headlineAbout(page: PageSnapshot): number {
  for (const level of [1, 2]) {
    const at = page.blocks.findIndex((b) => b.heading === level && !b.quoted && !b.script);
    const block = page.blocks[at];
    if (!block || (block.fontPx > 0 && block.fontPx < HEADLINE_PX)) continue;
    ABOUT_FRAUD.lastIndex = 0;
    const about = ABOUT_FRAUD.test(block.text) || HELP_HEADLINE.test(block.text);
    ABOUT_FRAUD.lastIndex = 0;
    if (about) return at;
  }
  return -1;
}
