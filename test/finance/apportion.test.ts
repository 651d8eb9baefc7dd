import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ApportionWeight, apportion } from '../../src/finance/apportion.js';
import { kommunenummer } from '../helpers/arbitraries.js';
import { catchInputError as catchError, problemsOf } from '../helpers/errors.js';

/**
 * A second, deliberately naive method: floor every part, then hand out the
 * leftover units one at a time to the best remaining candidate by a linear
 * scan (no sorting), by the same written rule.
 */
function reference(total: bigint, weights: readonly ApportionWeight[]): Map<string, bigint> {
  const sum = weights.reduce((a, w) => a + w.weight, 0n);
  const parts = weights.map((w) => ({
    ...w,
    amount: (total * w.weight) / sum,
    remainder: (total * w.weight) % sum,
    bonus: false,
  }));
  let left = total - parts.reduce((a, p) => a + p.amount, 0n);
  while (left > 0n) {
    let best: (typeof parts)[number] | undefined;
    for (const p of parts) {
      if (p.bonus) continue;
      if (
        best === undefined ||
        p.remainder > best.remainder ||
        (p.remainder === best.remainder && p.weight > best.weight) ||
        (p.remainder === best.remainder && p.weight === best.weight && p.key < best.key)
      ) {
        best = p;
      }
    }
    if (best === undefined) throw new Error('unreachable');
    best.bonus = true;
    best.amount += 1n;
    left -= 1n;
  }
  return new Map(parts.map((p) => [p.key, p.amount]));
}

