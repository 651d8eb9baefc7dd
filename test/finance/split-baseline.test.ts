import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMOUNT,
  AMOUNT_ORE,
  partiesSummingTo,
  plainLargestRemainder,
  plainWeights,
  syntheticAgreementFile,
  tunedLargestRemainder,
  tunedWeights,
} from '../../bench/baseline.js';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { builtIn } from '../../src/model/trusted.js';

/** `'400.67'` → 40067, by string operations only. */
const toOre = (amount: string) => Number(amount.replace('.', ''));

/** Helseplattformen with `n` synthetic parties, as the bench builds it. */
const synthetic = (n: number): Agreement =>
  parseAgreement(syntheticAgreementFile(helseplattformen, n));

/** splitCost's parts in øre, next to the plain and the tuned baseline's for the same øre and populations. */
function bothWays(agreement: Agreement, amount: string, ore: number) {
  const { weights, keys } = tunedWeights(agreement.parties);
  return {
    split: splitCost(agreement, amount).parties.map((p) => toOre(p.amount)),
    plain: plainLargestRemainder(ore, plainWeights(agreement.parties)),
    tuned: [...tunedLargestRemainder(ore, weights, keys)],
  };
}

// The bench times splitCost against this baseline; these show the two do the same split.
describe('splitCost and the plain baseline of the bench', () => {
  it.each([
    [34, helseplattformen],
    [357, synthetic(357)],
    [10_000, synthetic(10_000)],
  ])('give each of %i parties the same øre of the bench amount', (n, agreement) => {
    expect(agreement.parties).toHaveLength(n);
    const { split, plain, tuned } = bothWays(agreement, AMOUNT, AMOUNT_ORE);
    expect(split).toEqual(plain);
    expect(tuned).toEqual(plain);
    expect(plain.reduce((a, b) => a + b, 0)).toBe(AMOUNT_ORE);
  });

  it.each([94_906_265, 94_906_266])(
    'give each of 100 000 parties of %i inhabitants in all the same øre (either side of the old bigint limit)',
    (total) => {
      const parties = partiesSummingTo(100_000, total, helseplattformen.validFrom);
      expect(parties.reduce((a, p) => a + (p.population ?? 0), 0)).toBe(total);
      const agreement = builtIn({
        ...helseplattformen,
        parties,
        costKeys: [
          { kind: 'population' as const, validFrom: helseplattformen.validFrom, clause: '§9' },
        ],
      });
      const { split, plain, tuned } = bothWays(agreement, AMOUNT, AMOUNT_ORE);
      expect(split).toEqual(plain);
      expect(tuned).toEqual(plain);
      expect(plain.reduce((a, b) => a + b, 0)).toBe(AMOUNT_ORE);
    },
  );

  it('give the same øre for any amount up to 10 000 000 kr and any number of synthetic parties', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        (n, ore) => {
          const amount = `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
          const { split, plain, tuned } = bothWays(synthetic(n), amount, ore);
          expect(split).toEqual(plain);
          expect(tuned).toEqual(plain);
        },
      ),
      { numRuns: 100 },
    );
  });
});
