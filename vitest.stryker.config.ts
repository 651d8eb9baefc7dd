import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The suite as mutation testing runs it: everything but test/package/, whose
 * tests run the built package (dist/) in child processes. Stryker mutates
 * src/ in the test process and cannot see a child process, so those tests
 * can kill no mutant; they only made the initial run slow and, on a busy
 * machine, flaky. They still run in `npm test` and in CI.
 *
 * Nor the tests of the explorer (test/explorer/, and test/browser/, which
 * runs in Chromium): the explorer is an edge layer like the CLI, outside the
 * folders mutated, and its tests call the engine only to show its results.
 * The mutation score measures the engine's own tests; counting these would
 * re-run every surviving mutant they happen to reach on each change to the
 * page, for no test of the engine.
 *
 * Property tests run with one fixed seed here (test/helpers/fast-check-seed.ts).
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/package/**', 'test/browser/**', 'test/explorer/**', 'node_modules/**'],
      // The same property-test inputs in every run, so that the coverage Stryker compares stays the same.
      setupFiles: ['test/helpers/fast-check-seed.ts'],
    },
  }),
);
