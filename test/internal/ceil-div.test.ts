import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ceilDiv } from '../../src/internal/ceil-div.js';

describe('ceilDiv', () => {
  it('rounds a quotient up, and leaves an exact one alone', () => {
    expect([ceilDiv(17, 2), ceilDiv(16, 2), ceilDiv(10, 3), ceilDiv(0, 5), ceilDiv(1, 34)]).toEqual(
      [9, 8, 4, 0, 1],
    );
  });

  it('property: the least whole q with q × b ≥ a, for a ≥ 0 and b > 0', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1000 }), (a, b) => {
        const q = ceilDiv(a, b);
        expect(Number.isInteger(q)).toBe(true);
        expect(q * b >= a && (q - 1) * b < a).toBe(true);
      }),
    );
  });
});
