// What a declared target lacks, per MDN's browser-compat-data, and why the package still works there. The
// compatibility gate (compat.test.ts) fails on any API or manifest key a target lacks that is not listed here, on
// a use in a file or a number of places the entry does not name, and on an entry whose test cannot be found.
import type { BrowserName } from '../helpers/compat';

export interface GuardedApi {
  /** Dotted path below webextensions.api. */
  api: string;
  targets: BrowserName[];
  /** Built file (content hashes removed) → how many times the chain appears there; each place is a checked guard. */
  uses: Record<string, number>;
  /** Where the code checks for it, and what it does without it. */
  guard: string;
  /** A test that runs that code with the API missing: file and (part of) its title. */
  test: { file: string; title: string };
}

export const GUARDED_APIS: GuardedApi[] = [
  {
    api: 'storage.managed',
    targets: ['firefox_android'],
    // Family.policyAvailable() looks for it; Family.managed() calls it only when that said yes, inside a promise.
    uses: { 'background.js': 2 },
    guard: 'model/family.ts Family.policyAvailable() and managed(): no storage.managed.get (or one that throws) → no policy; settings from local storage, the parent PIN locks them',
    test: { file: 'tests/built/android-background.test.ts', title: 'answers a fraud report with a warning' },
  },
  {
    api: 'dom',
    targets: ['firefox', 'firefox_android'],
    // The content script's gate and the engine each look up closed shadow roots.
    uses: { 'content-scripts/content.js': 1, 'engine.js': 1 },
    guard: "extension/content/closed-shadow.ts: without chrome.dom, Firefox's element.openOrClosedShadowRoot; without either, no closed roots",
    test: { file: 'tests/extension/content/closed-shadow.test.ts', title: 'without chrome.dom (Firefox, Firefox for Android)' },
  },
  {
    // BCD: "may only return a subset of the matching tabs open in Firefox for Android" (partial_implementation).
    api: 'tabs.query',
    targets: ['firefox_android'],
    uses: { 'chunks/popup.js': 1 },
    guard: "ui/popup/target.ts: ?tabId= first (the warning's details button passes it); a query that finds nothing, fails or finds the popup's own tab gives the popup's 'no page' view",
    test: { file: 'tests/ui/popup-target.test.tsx', title: 'never explains itself: tabs.query on Firefox for Android' },
  },
];

export interface TargetSpecificKey {
  key: string;
  targets: BrowserName[];
  why: string;
}

/** Manifest keys one target of a package lacks by design: they are for another target the same package serves. */
export const TARGET_SPECIFIC_KEYS: TargetSpecificKey[] = [
  {
    key: 'browser_specific_settings.gecko_android',
    targets: ['firefox'],
    why: "Firefox for Android's minimum version; desktop Firefox reads only browser_specific_settings.gecko",
  },
];

export interface JustifiedPartial {
  key: string;
  targets: BrowserName[];
  /** BCD's note, and the manifest value shown to keep within it. */
  why: string;
  holds: (manifest: Record<string, unknown>) => boolean;
}

/** Partial implementations that do not touch what the package does, each checked against the built manifest. */
export const JUSTIFIED_PARTIALS: JustifiedPartial[] = [
  {
    key: 'action.default_icon',
    targets: ['edge'],
    why: "Edge: SVG icons are not supported and 'default_icon' must be an object with explicit sizes — ours is an object of PNG files by size",
    holds: (m) => {
      const icon = (m.action as { default_icon?: unknown } | undefined)?.default_icon;
      return typeof icon === 'object' && icon !== null && Object.entries(icon).every(([size, file]) => /^\d+$/.test(size) && typeof file === 'string' && file.endsWith('.png'));
    },
  },
];

/** Manifest keys BCD does not describe, with the browser's own documentation for them. */
export const KEYS_BCD_LACKS: Record<string, string> = {
  key: "Chrome's public key, fixing the extension id of unpacked builds (developer.chrome.com/docs/extensions/reference/manifest/key); the Web Store ignores it",
};
