// Settings as they apply: the defaults, then the user's stored values, then the administrator's (managed storage:
// Chrome/Edge policy 3rdparty.extensions.<id>, Firefox policies.json 3rdparty.Extensions.<id>), which also lock.
// An invalid value from either source is ignored with a note; the defaults hold.
import { DEFAULT_SETTINGS, SettingsShape, type SettingKey, type Settings } from './settings';

export interface SettingsNote {
  key: string;
  source: 'local' | 'managed';
}

export interface EffectiveSettings {
  settings: Settings;
  /** Keys the administrator set: shown as locked, not changeable here. */
  locked: SettingKey[];
  /** Values that were ignored because they were invalid (or unknown, for managed storage). */
  notes: SettingsNote[];
}

const KEYS = Object.keys(SettingsShape) as SettingKey[];

/** The key of a note about a whole source that is not an object of settings (a policy written as a string, a list…). */
export const WHOLE = '*';

function apply(target: Settings, source: unknown, origin: SettingsNote['source'], notes: SettingsNote[], applied: SettingKey[]): void {
  if (source === undefined || source === null) return; // nothing stored, no policy
  if (typeof source !== 'object' || Array.isArray(source)) {
    notes.push({ key: WHOLE, source: origin });
    return;
  }
  for (const [key, value] of Object.entries(source)) {
    if (!(KEYS as string[]).includes(key)) {
      // Unknown managed keys are a typo in a policy file: worth telling the administrator.
      if (origin === 'managed') notes.push({ key, source: origin });
      continue;
    }
    const parsed = SettingsShape[key as SettingKey].safeParse(value);
    if (!parsed.success) {
      notes.push({ key, source: origin });
      continue;
    }
    (target as Record<SettingKey, unknown>)[key as SettingKey] = parsed.data;
    applied.push(key as SettingKey);
  }
}

export function effectiveSettings(local: unknown, managed: unknown): EffectiveSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS, allowlist: [...DEFAULT_SETTINGS.allowlist] };
  const notes: SettingsNote[] = [];
  apply(settings, local, 'local', notes, []);
  const locked: SettingKey[] = [];
  apply(settings, managed, 'managed', notes, locked);
  return { settings, locked, notes };
}