const weightsArb = fc
  .uniqueArray(
    fc.record({
      key: kommunenummer,
      weight: fc.oneof(
        fc.bigInt({ min: 0n, max: 20n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        // Beyond 2^64 in sum, the remainders no longer fit an unsigned 64-bit sort.
        fc.bigInt({ min: 0n, max: 10n ** 25n }),
      ),
    }),
    { minLength: 1, maxLength: 40, selector: (w) => w.key },
  )
  .filter((ws) => ws.some((w) => w.weight > 0n));

const totalArb = fc.oneof(
  fc.bigInt({ min: 0n, max: 1000n }),
  fc.bigInt({ min: 0n, max: 10n ** 17n }),
);

const asMap = (parts: readonly { key: string; amount: bigint }[]) =>
  new Map(parts.map((p) => [p.key, p.amount]));

describe('apportion (largest remainder)', () => {
  it('splits 100 øre over three equal weights 33/33/34, the extra øre to the lowest kommunenummer', () => {
    const parts = apportion(100n, [
      { key: '5001', weight: 1n },
      { key: '1508', weight: 1n },
      { key: '1506', weight: 1n },
    ]);
    expect(parts).toEqual([
      { key: '5001', amount: 33n },
      { key: '1508', amount: 33n },
      { key: '1506', amount: 34n },
    ]);
  });

  it('gives leftover units to the largest remainders first', () => {
    // 10 by 1:2:4 (sum 7): exact 1.428…, 2.857…, 5.714… → floors 1, 2, 5 (sum 8);
    // remainders 3/7, 6/7, 5/7 → the two leftover units go to weight 2 and weight 4.
    expect(
      apportion(10n, [
        { key: 'a', weight: 1n },
        { key: 'b', weight: 2n },
        { key: 'c', weight: 4n },
      ]).map((p) => p.amount),
    ).toEqual([1n, 3n, 6n]);
  });

  it('breaks a tie in the remainder by the larger weight before the lower key', () => {
    // Total 1 by 2:2:4: exact 0.25, 0.25, 0.5 → floors 0; remainders 2/8, 2/8, 4/8
    // → the one unit goes to the largest remainder (weight 4), whatever its key.
    expect(
      apportion(1n, [
        { key: '0001', weight: 2n },
        { key: '0002', weight: 2n },
        { key: '9999', weight: 4n },
      ]).map((p) => p.amount),
    ).toEqual([0n, 0n, 1n]);
    // Total 2 by 1:3: exact 0.5 and 1.5 → floors 0 and 1; the remainders tie (2/4 each)
    // → the leftover unit goes to the larger weight, although its key is higher.
    expect(
      apportion(2n, [
        { key: '0001', weight: 1n },
        { key: '0002', weight: 3n },
      ]).map((p) => p.amount),
    ).toEqual([0n, 2n]);
  });

  it('gives a zero weight nothing', () => {
    expect(
      apportion(7n, [
        { key: '0001', weight: 0n },
        { key: '0002', weight: 5n },
      ]).map((p) => p.amount),
    ).toEqual([0n, 7n]);
  });

  it('rejects a negative total, negative weights, duplicate keys and all-zero weights, naming each', () => {
    const error = catchError(() =>
      apportion(-1n, [
        { key: '0001', weight: -2n },
        { key: '0001', weight: 1n },
      ]),
    );
    expect(error.problems.map((p) => [p.path, p.code, p.message])).toEqual([
      ['total', 'negative', 'must not be negative'],
      ['weights[0].weight', 'negative', 'must not be negative'],
      ['weights[1].key', 'duplicate_key', 'duplicate key 0001'],
    ]);
    expect(error.message.split('\n')[0]).toBe('Cannot apportion (3 problems):');
    expect(catchError(() => apportion(5n, [{ key: '0001', weight: 0n }])).problems).toEqual([
      { path: 'weights', code: 'zero_total_weight', message: 'the weights sum to 0' },
    ]);
    expect(catchError(() => apportion(5n, [])).problems[0]?.code).toBe('zero_total_weight');
  });

  it('rejects values of the wrong type from untyped callers', () => {
    const untyped = apportion as (total: unknown, weights: unknown) => unknown;
    expect(problemsOf(() => untyped(100, [{ key: 'a', weight: 1n }]))).toEqual([
      ['total', 'invalid_type'],
    ]);
    expect(
      problemsOf(() =>
        untyped(100n, [
          { key: 'a', weight: 1 },
          { key: 7, weight: 1n },
        ]),
      ),
    ).toEqual([
      ['weights[0].weight', 'invalid_type'],
      ['weights[1].key', 'invalid_type'],
    ]);
    expect(catchError(() => untyped(100, null)).problems.map((p) => [p.path, p.message])).toEqual([
      ['total', 'must be a bigint, e.g. 100n'],
      ['weights', 'must be an array of { key, weight }'],
    ]);
    expect(
      catchError(() => untyped(100n, [null])).problems.map((p) => [p.path, p.code, p.message]),
    ).toEqual([
      ['weights[0].key', 'invalid_type', 'must be a string'],
      ['weights[0].weight', 'invalid_type', 'must be a bigint, e.g. 5n'],
    ]);
  });

  it('splits exactly when the weights sum beyond 2^64', () => {
    // 10 by 1 : 3 : 3 scaled by 10^20: exact 10/7, 30/7, 30/7 → floors 1, 4, 4; remainders 3/7, 2/7, 2/7
    // → the one leftover unit to the largest remainder, the weight-1 part.
    const big = 10n ** 20n;
    expect(
      apportion(10n, [
        { key: '0001', weight: big },
        { key: '0002', weight: 3n * big },
        { key: '0003', weight: 3n * big },
      ]).map((p) => p.amount),
    ).toEqual([2n, 4n, 4n]);
  });

  it('does not modify its input', () => {
    const weights = Object.freeze([
      Object.freeze({ key: '0001', weight: 3n }),
      Object.freeze({ key: '0002', weight: 4n }),
    ]);
    expect(() => apportion(10n, weights)).not.toThrow();
    expect(weights).toEqual([
      { key: '0001', weight: 3n },
      { key: '0002', weight: 4n },
    ]);
  });

  describe('properties', () => {
    it('the parts sum exactly to the total', () => {
      fc.assert(
        fc.property(totalArb, weightsArb, (total, weights) => {
          const sum = apportion(total, weights).reduce((a, p) => a + p.amount, 0n);
          expect(sum).toBe(total);
        }),
      );
    });

    it('no part is negative, and each is within one unit of its exact share', () => {
      fc.assert(
        fc.property(totalArb, weightsArb, (total, weights) => {
          const sum = weights.reduce((a, w) => a + w.weight, 0n);
          apportion(total, weights).forEach((part, i) => {
            expect(part.amount >= 0n).toBe(true);
            // |amount − total·w/sum| < 1  ⇔  |amount·sum − total·w| < sum
            const gap = part.amount * sum - total * (weights[i]?.weight ?? 0n);
            expect(gap < sum && -gap < sum).toBe(true);
          });
        }),
      );
    });

    it('permuting the parties changes nothing', () => {
      fc.assert(
        fc.property(
          totalArb,
          weightsArb.chain((ws) =>
            fc.tuple(fc.constant(ws), fc.shuffledSubarray(ws, { minLength: ws.length })),
          ),
          (total, [weights, shuffled]) => {
            expect(asMap(apportion(total, shuffled))).toEqual(asMap(apportion(total, weights)));
          },
        ),
      );
    });

    it('scaling every weight by the same factor changes nothing', () => {
      fc.assert(
        fc.property(
          totalArb,
          weightsArb,
          fc.bigInt({ min: 1n, max: 10n ** 9n }),
          (total, weights, k) => {
            const scaled = weights.map((w) => ({ key: w.key, weight: w.weight * k }));
            expect(apportion(total, scaled)).toEqual(apportion(total, weights));
          },
        ),
      );
    });

    it('a larger weight never gets less (order is kept)', () => {
      fc.assert(
        fc.property(totalArb, weightsArb, (total, weights) => {
          const parts = apportion(total, weights);
          weights.forEach((a, i) => {
            weights.forEach((b, j) => {
              if (a.weight > b.weight) {
                expect((parts[i]?.amount ?? 0n) >= (parts[j]?.amount ?? 0n)).toBe(true);
              }
            });
          });
        }),
      );
    });

    it('agrees with a naive one-unit-at-a-time method using the same rule', () => {
      fc.assert(
        fc.property(totalArb, weightsArb, (total, weights) => {
          expect(asMap(apportion(total, weights))).toEqual(reference(total, weights));
        }),
      );
    });
  });
});
