// The seam between the small content script that runs on every page (gate, watching, messages) and the engine it
// loads only for pages that pass the gate (snapshot, detectors, overlay). Both run in the same isolated world
// and meet on a global the page cannot see.
import type { Behaviour } from '../../detectors/snapshot/schema';
import type { Report } from '../../detectors/evaluate';
import type { Decision } from '../../model/decision';
import type { ContentMessage } from '../../model/messages';

export interface Engine {
  /** Reads the page (in idle slices when it is large) and hands back the report to send, or null when nothing changed. */
  scan(behaviour: Behaviour[], done: (message: ContentMessage | null) => void): void;
  /** Carries out the background's decision for the tab: overlay (top frame), contact guard, calming the page. */
  apply(decision: Decision, report: Report): void;
  /** Takes the overlay out of the way for a screenshot, and puts it back. */
  capture(phase: 'hide' | 'show'): Promise<unknown>;
}

const KEY = Symbol.for('oneclick-guard.engine');

export function loadedEngine(): Engine | undefined {
  return (globalThis as unknown as Record<symbol, Engine | undefined>)[KEY];
}

export function registerEngine(engine: Engine): void {
  (globalThis as unknown as Record<symbol, Engine>)[KEY] = engine;
}
