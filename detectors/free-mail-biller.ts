// 「Norton 360 自動更新完了 ¥39,800 … お心当たりがない場合は返金窓口へ」 with the sender or the desk at gmail.com or
// outlook.jp: a well-known company's bill whose address is a free mail box anyone can open. Real vendors bill from
// their own domains; a free address on a brand's invoice is the refund-bait fraud, whose "refund desk" takes the
// call and then remote access or bank details. Small shops do use free mail, so only a big brand's bill counts,
// and it is one part of the combination, never a verdict alone (see evaluate.ts).
import { isPlaceholder, ownVoice } from './channels';
import { defineDetector } from './define';
import { evidence, matchBlocks, narrated, near } from './helpers';

const FREE_MAIL =
  /@(?:gmail\.com|googlemail\.com|outlook\.(?:com|jp)|hotmail\.(?:com|co\.jp)|live\.(?:com|jp)|msn\.com|yahoo\.(?:co\.jp|com)|ymail\.com|icloud\.com|me\.com|aol\.com|proton(?:mail)?\.(?:com|me)|gmx\.(?:com|net)|mail\.com|zoho\.com|yandex\.(?:com|ru)|onionmail\.org|tutanota\.com)$/i;
// Companies whose invoices the bait copies: security software, platforms, payment and shopping services, carriers.
const BRAND =
  /Norton|ノートン|McAfee|マカフィー|Microsoft|マイクロソフト|Windows|Apple|アップル|iCloud|Amazon|アマゾン|PayPal|ペイパル|Geek ?Squad|ウイルスバスター|トレンドマイクロ|Trend ?Micro|ESET|カスペルスキー|Kaspersky|Avast|アバスト|Netflix|ネットフリックス|楽天|Rakuten|ドコモ|docomo|ソフトバンク|SoftBank|KDDI|NTT/g;
// The brand, the bill and the address stand together on one invoice.
const INVOICE_DISTANCE = 12;

export default defineDetector({
  id: 'free-mail-biller',
  weight: 15, // a bluff: a brand's bill with a free address only completes the refund bait with its lure (see evaluate.ts)
  role: 'bluff',
  evidenceKeys: ['freeMailBiller'],
  detect(page) {
    const mails = page.contacts.filter((c) => {
      const block = page.blocks[c.block];
      return c.kind === 'mail' && FREE_MAIL.test(c.value) && !isPlaceholder(c.value) && ownVoice(block, Math.max(0, block?.text.indexOf(c.value) ?? 0), c.value.length);
    });
    if (mails.length === 0) return null;
    const brands = matchBlocks(page, BRAND, { limit: 5 }).filter((m) => !m.inQuotes && !narrated(m.block.text, m.match.index));
    const bills = page.amounts.filter((a) => a.yen >= 1000 && !page.blocks[a.block]?.quoted);
    const onInvoice = mails.filter(
      (c) => brands.some((b) => near(b.index, c.block, INVOICE_DISTANCE)) && bills.some((a) => near(a.block, c.block, INVOICE_DISTANCE)),
    );
    if (onInvoice.length === 0) return null;
    const brand = brands.find((b) => onInvoice.some((c) => near(b.index, c.block, INVOICE_DISTANCE)))!;
    return { strength: 1, evidence: [evidence('freeMailBiller', [brand.match[0], ...new Set(onInvoice.map((c) => c.value))])], prominent: false };
  },
});
