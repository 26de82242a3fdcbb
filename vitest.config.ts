import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the real CLI and real git many times.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The end-to-end files mostly wait on the processes they start: run three at once even on
    // a 2-core machine (vitest's default would use one worker there).
    maxWorkers: 3,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
