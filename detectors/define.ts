// The shape every detector shares. A detector is one self-describing module: id, weight and one pure function.
import type { PageSnapshot } from './snapshot/schema';

/** What a detector saw: a message key (localised later, see locales/*.yml → evidence.<key>) and short page values. */
export interface Evidence {
  key: string;
  values: string[];
}

export interface Finding {
  /** 0–1: how clearly the signal is present (1 = unmistakable). Points = weight × strength. */
  strength: number;
  evidence: Evidence[];
  /**
   * The signal stands in the page's own interface — a headline, a short line or table cell, a button or link —
   * rather than in sentences that report or quote it. A bill made of such parts is the page's own bill, and
   * advice elsewhere on the page does not lower it (see evaluate.ts).
   */
  prominent?: boolean;
}

/**
 * The part a signal plays in the one-click combination: a claimed contract or bill; pressure; a bluff about
 * identifying the visitor; a lure to make contact; a payment channel no honest biller uses; a fake virus warning;
 * a threat to spread a victim's images, or the app that starts it (extortion).
 */
export type Role = 'contract' | 'pressure' | 'bluff' | 'lure' | 'channel' | 'scareware' | 'extortion';

export interface Detector {
  /** Public contract: equals the file name, appears in reports, settings and history. Never rename lightly. */
  id: string;
  /** Points at strength 1; the reasons for each number and how they combine are in evaluate.ts. */
  weight: number;
  /** The part it plays in the combination rules of evaluate.ts. */
  role: Role;
  /** Every evidence key the detector may report; each has a message in every locale (evidence.<key>). */
  evidenceKeys: readonly string[];
  /** Pure: reads only the snapshot (no DOM, no browser API, no clock). Returns null when the signal is absent. */
  detect(page: PageSnapshot): Finding | null;
}

/** Keeps the literal id in the type, so that DetectorId follows from the registry alone. */
export const defineDetector = <const T extends Detector>(detector: T): T => detector;

/** Locale key segment for a detector id: "caller-id-186" → "callerId186" (Chrome message names allow no "-"). */
export const messageId = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
