import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  largestRemainder,
  largestRemainderSafe,
  SAFE_SUM_MAX,
} from '../../src/finance/largest-remainder.js';

/** Unique keys and weights; small weights make equal remainders, and so the tie rule, common. */
const claimsArb = fc
  .uniqueArray(
    fc.record({
      key: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
      weight: fc.oneof(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 250_000 }),
        fc.integer({ min: 0, max: SAFE_SUM_MAX }),
      ),
    }),
    // Up to 150 parts: both the insertion sort (≤ 64) and the native sort.
    { minLength: 1, maxLength: 150, selector: (c) => c.key },
  )
  .filter((claims) => {
    const sum = claims.reduce((a, c) => a + c.weight, 0);
    return sum > 0 && sum <= SAFE_SUM_MAX;
  });

/** Totals from a few units up to 2^53 − 1. */
const totalArb = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: Number.MAX_SAFE_INTEGER - 1_000_000, max: Number.MAX_SAFE_INTEGER }),
);

/** Both methods on the same input: the parts and leftover of each, as bigints. */
function bothWays(total: number, weights: readonly number[], keys: readonly string[]) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = largestRemainder(BigInt(total), weights.map(BigInt), keys, BigInt(sum));
  const safe = largestRemainderSafe(total, weights, keys, sum);
  return {
    exact: [exact.amounts, exact.leftover],
    safe: [safe.amounts.map(BigInt), safe.leftover],
  };
}

describe('largestRemainderSafe (ordinary numbers) against largestRemainder (bigint)', () => {
  it('gives the same parts and leftover for any total up to 2^53 − 1 and weight sum up to SAFE_SUM_MAX', () => {
    fc.assert(
      fc.property(claimsArb, totalArb, (claims, total) => {
        const { exact, safe } = bothWays(
          total,
          claims.map((c) => c.weight),
          claims.map((c) => c.key),
        );
        expect(safe).toEqual(exact);
      }),
      { numRuns: 500 },
    );
  });

  it('SAFE_SUM_MAX is the largest whole number whose square is at most 2^53 − 1', () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    expect(BigInt(SAFE_SUM_MAX) ** 2n <= max).toBe(true);
    expect(BigInt(SAFE_SUM_MAX + 1) ** 2n > max).toBe(true);
  });

  it('gives the same parts where a rounded quotient would first show: just below a whole number, at both limits', () => {
    // With sum = SAFE_SUM_MAX and total ≡ sum − 2 (mod sum), 47 453 133 × (sum − 2) is one less
    // than a multiple of sum: its quotient is 47 453 131.99999998…, a hair below 47 453 132.
    const sum = SAFE_SUM_MAX;
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
      expect((safe[0] as bigint[]).reduce((a, b) => a + b, 0n)).toBe(BigInt(t));
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
      const safe = largestRemainderSafe(5, weights, keys, 15).amounts;
      const exact = largestRemainder(5n, weights.map(BigInt), keys, 15n).amounts;
      expect(new Map(keys.map((k, i) => [k, safe[i]]))).toEqual(expected);
      expect(new Map(keys.map((k, i) => [k, Number(exact[i])]))).toEqual(expected);
    }
  });

  it('gives leftover units among equal weights to the lowest keys, in every order of the parts', () => {
    // 2 units by four weights of 1: each gets 0 with remainder 2/4; keys 0001 and 0002 win.
    const keysInOrder = ['0003', '0001', '0004', '0002'];
    for (const keys of orders(keysInOrder)) {
      const safe = largestRemainderSafe(2, [1, 1, 1, 1], keys, 4).amounts;
      const exact = largestRemainder(2n, [1n, 1n, 1n, 1n], keys, 4n).amounts;
      const winners = (amounts: readonly (number | bigint)[]) =>
        keys.filter((_, i) => Number(amounts[i]) === 1).sort();
      expect(winners(safe)).toEqual(['0001', '0002']);
      expect(winners(exact)).toEqual(['0001', '0002']);
    }
  });
});
