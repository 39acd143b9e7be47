// The generated corpus: seeded, reproducible one-click bills and fake warnings in many families, and honest pages
// that come close (paid sign-ups, konbini and ticket deadlines, invoices, tax and utility reminders, carriers,
// IP tools, articles and Q&A that quote whole bills). Built from the phrase bank (phrases.ts, with its sources).
// Nothing here is tuned to the engine: a family is a way real screens are built, not a way to pass a test.
import * as P from './phrases';
import { quotedWords } from './mutate';

export interface GeneratedPage {
  /** Unique and stable for a seed: "<family>/<n>". */
  id: string;
  family: string;
  verdict: 'fraud' | 'clean';
  category: 'one-click' | 'support-scam' | 'extortion' | 'benign';
  html: string;
}

/** mulberry32: a small seeded generator, so that a seed always gives the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const chance = (r: Rand, p: number) => r() < p;
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const ip = (r: Rand) => `${pick(r, [126, 114, 60, 219, 153, 203])}.${1 + Math.floor(r() * 250)}.${Math.floor(r() * 255)}.${1 + Math.floor(r() * 250)}`;
const phone = (r: Rand) => pick(r, [`03-${digits(r, 4)}-${digits(r, 4)}`, `050-${digits(r, 4)}-${digits(r, 4)}`, `06-${digits(r, 4)}-${digits(r, 4)}`, `090-${digits(r, 4)}-${digits(r, 4)}`]);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function doc(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>${head}</head>\n<body>\n${body}\n</body></html>\n`;
}

// ------------------------------------------------------------------------------------------------ bill parts

interface Bill {
  claim: string;
  fee: string;
  feeLabel: string;
  deadline: string | null;
  threat: string | null;
  ipLabel: string;
  ip: string;
  device: [string, string] | null;
  id: [string, string];
  lure: string;
  phone: string;
  with186: boolean;
}

function bill(r: Rand, options: { deadline?: boolean; threat?: boolean } = {}): Bill {
  return {
    claim: pick(r, P.CLAIMS),
    fee: P.amountText(pick(r, P.AMOUNTS), Math.floor(r() * 9)),
    feeLabel: pick(r, P.FEE_LABELS),
    deadline: (options.deadline ?? chance(r, 0.7)) ? pick(r, P.DEADLINES) : null,
    threat: (options.threat ?? chance(r, 0.6)) ? pick(r, P.THREATS) : null,
    ipLabel: pick(r, P.BLUFF_LABELS),
    ip: ip(r),
    device: chance(r, 0.6) ? [pick(r, P.DEVICE_LABELS), pick(r, P.DEVICES)] : null,
    id: [pick(r, P.ID_LABELS), `${pick(r, ['A', 'VX', 'NK', 'M'])}-${digits(r, 6)}`],
    lure: pick(r, P.LURES),
    phone: phone(r),
    with186: chance(r, 0.6),
  };
}

const shownPhone = (b: Bill) => (b.with186 ? `186-${b.phone}` : b.phone);
const telLink = (b: Bill) => `<a href="tel:${b.with186 ? '186' : ''}${b.phone.replace(/-/g, '')}">${shownPhone(b)}</a>`;

/** The classic PC screen: headline, lines, a number. */
function pcBill(b: Bill): string {
  return [
    `<h1>${b.claim}</h1>`,
    `<p>${b.feeLabel}：${b.fee}</p>`,
    b.deadline ? `<p>${b.deadline}</p>` : '',
    `<p>${b.ipLabel}：${b.ip}</p>`,
    b.device ? `<p>${b.device[0]}：${b.device[1]}</p>` : '',
    `<p>${b.id[0]}：${b.id[1]}</p>`,
    b.threat ? `<p>${b.threat}</p>` : '',
    `<p>${b.lure}</p><p>${telLink(b)}</p>`,
  ].join('\n');
}

/** Everything in one key–value table, no sentences. */
function tableBill(b: Bill): string {
  const rows: [string, string][] = [[b.feeLabel, b.fee], [b.ipLabel, b.ip], [b.id[0], b.id[1]]];
  if (b.device) rows.push(b.device);
  if (b.deadline) rows.push(['お支払期限', b.deadline.replace(/^.*?[：:]\s*/, '')]);
  rows.push(['退会・誤登録のお問い合わせ', shownPhone(b)]);
  return `<div class="box"><h2>${b.claim}</h2><table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>${b.threat ? `<p>${b.threat}</p>` : ''}<p>${b.lure}</p></div>`;
}

