// npm run release: the CRX3 is read back here with a parser of its own (header protobuf, signature, crx_id, zip),
// so a packing mistake cannot hide behind the same code on both sides. Chromium itself installs it in
// tests/browser/release.test.ts.
import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionId } from '../../scripts/lib/crx3';
import { ReleaseError, buildRelease, normalizeBaseUrl, type Release, type ReleaseOptions } from '../../scripts/lib/release';
import { CHROME_ID, CHROME_PUBLIC_KEY, GECKO_ID } from '../../wxt.config';

const ROOT = join(__dirname, '..', '..');
const BASE_URL = 'https://school.example.jp/ocg/';
const MANIFEST = { manifest_version: 3, name: 'Test', version: '1.2.3', key: CHROME_PUBLIC_KEY, background: { service_worker: 'background.js' } };

const FIREFOX_MANIFEST = { manifest_version: 3, name: 'Test', version: '1.2.3', browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '140.0' } } };
let dir = '';
let options: ReleaseOptions;
let release: Release;
let spki: Buffer;
const FILES: Record<string, Buffer> = {
  'background.js': Buffer.from('console.log("hello");\n'.repeat(50)),
  'icon/noise.bin': randomBytes(3000), // incompressible: stored, not deflated
  '_locales/ja/messages.json': Buffer.from('{"extName":{"message":"ワンクリガード"}}'),
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ocg-release-test-'));
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  spki = publicKey.export({ type: 'spki', format: 'der' });
  writeFileSync(join(dir, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(join(dir, 'key-pkcs1.pem'), privateKey.export({ type: 'pkcs1', format: 'pem' }));
  const build = join(dir, 'chrome-mv3');
  for (const [name, data] of Object.entries({ ...FILES, 'manifest.json': Buffer.from(JSON.stringify(MANIFEST)) })) {
    mkdirSync(join(build, name, '..'), { recursive: true });
    writeFileSync(join(build, name), data);
  }
  const firefox = join(dir, 'firefox-mv3');
  mkdirSync(join(firefox, 'icon'), { recursive: true });
  writeFileSync(join(firefox, 'manifest.json'), JSON.stringify(FIREFOX_MANIFEST));
  writeFileSync(join(firefox, 'icon', 'noise.bin'), FILES['icon/noise.bin']!);
  options = { chromeBuild: build, firefoxBuild: firefox, outDir: join(dir, 'release'), keyPath: join(dir, 'key.pem'), baseUrl: 'https://school.example.jp/ocg', geckoId: GECKO_ID };
  release = buildRelease(options);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// --- an independent reader -------------------------------------------------------------------------------------

function readVarint(buf: Buffer, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = at; ; i++) {
    const byte = buf[i]!;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) return [value, i + 1];
  }
}

/** The length-delimited fields of a protobuf message, by field number (only wire type 2 is expected here). */
function fields(buf: Buffer): Map<number, Buffer[]> {
  const out = new Map<number, Buffer[]>();
  let at = 0;
  while (at < buf.length) {
    const [tag, afterTag] = readVarint(buf, at);
    expect(tag & 7, `wire type of field ${Math.floor(tag / 8)}`).toBe(2);
    const [length, start] = readVarint(buf, afterTag);
    const number = Math.floor(tag / 8);
    out.set(number, [...(out.get(number) ?? []), buf.subarray(start, start + length)]);
    at = start + length;
  }
  expect(at).toBe(buf.length);
  return out;
}

function parseCrx(crx: Buffer) {
  expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
  expect(crx.readUInt32LE(4)).toBe(3);
  const headerLength = crx.readUInt32LE(8);
  const header = fields(crx.subarray(12, 12 + headerLength));
  expect([...header.keys()].sort((a, b) => a - b)).toEqual([2, 10000]);
  expect(header.get(2)).toHaveLength(1);
  const proof = fields(header.get(2)![0]!);
  const signedHeaderData = header.get(10000)![0]!;
  return {
    publicKey: proof.get(1)![0]!,
    signature: proof.get(2)![0]!,
    signedHeaderData,
    crxId: fields(signedHeaderData).get(1)![0]!,
    archive: crx.subarray(12 + headerLength),
  };
}

/** What Chromium's crx_verifier checks for an RSA proof. */
function signatureValid(parsed: ReturnType<typeof parseCrx>): boolean {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(parsed.signedHeaderData.length);
  const data = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), length, parsed.signedHeaderData, parsed.archive]);
  return verify('sha256', data, createPublicKey({ key: parsed.publicKey, format: 'der', type: 'spki' }), parsed.signature);
}

function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = archive.readUInt32LE(at + 42);
    expect(archive.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : (expect(method).toBe(0), Buffer.from(body));
    expect(crc32(data), name).toBe(crc);
    files.set(name, data);
    at += 46 + skip;
  }
  return files;
}

