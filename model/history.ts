// The local history parents and schools can read: one entry per fraud or suspicious verdict (never clean pages),
// with the site's origin only, the signals, and what the user did. Kept for a set number of days, at most 1,000.
import { CATEGORIES, type Category, type Verdict } from '../detectors/evaluate';

export interface HistoryEntry {
  /** ms since the epoch. */
  time: number;
  /** Origin only (https://example.jp), never the path or query. */
  site: string;
  verdict: Exclude<Verdict, 'clean'>;
  /** The kind of fraud (one-click, fake virus warning, extortion): what a parent needs to know, not the page. */
  category: Category;
  signals: string[];
  /** The user closed the page with our button. */
  closed: boolean;
  /** The user went on to call, write or send a form through the contact guard. */
  contacted: boolean;
}

export const MAX_HISTORY = 1000;
const DAY = 86_400_000;

export function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : '';
  } catch {
    return '';
  }
}

/** Drops entries older than `days` and keeps the newest MAX_HISTORY. */
export function prune(entries: readonly HistoryEntry[], days: number, now: number): HistoryEntry[] {
  const cutoff = now - days * DAY;
  return entries.filter((e) => e.time >= cutoff && e.time <= now + DAY).slice(-MAX_HISTORY);
}

/** Reads stored history, dropping anything malformed. */
export function readHistory(stored: unknown): HistoryEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter(
      (e): e is HistoryEntry =>
        typeof e === 'object' && e !== null && typeof e.time === 'number' && typeof e.site === 'string' &&
        (e.verdict === 'fraud' || e.verdict === 'suspicious') && Array.isArray(e.signals) && typeof e.closed === 'boolean' && typeof e.contacted === 'boolean',
    )
    // Entries from before categories were kept were all about one-click bills or fake warnings.
    .map((e) => (CATEGORIES.includes(e.category) ? e : { ...e, category: 'one-click' as const }));
}

/** Message key of a category's short name (options.category…). */
export const categoryKey = (category: Category): string =>
  `options.category${category.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`;

const csvCell = (value: string) => {
  // A leading =, +, - or @ makes spreadsheets run the cell as a formula: a page could choose its origin to do that.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV with a header row; local time in ISO form; UTF-8 BOM so that Excel reads Japanese correctly. */
export function historyCsv(entries: readonly HistoryEntry[], header: readonly string[]): string {
  const rows = entries.map((e) =>
    [new Date(e.time).toISOString(), e.site, e.verdict, e.category, e.signals.join(' '), e.closed ? 'yes' : 'no', e.contacted ? 'yes' : 'no'].map(csvCell).join(','),
  );
  return `\uFEFF${[header.map(csvCell).join(','), ...rows].join('\r\n')}\r\n`;
}

/** Counts per week (Monday 00:00 UTC), oldest first, for the last `weeks` weeks. */
export function weeklyCounts(entries: readonly HistoryEntry[], weeks: number, now: number): { weekStart: number; fraud: number; suspicious: number }[] {
  const monday = (t: number) => {
    const d = new Date(t);
    const day = (d.getUTCDay() + 6) % 7;
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
  };
  const current = monday(now);
  const out = Array.from({ length: weeks }, (_, i) => ({ weekStart: current - (weeks - 1 - i) * 7 * DAY, fraud: 0, suspicious: 0 }));
  for (const e of entries) {
    const slot = out.find((w) => w.weekStart === monday(e.time));
    if (slot) slot[e.verdict]++;
  }
  return out;
}
