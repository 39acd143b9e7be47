// 「誤って登録された方」「退会はこちら」「誤作動の場合」 + a phone, mail, LINE or form: the exit offered is the trap.
// Contacting them hands over a number or address and starts the real demands.
import { defineDetector } from './define';
import { evidence, itemStandsOut, matchBlocks, near } from './helpers';

// "You registered by mistake?": the classic hook. Honest sites rarely invite contact for mistakes they did not make.
// A desk to "withdraw the lawsuit" (訴訟取下げ相談窓口) is the same hook for the fake court: no lawsuit is withdrawn by
// a call to whoever announced it (「取下げ手続きには期日内のご連絡が必要」).
const MISTAKE = /誤って|間違って|誤操作|誤作動|誤登録|誤クリック|身に覚えの(?:ない|無い)|心当たり(?:の|が)(?:ない|無い|ございません)|(?:ご)?本人(?:様)?(?:による|の)(?:もの|ご注文|ご契約|操作|お申し?込み)?で(?:は)?(?:ない|なかった)|ご存じ(?:ない|でない)|覚えが(?:ない|無い|ございません)|未成年の方|18歳未満の方|取り?下げ(?:の)?(?:ご?相談|申請|手続き?)?(?:窓口|センター|ダイヤル|専用)|取り?下げ(?:の)?(?:手続き?|申請)(?:には|は|を|の(?:ため|際))[^。\n]{0,12}?(?:ご?連絡|お電話)/g;
// "To cancel, call…": the same hook, but honest subscriptions also offer a way to cancel.
// 「精算が済みましたら退会処理いたします」「未精算のままですと退会処理は行えず」: the way out held until the bill is paid —
// the hook of the small bill settled in a chat, as strong as the mistake-lure.
const HELD_EXIT = /(?:精算|お?支払い?|ご?入金)(?:が|の)?(?:お?済み|完了|確認)[^。\n]{0,12}?(?:退会|解約)|(?:未精算|未払い?|未納)[^。\n]{0,16}?(?:退会|解約)(?:処理|手続き?)?(?:は|が)?(?:でき|行え|出来)(?:ず|ません|ない)/g;
const CANCEL = /退会(?:を?ご?希望|はこちら|手続き?|される方|したい|処理|申請|依頼)|解約(?:を?ご?希望|はこちら|申請|依頼)|キャンセル(?:はこちら|を?ご?希望|申請)|登録解除|登録の?取り?消し/g;
const CONTACT_DISTANCE = 3;

export default defineDetector({
  id: 'contact-lure',
  weight: 15, // the lure: the fraud only works if the victim makes contact
  role: 'lure',
  evidenceKeys: ['lureText', 'contactChannel'],
  detect(page) {
    const mistakes = [
      ...matchBlocks(page, MISTAKE, { needs: /誤|間違|覚え|心当たり|未成年|18歳未満|下げ|本人|ご存じ/ }),
      ...matchBlocks(page, HELD_EXIT, { limit: 3, needs: /退会|解約/ }),
    ].filter((m) => !m.inQuotes);
    const lures = [...mistakes, ...matchBlocks(page, CANCEL, { needs: /退会|解約|キャンセル|登録/ }).filter((m) => !m.inQuotes)];
    if (lures.length === 0) return null;
    const isNear = (block: number) => lures.some((m) => near(m.index, block, CONTACT_DISTANCE));
    const phones = page.phones.filter((p) => isNear(p.block) && !page.blocks[p.block]?.quoted);
    const links = page.contacts.filter((c) => c.kind !== 'form' && isNear(c.block));
    const channels = [...phones.map((p) => p.display), ...links.map((c) => c.value)];
    const forms = page.contacts.filter((c) => c.kind === 'form' && isNear(c.block));
    if (channels.length === 0 && forms.length === 0) return null;
    return {
      // "Registered by mistake? Call us" is the hook itself; a cancel number alone is what honest subscriptions offer.
      strength: (channels.length > 0 ? 1 : 0.6) * (mistakes.length > 0 ? 1 : 0.5),
      // A link or form to press, or a number on a line of its own: the page's own call to action.
      prominent: links.length > 0 || forms.length > 0 || phones.some((p) => p.tel || itemStandsOut(page, p)),
      evidence: [
        evidence('lureText', lures.map((m) => m.match[0])),
        evidence('contactChannel', channels.length > 0 ? channels : forms.map(() => 'form')),
      ],
    };
  },
});