/** A phone screen: small blocks, a big call button. */
function phoneBill(b: Bill): string {
  return `<div class="sp"><div class="head">${b.claim}</div><div>${b.feeLabel}<br><b>${b.fee}</b></div>${b.deadline ? `<div>${b.deadline}</div>` : ''}<div>${b.ipLabel}<br>${b.ip}</div>${b.device ? `<div>${b.device[0]}<br>${b.device[1]}</div>` : ''}<div>${b.id[0]}<br>${b.id[1]}</div>${b.threat ? `<div>${b.threat}</div>` : ''}<div>${b.lure}</div><a class="call" href="tel:${b.with186 ? '186' : ''}${b.phone.replace(/-/g, '')}">電話する</a></div>`;
}

function splitChars(html: string): string {
  // Text split across elements with zero-width characters between some of them.
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${[...text].map((c, i) => (i % 3 === 1 ? `<span>${c}</span>` : i % 4 === 2 ? `${c}\u200b` : c)).join('')}<`);
}

// ------------------------------------------------------------------------------------------------ fraud families

type Builder = (r: Rand) => string;

const FRAUD: Record<string, { category: GeneratedPage['category']; build: Builder }> = {
  'pc-classic': { category: 'one-click', build: (r) => doc(pick(r, ['会員様ページ', '動画サイト', 'ご登録完了']), pcBill(bill(r))) },
  'phone-width': { category: 'one-click', build: (r) => doc('登録完了', phoneBill(bill(r))) },
  'table-only': { category: 'one-click', build: (r) => doc('会員情報', tableBill(bill(r))) },
  'no-deadline': {
    category: 'one-click',
    build: (r) => doc('ご入会ありがとうございます', pcBill(bill(r, { deadline: false, threat: false }))),
  },
  'gift-card': {
    category: 'one-click',
    build: (r) => {
      const b = bill(r, { deadline: chance(r, 0.5), threat: false });
      return doc('お支払い手続き', `<h1>${b.claim}</h1><p>${b.feeLabel}：${b.fee}</p><p>${b.ipLabel}：${b.ip}</p><p>${pick(r, P.GIFT_DEMANDS)}</p><form action="/code"><input name="code"><button>送信</button></form>`);
    },
  },
  'personal-account': {
    category: 'one-click',
    build: (r) => {
      const b = bill(r, { deadline: true });
      return doc('ご請求', `<h1>${b.claim}</h1><p>${b.feeLabel}：${b.fee}</p><p>${b.deadline}</p><p>お振込先：${pick(r, P.BANKS)}</p><p>口座名義：${pick(r, P.PERSONAL_HOLDERS)}</p><p>${b.id[0]}：${b.id[1]}</p><p>${b.threat ?? pick(r, P.THREATS)}</p>`);
    },
  },
  'mail-form': {
    category: 'one-click',
    build: (r) => {
      const b = bill(r);
      return doc('登録完了', `<h1>${b.claim}</h1><p>${b.feeLabel}：${b.fee}</p>${b.deadline ? `<p>${b.deadline}</p>` : ''}<p>${b.ipLabel}：${b.ip}</p><p>${b.lure.replace('お電話ください', 'メールでご連絡ください').replace('下記までお電話ください', '下記フォームよりご連絡ください')}</p><form action="/cancel"><input name="mail" placeholder="メールアドレス"><textarea name="body"></textarea><button>送信</button></form>`);
    },
  },
  'line-contact': {
    category: 'one-click',
    build: (r) => {
      const b = bill(r);
      return doc('会員登録', `<h2>${b.claim}</h2><p>${b.feeLabel}：${b.fee}</p>${b.deadline ? `<p>${b.deadline}</p>` : ''}<p>${b.id[0]}：${b.id[1]}</p><p>${b.ipLabel}：${b.ip}</p><p>${b.lure.replace(/お電話ください|ご連絡ください|お問い合わせください/, 'LINEでご連絡ください')}</p><p>LINE ID：@${pick(r, ['taikai', 'support', 'vip_help'])}${digits(r, 3)}</p><p><a href="https://line.me/ti/p/~support${digits(r, 3)}">LINEで問い合わせる</a></p>`);
    },
  },
  'legal-heavy': {
    category: 'one-click',
    build: (r) => {
      const b = bill(r, { threat: true });
      const threats = [b.threat!, pick(r, P.THREATS)].filter((t, i, a) => a.indexOf(t) === i);
      return doc('重要なお知らせ', `<h1>${b.claim}</h1><p>${b.feeLabel}：${b.fee}</p>${threats.map((t) => `<p style="color:red">${t}</p>`).join('')}<p>${b.id[0]}：${b.id[1]}</p><p>${pick(r, P.RECORDED)}</p><p>お問い合わせ：${shownPhone(b)}</p>`);
    },
  },
  'modal-after-delay': {
    category: 'one-click',
    build: (r) => {
      const inner = pcBill(bill(r));
      return doc('無料動画', `<h1>無料動画プレイヤー</h1><div id="player">再生中…</div><div id="m"></div><script>setTimeout(function () { var m = document.getElementById('m'); m.style.cssText = 'position:fixed;inset:0;background:#fff'; m.innerHTML = ${JSON.stringify(inner)}; }, ${1000 + Math.floor(r() * 2000)});</script>`);
    },
  },
  'iframe-srcdoc': {
    category: 'one-click',
    build: (r) => doc('プレイヤー', `<p>読み込み中</p><iframe style="border:0;width:100%;height:600px" srcdoc="${esc(doc('登録', pcBill(bill(r)))).replace(/"/g, '&quot;')}"></iframe>`),
  },
  'shadow-root': {
    category: 'one-click',
    build: (r) => doc('会員ページ', `<div id="app"><template shadowrootmode="open">${pcBill(bill(r))}</template></div>`),
  },
  'split-text': { category: 'one-click', build: (r) => doc('登録完了', splitChars(pcBill(bill(r)))) },
  'sextortion-notice': {
    category: 'extortion',
    build: (r) => {
      const lines = [pick(r, P.RECORDED_MEDIA), pick(r, P.SPREAD_THREATS), pick(r, P.EXTORTION_DEMANDS), chance(r, 0.5) ? pick(r, P.GIFT_DEMANDS) : '', chance(r, 0.5) ? pick(r, ['24時間以内にご連絡ください。', '残り 23:59:12', '本日中に対応してください。']) : '', pick(r, P.PRIVATE_CHANNELS)];
      return doc(pick(r, ['削除受付センター', '規約違反のお知らせ', '重要なお知らせ']), `<h1>${pick(r, ['【重要】削除受付のご案内', '規約違反のお知らせ', '最終通告'])}</h1>${lines.filter(Boolean).map((l) => `<p>${l}</p>`).join('')}`);
    },
  },
  'fake-call-app': {
    category: 'extortion',
    build: (r) => {
      const file = pick(r, ['LoveCall.apk', 'vchat-2.1.apk', 'secret-call.apk', 'call.mobileconfig']);
      return doc('ビデオ通話の準備', `<h2>${pick(r, P.APP_STORIES)}</h2><p>${pick(r, ['安全のため、通話は専用アプリで行います。', 'ほかのアプリでは相手とつながりません。', '無料でご利用いただけます。'])}</p><p><a href="/dl/${file}">${pick(r, ['専用アプリをダウンロード', 'アプリを入れる', 'インストール'])}</a></p><ol><li>ダウンロードしたファイルを開きます</li><li>${pick(r, P.SIDELOAD_STEPS)}</li><li>連絡先へのアクセスを許可してください</li></ol>`);
    },
  },
  'collector-portal': {
    category: 'one-click',
    build: (r) => {
      const number = phone(r);
      return doc(
        pick(r, ['通知照会システム｜法務債権管理センター', '未納料金照会｜一般社団法人 日本総合債権管理機構', '訴訟管理番号のご確認']),
        `<header><p>${pick(r, ['法務債権管理センター', '日本総合債権管理機構', '民事訴訟管理センター'])}</p></header><h1>${pick(r, P.COLLECTOR_HEADLINES)}</h1><table><tr><th>管理番号</th><td>${pick(r, ['S', 'K', 'H'])}-${digits(r, 7)}</td></tr><tr><th>未納金額</th><td>${P.amountText(pick(r, P.AMOUNTS), Math.floor(r() * 9))}</td></tr><tr><th>${pick(r, ['最終期日', 'ご連絡期限'])}</th><td>${pick(r, ['本日中', '通知より3日以内', '本日 18時まで'])}</td></tr></table><p style="color:red">${pick(r, P.COLLECTOR_THREATS)}</p><p>${pick(r, P.COLLECTOR_CALLS)}</p><p>お問い合わせ窓口 <a href="tel:${number.replace(/-/g, '')}">${number}</a></p>`,
      );
    },
  },
  'consultation-centre': {
    category: 'one-click',
    build: (r) => {
      const name = pick(r, P.CENTRE_NAMES);
      const number = phone(r);
      return doc(
        `${name}｜${pick(r, ['架空請求・ワンクリック請求の解決', 'アダルトサイトの高額請求のご相談', '返金・解約のご相談'])}`,
        `<header><p>${name}</p><nav>ホーム｜解決の流れ｜料金｜お問い合わせ</nav></header><h1>${pick(r, ['突然の「登録完了」画面、ひとりで悩まずご相談ください', '高額請求でお困りの方へ', 'その請求、止められます'])}</h1><p>${pick(r, P.CENTRE_PROMISES)}</p><table><tr><td>ご相談</td><td>無料</td></tr><tr><td>${pick(r, P.CENTRE_FEES)}</td><td>${P.amountText(pick(r, [19_800, 29_800, 39_800, 50_000]), 0)}</td></tr></table><p>ご依頼後、下記口座に${pick(r, ['手数料', '費用'])}をお振込みください。振込先：${pick(r, P.BANKS)}</p><p>24時間受付 <a href="tel:${number.replace(/-/g, '')}">${number}</a></p>`,
      );
    },
  },
  'penalty-notice': {
    category: 'extortion',
    build: (r) => {
      const number = phone(r);
      return doc(
        `【重要】利用規約違反に関するお知らせ｜${pick(r, ['LoveMatch運営事務局', 'ラブリンク 運営事務局', 'PostTube マイアカウント'])}`,
        `<h1>${pick(r, ['【重要】利用規約違反に関するお知らせ', '利用規約違反に関する通知書', '規約違反に関するご連絡'])}</h1><p>会員ID：${pick(r, ['LM', 'LL', 'PT'])}-${digits(r, 7)} 様</p><p>${pick(r, P.PENALTY_CLAIMS)}</p><p>${pick(r, ['つきましては、示談金として', '本件の解決のため、示談金'])}${P.amountText(pick(r, [300_000, 380_000, 500_000, 580_000]), 0)}${pick(r, ['をお支払いいただくことで、本件を当事務局内で処理いたします。', 'のお支払いをお願いいたします。'])}</p><p>お支払い期限：${pick(r, ['本通知から48時間以内', '本日中', '3日以内'])}</p><p>${pick(r, P.PENALTY_THREATS)}</p><p>担当直通 <a href="tel:${number.replace(/-/g, '')}">${number}</a></p>`,
      );
    },
  },
  'chat-threat': {
    category: 'extortion',
    build: (r) => {
      const id = `${pick(r, ['yuto', 'kenta', 'miku', 'rina'])}_${digits(r, 4)}`;
      const lines = [...pick(r, P.CHAT_LINES), '笑', 'で、本題', ...pick(r, P.CHAT_THREATS), ...pick(r, P.CHAT_DEMANDS), `ID: ${id}`];
      return doc('トーク', `<div class="talk">${lines.map((l) => `<div class="b">${l}</div>`).join('')}<div class="b"><a href="https://line.me/ti/p/~${id}">LINE追加</a></div></div>`);
    },
  },
  'webcam-crypto': {
    category: 'extortion',
    build: (r) => {
      const address = `bc1q${Array.from({ length: 38 }, () => pick(r, [...'023456789acdefghjklmnpqrstuvwxyz'])).join('')}`;
      return doc(
        `受信箱 - ${pick(r, ['あなたのアカウントは侵害されています', 'セキュリティ通知', '重要'])}`,
        `<h2>${pick(r, ['件名：あなたのアカウントはハッキングされました', '件名：あなたの秘密について'])}</h2><p>${pick(r, P.HACK_OPENINGS)}</p><p>${pick(r, P.HACK_RECORDINGS)}</p><p>${pick(r, P.HACK_THREATS)}</p><p>${pick(r, P.HACK_DEMANDS)}</p><p>BTCアドレス：${address}</p><p>${pick(r, ['入金が確認されれば、データはすべて削除します。', '警察に連絡しても無駄です。'])}</p>`,
      );
    },
  },
  'small-bill-line': {
    category: 'one-click',
    build: (r) => {
      const b = bill(r, { deadline: false, threat: false });
      const line = `@${pick(r, ['taikai', 'support', 'mstation'])}${digits(r, 3)}`;
      return doc(
        `月額会員登録完了｜${pick(r, ['素人ムービーBOX', 'MOVIE★STATION', '人妻動画ナビ'])}`,
        `<h1>${pick(r, ['月額会員登録が完了しました', 'ご入会ありがとうございます。会員登録が完了しました'])}</h1><p>月額料金：${P.amountText(pick(r, P.SMALL_FEES), 0)}（税込）</p><p>お客様の端末情報：${pick(r, P.DEVICES)}　${b.id[0]}：${b.id[1]}</p><p>お支払いはコンビニ決済または銀行振込にてお願いいたします。</p><p>${pick(r, ['誤って登録された方・退会をご希望の方は、下記よりご連絡ください。', '誤操作の方は、LINEで退会申請をお送りください。'])}</p><p><a href="https://line.me/R/ti/p/${line}">LINEで退会申請</a></p>`,
      );
    },
  },
  'support-scam': {
    category: 'support-scam',
    build: (r) => doc(pick(r, ['Windows セキュリティ警告', 'システム警告', 'iPhone セキュリティ']), `<h1>${pick(r, P.VIRUS_CLAIMS)}</h1><p>${pick(r, P.VIRUS_CALLS)}</p><p style="font-size:28px">${phone(r)}</p><p>このページを閉じると個人情報が削除されます。</p>`),
  },
};

