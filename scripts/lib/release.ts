// Self-hosted release files for schools that do not use the stores: a signed CRX3 with its update manifest for
// Chrome/Edge (ExtensionInstallForcelist), and the Firefox package (to be signed at AMO) with its updates.json.
// No network access.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReleaseError, extensionId, packCrx3, parseRsaPrivateKey, publicKeyDer } from './crx3';
import { readFolder, zip } from './zip';

export { ReleaseError } from './crx3';

/** Used when no --base-url is given: the files are then templates to regenerate with the real address. */
export const PLACEHOLDER_BASE_URL = 'https://example.invalid/oneclick-guard/';

export interface ReleaseOptions {
  /** The unpacked Chrome build (.output/chrome-mv3). */
  chromeBuild: string;
  /** The unpacked Firefox build (.output/firefox-mv3). */
  firefoxBuild: string;
  outDir: string;
  /** Path of the RSA private key (PEM). */
  keyPath: string;
  baseUrl?: string;
  geckoId: string;
}

export interface Release {
  id: string;
  version: string;
  baseUrl: string;
  crx: string;
  updateXml: string;
  /** The Firefox package to sign at AMO, unpacked (for web-ext sign --source-dir) and zipped. */
  firefoxDir: string;
  firefoxZip: string;
  updatesJson: string;
  /** Whether the Firefox manifest names updates.json (only with a real --base-url). */
  firefoxUpdateUrl: string | undefined;
  /** The value for ExtensionInstallForcelist. */
  policy: string;
}

/** An http(s) URL without query or fragment, ending in '/'. */
export function normalizeBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ReleaseError(`--base-url ${JSON.stringify(raw)} is not a URL; give the folder the files will be served from, e.g. https://school.example.jp/oneclick-guard/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ReleaseError(`--base-url must be an http(s) URL, not ${url.protocol}`);
  if (url.search || url.hash) throw new ReleaseError('--base-url must not have a query (?…) or fragment (#…): the file names are appended to it');
  if (url.username || url.password) throw new ReleaseError('--base-url must not contain a user name or password');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export function readPrivateKey(path: string) {
  let pem: Buffer;
  try {
    pem = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReleaseError(code === 'ENOENT' ? `key file not found: ${path}` : code === 'EISDIR' ? `--key names a folder, not a key file: ${path}` : `cannot read key file ${path} (${code ?? String(error)})`);
  }
  return parseRsaPrivateKey(pem, `key file ${path}`);
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function updateManifest(id: string, codebase: string, version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${escapeXml(id)}">
    <updatecheck codebase="${escapeXml(codebase)}" version="${escapeXml(version)}"/>
  </app>
</gupdate>
`;
}

export function buildRelease(options: ReleaseOptions): Release {
  const manifestPath = join(options.chromeBuild, 'manifest.json');
  if (!existsSync(manifestPath)) throw new ReleaseError(`no Chrome build at ${options.chromeBuild}: run npm run build first`);
  const firefoxManifestPath = join(options.firefoxBuild, 'manifest.json');
  if (!existsSync(firefoxManifestPath)) throw new ReleaseError(`no Firefox build at ${options.firefoxBuild}: run npm run build first`);
  const key = readPrivateKey(options.keyPath);
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? PLACEHOLDER_BASE_URL);

  const entries = readFolder(options.chromeBuild);
  const manifestEntry = entries.find((e) => e.name === 'manifest.json')!;
  const manifest = JSON.parse(manifestEntry.data.toString('utf8')) as Record<string, unknown>;
  const version = manifest.version;
  if (typeof version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(version)) throw new ReleaseError(`${manifestPath} has no valid version (${JSON.stringify(version)})`);
  // The unpacked build pins its ID with `key`; the packed one takes its ID from the signing key instead.
  delete manifest.key;
  manifestEntry.data = Buffer.from(`${JSON.stringify(manifest)}\n`);

  // Firefox finds updates.json only through the manifest's gecko.update_url (without it, it asks AMO for a listed
  // version), so the package to be signed names it. AMO accepts update_url for unlisted add-ons.
  const firefoxManifest = JSON.parse(readFileSync(firefoxManifestPath, 'utf8')) as { version?: unknown; browser_specific_settings?: { gecko?: { id?: string; update_url?: string } } };
  if (firefoxManifest.version !== version) throw new ReleaseError(`the Chrome build is version ${version} but the Firefox build is ${JSON.stringify(firefoxManifest.version)}: run npm run build again`);
  const gecko = firefoxManifest.browser_specific_settings?.gecko;
  if (gecko?.id !== options.geckoId) throw new ReleaseError(`the Firefox build's add-on ID is ${JSON.stringify(gecko?.id)}, expected ${options.geckoId}`);
  const firefoxUpdateUrl = options.baseUrl === undefined ? undefined : `${baseUrl}updates.json`;
  if (firefoxUpdateUrl) gecko.update_url = firefoxUpdateUrl;

  const id = extensionId(publicKeyDer(key));
  const name = `oneclick-guard-${version}`;
  mkdirSync(options.outDir, { recursive: true });
  const out = (file: string) => join(options.outDir, file);
  const release: Release = {
    id,
    version,
    baseUrl,
    crx: out(`${name}.crx`),
    updateXml: out('update.xml'),
    firefoxDir: out('firefox-mv3'),
    firefoxZip: out(`${name}-firefox.zip`),
    updatesJson: out('updates.json'),
    firefoxUpdateUrl,
    policy: `${id};${baseUrl}update.xml`,
  };
  writeFileSync(release.crx, packCrx3(zip(entries), key));
  writeFileSync(release.updateXml, updateManifest(id, `${baseUrl}${name}.crx`, version));
  rmSync(release.firefoxDir, { recursive: true, force: true });
  cpSync(options.firefoxBuild, release.firefoxDir, { recursive: true });
  writeFileSync(join(release.firefoxDir, 'manifest.json'), `${JSON.stringify(firefoxManifest)}\n`);
  writeFileSync(release.firefoxZip, zip(readFolder(release.firefoxDir)));
  const updates = { addons: { [options.geckoId]: { updates: [{ version, update_link: `${baseUrl}${name}.xpi` }] } } };
  writeFileSync(release.updatesJson, `${JSON.stringify(updates, null, 2)}\n`);
  return release;
}
