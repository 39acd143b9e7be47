// What the extension does about a tab's verdict, given the settings. Pure, so every combination is unit-tested.
import type { Verdict } from '../detectors/evaluate';
import type { Settings } from './settings';

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
