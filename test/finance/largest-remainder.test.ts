import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  kthSmallest,
  largestRemainder,
  largestRemainderSafe,
} from '../../src/finance/largest-remainder.js';

/** The total population up to which the old number path ran (its square is at most 2^53 − 1). */
const OLD_LIMIT = 94_906_265;

/** Unique keys and weights; small weights make equal remainders, and so the tie rule, common. */
const claimsArb = fc
  .uniqueArray(
    fc.record({
      key: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
      weight: fc.oneof(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 250_000 }),
        fc.integer({ min: 0, max: OLD_LIMIT }),
        fc.integer({ min: 0, max: 100_000_000 }),
      ),
    }),
    // Up to 150 parts: both the insertion sort of a few values and the quickselect.
    { minLength: 1, maxLength: 150, selector: (c) => c.key },
  )
  .filter((claims) => claims.reduce((a, c) => a + c.weight, 0) > 0);

/** Totals from a few units up to 2^53 − 1. */
const totalArb = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: Number.MAX_SAFE_INTEGER - 1_000_000, max: Number.MAX_SAFE_INTEGER }),
);

/** Both methods on the same input: the parts and leftover of each, as bigints (`null`: no number path). */
function bothWays(total: number, weights: readonly number[], keys: readonly string[]) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = largestRemainder(BigInt(total), weights.map(BigInt), keys, BigInt(sum));
  const safe = largestRemainderSafe(total, weights, keys, sum, Math.max(...weights));
  return {
    exact: [exact.amounts, exact.leftover],
    safe: safe === null ? null : [safe.amounts.map(BigInt), safe.leftover],
  };
}

/** Whether the number path takes the input: rest × largest + sum ≤ 2^53 − 1, in bigint. */
function fits(total: number, weights: readonly number[]): boolean {
  const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
  const largest = weights.reduce((a, b) => (BigInt(b) > a ? BigInt(b) : a), 0n);
  return (BigInt(total) % sum) * largest + sum <= BigInt(Number.MAX_SAFE_INTEGER);
}

describe('largestRemainderSafe (ordinary numbers) against largestRemainder (bigint)', () => {
  it('gives the same parts and leftover whenever every step fits below 2^53, and declines otherwise', () => {
    fc.assert(
      fc.property(claimsArb, totalArb, (claims, total) => {
        const weights = claims.map((c) => c.weight);
        const { exact, safe } = bothWays(
          total,
          weights,
          claims.map((c) => c.key),
        );
        expect(safe).toEqual(fits(total, weights) ? exact : null);
      }),
      { numRuns: 500 },
    );
  });

  it('takes totals of weights around the old limit of 94 906 265 and near 2^53, with weights up to the limits', () => {
    // Totals of the weights just below, at and above the old limit, up to a billion and near
    // 2^53 (a few huge weights); the amount anywhere up to 2^53 − 1.
    const sumArb = fc.oneof(
      fc.integer({ min: OLD_LIMIT - 3, max: OLD_LIMIT + 3 }),
      fc.integer({ min: OLD_LIMIT, max: 1_000_000_000 }),
      fc.integer({ min: Number.MAX_SAFE_INTEGER - 1_000, max: Number.MAX_SAFE_INTEGER }),
    );
    const claims = fc
      .tuple(sumArb, fc.integer({ min: 1, max: 40 }), fc.nat())
      .map(([sum, n, seed]) => {
        // n weights summing to `sum`: the first n − 1 spread by the seed, the last the rest.
        const weights: number[] = [];
        let left = sum;
        let state = seed;
        for (let i = 0; i < n - 1; i++) {
          state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
          const w = Math.floor((left / (n - i)) * ((state % 1000) / 500));
          weights.push(w);
          left -= w;
        }
        weights.push(left);
        return weights;
      });
    fc.assert(
      fc.property(claims, totalArb, (weights, total) => {
        const keys = weights.map((_, i) => String(i).padStart(4, '0'));
        const { exact, safe } = bothWays(total, weights, keys);
        expect(safe).toEqual(fits(total, weights) ? exact : null);
      }),
      { numRuns: 500 },
    );
  });

  it('takes the bench case a total population above the old limit, which once fell to bigint', () => {
    // 94 906 266 inhabitants, the largest party 200 000, 12 345 678 987 øre: rest × largest < 1.9 × 10^13;
    // parts worked out by hand as ⌊total × w / sum⌋ plus the 2 øre left over to the largest remainders.
    const weights = [200_000, 94_906_266 - 200_000 - 1, 1];
    const keys = ['0001', '0002', '0003'];
    const { exact, safe } = bothWays(12_345_678_987, weights, keys);
    expect(safe).toEqual(exact);
    expect(safe?.[0]).toEqual([26_016_573n, 12_319_662_284n, 130n]);
  });

  it('declines exactly at the bound: rest × largest + sum one above 2^53 − 1', () => {
    // Largest weight 2^27 and rest 2^26 − 2: with the weights summing to 2^28 − 1,
    // rest × largest + sum = 2^53 − 2^28 + 2^28 − 1 = 2^53 − 1 (taken); summing to 2^28, one more.
    const rest = 2 ** 26 - 2;
    const within = [2 ** 27, 2 ** 27 - 1];
    const beyond = [2 ** 27, 2 ** 27];
    expect(BigInt(rest) * 2n ** 27n + 2n ** 28n - 1n).toBe(BigInt(Number.MAX_SAFE_INTEGER));
    const { exact, safe } = bothWays(rest, within, ['0001', '0002']);
    expect(safe).toEqual(exact);
    expect(safe?.[0]).toEqual([33_554_431n, 33_554_431n]);
    expect(largestRemainderSafe(rest, beyond, ['0001', '0002'], 2 ** 28, 2 ** 27)).toBeNull();
  });

  it('gives the same parts where a rounded quotient would first show: just below a whole number, at both limits', () => {
    // With sum = 94 906 265 and total ≡ sum − 2 (mod sum), 47 453 133 × (sum − 2) is one less
    // than a multiple of sum: its quotient is 47 453 131.99999998…, a hair below 47 453 132.
    const sum = OLD_LIMIT;
    const total = Math.floor((Number.MAX_SAFE_INTEGER - (sum - 2)) / sum) * sum + (sum - 2);
    expect(BigInt(total) % BigInt(sum)).toBe(BigInt(sum - 2));
    expect((BigInt(sum - 2) * 47_453_133n) % BigInt(sum)).toBe(BigInt(sum - 1));
    const cases: [number, number[]][] = [
      [total, [47_453_133, 47_453_132]],
      [total, [sum - 1, 1]],
      [Number.MAX_SAFE_INTEGER, [sum - 1, 1]],
      [Number.MAX_SAFE_INTEGER, [1, 2, sum - 3]],
      // The worst case of a split that divides total × weight directly (2^53 − 1 = 6 361 × 69 431 × 20 394 401).
      [6_361 * 69_431, [15_374_542, 5_019_859]],
    ];
    for (const [t, weights] of cases) {
      const keys = weights.map((_, i) => String(i).padStart(4, '0'));
      const { exact, safe } = bothWays(t, weights, keys);
      expect(safe).toEqual(exact);
      expect(((safe ?? [[]])[0] as bigint[]).reduce((a, b) => a + b, 0n)).toBe(BigInt(t));
    }
  });
});

