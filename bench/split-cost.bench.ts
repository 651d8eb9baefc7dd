/**
 * splitCost against two largest-remainder splits on JS numbers, a plain one
 * and a tuned one (typed arrays, no object per party), at three sizes:
 * Helseplattformen itself (34 parties), 357 parties (about as many
 * municipalities as Norway has) and 10 000 parties (the most an agreement may
 * list); and at 100 000 parties, where the total population sits at the edge
 * where an earlier splitCost left ordinary numbers for bigint (94 906 265
 * inhabitants, and one more). All run in the same process, on the same
 * populations and the same amount; test/finance/split-baseline.test.ts checks
 * that they give every party the same øre. Run with `npm run bench`;
 * `scripts/bench-report.ts` turns the results into `docs/benchmarks.md`.
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
  partiesSummingTo,
  plainLargestRemainder,
  plainWeights,
  syntheticAgreementFile,
  tunedLargestRemainder,
  tunedWeights,
} from './baseline.js';
import { built, builtAgreements, moduleBuild } from './package.js';

const { apportion, parseAgreement, splitCost } = built;
const { helseplattformen } = builtAgreements;

const DATE = helseplattformen.validFrom;

/** Helseplattformen with `n` synthetic parties, parsed like any agreement file. */
const syntheticAgreement = (n: number): Agreement =>
  parseAgreement(syntheticAgreementFile(helseplattformen, n));

/**
 * Helseplattformen with 100 000 synthetic parties of `total` inhabitants in
 * all: more than a file may list, so trusted as a built-in agreement is
 * (`null` if the build has no such module to load).
 */
const hundredThousand = (total: number): Agreement | null =>
  moduleBuild?.builtIn({
    ...helseplattformen,
    id: `synthetic-100000-${total}`,
    parties: partiesSummingTo(100_000, total, DATE),
    costKeys: [{ kind: 'population' as const, validFrom: DATE, clause: '§9' }],
  }) ?? null;

const cases: readonly { readonly name: string; readonly agreement: Agreement | null }[] = [
  { name: 'splitCost, 34 parties', agreement: helseplattformen },
  { name: 'splitCost, 357 parties', agreement: syntheticAgreement(357) },
  { name: 'splitCost, 10000 parties', agreement: syntheticAgreement(10_000) },
  { name: 'splitCost, 100000 parties of 94906265', agreement: hundredThousand(94_906_265) },
  { name: 'splitCost, 100000 parties of 94906266', agreement: hundredThousand(94_906_266) },
  { name: 'splitCost, 34 parties, after 10000', agreement: helseplattformen },
];

/** Every result feeds this, so no call can be optimised away. */
let checksum = 0;

for (const { name, agreement } of cases) {
  if (agreement === null) continue;
  const weights = plainWeights(agreement.parties);
  const tuned = tunedWeights(agreement.parties);
  const bigWeights = weights.map((w) => ({ key: w.key, weight: BigInt(w.weight) }));
  const bigTotal = BigInt(AMOUNT_ORE);
  // The 100 000-party agreements are trusted by the per-module build's marker: split them there.
  const split100k = agreement.parties.length > 10_000 ? moduleBuild?.splitCost : undefined;
  const splitOf = split100k ?? splitCost;
  describe(name, () => {
    bench('splitCost', () => {
      const split = splitOf(agreement, AMOUNT, { date: DATE });
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
    bench('tuned: typed-array largest remainder', () => {
      const amounts = tunedLargestRemainder(AMOUNT_ORE, tuned.weights, tuned.keys);
      checksum = (checksum + amounts.length + (amounts[0] as number)) | 0;
    });
  });
}

/** Read by nothing but the engine, which cannot know that. */
export function benchChecksum(): number {
  return checksum;
}
