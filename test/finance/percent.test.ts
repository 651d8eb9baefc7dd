import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  formatScaled,
  percentHalfUp,
  sumDecimals,
  toScaled,
} from '../../src/finance/percent.js';

describe('exact percentages on whole numbers', () => {
  it('percentHalfUp is the nearest scaled percentage, halves rounded up, for any number of decimals', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 24 }),
        (numerator, denominator, decimals) => {
          const r = percentHalfUp(numerator, denominator, decimals);
          // exact value v = numerator × 10^(decimals+2) / denominator; half up: r − ½ ≤ v < r + ½
          const twice = 2n * numerator * 10n ** BigInt(decimals + 2);
          expect((2n * r - 1n) * denominator <= twice).toBe(true);
          expect(twice < (2n * r + 1n) * denominator).toBe(true);
        },
      ),
    );
    expect(percentHalfUp(1n, 3n, 20)).toBe(3_333_333_333_333_333_333_333n);
    expect(percentHalfUp(1n, 8n, 0)).toBe(13n); // 12.5 % → 13 %
  });

  it('a scaled value written out and read back is the same value', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        fc.integer({ min: 0, max: 20 }),
        (v, d) => {
          const text = formatScaled(v, d);
          expect(decimalsOf(text)).toBe(d);
          expect(toScaled(text, d)).toBe(v);
        },
      ),
    );
    expect(formatScaled(7n, 2)).toBe('0.07');
    expect(formatScaled(4007n, 0)).toBe('4007');
    expect(toScaled('40.0799', 2)).toBe(4007n); // extra decimals are cut, not rounded
    expect(toScaled('40', 3)).toBe(40_000n);
  });

  it('sums decimals exactly, with as many decimals as the most precise term', () => {
    expect(sumDecimals(['40.07', '59.94'])).toBe('100.01');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.30');
    expect(sumDecimals(['33.333', '66.667'])).toBe('100.000');
  });
});
