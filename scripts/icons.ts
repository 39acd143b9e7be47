// npm run icons: renders public/icon/icon.svg to the PNG sizes the manifest declares, in Debian's Chromium.
// The PNGs are committed (the build needs no browser); run this again after changing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './lib/browser-harness';
import { ICON_SIZES } from './lib/icons';

const dir = join(import.meta.dirname, '..', 'public', 'icon');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    writeFileSync(join(dir, `${size}.png`), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
    process.stdout.write(`public/icon/${size}.png\n`);
  }
} finally {
  await browser.close();
}
