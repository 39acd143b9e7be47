// Every policy template an administrator edits uses exactly the keys and types of the managed schema, and the
// schema describes exactly the settings model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsShape, DEFAULT_SETTINGS } from '../../model/settings';
import { effectiveSettings } from '../../model/policy';
import { CHROME_ID, GECKO_ID } from '../../wxt.config';

const ROOT = join(__dirname, '..', '..');
const DOCS = join(ROOT, 'docs', 'policies');
const schema = JSON.parse(readFileSync(join(ROOT, 'public', 'managed_schema.json'), 'utf8')) as {
  properties: Record<string, { type: string; enum?: string[]; items?: { type: string } }>;
};

type Value = boolean | number | string | string[];
const typeOf = (v: Value) => (Array.isArray(v) ? (v.every((x) => typeof x === 'string') ? 'array' : 'bad-array') : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v);

function expectMatchesSchema(name: string, settings: Record<string, Value>) {
  expect(Object.keys(settings).sort(), name).toEqual(Object.keys(schema.properties).sort());
  for (const [key, value] of Object.entries(settings)) {
    const prop = schema.properties[key]!;
    expect(typeOf(value), `${name}: ${key}`).toBe(prop.type);
    if (prop.enum) expect(prop.enum, `${name}: ${key}`).toContain(value);
  }
  // And the values are ones the extension accepts: nothing is ignored as invalid.
  expect(effectiveSettings({}, settings).notes, name).toEqual([]);
}

/** The values under the extension's policy key of a .reg file (dword → number, or boolean for boolean properties). */
function regSettings(text: string): Record<string, Value> {
  const out: Record<string, Value> = {};
  let section = '';
  for (const line of text.split(/\r?\n/)) {
    const header = /^\[(.+)\]$/.exec(line.trim());
    if (header) {
      section = header[1]!;
      continue;
    }
    if (!section.includes(`\\3rdparty\\extensions\\${CHROME_ID}\\policy`)) continue;
    const m = /^"([^"]+)"=(?:dword:([0-9a-f]{8})|"([^"]*)")$/i.exec(line.trim());
    if (!m) continue;
    const value: Value = m[2] !== undefined ? parseInt(m[2], 16) : m[3]!;
    if (section.endsWith('\\policy')) {
      out[m[1]!] = schema.properties[m[1]!]?.type === 'boolean' && typeof value === 'number' ? value === 1 : value;
    } else {
      const list = section.slice(section.lastIndexOf('\\') + 1);
      out[list] = [...((out[list] as string[] | undefined) ?? []), String(value)];
    }
  }
  return out;
}

/** The keys of the payload for the extension in a configuration profile. */
function plistSettings(text: string): Record<string, Value> {
  const start = text.indexOf(`<string>com.google.Chrome.extensions.${CHROME_ID}</string>`);
  const dict = text.slice(start, text.indexOf('</dict>', start));
  const out: Record<string, Value> = {};
  for (const m of dict.matchAll(/<key>([^<]+)<\/key>\s*(<true\/>|<false\/>|<integer>(\d+)<\/integer>|<string>([^<]*)<\/string>|<array>([\s\S]*?)<\/array>)/g)) {
    if (m[1]!.startsWith('Payload')) continue;
    out[m[1]!] = m[2] === '<true/>' ? true : m[2] === '<false/>' ? false : m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? m[4] : [...m[5]!.matchAll(/<string>([^<]*)<\/string>/g)].map((x) => x[1]!);
  }
  return out;
}

describe('managed policy', () => {
  it('has a schema for exactly the settings model, with matching types', () => {
    const expected: Record<string, string> = {};
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) expected[key] = typeOf(value as Value) === 'number' ? 'integer' : typeOf(value as Value);
    expect(Object.fromEntries(Object.entries(schema.properties).map(([k, p]) => [k, p.type]))).toEqual(expected);
    expect(Object.keys(SettingsShape).sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('Windows .reg templates for Chrome and Edge force-install the extension and set every key', () => {
    for (const file of ['windows-chrome.reg', 'windows-edge.reg']) {
      const text = readFileSync(join(DOCS, file), 'utf8');
      expect(text).toContain(`"1"="${CHROME_ID};https://clients2.google.com/service/update2/crx"`);
      expect(text).toMatch(file.includes('edge') ? /Policies\\Microsoft\\Edge\\ExtensionInstallForcelist/ : /Policies\\Google\\Chrome\\ExtensionInstallForcelist/);
      expectMatchesSchema(file, regSettings(text));
    }
  });

  it('Linux JSON templates for Chrome and Chromium', () => {
    for (const file of ['linux-chrome.json', 'linux-chromium.json']) {
      const policy = JSON.parse(readFileSync(join(DOCS, file), 'utf8'));
      expect(policy.ExtensionInstallForcelist).toEqual([`${CHROME_ID};https://clients2.google.com/service/update2/crx`]);
      expectMatchesSchema(file, policy['3rdparty'].extensions[CHROME_ID]);
    }
  });

  it('the macOS configuration profile', () => {
    const text = readFileSync(join(DOCS, 'macos-chrome.mobileconfig'), 'utf8');
    expect(text).toContain(`<string>${CHROME_ID};https://clients2.google.com/service/update2/crx</string>`);
    expectMatchesSchema('macos-chrome.mobileconfig', plistSettings(text));
  });

  it('Firefox policies.json installs the add-on and sets every key', () => {
    const policy = JSON.parse(readFileSync(join(DOCS, 'firefox-policies.json'), 'utf8')).policies;
    expect(policy.ExtensionSettings[GECKO_ID].installation_mode).toBe('force_installed');
    expectMatchesSchema('firefox-policies.json', policy['3rdparty'].Extensions[GECKO_ID]);
  });
});
