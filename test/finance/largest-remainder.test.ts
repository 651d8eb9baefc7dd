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
