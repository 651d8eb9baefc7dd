import fc from 'fast-check';

/**
 * One seed for every property test in the mutation run (vitest.stryker.config.ts).
 * Stryker reuses a mutant's result only while the tests that cover it are the
 * same: a surviving mutant that a test newly reaches runs again, and so does a
 * killed one whose killing test no longer reaches it. With a new random seed
 * per run, a property test may reach other code each time; a run on a clean
 * clone with nothing changed since the committed results still had 155
 * mutants to run again. `npm test` keeps a new seed per run, to find what a
 * fixed one cannot.
 */
fc.configureGlobal({ seed: 20_261_202 });
