import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Tests of the built packages in .output/ without a browser: the compatibility gate (browser-compat-data) and the
// Firefox background under Android's API surface. A step of npm test right after the build; they fail, never skip,
// when the build is missing or older than the sources.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
  },
});
