import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every test, and every iop process a test starts, counts from this day, so that the suite
    // gives the same answer every day; tests of date-dependent rules pass their own day.
    env: { IOP_IDAG: '2026-06-01' },
  },
});
