import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests: each small and quick. The corpus-wide checks (tests/gates/) have a config and a step of their own
// (vitest.gates.config.ts), the built packages another (vitest.built.config.ts, after the build), the real browsers
// another (vitest.browser.config.ts).
export default defineConfig({
  // WxtVitest does not apply wxt.config.ts's vite plugins, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'tests/gates/**', 'tests/built/**', 'node_modules/**'],
    environment: 'node',
    // vitest 4.1 uses one core fewer than there are unless told (one worker on CI's two cores).
    maxWorkers: availableParallelism(),
    // Worker threads start faster than child processes. Files share a worker's module graph (importing the engine
    // anew for every file took most of the step's time); tests/helpers/file-isolation.ts puts back what a file stubs.
    pool: 'threads',
    isolate: false,
    setupFiles: ['tests/helpers/file-isolation.ts'],
    testTimeout: 30_000,
  },
});
