// The optional parent PIN: only a salted PBKDF2 hash is stored (WebCrypto). Wrong PINs earn a growing wait.
export interface StoredPin {
  salt: string;
  hash: string;
  iterations: number;
}

export interface PinAttempts {
  failures: number;
  /** ms since the epoch before which no PIN is checked. */
  until: number;
}

const ITERATIONS = 200_000;
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (s: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** A PIN is 4 to 12 digits. */
export const validPin = (pin: string): boolean => /^\d{4,12}$/.test(pin);

export async function hashPin(pin: string): Promise<StoredPin> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: b64(salt), hash: b64(await derive(pin, salt, ITERATIONS)), iterations: ITERATIONS };
}

export async function checkPin(pin: string, stored: StoredPin): Promise<boolean> {
  const derived = await derive(pin, unb64(stored.salt), stored.iterations);
  const expected = unb64(stored.hash);
  // Compare every byte, so that the time taken says nothing about where they differ.
  let diff = derived.length ^ expected.length;
  for (let i = 0; i < Math.min(derived.length, expected.length); i++) diff |= derived[i]! ^ expected[i]!;
  return diff === 0;
}

/** After a wrong PIN: 2 s, 4 s, 8 s … at most 60 s before the next try is checked. */
export function afterFailure(attempts: PinAttempts, now: number): PinAttempts {
  const failures = attempts.failures + 1;
  return { failures, until: now + Math.min(60_000, 1000 * 2 ** failures) };
}

export function readPin(stored: unknown): StoredPin | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const p = stored as Partial<StoredPin>;
  return typeof p.salt === 'string' && typeof p.hash === 'string' && typeof p.iterations === 'number' && p.iterations >= 1000 ? (p as StoredPin) : null;
}
