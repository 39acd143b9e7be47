// The generated set as the evaluation reads it: every generated page, every fraud page under every evasion, every
// honest page with a bill quoted inside it. Pages are built lazily, one at a time (the padded ones are 400 kB).
import { FRAUD_MUTATIONS, HONEST_MUTATION, quoteBill } from './mutate';
import { billBody, generateCorpus, rng, type GeneratedPage } from './generate';
import type { WalkBudget } from '../../detectors/snapshot/limits';

export const DEFAULT_SEED = 20261130;
export const DEFAULT_PER_FAMILY = 40;

export interface Variant {
  id: string;
  family: string;
  verdict: GeneratedPage['verdict'];
  category: GeneratedPage['category'];
  /** '' for the page as generated. */
  mutation: string;
  html(): string;
  /** Scan with these walk caps (a mutation's small form, see Mutation.small). */
  budget?: Partial<WalkBudget>;
}

/** `small`: mutations in their small form with the caps to scan them with (for jsdom; the browser takes full size). */
export function* generatedSet(seed = DEFAULT_SEED, perFamily = DEFAULT_PER_FAMILY, small = false): Generator<Variant> {
  const quoted = rng(seed ^ 0x9e3779b9);
  for (const page of generateCorpus(seed, perFamily)) {
    const base = { family: page.family, verdict: page.verdict, category: page.category };
    yield { ...base, id: page.id, mutation: '', html: () => page.html };
    if (page.verdict === 'fraud') {
      for (const m of FRAUD_MUTATIONS) {
        const id = `${page.id}.${m.name}`;
        if (small && m.small) yield { ...base, id, mutation: m.name, html: () => m.small!.apply(page.html), budget: m.small.budget };
        else yield { ...base, id, mutation: m.name, html: () => m.apply(page.html) };
      }
    } else {
      const bill = billBody(quoted);
      yield { ...base, id: `${page.id}.${HONEST_MUTATION}`, mutation: HONEST_MUTATION, html: () => quoteBill(page.html, bill) };
    }
  }
}

/** A seeded sample of at least `size` variants that holds every family and every mutation (for the browser). */
export function sampleSet(size: number, seed = DEFAULT_SEED): Variant[] {
  const all = [...generatedSet(seed, 6)];
  const r = rng(seed + 7);
  const chosen = new Map<string, Variant>();
  const takeOneOf = (list: Variant[]) => {
    if (list.length > 0) {
      const v = list[Math.floor(r() * list.length)]!;
      chosen.set(v.id, v);
    }
  };
  for (const family of new Set(all.map((v) => v.family))) takeOneOf(all.filter((v) => v.family === family));
  for (const mutation of new Set(all.map((v) => v.mutation))) takeOneOf(all.filter((v) => v.mutation === mutation));
  while (chosen.size < Math.min(size, all.length)) takeOneOf(all);
  return [...chosen.values()].sort((a, b) => a.id.localeCompare(b.id));
}
