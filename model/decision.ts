// What the extension does about a tab's verdict, given the settings. Pure, so every combination is unit-tested.
import type { Verdict } from '../detectors/evaluate';
import { isAllowed, siteOf, type SettingKey, type Settings } from './settings';

export interface Decision {
  /** Badge verdict shown on the toolbar ('clean' shows nothing). */
  badge: Verdict;
  /** Show the warning overlay. */
  warn: boolean;
  /** Ask before contact (tel:, mailto:, LINE, forms). */
  guard: boolean;
  /** Replace the page with the full-page explanation (block mode). */
  block: boolean;
  /** Leave full screen, silence the tab, refuse prompts. */
  calm: boolean;
  /** Offer "this page is fine" on the page (not with a parent PIN or an administrator's allowlist). */
  canAllow: boolean;
}

export const NO_ACTION: Decision = { badge: 'clean', warn: false, guard: false, block: false, calm: false, canAllow: false };

export function decide(verdict: Verdict, settings: Settings, allowed: boolean, canAllow = true): Decision {
  if (!settings.protection || allowed || verdict === 'clean') return NO_ACTION;
  const fraud = verdict === 'fraud';
  const block = settings.blockMode && (fraud || settings.sensitivity === 'strict');
  return {
    badge: verdict,
    warn: fraud && settings.overlay && !block,
    guard: settings.contactGuard,
    block,
    calm: fraud || block,
    canAllow: canAllow && !block,
  };
}

/** What deciding a page needs, read once per decision (Family.decisionContext). */
export interface DecisionContext {
  settings: Settings;
  /** Keys the administrator set. */
  locked: readonly SettingKey[];
  /** A parent PIN guards changes. */
  pinSet: boolean;
  /** Read with the browser's policy itself, not the copy kept from the last start. */
  final: boolean;
}

/** Whether a page's "this page is fine" button may add the site directly (no PIN set, allowlist not managed). */
export function canAllowFromPage(context: DecisionContext): boolean {
  return !context.locked.includes('allowlist') && !context.pinSet;
}

export interface TabDecision {
  site: string;
  allowed: boolean;
  canAllow: boolean;
  decision: Decision;
}

/** The one place a tab's verdict, address and settings become what the extension does about it. */
export function decideTab(verdict: Verdict | null, url: string, context: DecisionContext): TabDecision {
  const site = siteOf(url);
  const allowed = site !== '' && isAllowed(context.settings, `https://${site}/`);
  const canAllow = canAllowFromPage(context);
  return { site, allowed, canAllow, decision: verdict ? decide(verdict, context.settings, allowed, canAllow) : NO_ACTION };
}
