// `npm run screenshots` from the real build: every store screenshot in both languages, at the stores' size.
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDir, tempDir } from '../../scripts/lib/browser-harness';
import { SCENES, STORE_SIZE, takeScreenshots } from '../../scripts/screenshots';
import { pngSize } from '../helpers/png';

const out = tempDir('ocg-screenshots-');
afterAll(() => removeTempDir(out));

describe('npm run screenshots', () => {
  it('writes the warning, the explanation, the block page and the settings in Japanese and English, at 1280×800', async () => {
    const files = await takeScreenshots(out);
    const expected = ['ja', 'en'].flatMap((lang) => SCENES.map((scene) => `${lang}-${scene}.png`)).sort();
    expect(readdirSync(out).sort()).toEqual(expected);
    expect(files.length).toBe(expected.length);
    for (const file of files) expect(pngSize(file), file).toEqual(STORE_SIZE);
  });
});
