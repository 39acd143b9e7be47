// 「動画を家族や学校にばらまく。削除してほしければ示談金を払え」: sextortion and image-chat extortion. A chat
// contact records a video call or gets photos, then threatens to send them to the victim's family, school,
// workplace or SNS unless money is paid, often in gift cards, through a LINE or KakaoTalk ID. Paying brings new
// demands, never deletion. Pages that warn about it quote the same words, in quotation marks or told as what
// happened (「…ばらまく」と脅され): those are not the page's own threat.
import { defineDetector, type Evidence } from './define';
import { anyStandsOut, evidence, matchBlocks, near, quotedFactor } from './helpers';

// What is threatened: the recording or the pictures.
const MEDIA = /動画|映像|画像|写真|録画|録音|ビデオ|ムービー|スクショ|スクリーンショット|裸|恥ずかしい姿|わいせつ|性的/;
// Whom it will reach, and how.
const AUDIENCE =
  '(?:ご?家族|親|ご?両親|親御さん|兄弟|姉妹|友人|友達|友だち|知人|知り合い|学校|クラス|同級生|先生|職場|会社|勤務先|同僚|上司|取引先|SNS|Twitter|ツイッター|Instagram|インスタ|Facebook|フェイスブック|TikTok|連絡先|電話帳|アドレス帳|フォロワー|知り合い全員|全員|ネット上?|インターネット|掲示板|アダルトサイト)';
// Spreading, said as what will happen (not as what happened, or as advice).
const SPREAD =
  '(?:拡散(?:する|します|させ|してやる|され)|晒(?:す|します|してやる|され)|さら(?:す|します)|ばらま(?:く|きます|かれ)|ばら撒(?:く|きます|かれ)|送りつけ(?:る|ます)|送り付け(?:る|ます)|送(?:る|ります|信します|付します)|流(?:す|します|出させ)|公開(?:する|します|され)|投稿(?:する|します)|アップ(?:する|します|ロードします)|見せ(?:る|ます)|共有(?:する|します))';
// Whom it reaches, then how: 「動画を家族と学校にばらまきます」.
const THREAT = new RegExp(`${AUDIENCE}(?:の方|の皆さん|すべて|全て|全員|みんな)?(?:に|へ|や|・|と|にも|中に|全体に|上に|で)[^。\\n]{0,24}?${SPREAD}`, 'g');
// What it costs to stop it.
const DEMAND = /示談金|削除費用|削除料|削除代|慰謝料|解決金|口止め料?|和解金|お金を(?:払|振り込|用意)|支払(?:え|いなさい|わなければ|わない場合)|振り込め|払え/g;
const PAY = /払|振込|振り込|送金|ギフト|電子マネー|示談|削除|用意/;
// The condition that makes sharing a threat: 「連絡がない場合」「消してほしければ」「されたくなければ」.
const COERCION = /なければ|ない場合|されたく|嫌なら|ほしければ|たければ|連絡がない|対応がない|無視(?:すれば|した場合|したら)/;
const MEDIA_DISTANCE = 2;
const DEMAND_DISTANCE = 6;

export default defineDetector({
  id: 'extortion-threat',
  weight: 60, // a threat to spread images with a demand is the whole extortion on one screen (see evaluate.ts)
  role: 'extortion',
  evidenceKeys: ['spreadThreat', 'extortionDemand', 'privateChannel'],
  detect(page) {
    const threats = matchBlocks(page, THREAT, { limit: 10, needs: /拡散|晒|さら|ばらま|ばら撒|送|流|公開|投稿|アップ|見せ|共有/ }).filter((m) =>
      page.blocks.some((b, i) => near(i, m.index, MEDIA_DISTANCE) && !b.quoted && MEDIA.test(b.text)),
    );
    if (threats.length === 0) return null;
    const demands = matchBlocks(page, DEMAND, { limit: 5, needs: /示談|削除|慰謝|解決金|口止め|和解|お金|支払|振り込|払え/ }).filter((m) => !m.inQuotes);
    // An amount counts as the demand where the page asks for it to be paid (a shop's prices do not).
    // Sharing photos of an event is announced with a fee too: an amount is a ransom only under a condition.
    const coerced = page.blocks.some((b, i) => !b.quoted && COERCION.test(b.text) && threats.some((m) => near(i, m.index, DEMAND_DISTANCE)));
    const amounts = coerced ? page.amounts.filter((a) => a.yen >= 1000 && PAY.test(page.blocks[a.block]?.text ?? '') && threats.some((m) => near(a.block, m.index, DEMAND_DISTANCE))) : [];
    const channels = page.contacts.filter((c) => c.kind !== 'tel' && threats.some((m) => near(c.block, m.index, DEMAND_DISTANCE * 2)));
    const found: Evidence[] = [evidence('spreadThreat', threats.map((m) => m.match[0]))];
    const demanded = demands.length > 0 || amounts.length > 0;
    // Pictures to be shared, with no price and no condition, are an announcement, not a threat.
    if (!demanded && !coerced) return null;
    if (demanded) found.push(evidence('extortionDemand', [...demands.map((m) => m.match[0]), ...amounts.map((a) => a.text)]));
    if (channels.length > 0) found.push(evidence('privateChannel', channels.map((c) => c.value)));
    const strength = (demanded ? 1 : channels.length > 0 ? 0.7 : 0.4) * quotedFactor(threats);
    return { strength, evidence: found, prominent: anyStandsOut(threats) };
  },
});
