// 「お客様のIPアドレス 126.33.…」「個体識別番号」「ご利用端末 iPhone」: information every website receives, shown as
// if it identified the visitor. It reveals no name or address. IP-checker tools show the same data honestly,
// so this counts only with a bill.
import { defineDetector, type Evidence } from './define';
import { anyStandsOut, evidence, itemStandsOut, matchBlocks, sentenceAt } from './helpers';

const IP_LABEL = /IP|アイピー|接続元|リモートアドレス|remote.?addr/i;
// A device, browser, provider or host label followed by a value.
const DEVICE_FACT =
  /(?:ご?利用|ご?使用|お使いの|あなたの|ご契約)?(?:リモートホスト|ホスト名?|プロバイダー?|契約キャリア|キャリア|携帯会社|端末情報|端末|機種名?|ブラウザ|OS|ユーザーエージェント|user.?agent|UA)(?:情報)?( ?[:=(（] ?| )([A-Za-z0-9][^\s:]{1,40}|[^\s:]{2,20})/gi;
// What a service supports is no echo of the visitor: 「対応OS：iOS 12以降」「動作環境」「推奨ブラウザ」.
const REQUIREMENT = /対応|動作環境|推奨|以降|以上|必要環境|ご利用環境|利用可能/;
// Without a colon only in a table or list, where the label sits in its own cell: 「ホスト名 | ab.example.ne.jp」.
const CELL_TAGS = new Set(['th', 'td', 'dt', 'dd']);
// Labels whose value the page fills in by script (empty in the source): 「ご利用端末：」 + navigator.userAgent.
const DEVICE_LABEL_ONLY = /(?:ご?利用|お使いの|あなたの)?(?:端末情報|端末|機種|ブラウザ|ユーザーエージェント)(?:情報)? ?[:=]? ?$/;
// 「記録しました」「特定しました」: the claim that the data was captured.
const RECORDED =
  /(?:記録|取得|特定|照会|把握|保存|登録)(?:・(?:記録|保存|取得))?(?:しました|いたしました|致しました|済み|されました|されています|しております|させていただきました)|(?:お客様|あなた|ご利用者様?)の(?:IPアドレス|個人情報|端末情報|接続情報|位置情報|契約者情報)/g;

const ABOUT_VISITOR = /IP|端末|機種|個体識別|情報|あなた|お客様|ご利用者|貴殿|位置|接続|アクセス|履歴|画像|写真|顔/;

export default defineDetector({
  id: 'identity-bluff',
  weight: 15, // a bluff: with a bill and pressure it completes the one-click pattern (see evaluate.ts)
  role: 'bluff',
  evidenceKeys: ['ipShown', 'deviceShown', 'idShown', 'browserEcho', 'dataRecorded'],
  detect(page) {
    const found: Evidence[] = [];
    let kinds = 0;
    const ips = page.ips.filter((ip) => {
      const block = page.blocks[ip.block];
      return block && !block.quoted && IP_LABEL.test(block.text);
    });
    if (ips.length > 0) {
      kinds++;
      found.push(evidence('ipShown', ips.map((ip) => ip.value)));
    }
    const facts = matchBlocks(page, DEVICE_FACT, { needs: /ホスト|プロバイダ|キャリア|携帯会社|端末|機種|ブラウザ|OS|ユーザーエージェント|agent|UA/i }).filter(
      (m) => (m.match[1] !== ' ' || CELL_TAGS.has(m.block.tag)) && !REQUIREMENT.test(m.block.text.slice(Math.max(0, m.match.index - 12), m.match.index + m.match[0].length + 12)),
    );
    if (facts.length > 0) {
      kinds++;
      found.push(evidence('deviceShown', facts.map((m) => m.match[0])));
    }
    const ids = page.ids.filter((id) => !page.blocks[id.block]?.quoted);
    const idsWithValue = ids.filter((id) => id.value !== '');
    // A customer number alone is what honest bills show too; it is a bluff when it joins network or device data.
    if (idsWithValue.length > 0) found.push(evidence('idShown', idsWithValue.map((id) => `${id.label}: ${id.value}`)));
    const echo = page.behaviour.find((b) => b.type === 'user-agent');
    const emptyLabels = page.blocks.some((b) => !b.quoted && DEVICE_LABEL_ONLY.test(b.text)) || ids.some((id) => id.value === '');
    if (echo && (echo.source === 'runtime' || emptyLabels)) {
      kinds++;
      found.push(evidence('browserEcho', [echo.detail], 1));
    } else if (kinds === 0 && ids.length > 0) {
      found.push(evidence('idShown', ids.map((id) => id.label)));
    }
    if (found.length === 0) return null;
    // 「会則がPDFで保存されています」 records nothing about the visitor: the sentence must be about them or their device.
    const recorded = matchBlocks(page, RECORDED, { limit: 3, needs: /記録|取得|特定|照会|把握|保存|登録|お客様の|あなたの|ご利用者/ }).filter((m) =>
      ABOUT_VISITOR.test(sentenceAt(m.block.text, m.match.index)),
    );
    if (recorded.length > 0) found.push(evidence('dataRecorded', recorded.map((m) => m.match[0]), 2));
    if (idsWithValue.length > 0 && kinds > 0) kinds++;
    const base = kinds >= 2 ? 1 : kinds === 1 ? 0.6 : 0.3;
    const prominent = ips.some((ip) => itemStandsOut(page, ip)) || idsWithValue.some((id) => itemStandsOut(page, id)) || anyStandsOut(facts);
    return { strength: Math.min(1, base + (recorded.length > 0 ? 0.3 : 0)), evidence: found, prominent };
  },
});
