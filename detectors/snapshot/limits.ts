// Caps on everything a snapshot holds. A hostile page can be megabytes of text or thousands of phone-like
// strings; these keep every detector's work and every message between contexts small.
export const LIMITS = {
  /** Text blocks kept in all. */
  blocks: 5000,
  /** Blocks kept whatever they say; past this, only blocks with signal words are kept, so that a bill appended
   * at the end of a long page (a modal after thousands of thumbnails) is still read. */
  plainBlocks: 4000,
  /** Characters in one block; longer runs are split at sentence ends into several blocks. */
  blockChars: 600,
  /** Characters of text read in full from the whole page; past this only blocks with rare or combined signal
   * words are kept (a bill after ten screens of filler), up to sparseChars. */
  pageChars: 400_000,
  sparseChars: 4_000_000,
  /** Prominent layers (open dialogs, fixed or sticky boxes, popovers) read after a cap stopped the walk. */
  layers: 20,
  layerChars: 50_000,
  layerBlocks: 300,
  /** Elements visited before the walk stops. */
  elements: 200_000,
  /** Phone numbers, amounts, IDs, media… each. */
  items: 200,
  /** An evidence value or extracted item as text. */
  valueChars: 80,
  titleChars: 300,
  /** A tag name or language tag kept from the page (both are short in any honest page). */
  nameChars: 16,
  /** Computed-style lookups for font size, colour and position, page-wide (each one may force a layout). */
  styleLookups: 150,
  /** Rendered-visibility checks of text in blocks without signal words: a letter hidden inside each word (out of
   * sight, not out of the DOM) leaves no signal word to see until the hidden letters are taken out. */
  visibilityChecks: 6000,
  /** Stylesheet selectors that hide elements, read where there is no layout (jsdom). */
  hiddenSelectors: 200,
  urlChars: 2048,
  /** Elements asked for a closed shadow root: each is a call into the browser (about 2 µs in Chromium), so only
   * the first plain elements (fraud pages are small) and custom elements up to a larger count. */
  closedShadowLookups: 2_000,
  closedShadowCustom: 10_000,
  /** Text read from one form control (value, placeholder) and options read from one select. */
  controlChars: 300,
  controlOptions: 50,
  /** Inline script text read for static hints (all scripts together). */
  scriptChars: 200_000,
} as const;

/** The caps that bound the walk itself (how much of a page is read); the collector takes smaller ones in tests. */
export type WalkBudget = Record<'elements' | 'pageChars' | 'plainBlocks' | 'blocks' | 'sparseChars' | 'layerBlocks' | 'layerChars' | 'closedShadowLookups' | 'closedShadowCustom', number>;

export const WALK_BUDGET: WalkBudget = {
  elements: LIMITS.elements,
  pageChars: LIMITS.pageChars,
  plainBlocks: LIMITS.plainBlocks,
  blocks: LIMITS.blocks,
  sparseChars: LIMITS.sparseChars,
  layerBlocks: LIMITS.layerBlocks,
  layerChars: LIMITS.layerChars,
  closedShadowLookups: LIMITS.closedShadowLookups,
  closedShadowCustom: LIMITS.closedShadowCustom,
};
