import { describe, expect, it } from 'vitest';
import { isPlaceholder, readChannels } from '../../detectors/channels';
import { pageOf } from '../helpers/page';

describe('isPlaceholder', () => {
  it.each([
    ['03-XXXX-XXXX', true],
    ['03-12XX-56XX', true],
    ['xxxx@xxxx.jp', true],
    ['ID: xxx-123', true],
    ['0120-○○-○○○○', true],
    ['0300000000', true],
    // Names and numbers a fraud author chose (red team 6): live.
    ['jidan_xx2025', false],
    ['boxx.pay@example.jp', false],
    ['05077777777', false],
    ['0364120093', false],
  ])('%s → %s', (value, placeholder) => {
    expect(isPlaceholder(value)).toBe(placeholder);
  });
});

describe('numbers drawn over side-by-side boxes', () => {
  it.each([
    ['<div style="display:flex"><div>+1-800-555-</div><div>0199</div></div>', '800-555-0199'],
    ['<div style="display:flex"><div>+1-</div><div>800-555-</div><div>0199</div></div>', '800-555-0199'],
    ['<div style="display:flex"><div>03-6412-</div><div>0093</div></div>', '03-6412-0093'],
  ])('%s reads %s', (html, number) => {
    const live = readChannels(pageOf(`<p>Call support now</p>${html}`)).live.flatMap((e) => e.values);
    expect(live.some((v) => v.endsWith(number))).toBe(true);
  });

  it('joins no number across words', () => {
    expect(readChannels(pageOf('<div>受付 03-6412-</div><div>ご案内</div><div>0093</div>')).live).toEqual([]);
  });
});