const mpdecimal = (bytes: Buffer) => [...bytes.toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

// --- the tests -------------------------------------------------------------------------------------------------

describe('the CRX3 package', () => {
  it('has the CRX3 layout with one RSA proof carrying our public key', () => {
    const parsed = parseCrx(readFileSync(release.crx));
    expect(parsed.publicKey.equals(spki)).toBe(true);
    expect(parsed.signature).toHaveLength(256); // 2048-bit RSA
  });

  it('is signed over the signed header data and the whole archive, as Chromium verifies it', () => {
    const parsed = parseCrx(readFileSync(release.crx));
    expect(signatureValid(parsed)).toBe(true);
    // Any changed byte in the archive or the signed header breaks the signature.
    const flipped = Buffer.from(parsed.archive);
    flipped[Math.floor(flipped.length / 2)]! ^= 1;
    expect(signatureValid({ ...parsed, archive: flipped })).toBe(false);
    const header = Buffer.from(parsed.signedHeaderData);
    header[header.length - 1]! ^= 1;
    expect(signatureValid({ ...parsed, signedHeaderData: header })).toBe(false);
  });

  it('names the crx_id of the signing key, and the extension ID follows from it', () => {
    const parsed = parseCrx(readFileSync(release.crx));
    const id = createHash('sha256').update(spki).digest().subarray(0, 16);
    expect(parsed.crxId.equals(id)).toBe(true);
    expect(release.id).toBe(mpdecimal(id));
    expect(release.id).toMatch(/^[a-p]{32}$/);
    expect(release.id).not.toBe(CHROME_ID);
  });

  it('computes the ID the way Chrome does (the repository key gives the known ID)', () => {
    expect(extensionId(Buffer.from(CHROME_PUBLIC_KEY, 'base64'))).toBe(CHROME_ID);
  });

  it('holds every file of the build, and the manifest without its "key"', () => {
    const files = unzip(parseCrx(readFileSync(release.crx)).archive);
    expect([...files.keys()].sort()).toEqual([...Object.keys(FILES), 'manifest.json'].sort());
    for (const [name, data] of Object.entries(FILES)) expect(files.get(name)!.equals(data), name).toBe(true);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
    expect(manifest).not.toHaveProperty('key');
    const { key: _key, ...rest } = MANIFEST;
    expect(manifest).toEqual(rest);
    // The build folder itself is left as it was (the unpacked build keeps its fixed ID).
    expect(JSON.parse(readFileSync(join(options.chromeBuild, 'manifest.json'), 'utf8'))).toHaveProperty('key', CHROME_PUBLIC_KEY);
  });

  it('is reproducible: the same build and key give the same bytes', () => {
    const again = buildRelease({ ...options, outDir: join(dir, 'again') });
    expect(readFileSync(again.crx).equals(readFileSync(release.crx))).toBe(true);
  });

  it('accepts a PKCS#1 key ("BEGIN RSA PRIVATE KEY") and gives the same ID', () => {
    const pkcs1 = buildRelease({ ...options, keyPath: join(dir, 'key-pkcs1.pem'), outDir: join(dir, 'pkcs1') });
    expect(pkcs1.id).toBe(release.id);
    expect(signatureValid(parseCrx(readFileSync(pkcs1.crx)))).toBe(true);
  });
});

describe('the update files', () => {
  it('writes update.xml for the ID, the CRX address and the version', () => {
    const xml = readFileSync(release.updateXml, 'utf8');
    expect(xml).toContain('<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">');
    expect(xml).toContain(`<app appid="${release.id}">`);
    expect(xml).toContain(`<updatecheck codebase="${BASE_URL}oneclick-guard-1.2.3.crx" version="1.2.3"/>`);
    expect(release.crx.endsWith('oneclick-guard-1.2.3.crx')).toBe(true);
  });

  it('gives the policy line for ExtensionInstallForcelist', () => {
    expect(release.policy).toBe(`${release.id};${BASE_URL}update.xml`);
  });

  it('packs the Firefox build with its manifest naming updates.json, and leaves the build as it was', () => {
    expect(release.firefoxZip.endsWith('oneclick-guard-1.2.3-firefox.zip')).toBe(true);
    const files = unzip(readFileSync(release.firefoxZip));
    expect([...files.keys()].sort()).toEqual(['icon/noise.bin', 'manifest.json']);
    expect(files.get('icon/noise.bin')!.equals(FILES['icon/noise.bin']!)).toBe(true);
    const gecko = { ...FIREFOX_MANIFEST.browser_specific_settings.gecko, update_url: `${BASE_URL}updates.json` };
    expect(JSON.parse(files.get('manifest.json')!.toString('utf8'))).toEqual({ ...FIREFOX_MANIFEST, browser_specific_settings: { gecko } });
    expect(JSON.parse(readFileSync(join(release.firefoxDir, 'manifest.json'), 'utf8'))).toEqual({ ...FIREFOX_MANIFEST, browser_specific_settings: { gecko } });
    expect(JSON.parse(readFileSync(join(options.firefoxBuild, 'manifest.json'), 'utf8'))).toEqual(FIREFOX_MANIFEST);
  });

  it('names no Firefox update URL without --base-url (the files are then templates)', () => {
    const template = buildRelease({ ...options, baseUrl: undefined, outDir: join(dir, 'template') });
    expect(template.firefoxUpdateUrl).toBeUndefined();
    expect(JSON.parse(readFileSync(join(template.firefoxDir, 'manifest.json'), 'utf8'))).toEqual(FIREFOX_MANIFEST);
    expect(readFileSync(template.updateXml, 'utf8')).toContain('codebase="https://example.invalid/oneclick-guard/oneclick-guard-1.2.3.crx"');
  });

  it('writes updates.json for the gecko ID', () => {
    expect(JSON.parse(readFileSync(release.updatesJson, 'utf8'))).toEqual({
      addons: { [GECKO_ID]: { updates: [{ version: '1.2.3', update_link: `${BASE_URL}oneclick-guard-1.2.3.xpi` }] } },
    });
  });
});

describe('clear errors', () => {
  const fails = (patch: Partial<ReleaseOptions>, message: RegExp) => {
    expect(() => buildRelease({ ...options, outDir: join(dir, 'failed'), ...patch })).toThrow(ReleaseError);
    expect(() => buildRelease({ ...options, outDir: join(dir, 'failed'), ...patch })).toThrow(message);
  };
  const writeKey = (name: string, pem: string | Buffer) => {
    writeFileSync(join(dir, name), pem);
    return join(dir, name);
  };

  it('for a missing, unreadable or wrong key', () => {
    fails({ keyPath: join(dir, 'nope.pem') }, /key file not found/);
    fails({ keyPath: dir }, /names a folder/);
    fails({ keyPath: writeKey('junk.pem', 'hello') }, /not a PEM private key/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    fails({ keyPath: writeKey('ec.pem', ec) }, /not an RSA key \(it is ec\)/);
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    fails({ keyPath: writeKey('small.pem', small) }, /1024-bit RSA key; use 2048 bits or more/);
    const encrypted = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' });
    fails({ keyPath: writeKey('encrypted.pem', encrypted) }, /encrypted with a passphrase/);
    fails({ keyPath: writeKey('public.pem', createPublicKey({ key: spki, format: 'der', type: 'spki' }).export({ type: 'spki', format: 'pem' })) }, /not a PEM private key/);
  });

  it('for a base URL that is not an http(s) folder', () => {
    expect(normalizeBaseUrl('https://h.example/a/b')).toBe('https://h.example/a/b/');
    expect(normalizeBaseUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    fails({ baseUrl: 'school.example.jp/ocg' }, /is not a URL/);
    fails({ baseUrl: 'ftp://school.example.jp/' }, /must be an http\(s\) URL/);
    fails({ baseUrl: 'https://school.example.jp/?v=1' }, /must not have a query/);
    fails({ baseUrl: 'https://user:pw@school.example.jp/' }, /user name or password/);
  });

  it('for a missing build', () => {
    fails({ chromeBuild: join(dir, 'missing') }, /no Chrome build at .*: run npm run build first/);
    fails({ firefoxBuild: join(dir, 'missing') }, /no Firefox build at .*: run npm run build first/);
  });

  it('for a Firefox build that does not match', () => {
    const other = join(dir, 'firefox-other');
    mkdirSync(other);
    writeFileSync(join(other, 'manifest.json'), JSON.stringify({ ...FIREFOX_MANIFEST, version: '1.2.2' }));
    fails({ firefoxBuild: other }, /Chrome build is version 1.2.3 but the Firefox build is "1.2.2": run npm run build again/);
    writeFileSync(join(other, 'manifest.json'), JSON.stringify({ ...FIREFOX_MANIFEST, browser_specific_settings: { gecko: { id: 'other@example.org' } } }));
    fails({ firefoxBuild: other }, /add-on ID is "other@example.org", expected oneclick-guard@/);
  });

  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/release.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  it('from the command line without a key: the usage, exit 2', () => {
    const usage = run();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--key is required');
  });

  it('from the command line with a missing key: one line on stderr, no stack trace', () => {
    // With or without a build in .output (a fresh clone has none), the error is a sentence, not a stack.
    const bad = run('--key', join(dir, 'nope.pem'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^release: (key file not found|no build at|the build is version)/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(bad.stdout).toBe('');
  });
});