describe('the tie rule among more than two parts tied at the threshold', () => {
  /** Every order of the items. */
  const orders = <T>(items: readonly T[]): T[][] =>
    items.length <= 1
      ? [[...items]]
      : items.flatMap((item, i) =>
          orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
        );

  it('gives the one leftover unit to the largest of three tied weights, in every order of the parts', () => {
    // 5 units by weights 1, 4, 7, 3 (sum 15): floors 0, 1, 2, 1 leave 1 unit; the first three
    // all have remainder 5/15, so it goes to the larger weight, 7 (key 0003).
    const claims = [
      { key: '0001', weight: 1 },
      { key: '0002', weight: 4 },
      { key: '0003', weight: 7 },
      { key: '0004', weight: 3 },
    ];
    const expected = new Map([
      ['0001', 0],
      ['0002', 1],
      ['0003', 3],
      ['0004', 1],
    ]);
    for (const order of orders(claims)) {
      const keys = order.map((c) => c.key);
      const weights = order.map((c) => c.weight);
      const safe = largestRemainderSafe(5, weights, keys, 15, 7)?.amounts ?? [];
      const exact = largestRemainder(5n, weights.map(BigInt), keys, 15n).amounts;
      expect(new Map(keys.map((k, i) => [k, safe[i]]))).toEqual(expected);
      expect(new Map(keys.map((k, i) => [k, Number(exact[i])]))).toEqual(expected);
    }
  });

  it('gives leftover units among equal weights to the lowest keys, in every order of the parts', () => {
    // 2 units by four weights of 1: each gets 0 with remainder 2/4; keys 0001 and 0002 win.
    const keysInOrder = ['0003', '0001', '0004', '0002'];
    for (const keys of orders(keysInOrder)) {
      const safe = largestRemainderSafe(2, [1, 1, 1, 1], keys, 4, 1)?.amounts ?? [];
      const exact = largestRemainder(2n, [1n, 1n, 1n, 1n], keys, 4n).amounts;
      const winners = (amounts: readonly (number | bigint)[]) =>
        keys.filter((_, i) => Number(amounts[i]) === 1).sort();
      expect(winners(safe)).toEqual(['0001', '0002']);
      expect(winners(exact)).toEqual(['0001', '0002']);
    }
  });
});

describe('kthSmallest', () => {
  it('finds the value at each index of the sorted values, for any values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1e9 })), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.nat(),
        (values, at) => {
          const k = at % values.length;
          const sorted = [...values].sort((a, b) => a - b);
          expect(kthSmallest([...values], k)).toBe(sorted[k]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers with the pivot when the index falls between the two sides of a partition', () => {
    // 17 equal values: the partition meets in the middle, leaving index 8 to the pivot alone.
    expect(kthSmallest(new Array(17).fill(7), 8)).toBe(7);
    const values = [9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1];
    expect(kthSmallest([...values], 8)).toBe(3);
    expect(kthSmallest([...values], 16)).toBe(9);
    expect(kthSmallest([...values], 0)).toBe(1);
  });

  it('sorts the rest natively when the rounds run out, with the same answer', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i * 37) % 101);
    const sorted = [...values].sort((a, b) => a - b);
    for (const k of [0, 1, 50, 98, 99]) {
      expect(kthSmallest([...values], k, 0)).toBe(sorted[k]);
      expect(kthSmallest([...values], k, 1)).toBe(sorted[k]);
    }
  });
});
