import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze, isDeeplyFrozen } from '../../src/internal/deep-freeze.js';

describe('deepFreeze: a value checked once cannot change afterwards', () => {
  it('freezes every object and list reachable from the value, and remembers the root only', () => {
    const value = { a: [{ b: 1 }, [2, { c: 3 }]], d: { e: { f: 'x' } } };
    expect(deepFreeze(value)).toBe(value);
    expect(
      [value, value.a, value.a[0], value.a[1], value.d, value.d.e].every(Object.isFrozen),
    ).toBe(true);
    expect(isDeeplyFrozen(value)).toBe(true);
    expect(isDeeplyFrozen(value.d)).toBe(false);
    expect(isDeeplyFrozen(Object.freeze({ a: 1 }))).toBe(false);
    expect([isDeeplyFrozen(null), isDeeplyFrozen(5), isDeeplyFrozen('x')]).toEqual([
      false,
      false,
      false,
    ]);
    expect(deepFreeze(7)).toBe(7);
  });

  it('handles shared and cyclic references, and frozen parts with unfrozen children are not walked again', () => {
    const shared = { n: 1 };
    const cyclic: { self?: unknown; shared: object; other: object } = {
      shared,
      other: { shared },
    };
    cyclic.self = cyclic;
    deepFreeze(cyclic);
    expect(Object.isFrozen(shared)).toBe(true);
  });

  it('every nested object of any JSON value ends frozen (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        deepFreeze(value);
        const walk = (v: unknown): boolean =>
          v === null ||
          typeof v !== 'object' ||
          (Object.isFrozen(v) && Object.values(v).every(walk));
        return walk(value);
      }),
    );
  });
});
