// What the popup asks of the background (implemented by entrypoints/popup/main.tsx, faked in tests).
import type { EvidenceFiles, TabState } from '../../model/messages';

export interface PopupApi {
  tabState(tabId: number): Promise<TabState>;
  undoAllow(site: string): Promise<unknown>;
  evidence(tabId: number): Promise<EvidenceFiles>;
  openSettings(): void;
  /** The tab's address, for a report the user chooses to send (only its origin unless they say otherwise). */
  pageUrl(tabId: number): Promise<string>;
  /** The extension's version, shown in the footer and written into reports. */
  version: string;
}
