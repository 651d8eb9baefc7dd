import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The suite as mutation testing runs it: everything but test/package/, whose
 * tests run the built package (dist/) in child processes. Stryker mutates
 * src/ in the test process and cannot see a child process, so those tests
 * can kill no mutant; they only made the initial run slow and, on a busy
 * machine, flaky. They still run in `npm test` and in CI.
 */
export default mergeConfig(
  base,
  defineConfig({ test: { exclude: ['test/package/**', 'test/browser/**', 'node_modules/**'] } }),
);
