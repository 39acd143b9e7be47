// The case files are data, so the tester checks them: every detector has one, and a misspelt key is an error.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTOR_IDS } from '../../detectors/registry';
import { CasesSchema, readCases } from './detector-tester';

describe('detector case files', () => {
  it('exist for every registered detector, and for no other', () => {
    const files = readdirSync(join(__dirname, '..', 'detectors', 'cases')).map((f) => f.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual([...DETECTOR_IDS].sort());
    for (const id of DETECTOR_IDS) expect(readCases(id).fires.length).toBeGreaterThan(0);
  });

  it('reject a misspelt check, a missing list and an unknown option', () => {
    const silent = [{ name: 'x', html: '<p>x</p>' }];
    expect(CasesSchema.safeParse({ fires: [{ name: 'a', html: '<p>a</p>', report: '1' }], silent }).success).toBe(false);
    expect(CasesSchema.safeParse({ fires: [{ name: 'a', html: '<p>a</p>' }] }).success).toBe(false);
    expect(CasesSchema.safeParse({ fires: [{ name: 'a', html: '', options: { lay: true } }], silent }).success).toBe(false);
    expect(CasesSchema.safeParse({ fires: [{ name: 'a', html: '<p>a</p>', reports: '1' }], silent }).success).toBe(true);
  });
});
