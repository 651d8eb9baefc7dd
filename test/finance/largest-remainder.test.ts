import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder, largestRemainderSafe } from '../../src/finance/largest-remainder.js';

/** Unique keys and weights; small weights make equal remainders, and so the tie rule, common. */
const claimsArb = fc
  .uniqueArray(
    fc.record({
      key: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
      weight: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 250_000 })),
    }),
    // Up to 150 parts: both the insertion sort (≤ 64) and the native sort.
    { minLength: 1, maxLength: 150, selector: (c) => c.key },
  )
  .filter((claims) => claims.some((c) => c.weight > 0));

describe('largestRemainderSafe (ordinary numbers) against largestRemainder (bigint)', () => {
  it('gives the same parts and leftover whenever total × sum stays within 2^53 − 1', () => {
    fc.assert(
      fc.property(claimsArb, fc.double({ min: 0, max: 1, noNaN: true }), (claims, scale) => {
        const keys = claims.map((c) => c.key);
        const weights = claims.map((c) => c.weight);
        const sum = weights.reduce((a, b) => a + b, 0);
        // Any total from 0 up to the largest for which every product is exact.
        const total = Math.floor(scale * Math.floor(Number.MAX_SAFE_INTEGER / sum));
        const exact = largestRemainder(BigInt(total), weights.map(BigInt), keys, BigInt(sum));
        const safe = largestRemainderSafe(total, weights, keys, sum);
        expect(safe.amounts.map(BigInt)).toEqual(exact.amounts);
        expect(safe.leftover).toBe(exact.leftover);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same parts at the limit, where total × sum is exactly 2^53 − 1', () => {
    // 2^53 − 1 = 6 361 × 69 431 × 20 394 401. The products come as close to
    // 2^53 as they can, where a rounded quotient would first show.
    const total = 6_361 * 69_431;
    const sum = 20_394_401;
    expect(BigInt(total) * BigInt(sum)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
    for (const weights of [
      [sum - 1, 1],
      [sum - 2, 1, 1],
      [1, sum - 1],
      [10_197_200, 10_197_201],
    ]) {
      const keys = weights.map((_, i) => String(i).padStart(4, '0'));
      const exact = largestRemainder(BigInt(total), weights.map(BigInt), keys, BigInt(sum));
      const safe = largestRemainderSafe(total, weights, keys, sum);
      expect(safe.amounts.map(BigInt)).toEqual(exact.amounts);
      expect(safe.amounts.reduce((a, b) => a + b, 0)).toBe(total);
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
