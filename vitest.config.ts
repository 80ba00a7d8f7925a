import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests build real packages and run real pip: they take seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
