// Whose words a block is. The collector marks quotations by markup (blockquote, q, cite, figure); pages that show a
// bill as an example mark it in words instead: a label line 「（画面例）」「▼実際の請求画面（見本）」 or a sentence
// that introduces it 「次のメッセージが届きました。」「以下のような画面が表示されます：」, followed by the example
// as a run of short lines. Those lines are read as quoted too.
//
// The page writes all of this, so a fraud page can label its own bill "example". What it cannot do and still work
// as a bill is leave out the way to answer it: a number to tap, a mail or LINE link, a form to type codes into.
// Quotations that hold such a working interface are the page's own (see quotationIsOwn).
import type { Block, PageSnapshot } from './snapshot/schema';
import { helpDesk } from './channels';

// A label of its own: 【例】, （画面例）, ▼見本, 実際の画面（イメージ）, 再現.
const EXAMPLE_LABEL =
  /^[\s【（(［\[▼▽■□◆◇●〈《<〔「]*(?:[^\s。、]{0,12}?(?:画面|メッセージ|メール|文面|表示|請求|脅迫文|チャット|やり取り|手口))?[\s（(［\[]*(?:例|見本|イメージ|サンプル|再現|一例|記載例|画面例|文例)[\s）)］\]】〉》>〕」]*[:：]?\s*$/;
// A sentence that introduces what follows as something shown or received: …が届きました。 …と表示されます：
// 「画面の文字をそのまま打ちます。」
const INTRODUCTION =
  /(?:次|以下|下記|こちら|こんな|このような|下の|実際の)(?:の)?(?:ような|ように)?[^。\n]{0,20}?(?:メッセージ|メール|画面|文面|文章|表示|内容|請求|脅し|脅迫|やり取り|チャット)[^。\n]{0,16}?(?:届き|届い|表示され|送られ|送信され|来ま|来て|出ま|出て)[^。\n]{0,8}?(?:[(（][^)）\n]{0,16}[)）])?[。:：]?\s*$|(?:例えば|たとえば)[^。\n]{0,30}?(?:次|以下|こんな|このような)[^。\n]{0,30}[:：。]\s*$|(?:以下|次|下記|下の画面)(?:は|が)[^。\n]{0,40}?(?:再現|見本|イメージ|サンプル|例)(?:した|したもの|です|になります|の)[^。\n]{0,12}[。:：]|(?:画面|表示|メッセージ|メール|文面|文字|内容)[^。\n]{0,12}?(?:そのまま|以下に|下に|ここに)[^。\n]{0,8}?(?:打ち|書き|写し|貼り|コピーし|載せ)(?:ます|ました|ておきます)[)）]?[。:：]?\s*$/;
// Whose screen it was, said as a label (「相談者が見た画面」「別の相談者が見た表示」): someone else's, shown.
const SEEN_BY_OTHERS = /^[\s【（(［\[▼▽■□◆◇●〈《<〔「]*(?:別の)?(?:相談者|利用者|被害者|読者|視聴者|ご本人|お客様)(?:様)?(?:が|の)(?:実際に)?(?:見た|受け取った|受信した)(?:画面|表示|メッセージ|メール|文面|通知)/;
// A caption naming the consultation it came from (「▲ 2024年8月の相談より（文字起こし・再構成）」).
const FROM_A_CASE = /^[▲△↑※\s]*[^。\n]{0,30}?(?:の相談|相談事例|ご相談|通報|事例)(?:より|から)(?:[（(][^）)\n]{0,20}[）)])?\s*$/;
// A mark inside the example itself (【見本】, （画面例）) or a caption under it ending in 例・見本・イメージ.
const EXAMPLE_MARK = /[【（(［\[〔](?:[^】）)］\]〔〕]{0,16}?)(?:見本|画面例|イメージ|サンプル|再現|記載例|例)[^】）)］\]〕]{0,8}[】）)］\]〕]/;
// (A news photo's caption says it in brackets at its end: 「…（県警提供の画像を基に本社で再現、一部加工）」.)
const CAPTION = /(?:画面|請求|メッセージ|メール|表示|文面|警告|脅迫文|チャット)[^\n]{0,100}?(?:例|見本|イメージ|サンプル|再現)(?:[、,][^。\n）)]{0,8})?[)）】\]」]*[。.]?\s*$/;
// A numbered figure's caption (「図2　誘導先サイトの再現（主要部分）」「写真1 確認されたSMSの例」): an article's own
// label, above or below its figure.
const FIGURE_CAPTION =
  /^[\s【（(［\[]*(?:図|画像|写真|イラスト|資料|Fig\.?|Figure)\s*[0-9０-９]{1,2}[\s:：.．、]*[^。\n]{0,30}?(?:例|見本|イメージ|サンプル|再現)(?:[（(][^）)\n]{0,20}[）)])?[\s】）)\]]*$/i;
// A caption sits right under what it describes.
const CAPTION_BLOCKS = 8;
// An example is a run of short lines (a screen, chat bubbles); the page's own prose or a heading ends it.
const EXAMPLE_LINE = 80;
const EXAMPLE_BLOCKS = 24;
const HEAD_OF_EXAMPLE = 3;

const ends = (b: Block) => (b.heading > 0 && b.heading <= 3) || (b.prose && b.text.length > EXAMPLE_LINE) || b.text.length > EXAMPLE_LINE * 2;

