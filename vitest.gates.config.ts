import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Corpus gates in jsdom: every labelled page disguised every way, hostile and fuzzed documents, the gate's
// vocabulary against the engine's on every page. Minutes of work, not unit tests: a step of npm test of its own.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/gates/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
