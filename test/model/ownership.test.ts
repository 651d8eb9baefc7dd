import { describe, expect, it } from 'vitest';
import { OwnershipSchema } from '../../src/model/ownership.js';

describe('OwnershipSchema', () => {
  it('takes a clause and shares by kommunenummer, as percentages or fractions', () => {
    expect(
      OwnershipSchema.safeParse({ clause: '§4', shares: { '0001': '60', '0002': '1/3' } }).success,
    ).toBe(true);
  });

  it('names what is wrong: a share that is neither, a bad kommunenummer, no clause, other fields', () => {
    const issues = (input: unknown) =>
      (OwnershipSchema.safeParse(input).error?.issues ?? []).map((i) => [
        i.path.join('.'),
        i.message,
      ]);
    expect(issues({ clause: '§4', shares: { '0001': '60 %' } })).toEqual([
      ['shares.0001', 'must be a percentage like "40.07" or a fraction like "1/3"'],
    ]);
    expect(issues({ clause: '§4', shares: { '0001': 60 } })).toEqual([
      ['shares.0001', 'must be a percentage like "40.07" or a fraction like "1/3"'],
    ]);
    expect(issues({ shares: {} }).map(([path]) => path)).toEqual(['clause']);
    expect(issues({ clause: '§4', shares: {}, extra: 1 }).length).toBe(1);
    expect(issues({ clause: '§4', shares: { '1': '60' } }).map(([path]) => path)).toEqual([
      'shares.1',
    ]);
  });
});