// ------------------------------------------------------------------------------------------------ honest families

const HONEST: Record<string, Builder> = {
  'paid-signup': (r) => doc('会員登録完了｜' + pick(r, ['動画配信サービス', '音楽ストリーミング', '英会話オンライン', 'フィットネスクラブ']), `<h1>会員登録が完了しました</h1><p>ステップ：1 入力 → 2 確認 → 3 完了</p><table><tr><th>プラン</th><td>${pick(r, ['月額', '年額'])} ${P.amountText(pick(r, [980, 1980, 2990, 12_000, 19_800]), 0)}</td></tr><tr><th>会員番号</th><td>M-${digits(r, 8)}</td></tr><tr><th>初回お支払日</th><td>2026年12月${1 + Math.floor(r() * 28)}日</td></tr></table><p>解約をご希望の方はマイページ、またはお電話（${phone(r)}、平日10時〜18時）で承ります。</p>`),
  'konbini-deadline': (r) => doc('ご注文ありがとうございます', `<h1>ご注文が確定しました</h1><p>お支払い方法：コンビニ払い</p><p>お支払い金額：${P.amountText(pick(r, [3280, 5400, 12_800, 24_800]), 0)}</p><p>お支払期限：${pick(r, ['3日以内', '2026年12月3日 23:59'])}</p><p>払込票番号：${digits(r, 12)}</p><p>期限を過ぎるとご注文は自動でキャンセルとなります。</p><p>お問い合わせ：${phone(r)}</p>`),
  'ticket-hotel': (r) => doc('予約確認', `<h1>${pick(r, ['ご予約が完了しました', 'チケットのお申し込みを受け付けました'])}</h1><p>予約番号：${digits(r, 10)}</p><p>ご利用料金：${P.amountText(pick(r, [8800, 15_400, 32_000]), 0)}</p><p>お支払期限：${pick(r, ['本日中', '2日以内', '12月5日まで'])}</p><p>期限までにお支払いがない場合、予約は取り消されます。変更・キャンセルは前日までにお電話（${phone(r)}）で。</p>`),
  'invoice-late': (r) => doc('請求書', `<h1>請求書</h1><p>株式会社${pick(r, ['山田商事', 'ミナト物産', '北斗システム'])} 御中</p><table><tr><th>ご請求金額</th><td>${P.amountText(pick(r, [55_000, 132_000, 264_000]), 0)}</td></tr><tr><th>お支払期限</th><td>2026年12月末日</td></tr><tr><th>振込先</th><td>${pick(r, P.BANKS)}</td></tr><tr><th>口座名義</th><td>カ）ホクトシステム</td></tr></table><p>お支払いが遅れた場合、年14.6%の遅延損害金を申し受けます。</p><p>登録番号：T${digits(r, 13)}</p>`),
  'tax-utility-reminder': (r) => doc(pick(r, ['督促状について｜市税', '電気料金のお支払いについて']), `<h1>${pick(r, ['市税の督促状について', '電気料金未払いのお知らせ'])}</h1><p>納期限までに納付が確認できない場合、督促状を送付します。督促状の指定期限を過ぎても納付がない場合は、法律に基づき財産の差押えを行うことがあります。</p><p>お客様番号：${digits(r, 10)}</p><p>未納額：${P.amountText(pick(r, [8600, 23_400, 61_000]), 0)}</p><p>お問い合わせ：納税課 ${phone(r)}</p>`),
  'debt-servicer': (r) => doc('債権譲渡のお知らせ', `<h1>債権譲渡通知</h1><p>当社は法務大臣の許可を受けた債権回収会社（サービサー）です。許可番号 第${digits(r, 3)}号</p><p>債権額：${P.amountText(pick(r, [184_000, 530_000]), 0)}</p><p>お支払いについてのご相談は、下記までご連絡ください。${phone(r)}</p><p>当社を装った架空請求にご注意ください。当社の許可番号は法務省のホームページでご確認いただけます。</p>`),
  'carrier-login': (r) => doc(pick(r, ['ログイン通知', 'ご契約内容']), `<h1>${pick(r, ['新しい端末からのログインがありました', 'ご契約内容の確認'])}</h1><table><tr><th>日時</th><td>2026/11/${10 + Math.floor(r() * 18)} 21:${10 + Math.floor(r() * 49)}</td></tr><tr><th>IPアドレス</th><td>${ip(r)}</td></tr><tr><th>ご利用端末</th><td>${pick(r, P.DEVICES)}</td></tr><tr><th>お客様番号</th><td>${digits(r, 10)}</td></tr></table><p>お心当たりがない場合は、パスワードを変更してください。</p>`),
  'ip-tool': (r) => doc('IPアドレス確認', `<h1>あなたのIPアドレス</h1><p style="font-size:32px">${ip(r)}</p><table><tr><th>ホスト名</th><td>${pick(r, ['p123.example.ne.jp', 'softbank.example.jp'])}</td></tr><tr><th>ブラウザ</th><td>${pick(r, P.DEVICES)}</td></tr></table><p>この情報はどのサイトにも自動的に送られています。</p>`),
  'news-quote': (r) => {
    const b = bill(r);
    return doc('アダルトサイトの架空請求 相談相次ぐ｜ニュース', `<article><h1>「登録完了」画面で${b.fee}請求　架空請求の相談相次ぐ</h1><p>市の消費生活センターによると、動画サイトを見ていると突然次のような画面が表示されたという相談が増えている。</p><figure><blockquote>${quotedWords(pcBill(b))}</blockquote><figcaption>相談者が見た画面の再現</figcaption></figure><p>センターは「電話をすると番号を知られる。絶対に連絡せず、無視してほしい」と呼びかけている。</p></article>`);
  },
  'qa-quote': (r) => {
    const b = bill(r);
    return doc('Q&A：突然「登録完了」と表示された｜くらしの相談', `<h1>Q. 動画を見ようとしたら「登録完了」と表示され、${b.fee}を請求されました</h1><p>画面には「${b.ipLabel}：${b.ip}」と表示され、「${b.deadline ?? '3日以内に支払わないと延滞金が発生する'}」「${b.lure}」と書かれています。どうしたらいいですか。</p><h2>A. 連絡せず、支払わず、無視してください</h2><p>クリックしただけでは契約は成立していません。IPアドレスなどから個人が特定されることもありません。電話をすると番号を知られてしまいます。心配なときは消費者ホットライン188にご相談ください。</p>`);
  },
  'police-example': (r) => {
    const b = bill(r);
    return doc('ワンクリック詐欺に注意｜県警察', `<h1>ワンクリック詐欺に注意してください</h1><p>アダルトサイトなどで画像をクリックしただけで、料金を請求する画面が表示される手口です。</p><h2>実際の画面の例</h2><figure class="example">${quotedWords(tableBill(b))}<figcaption>画面例（一部加工）</figcaption></figure><h2>表示されたら</h2><ul><li>${P.ADVICE[0]}</li><li>${P.ADVICE[1]}</li><li>${P.ADVICE[2]}</li><li>${pick(r, P.ADVICE.slice(3))}</li></ul>`);
  },
  'sextortion-awareness': (r) =>
    doc(
      `${pick(r, ['セクストーションに注意', 'SNSで知り合った相手からの脅迫', '画像を使った脅迫の相談'])}｜${pick(r, ['県警察', '青少年相談センター', '中学校だより', 'ニュース'])}`,
      `<h1>${pick(r, ['セクストーション（性的な画像を使った脅迫）に注意', 'ビデオ通話の録画で脅される被害が増えています'])}</h1><p>SNSやマッチングアプリで知り合った相手とビデオ通話をしたところ録画され、「${pick(r, P.SPREAD_THREATS).replace(/。$/, '')}」「${pick(r, P.EXTORTION_DEMANDS).replace(/。$/, '')}」などと脅される被害が相談されています。</p><p>「${pick(r, P.APP_STORIES)}」と言われ、ストア以外からアプリを入れさせられる手口もあります。</p><h2>被害にあったら</h2><ul>${P.EXTORTION_ADVICE.map((a) => `<li>${a}</li>`).join('')}</ul>`,
    ),
  'city-case': (r) => {
    const b = bill(r);
    return doc(
      `相談事例：${pick(r, ['動画サイトで「登録完了」と表示され高額な料金を請求された', 'アダルトサイトの架空請求'])}｜${pick(r, ['北浜市', '東陽市', '南川町'])}消費生活センター`,
      `<h1>${pick(r, ['架空請求に注意：「登録完了」と表示されても支払わないで', 'ワンクリック詐欺の相談事例'])}</h1><h2>相談内容</h2><p>スマートフォンで動画を見ようとしたところ、次のような画面が表示された。</p><div class="example">${quotedWords(pcBill(b)).replace(/\d{2,4}-\d{4}-\d{4}/g, '03-XXXX-XXXX')}</div><h2>センターからのアドバイス</h2><ul>${P.ADVICE.map((a) => `<li>${a}</li>`).join('')}</ul><p>${pick(r, P.FILLER)}</p>`,
    );
  },
  'police-scam-numbers': (r) => {
    const numbers = [phone(r), phone(r)];
    return doc(
      `サポート詐欺にご注意ください！｜${pick(r, ['東陽県警察', '北浜県警察'])}`,
      `<h1>サポート詐欺にご注意ください！偽の警告画面の番号に電話しないで</h1><p>インターネットを見ていると、突然警告音が鳴り、次のような画面が表示される被害が増えています。</p><div class="example"><p>${pick(r, P.VIRUS_CLAIMS)}</p><p>${pick(r, P.VIRUS_CALLS)}</p><p>${numbers[0]}</p></div><p>実際に使われた電話番号：${numbers.join('、')}</p><ul><li>画面の番号には絶対に電話しないでください。</li><li>ブラウザを閉じれば消えます。消えないときは再起動してください。</li><li>不安なときは警察相談専用電話 #9110 に相談してください。</li></ul>`,
    );
  },
  'school-newsletter': (r) =>
    doc(
      `情報モラル通信｜${pick(r, ['さくら台中学校', 'あさひが丘中学校'])}`,
      `<h1>${pick(r, ['画像・動画を使った脅迫に気をつけて', 'SNSで知り合った相手からの脅しに注意'])}</h1><p>保護者の皆様へ。最近、生徒がSNSで知り合った相手に次のようなメッセージを送られる事例がありました。</p><div class="talk">${[...pick(r, P.CHAT_LINES), ...pick(r, P.CHAT_THREATS), ...pick(r, P.CHAT_DEMANDS)].map((l) => `<div class="b">${l}</div>`).join('')}</div><p>このようなメッセージが届いたら、お金は払わず、すぐに大人に相談するようお子様にお伝えください。</p><ul>${P.EXTORTION_ADVICE.map((a) => `<li>${a}</li>`).join('')}</ul>`,
    ),
  'victim-blog': (r) => {
    const b = bill(r);
    return doc(
      `【体験談】ワンクリック詐欺の画面に焦った話 - ${pick(r, ['ゆるっと会社員ログ', '三十路SEのしくじり日記'])}`,
      `<h1>【体験談】ワンクリック詐欺の画面に焦った話</h1><p>先週、動画サイトを見ていたら「${b.claim}」と出て、「${b.feeLabel}：${b.fee}」と書かれていました。${b.ipLabel}まで表示されていて、本当に焦りました。画面には ${b.phone} という番号もありました。</p><p>調べてみると典型的な架空請求で、電話しなければ何も起きないとのこと。消費者ホットライン188にも相談して安心しました。</p><ul>${P.ADVICE.slice(0, 3).map((a) => `<li>${a}</li>`).join('')}</ul><h2>コメント</h2><p>私も同じ画面が出ました。無視して大丈夫でした。</p>`,
    );
  },
  'law-office-fees': (r) =>
    doc(
      `架空請求・ワンクリック詐欺のご相談｜${pick(r, ['みどり総合法律事務所', 'みなと綜合法律事務所'])}`,
      `<h1>架空請求・ワンクリック詐欺のご相談</h1><p>クリックしただけでは契約は成立していません。多くの場合、無視することで解決します。不安なときは無料の消費者ホットライン188にご相談ください。</p><h2>弁護士費用</h2><table><tr><td>法律相談料</td><td>30分 5,500円</td></tr><tr><td>着手金</td><td>${P.amountText(pick(r, [55_000, 110_000]), 0)}〜</td></tr></table><p>ご予約：<a href="tel:${phone(r).replace(/-/g, '')}">お電話でのご予約</a>（平日9:30〜18:00）</p><p>※「相談センター」を名乗り、手数料を払えば請求を止めると持ちかける業者にご注意ください。</p>`,
    ),
  'dating-terms': (r) =>
    doc(
      `利用規約｜${pick(r, ['ハナミズキ', 'えんむすびネット'])}`,
      `<h1>利用規約</h1><p>${2019 + Math.floor(r() * 7)}年${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日 改定</p><h2>第12条（禁止事項）</h2><ol><li>18歳未満の方の利用</li><li>他の会員の画像を本人の同意なく公開する行為</li></ol><h2>第13条（違反への措置）</h2><p>会員が本規約に違反したことが確認された場合、当社は当該会員の利用を停止し、違約金として${P.amountText(pick(r, [50_000, 100_000]), 0)}を請求することがあります。</p><p>当社が、電子マネーやギフトカードのコードの送付、個人名義の口座への振込みを求めることは一切ありません。</p><h2>第20条（管轄）</h2><p>本規約に関する紛争は、東京地方裁判所を第一審の専属的合意管轄裁判所とします。</p>`,
    ),
  'honest-apk': (r) =>
    doc(
      `${pick(r, ['MemoPad', 'KakeiBo', 'OpenMap', 'NoteSync'])} ダウンロード`,
      `<h1>${pick(r, ['MemoPad', 'KakeiBo', 'OpenMap', 'NoteSync'])} ${1 + Math.floor(r() * 5)}.${Math.floor(r() * 10)}</h1><p>${pick(r, ['シンプルなメモ帳アプリです。', '家計簿アプリです。', 'オフラインで使える地図アプリです。'])}広告なし、オープンソースです。</p><p><a href="https://example.org/releases/app-${digits(r, 3)}.apk">APKをダウンロード</a></p><p>SHA-256: ${digits(r, 16)}…</p><p>開発者：${pick(r, ['山田工房', 'Tanaka Labs', 'ひまわり開発'])}　ソースコードはGitHubで公開しています。${chance(r, 0.5) ? 'ストア以外から入れる場合は、提供元不明のアプリのインストールを許可する必要があります。' : ''}</p><h2>変更履歴</h2><ul><li>不具合を修正しました</li></ul>`,
    ),
  'flash-sale': (r) => doc('タイムセール', `<h1>本日限定タイムセール</h1><p>終了まで 残り ${digits(r, 1)}時間${10 + Math.floor(r() * 49)}分</p><p>通常価格 12,800円 → セール価格 ${P.amountText(pick(r, [6400, 7980, 9800]), 0)}</p><p>会員登録で送料無料。ご購入はお早めに！</p>`),
  'gift-card-shop': (r) =>
    doc(
      `ギフトカード｜${pick(r, ['家電のマルヤマ', 'ドラッグミドリ', 'コンビニ北斗', 'スーパー青葉'])}`,
      `<h1>${pick(r, ['ギフトカード・プリペイドカード', 'ギフトカード売り場', 'POSAカードのご案内'])}</h1><ul><li>Amazonギフトカード ${P.amountText(pick(r, [1500, 3000, 5000, 10_000]), 0)}</li><li>Google Play ギフトカード ${P.amountText(pick(r, [1500, 3000]), 0)}〜</li>${chance(r, 0.5) ? '<li>Apple Gift Card 各種</li>' : ''}${chance(r, 0.5) ? `<li>WebMoney ${P.amountText(pick(r, [2000, 5000]), 0)}</li>` : ''}</ul><p>${pick(r, ['カードの番号を他人に教えるよう求める電話やメールは詐欺です。', 'ご購入は店頭レジにて。番号を教えるよう求められたら詐欺を疑ってください。', '電子マネーでの支払いを求める請求にはご注意ください。'])}</p><p>営業時間 ${pick(r, ['9:00〜21:00', '10:00〜20:00', '24時間'])}</p>`,
    ),
};

export const FRAUD_FAMILIES = Object.keys(FRAUD);
export const HONEST_FAMILIES = Object.keys(HONEST);

/** The whole generated set for a seed: `perFamily` pages of each fraud family and of each honest family. */
export function generateCorpus(seed = 20261130, perFamily = 40): GeneratedPage[] {
  const pages: GeneratedPage[] = [];
  const families = [...FRAUD_FAMILIES.map((f) => ['fraud', f] as const), ...HONEST_FAMILIES.map((f) => ['clean', f] as const)];
  for (const [verdict, family] of families) {
    // Each family draws from its own stream, so adding a family leaves the others' pages as they were.
    const r = rng(seed ^ hash(family));
    for (let n = 0; n < perFamily; n++) {
      const html = verdict === 'fraud' ? FRAUD[family]!.build(r) : HONEST[family]!(r);
      pages.push({ id: `${family}/${String(n).padStart(3, '0')}`, family, verdict, category: verdict === 'fraud' ? FRAUD[family]!.category : 'benign', html });
    }
  }
  return pages;
}

function hash(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** A bill's body alone (no page around it), for quoting inside honest pages. */
export function billBody(r: Rand): string {
  return pcBill(bill(r));
}
