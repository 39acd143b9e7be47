import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests: each small and quick. The corpus-wide checks (tests/gates/) have a config and a step of their own
// (vitest.gates.config.ts), the real browsers another (vitest.browser.config.ts).
export default defineConfig({
  // WxtVitest does not apply wxt.config.ts's vite plugins, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'tests/gates/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
