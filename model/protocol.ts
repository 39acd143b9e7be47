// Messages between the page's MAIN world (observer), our isolated content scripts and the background.
// The window channel is visible to the page, which can read and forge it: a forged message may only ever make a
// page look *more* suspicious (extra behaviour) or make it less able to harm (our commands), never clean.
// Content scripts validate by hand here (no zod in the content path: it costs every page load).
import { BEHAVIOUR_TYPES, mergeBehaviour } from '../detectors/snapshot/behaviour-types';
import { LIMITS } from '../detectors/snapshot/limits';

export { mergeBehaviour };
import type { Behaviour } from '../detectors/snapshot/schema';

export const OBSERVER_SOURCE = 'oneclick-guard:observer';
export const GUARD_SOURCE = 'oneclick-guard:guard';

/** MAIN world → isolated: behaviour seen since the last message. */
export interface ObserverMessage {
  source: typeof OBSERVER_SOURCE;
  events: ObservedEvent[];
}
export interface ObservedEvent {
  type: Behaviour['type'];
  gesture: boolean;
  count: number;
  detail: string;
}

/** Isolated → MAIN world: the page was judged fraud (refuse prompts, full screen, alerts; drop leave-page prompts). */
export interface GuardCommand {
  source: typeof GUARD_SOURCE;
  command: 'flagged' | 'release-unload';
}

const TYPES = new Set<string>(BEHAVIOUR_TYPES);
const MAX_EVENTS = 64;

/** The events of an observer message, or null when it is not one. Bad entries are dropped, never trusted. */
export function readObserverMessage(data: unknown): Behaviour[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Partial<ObserverMessage>;
  if (m.source !== OBSERVER_SOURCE || !Array.isArray(m.events)) return null;
  const out: Behaviour[] = [];
  for (const e of m.events.slice(0, MAX_EVENTS) as unknown[]) {
    if (typeof e !== 'object' || e === null) continue;
    const { type, gesture, count, detail } = e as Partial<ObservedEvent>;
    if (typeof type !== 'string' || !TYPES.has(type)) continue;
    if (typeof gesture !== 'boolean') continue;
    const n = typeof count === 'number' && Number.isFinite(count) ? Math.min(Math.max(1, Math.floor(count)), 1_000_000) : 1;
    out.push({ type: type as Behaviour['type'], source: 'runtime', gesture, count: n, detail: typeof detail === 'string' ? detail.slice(0, LIMITS.valueChars) : '' });
  }
  return out;
}

export function readGuardCommand(data: unknown): GuardCommand['command'] | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Partial<GuardCommand>;
  if (m.source !== GUARD_SOURCE) return null;
  return m.command === 'flagged' || m.command === 'release-unload' ? m.command : null;
}

