import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHROME_ID, CHROME_PUBLIC_KEY } from '../../wxt.config';

describe('the fixed Chrome extension ID', () => {
  it('is the one the manifest key gives (policy templates and tests rely on it)', () => {
    const hex = createHash('sha256').update(Buffer.from(CHROME_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')).toBe(CHROME_ID);
  });
});