/** The same page with examples that are introduced in words marked as quoted (the snapshot itself is not changed). */
export function markExamples(page: PageSnapshot): PageSnapshot {
  let blocks: Block[] | null = null;
  for (let i = 0; i < page.blocks.length; i++) {
    const label = page.blocks[i]!;
    if (label.quoted || label.script || label.link) continue;
    const text = label.text;
    if (text.length > EXAMPLE_LINE * 2) continue;
    if ((EXAMPLE_MARK.test(text) && !EXAMPLE_LABEL.test(text)) || (SEEN_BY_OTHERS.test(text) && text.length > 30)) {
      // The example marks itself: the block is the example (and the caption rule below may add the lines above).
      blocks ??= page.blocks.slice();
      blocks[i] = { ...label, quoted: true };
    }
    // (A numbered figure's caption is above its figure when short lines follow it, below it when the article does.)
    const figure = FIGURE_CAPTION.test(text);
    const next = page.blocks[i + 1];
    const figureBelow = figure && (next === undefined || next.script || (next.prose && next.text.length > EXAMPLE_LINE) || next.text.length > EXAMPLE_LINE * 2);
    const labelled = EXAMPLE_LABEL.test(text) || (SEEN_BY_OTHERS.test(text) && text.length <= 30);
    const fromCase = FROM_A_CASE.test(text);
    if (!(figure || labelled || fromCase || INTRODUCTION.test(text) || CAPTION.test(text))) continue;
    const caption = figureBelow || fromCase || (!figure && CAPTION.test(text) && !INTRODUCTION.test(text) && !labelled);
    if (caption) {
      // A caption: the example is the run of lines above it.
      for (let k = i - 1; k >= 0 && i - k <= CAPTION_BLOCKS; k--) {
        const b = page.blocks[k]!;
        if (b.script || ends(b)) break;
        blocks ??= page.blocks.slice();
        if (!b.quoted) blocks[k] = { ...b, quoted: true };
      }
      continue;
    }
    let j = i + 1;
    for (; j < page.blocks.length && j - i <= EXAMPLE_BLOCKS; j++) {
      const b = page.blocks[j]!;
      // What an introduction points at comes right after it, however long its text (a reproduced warning window
      // is one long block); past the first few lines, the page's own prose ends the example.
      // (The reproduced screen's own title may be its first line: 「登録完了」 right under 「図2 …の再現」.)
      if (b.script || (b.heading > 0 && b.heading <= 3 && j > i + 1) || (j - i > HEAD_OF_EXAMPLE && ends(b))) break;
      blocks ??= page.blocks.slice();
      if (!b.quoted) blocks[j] = { ...b, quoted: true };
    }
    i = j - 1;
  }
  return blocks ? { ...page, blocks } : page;
}

// The page's own words handing a quotation to the reader: 「お客様の端末には、現在以下のご案内が表示されております。
// お手続きください」「上記は…お客様の端末で確認されたご登録内容です。…までご連絡」. An article says whose screen it
// was and tells the reader not to answer it; it never asks the reader to act on it.
const ADDRESSED = /(?:お客様|あなた|ご本人|貴殿|ご利用者|閲覧者)[^。\n]{0,40}?(?:表示|ご案内|ご登録|請求|確認され|記録され)/;
const ACT_ON_IT = /(?:お?手続き|ご?連絡|お?支払|ご?入金|お?電話|ご?精算|お?振込)[^。\n]{0,12}?(?:ください|下さい|願います|お願い)|までご?連絡/;
const NOT_TO = /ないで|しない|せず|無視|不要|必要はありません|応じない/;
const ENDORSE_DISTANCE = 2;

/** Whether the page's own words next to a quotation hand it to the reader to act on. */
function endorsed(page: PageSnapshot): boolean {
  const blocks = page.blocks;
  return blocks.some((b, i) => {
    if (b.quoted || b.script) return false;
    let quoteNear = false;
    for (let k = Math.max(0, i - ENDORSE_DISTANCE); k <= Math.min(blocks.length - 1, i + ENDORSE_DISTANCE) && !quoteNear; k++) quoteNear = blocks[k]!.quoted;
    if (!quoteNear) return false;
    const sentences = b.text.split(/(?<=[。！？\n])/);
    const addressed = sentences.some((t) => ADDRESSED.test(t) && !NOT_TO.test(t));
    return addressed && sentences.some((t) => ACT_ON_IT.test(t) && !NOT_TO.test(t));
  });
}

/**
 * Whether a quotation is the page's own after all: the page's words hand it to the reader (see endorsed), or it
 * holds a working way to answer it: a tel: link, a mail, LINE or chat link, a form. Articles
 * and Q&A posts quote a bill's words; they do not give the fraud a button to tap.
 */
export function quotationIsOwn(page: PageSnapshot): boolean {
  const quoted = (block: number) => page.blocks[block]?.quoted === true;
  // The button one element outside the quotation answers it just the same (「<blockquote>…bill…</blockquote>
  // <a href="tel:…">」): a help page follows a quoted message with its advice, not with a way to answer it.
  const beside = (block: number) => {
    if (quoted(block)) return false;
    for (let d = 1; d <= BESIDE_QUOTE; d++) if (quoted(block - d) || quoted(block + d)) return true;
    return false;
  };
  const answers = (block: number) => quoted(block) || (beside(block) && !helpDesk(page, block));
  return (
    endorsed(page) ||
    page.phones.some((p) => p.tel && answers(p.block) && !helpDesk(page, p.block, p.digits)) ||
    // Beside a quotation only a number to tap counts: a form, a LINE or mail link there is too often the site's own
    // (a search box, a newsletter, a share button).
    page.contacts.some((c) => quoted(c.block) && (c.kind === 'form' || (c.kind !== 'tel' && page.blocks[c.block]!.link))) ||
    page.apps.some((a) => quoted(a.block))
  );
}

// Blocks between a quotation and a working way to answer it that still count as beside it.
const BESIDE_QUOTE = 2;
