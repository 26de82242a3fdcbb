import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The stress runs at full count (test/helpers/stress.ts): 200 kills, every command on every bad
 * input, both rounds of the offices, 300 cases per property. (Not mergeConfig: it would add
 * these files to the base's list instead of replacing it.)
 */
export default defineConfig({
  test: {
    ...base.test,
    include: [
      'test/e2e/crash.test.ts',
      'test/e2e/bad-input-corpus.test.ts',
      'test/e2e/offices.test.ts',
      'test/e2e/concurrency.test.ts',
      'test/unit/properties.test.ts',
    ],
    env: { PPID_STRESS: '1' },
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
