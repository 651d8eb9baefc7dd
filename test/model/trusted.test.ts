import { describe, expect, it } from 'vitest';
import { builtIn, isTrusted, trust } from '../../src/model/trusted.js';

describe('trusted data', () => {
  it('an object is trusted once marked, and only that object, not a copy', () => {
    const data = { id: 'x' };
    expect(isTrusted(data)).toBe(false);
    trust(data);
    expect([isTrusted(data), isTrusted({ ...data })]).toEqual([true, false]);
  });

  it('builtIn marks an agreement and returns it', () => {
    const agreement = { id: 'innebygd' };
    expect(builtIn(agreement)).toBe(agreement);
    expect(isTrusted(agreement)).toBe(true);
  });

  it('values that are not objects are never trusted', () => {
    for (const value of [null, undefined, 1, 'x', true]) expect(isTrusted(value)).toBe(false);
  });
});
