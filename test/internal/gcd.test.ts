import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFraction, gcd } from '../../src/internal/gcd.js';

describe('gcd', () => {
  it('the greatest common divisor, worked by hand', () => {
    expect([gcd(12n, 18n), gcd(18n, 12n), gcd(7n, 5n), gcd(0n, 9n), gcd(9n, 0n)]).toEqual([
      6n,
      6n,
      1n,
      9n,
      9n,
    ]);
  });

  it('property: divides both, and nothing larger that divides both does', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10_000n }),
        fc.bigInt({ min: 1n, max: 10_000n }),
        (a, b) => {
          const g = gcd(a, b);
          expect(a % g === 0n && b % g === 0n).toBe(true);
          expect(gcd(a / g, b / g)).toBe(1n);
        },
      ),
    );
  });
});

describe('addFraction', () => {
  it('adds two fractions and reduces the sum: it equals a/b + c/d by cross-multiplication, in lowest terms', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (a, b, c, d) => {
          const [n, m] = addFraction([a, b], [c, d]);
          expect(n * b * d).toBe((a * d + c * b) * m);
          expect(gcd(n, m)).toBe(1n);
        },
      ),
    );
    expect(addFraction([1n, 3n], [1n, 6n])).toEqual([1n, 2n]);
  });
});
