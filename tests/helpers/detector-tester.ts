// A detector's test table, in the spirit of ESLint's RuleTester: pages on which it fires (with what it must report)
// and pages on which it stays silent, kept as data in tests/detectors/cases/<detector id>.yaml. Every firing case is
// also checked against the detector's declarations: only declared evidence keys, each with a message in every
// locale, strength within 0–1, and the prominence expected.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { messageId, type Detector, type Finding } from '../../detectors/define';
import { BehaviourSchema } from '../../detectors/snapshot/schema';
import { pageOf } from './page';

const OptionsSchema = z.strictObject({
  layout: z.boolean().optional(),
  scriptText: z.boolean().optional(),
  behaviour: z.array(BehaviourSchema).optional(),
  url: z.string().optional(),
  userAgent: z.string().optional(),
});

const SilentCaseSchema = z.strictObject({ name: z.string().min(1), html: z.string(), options: OptionsSchema.optional() });

const FiresCaseSchema = SilentCaseSchema.extend({
  /** Text that some evidence value must contain. */
  reports: z.string().optional(),
  /** Evidence keys that must be among those reported. */
  keys: z.array(z.string()).optional(),
  /** Bounds on the strength (inclusive). */
  min: z.number().optional(),
  max: z.number().optional(),
  /** Whether the finding must (true) or must not (false) stand in the page's own interface. */
  prominent: z.boolean().optional(),
});

/** A case file: both lists are required and non-empty (every detector has positive and negative cases). */
export const CasesSchema = z.strictObject({ fires: z.array(FiresCaseSchema).min(1), silent: z.array(SilentCaseSchema).min(1) });
export type Cases = z.infer<typeof CasesSchema>;

const CASES = join(__dirname, '..', 'detectors', 'cases');

/** Reads and checks a detector's case file; a typo in a key is an error, not a silently ignored check. */
export function readCases(detectorId: string): Cases {
  const file = join(CASES, `${detectorId}.yaml`);
  if (!existsSync(file)) throw new Error(`no test cases for ${detectorId}: write ${file}`);
  const parsed = CasesSchema.safeParse(load(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const LOCALES = ['ja', 'en'];
const ROOT = join(__dirname, '..', '..');

export function testDetector(detector: Detector, cases: Cases = readCases(detector.id)): void {
  describe(detector.id, () => {
    const messages = new Map<string, Set<string>>();
    beforeAll(async () => {
      for (const locale of LOCALES) {
        const parsed = await parseMessagesFile(join(ROOT, 'locales', `${locale}.yml`));
        messages.set(locale, new Set(parsed.map((m) => m.key.join('.'))));
      }
    });

    it('declares its messages in every locale', () => {
      for (const locale of LOCALES) {
        const keys = messages.get(locale)!;
        expect(keys.has(`signal.${messageId(detector.id)}.title`), `${locale}: title`).toBe(true);
        expect(keys.has(`signal.${messageId(detector.id)}.explain`), `${locale}: explain`).toBe(true);
        for (const key of detector.evidenceKeys) expect(keys.has(`evidence.${key}`), `${locale}: evidence.${key}`).toBe(true);
      }
    });

    it.each(cases.fires)('fires on $name', (c) => {
      const finding: Finding | null = detector.detect(pageOf(c.html, c.options));
      expect(finding, 'finding').not.toBeNull();
      const f = finding!;
      expect(f.strength).toBeGreaterThan(0);
      expect(f.strength).toBeLessThanOrEqual(1);
      if (c.min !== undefined) expect(f.strength).toBeGreaterThanOrEqual(c.min);
      if (c.max !== undefined) expect(f.strength).toBeLessThanOrEqual(c.max);
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(detector.evidenceKeys, `undeclared evidence key ${e.key}`).toContain(e.key);
      if (c.keys) expect(f.evidence.map((e) => e.key)).toEqual(expect.arrayContaining(c.keys));
      if (c.reports) expect(f.evidence.flatMap((e) => e.values).join(' ')).toContain(c.reports);
      if (c.prominent !== undefined) expect(f.prominent === true, 'prominent').toBe(c.prominent);
    });

    it.each(cases.silent)('stays silent on $name', (c) => {
      expect(detector.detect(pageOf(c.html, c.options))).toBeNull();
    });
  });
}
