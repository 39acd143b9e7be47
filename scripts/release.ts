// npm run release -- --key <private key .pem> [--base-url https://host/path/]
// Self-hosted release files (docs/deploy.md, 「自分のサーバーから配布する」) in .output/release/: a CRX3 signed with
// the key and its update.xml; the Firefox package, to be signed at AMO, and its updates.json. Run after npm run build.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GECKO_ID } from '../wxt.config';
import { PLACEHOLDER_BASE_URL, ReleaseError, buildRelease } from './lib/release';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const OUTPUT = join(ROOT, '.output');

const USAGE = `usage: npm run release -- --key <private key .pem> [--base-url https://host/path/]

Packs .output/chrome-mv3 (run npm run build first) into a CRX3 signed with the RSA key and writes, in
.output/release/: oneclick-guard-<version>.crx, update.xml, oneclick-guard-<version>-firefox.zip (also unpacked in
firefox-mv3/, to be signed by addons.mozilla.org) and updates.json.
  --key       RSA private key, PEM (PKCS#8 or PKCS#1). It fixes the extension ID: keep it secret and backed up.
              Make one with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out oneclick-guard.pem
  --base-url  the http(s) folder the files will be served from (update.xml and updates.json point into it).
Nothing is uploaded or fetched. Exit code: 0 on success, 1 on error, 2 on wrong usage.`;

function main(argv: string[]): number {
  let values: { key?: string; 'base-url'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { key: { type: 'string' }, 'base-url': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.key) {
    process.stderr.write(`--key is required\n\n${USAGE}\n`);
    return 2;
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const chromeBuild = join(OUTPUT, 'chrome-mv3');
  let built: string;
  try {
    built = (JSON.parse(readFileSync(join(chromeBuild, 'manifest.json'), 'utf8')) as { version: string }).version;
  } catch {
    throw new ReleaseError(`no build at ${relative(ROOT, chromeBuild)}: run npm run build first`);
  }
  if (built !== pkg.version) throw new ReleaseError(`the build is version ${built} but package.json says ${pkg.version}: run npm run build again`);

  const release = buildRelease({
    chromeBuild,
    firefoxBuild: join(OUTPUT, 'firefox-mv3'),
    outDir: join(OUTPUT, 'release'),
    keyPath: resolve(values.key),
    baseUrl: values['base-url'],
    geckoId: GECKO_ID,
  });
  const show = (path: string) => relative(process.cwd(), path);
  const lines = [
    `ワンクリガード ${release.version}`,
    `Chrome/Edge extension ID: ${release.id}`,
    '',
    'Files:',
    `  ${show(release.crx)}  (serve as application/x-chrome-extension)`,
    `  ${show(release.updateXml)}`,
    `  ${show(release.firefoxZip)} and ${show(release.firefoxDir)}/  (NOT installable yet: see below)`,
    `  ${show(release.updatesJson)}`,
    '',
    'Chrome/Edge policy ExtensionInstallForcelist entry:',
    `  ${release.policy}`,
    `Policy templates in docs/policies name the repository's ID; use ${release.id} there instead.`,
    '',
    'Firefox: the package must be signed by addons.mozilla.org as an unlisted add-on before it can be installed:',
    `  npx web-ext sign --channel unlisted --source-dir ${show(release.firefoxDir)} --api-key … --api-secret …`,
    `then serve the signed .xpi as ${release.baseUrl}oneclick-guard-${release.version}.xpi next to updates.json.`,
    release.firefoxUpdateUrl ? `Its manifest names ${release.firefoxUpdateUrl} for updates.` : 'Without --base-url its manifest names no update URL: Firefox will not find updates.json.',
  ];
  if (values['base-url'] === undefined) lines.push('', `No --base-url given: update.xml and updates.json point to the placeholder ${PLACEHOLDER_BASE_URL}; run again with --base-url.`);
  else if (new URL(release.baseUrl).protocol === 'http:') lines.push('', 'Note: --base-url is plain http; serve the files over https (Firefox requires it for updates.json).');
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ReleaseError) process.stderr.write(`release: ${error.message}\n`);
  else process.stderr.write(`release failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
}
