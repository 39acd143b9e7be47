import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Corpus gates in jsdom — every labelled page disguised every way, hostile and fuzzed documents, the gate's
// vocabulary against the engine's on every page — and the scan command run as a user runs it. Minutes of work,
// not unit tests: a step of npm test of its own.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/gates/**/*.test.ts'],
    environment: 'node',
    // vitest 4.1 uses one core fewer than there are unless told (one worker on CI's two cores).
    maxWorkers: availableParallelism(),
    // Worker threads start faster than child processes; each test file still gets a fresh module graph.
    pool: 'threads',
    testTimeout: 300_000,
  },
});
