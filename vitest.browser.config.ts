import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser at a time (2 cores), long timeouts, the built extension in .output/.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
