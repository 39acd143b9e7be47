// House rules that keep the detectors self-describing (after refined-github's features test).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { DETECTORS, type DetectorId } from '../detectors/registry';
import { messageId, type Detector } from '../detectors/define';
import { RULES } from '../detectors/evaluate';
import { scanFile } from '../scripts/lib/scan-file';
import { readLabels } from '../scripts/lib/labels';
import { readCases } from './helpers/detector-tester';

const ROOT = join(__dirname, '..');
const NOT_DETECTORS = new Set(['define', 'helpers', 'registry', 'evaluate', 'context', 'vocabulary', 'regions', 'channels']);
const detectorFiles = readdirSync(join(ROOT, 'detectors'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'))
  .filter((f) => !NOT_DETECTORS.has(f));
const LOCALES = ['ja', 'en'];
const CONTEXT_KEYS = ['aboutFraud', 'advice', 'stepFlow', 'maskedChannel', 'noLiveChannel', 'liveTel', 'liveMail', 'liveChat', 'liveForm', 'liveApp', 'livePayment'];
const RULE_KEYS = RULES;

async function messages(locale: string): Promise<Map<string, number>> {
  const parsed = await parseMessagesFile(join(ROOT, 'locales', `${locale}.yml`));
  return new Map(parsed.map((m) => [m.key.join('.'), m.substitutions]));
}

describe('detector conventions', () => {
  it('registers every detector file, under an id equal to its file name, once', async () => {
    expect(DETECTORS.map((d) => d.id).sort()).toEqual([...detectorFiles].sort());
    for (const file of detectorFiles) {
      const mod = (await import(`../detectors/${file}.ts`)) as { default: Detector };
      expect(mod.default.id).toBe(file);
      expect(DETECTORS).toContain(mod.default);
    }
  });

  it('gives every detector a positive weight and declared evidence keys', () => {
    for (const d of DETECTORS) {
      expect(d.weight, d.id).toBeGreaterThan(0);
      expect(d.evidenceKeys.length, d.id).toBeGreaterThan(0);
    }
  });

  it.each(LOCALES)('has every message in locale %s', async (locale) => {
    const keys = await messages(locale);
    for (const d of DETECTORS) {
      expect(keys.has(`signal.${messageId(d.id)}.title`), `${locale}: signal.${messageId(d.id)}.title`).toBe(true);
      expect(keys.has(`signal.${messageId(d.id)}.explain`), `${locale}: signal.${messageId(d.id)}.explain`).toBe(true);
      for (const key of d.evidenceKeys) expect(keys.has(`evidence.${key}`), `${locale}: evidence.${key}`).toBe(true);
    }
    for (const key of CONTEXT_KEYS) expect(keys.has(`evidence.${key}`), key).toBe(true);
    for (const key of RULE_KEYS) expect(keys.has(`rule.${key}`), key).toBe(true);
    for (const v of ['fraud', 'suspicious', 'clean']) expect(keys.has(`verdict.${v}`)).toBe(true);
  });

  it('keeps the locales in step: same keys, same placeholders', async () => {
    const [ja, en] = await Promise.all(LOCALES.map(messages));
    expect([...en!.keys()].sort()).toEqual([...ja!.keys()].sort());
    for (const [key, subs] of ja!) expect(en!.get(key), key).toBe(subs);
  });

  it('keeps the help-line numbers of every message in both locales (a YAML "#" starts a comment)', async () => {
    const text = async (locale: string) => new Map((await parseMessagesFile(join(ROOT, 'locales', `${locale}.yml`))).map((m) => [m.key.join('.'), m.type === 'simple' ? m.message : '']));
    const [ja, en] = await Promise.all(LOCALES.map(text));
    const numbers = (s: string) => ['188', '#9110', '110', '03-5978-7509'].filter((n) => s.includes(n)).join(' ');
    for (const [key, message] of ja!) expect(numbers(en!.get(key) ?? ''), key).toBe(numbers(message));
  });

  it('has a test file with positive and negative cases for every detector', () => {
    for (const d of DETECTORS) {
      const path = join(ROOT, 'tests', 'detectors', `${d.id}.test.ts`);
      expect(existsSync(path), path).toBe(true);
      // The tester runs the detector's case file, which must hold both kinds (its schema requires them).
      expect(readFileSync(path, 'utf8'), `${d.id}: runs its case table`).toMatch(/^testDetector\(detector\);$/m);
      const cases = readCases(d.id);
      expect(cases.fires.length, `${d.id}: positive cases`).toBeGreaterThan(0);
      expect(cases.silent.length, `${d.id}: negative cases`).toBeGreaterThan(0);
    }
  });

  it('has positive and negative fixture pages for every detector, and only reports declared evidence keys', async () => {
    const { pages } = await readLabels(join(ROOT, 'tests', 'fixtures'));
    const positives = new Map<string, number>();
    const negatives = new Map<string, number>();
    for (const page of pages) {
      const { report } = await scanFile(page.file);
      const fired = new Set(report.findings.map((f) => f.id));
      for (const f of report.findings) {
        const declared = DETECTORS.find((d) => d.id === f.id)!.evidenceKeys;
        for (const e of f.evidence) expect(declared, `${f.id} in ${page.page}`).toContain(e.key);
      }
      for (const d of DETECTORS) {
        if ((page.signals ?? []).includes(d.id)) positives.set(d.id, (positives.get(d.id) ?? 0) + 1);
        if (!fired.has(d.id as DetectorId)) negatives.set(d.id, (negatives.get(d.id) ?? 0) + 1);
      }
    }
    for (const d of DETECTORS) {
      expect(positives.get(d.id) ?? 0, `${d.id}: labelled positive fixtures`).toBeGreaterThan(0);
      expect(negatives.get(d.id) ?? 0, `${d.id}: fixtures where it stays silent`).toBeGreaterThan(0);
    }
  });
});
