import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests build real packages and run real pip: they take seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default on 2 cores is one worker, so files ran one after another
    // while the end-to-end ones mostly wait on python and pip: two overlap them.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
