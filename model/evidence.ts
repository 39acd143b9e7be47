// The evidence record for a consultation (消費生活センター, police): what the page showed — numbers, IDs, amounts,
// bank accounts, mail addresses — with the URL and time. Built on the device from the snapshot; never sent anywhere.
import type { PageSnapshot } from '../detectors/snapshot/schema';
import { BANK_ACCOUNT } from '../detectors/helpers';

export interface EvidenceItems {
  url: string;
  title: string;
  phones: string[];
  ids: string[];
  amounts: string[];
  accounts: string[];
  mails: string[];
  lines: string[];
}

const MAX = 20;
const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))].slice(0, MAX);

export function evidenceItems(page: PageSnapshot): EvidenceItems {
  const accounts: string[] = [];
  for (const block of page.blocks) {
    if (block.quoted || block.script) continue;
    BANK_ACCOUNT.lastIndex = 0;
    for (const m of block.text.matchAll(BANK_ACCOUNT)) accounts.push(m[0]);
    if (accounts.length >= MAX) break;
  }
  const visible = (i: number) => !page.blocks[i]?.quoted && !page.blocks[i]?.script;
  return {
    url: page.url,
    title: page.title,
    phones: unique(page.phones.filter((p) => visible(p.block) || p.tel).map((p) => (p.prefix ? `${p.prefix}-${p.digits}` : p.digits))),
    ids: unique(page.ids.filter((i) => i.value && visible(i.block)).map((i) => `${i.label}: ${i.value}`)),
    amounts: unique(page.amounts.filter((a) => visible(a.block)).map((a) => a.text)),
    accounts: unique(accounts),
    mails: unique(page.contacts.filter((c) => c.kind === 'mail').map((c) => c.value)),
    lines: unique(page.contacts.filter((c) => c.kind === 'line' || c.kind === 'chat').map((c) => c.value)),
  };
}

/** Items of several frames as one record (a bill is often in a frame of the page the user sees). */
export function mergeEvidence(items: readonly EvidenceItems[]): EvidenceItems {
  const top = items[0] ?? { url: '', title: '', phones: [], ids: [], amounts: [], accounts: [], mails: [], lines: [] };
  const all = (k: Exclude<keyof EvidenceItems, 'url' | 'title'>) => unique(items.flatMap((i) => i[k]));
  return { url: top.url, title: top.title, phones: all('phones'), ids: all('ids'), amounts: all('amounts'), accounts: all('accounts'), mails: all('mails'), lines: all('lines') };
}
