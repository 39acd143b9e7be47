// One settings model for the whole extension, with its defaults. How stored and managed values combine with them
// (field by field, invalid ones ignored with a note) is in policy.ts.
import * as z from 'zod/mini';

z.config({ jitless: true }); // extension pages forbid eval; never let zod probe for it

export const SENSITIVITIES = ['standard', 'strict'] as const;

export const SettingsShape = {
  /** Protection on or off. */
  protection: z.boolean(),
  /** strict: suspicious pages are treated like fraud where that matters (block mode). */
  sensitivity: z.enum(SENSITIVITIES),
  /** The warning over fraud pages. */
  overlay: z.boolean(),
  /** Ask before tel:, mailto:, LINE links and form submits on flagged pages. */
  contactGuard: z.boolean(),
  /** Replace fraud pages with a full-page explanation that cannot be clicked through. */
  blockMode: z.boolean(),
  /** Sites (host names) the user or administrator marked as fine. */
  allowlist: z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(500)),
  /** Keep a local history of fraud and suspicious verdicts. */
  history: z.boolean(),
  /** Days a history entry is kept. */
  historyDays: z.int().check(z.gte(1), z.lte(3650)),
};
export const SettingsSchema = z.object(SettingsShape);
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  protection: true,
  sensitivity: 'standard',
  overlay: true,
  contactGuard: true,
  blockMode: false,
  allowlist: [],
  history: true,
  historyDays: 90,
};

/** A host name as kept in the allowlist ("www." dropped so both forms match). */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
    return u.hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

export function isAllowed(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return site !== '' && settings.allowlist.some((entry) => site === entry || site.endsWith(`.${entry}`));
}
