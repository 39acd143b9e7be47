// Messages between content scripts, the background and extension pages. Types only here (content scripts import
// them for free); the background validates everything it receives with the zod schemas in schemas.ts.
import type { Report } from '../detectors/evaluate';
import type { Decision } from './decision';
import type { EvidenceItems } from './evidence';
import type { ContactKind } from './contact';
import type { Settings } from './settings';

/** Content script → background. */
export type ContentMessage =
  | { type: 'report'; report: Report; evidence: EvidenceItems }
  /** The page passed the gate: the background loads the engine into this frame. */
  | { type: 'load-engine' }
  /** The top frame asks for the tab's decision: a frame inside it may have reported before the top frame's script ran. */
  | { type: 'sync' }
  | { type: 'close-tab' }
  | { type: 'allow-site' }
  | { type: 'open-details' }
  | { type: 'contact-proceeded'; kind: ContactKind };

/** Background → content scripts of a tab. */
export type TabMessage =
  | { type: 'decision'; decision: Decision; report: Report }
  | { type: 'capture'; phase: 'hide' | 'show' };

/** Extension pages (popup, details) → background. */
export type PageRequest =
  | { type: 'tab-state'; tabId: number }
  | { type: 'evidence'; tabId: number }
  | { type: 'allow-site'; tabId: number; pin?: string }
  | { type: 'disallow-site'; site: string; pin?: string }
  | { type: 'options-state' }
  | { type: 'update-settings'; changes: Partial<Settings>; pin?: string }
  | { type: 'set-pin'; pin: string | null; current?: string }
  | { type: 'clear-history'; pin?: string };

export interface TabState {
  tabId: number;
  report: Report | null;
  decision: Decision;
  site: string;
  allowed: boolean;
  /** The allowlist can be changed without a PIN and is not set by an administrator. */
  canChangeAllowlist: boolean;
}

export interface EvidenceFiles {
  /** File name without extension, e.g. oneclick-guard-record-20261124-021530. */
  base: string;
  /** PNG screenshot of the visible page as a data: URL; empty when the page could not be captured. */
  screenshot: string;
  captureError: string;
  items: EvidenceItems;
  capturedAt: string;
}
