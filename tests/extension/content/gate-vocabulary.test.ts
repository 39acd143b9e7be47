// The gate and the detectors read one vocabulary (detectors/vocabulary.ts). That the gate lets through every page
// the engine flags is checked on every page we have where each is scanned anyway: npm run eval (the fixtures, the
// shared corpora, the whole generated corpus with its evasions) fails a page the gate would not let through.
import { describe, expect, it } from 'vitest';
import { partsIn, SIGNAL_WORDS, PAYMENT_WORDS_LIST } from '../../../detectors/vocabulary';

describe('one vocabulary for the gate and the detectors', () => {
  it('puts every payment word among the words the gate reads', () => {
    const contract = SIGNAL_WORDS.contract.join(' ');
    for (const word of PAYMENT_WORDS_LIST) expect(partsIn(word).size > 0 || contract.includes(word), word).toBe(true);
  });
});
