import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gcd } from '../../src/internal/gcd.js';

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
