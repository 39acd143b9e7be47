// Real messages for UI tests: the browser's i18n (a stub under WxtVitest) answers from locales/<locale>.yml.
import { join } from 'node:path';
import { vi } from 'vitest';
import { browser } from '@wxt-dev/browser';
import { parseMessagesFile } from '@wxt-dev/i18n/build';

export async function useLocale(locale: 'ja' | 'en'): Promise<void> {
  const parsed = await parseMessagesFile(join(__dirname, '..', '..', 'locales', `${locale}.yml`));
  const messages = new Map(parsed.flatMap((m) => (m.type === 'plural' ? [] : [[m.key.join('_'), m.message] as const])));
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) => {
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return (messages.get(key) ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as typeof browser.i18n.getMessage);
}
