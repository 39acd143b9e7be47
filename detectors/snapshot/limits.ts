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

/**
 * The caps of one reader on each place text can hide beyond plain text nodes (detectors/snapshot/sources/): the
 * collector and the gate read every source through the same module, each with its own Budget.
 */
export interface Budget {
  /** Elements looked at for a shadow root (the gate; the collector meets every host on its walk). */
  shadowHosts: number;
  /** Elements asked for a closed shadow root: plain elements that may host one, and custom elements. */
  closedShadowLookups: number;
  closedShadowCustom: number;
  /** Style rules looked at (nested and imported ones too), for generated text and for hiding rules. */
  styleRules: number;
  /**
   * ::before/::after rules with readable text read (those that land on an element), elements with readable text
   * read for each, and elements looked at in all (empty decoys a rule lands on first cost a lookup, not a place).
   */
  generatedRules: number;
  generatedElements: number;
  generatedLookups: number;
  /** Image labels read (the gate; the collector reads each image it walks past). */
  labels: number;
  /** Form controls read (the gate; the collector reads each control it walks past), characters each, options of a select. */
  controls: number;
  controlChars: number;
  controlOptions: number;
}

/** The caps that bound the collector's walk (how much of a page is read); it takes smaller ones in tests. */
export interface WalkBudget extends Budget {
  elements: number;
  pageChars: number;
  plainBlocks: number;
  blocks: number;
  sparseChars: number;
  layerBlocks: number;
  layerChars: number;
  /** Frames in one document past which the page's structure is itself a sign (see the 'oversized' behaviour). */
  frames: number;
}

export const WALK_BUDGET: WalkBudget = {
  elements: LIMITS.elements,
  pageChars: LIMITS.pageChars,
  plainBlocks: LIMITS.plainBlocks,
  blocks: LIMITS.blocks,
  sparseChars: LIMITS.sparseChars,
  layerBlocks: LIMITS.layerBlocks,
  layerChars: LIMITS.layerChars,
  frames: 30,
  shadowHosts: LIMITS.elements,
  closedShadowLookups: LIMITS.closedShadowLookups,
  closedShadowCustom: LIMITS.closedShadowCustom,
  styleRules: 20_000,
  generatedRules: 400,
  generatedElements: 5000,
  generatedLookups: 50_000,
  labels: LIMITS.elements,
  controls: LIMITS.elements,
  controlChars: LIMITS.controlChars,
  controlOptions: LIMITS.controlOptions,
};

/**
 * The gate's caps (extension/content/gate.ts), on every page a person opens: what it reads must cost almost
 * nothing on an ordinary page. Past the gate the collector reads each source with WALK_BUDGET.
 */
export interface GateBudget extends Budget {
  /** Text below this many characters always passes (a small page is cheap to read, whatever it says). */
  smallPage: number;
  /** Characters of a page's first text that decide whether it is Japanese at all. */
  headChars: number;
  /** Characters of a page without Japanese read for an English fake warning. */
  englishHead: number;
  /** Signal words counted before a page that repeats one part (prices in a shop) is decided. */
  words: number;
  /** Past this many elements the page's text is read in slices of sliceMs, chunkChars at a time. */
  hugePage: number;
  sliceMs: number;
  chunkChars: number;
  /** Tiny elements between two runs of text past which a page is read in full (see splitsWords). */
  splitters: number;
  /** On a page with text of its own, plain elements asked for a closed shadow root only when empty, up to this many. */
  closedShadowEmpty: number;
}

export const GATE_BUDGET: GateBudget = {
  smallPage: 3000,
  headChars: 2000,
  englishHead: 32_000,
  words: 400,
  hugePage: 20_000,
  sliceMs: 8,
  chunkChars: 64_000,
  splitters: 12,
  shadowHosts: 5000,
  // Asking the browser for a closed root costs about 2 µs an element: custom elements (the usual hosts, few), and
  // plain elements only on a page with almost no text of its own.
  closedShadowLookups: 2000,
  closedShadowCustom: 2000,
  closedShadowEmpty: 500,
  // Only the page's own <style> elements that draw text are opened (see sources/generated.ts).
  styleRules: 300,
  generatedRules: 60,
  generatedElements: 3,
  generatedLookups: 3000,
  labels: 200,
  controls: 200,
  controlChars: LIMITS.controlChars,
  controlOptions: LIMITS.controlOptions,
};
