// The cheap gate in front of the scan. Most pages a person opens — Japanese ones included — are no billing
// screen; for them the extension must cost almost nothing: one native textContent read and a few regex tests.
// A page passes when its text holds words of two different parts of the fraud pattern (a claim or a bill, and
// pressure, a bluff or a lure), or a fake-warning phrase, or when it behaves alarmingly. Small pages always pass:
// they are cheap to read, and their bill may sit in a shadow root that textContent does not show.
import type { Behaviour } from '../detectors/snapshot/schema';

const CATEGORIES: readonly RegExp[] = [
  /登録|入会|契約|加入|インストール|申し?込/, // claim
  /円|¥|￥|料金|請求|振込|振り込|支払|入金|金額/, // bill
  /期限|以内|本日中|残り|延滞|法的|裁判|訴訟|差押|差し押|回収/, // pressure
  /IP|ＩＰ|アイピー|端末|機種|識別|ID|ＩＤ|お客様番号|会員番号|ブラウザ/, // bluff
  /186|１８６|番号通知|非通知|退会|解約|誤って|誤操作|誤作動|間違って|身に覚え/, // lure
];
const SCAREWARE = /ウイルス|ウィルス|感染|トロイ|スパイウェア|マルウェア|ランサム|遠隔操作|ロックされ|ブロックされ|infected|trojan|spyware|malware|virus(?:es)? (?:detected|found)|has been (?:blocked|locked|compromised)|call (?:microsoft|apple) support/i;
// Zero-width characters and soft hyphens inside words are how a page hides its words from exactly this test.
const HIDING = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SMALL_PAGE = 3000;
// Behaviour that makes a page worth reading whatever it says.
const ALARMING: ReadonlySet<Behaviour['type']> = new Set(['popstate-repush', 'fullscreen', 'alert', 'media-play', 'audio-context', 'vibrate']);

export const alarming = (behaviour: readonly Behaviour[]): boolean => behaviour.some((b) => ALARMING.has(b.type) && b.gesture === false);

/** Text worth a full scan. */
export function worthReading(text: string): boolean {
  if (text.length < SMALL_PAGE) return /\S/.test(text);
  if (SCAREWARE.test(text) || HIDING.test(text)) return true;
  let parts = 0;
  for (const category of CATEGORIES) if (category.test(text) && ++parts >= 2) return true;
  return false;
}

export function pageNeedsScan(doc: Document, behaviour: readonly Behaviour[]): boolean {
  return worthReading(`${doc.title}\n${doc.body?.textContent ?? ''}`) || alarming(behaviour);
}
