/**
 * splitCost against a plain largest-remainder split on JS numbers, at three
 * sizes: Helseplattformen itself (34 parties), 357 parties (about as many
 * municipalities as Norway has) and 10 000 parties (the most an agreement may
 * list). Both run in the same process, on the same populations and the same
 * amount; test/finance/split-baseline.test.ts checks that they give every
 * party the same øre. Run with `npm run bench`; `scripts/bench-report.ts`
 * turns the results into `docs/benchmarks.md`.
 *
 * The sizes run from small to large, and the 34 parties run once more at the
 * end. Splitting 10 000 parties keeps thousands of parts alive across a
 * garbage collection, and V8 may then decide to allocate every later part
 * straight in its old generation ("pretenuring"), where short-lived parts
 * cost more to collect. The last group shows what that does to a small split
 * in the same process.
 */
import { bench, describe } from 'vitest';
import type { Agreement } from '../src/index.js';
import {
  AMOUNT,
  AMOUNT_ORE,
  plainLargestRemainder,
  plainWeights,
  syntheticAgreementFile,
} from './baseline.js';
import { built, builtAgreements } from './package.js';

const { apportion, parseAgreement, splitCost } = built;
const { helseplattformen } = builtAgreements;

const DATE = helseplattformen.validFrom;

/** Helseplattformen with `n` synthetic parties, parsed like any agreement file. */
const syntheticAgreement = (n: number): Agreement =>
  parseAgreement(syntheticAgreementFile(helseplattformen, n));

const cases: readonly { readonly name: string; readonly agreement: Agreement }[] = [
  { name: 'splitCost, 34 parties', agreement: helseplattformen },
  { name: 'splitCost, 357 parties', agreement: syntheticAgreement(357) },
  { name: 'splitCost, 10000 parties', agreement: syntheticAgreement(10_000) },
  { name: 'splitCost, 34 parties, after 10000', agreement: helseplattformen },
];

/** Every result feeds this, so no call can be optimised away. */
let checksum = 0;

for (const { name, agreement } of cases) {
  const weights = plainWeights(agreement.parties);
  const bigWeights = weights.map((w) => ({ key: w.key, weight: BigInt(w.weight) }));
  const bigTotal = BigInt(AMOUNT_ORE);
  describe(name, () => {
    bench('splitCost', () => {
      const split = splitCost(agreement, AMOUNT, { date: DATE });
      checksum = (checksum + split.parties.length + split.sum.length) | 0;
    });
    bench('apportion (exact bigint, with its input checks)', () => {
      const parts = apportion(bigTotal, bigWeights);
      checksum = (checksum + parts.length) | 0;
    });
    bench('baseline: plain-integer largest remainder', () => {
      const amounts = plainLargestRemainder(AMOUNT_ORE, weights);
      checksum = (checksum + amounts.length + (amounts[0] as number)) | 0;
    });
  });
}

/** Read by nothing but the engine, which cannot know that. */
export function benchChecksum(): number {
  return checksum;
}
