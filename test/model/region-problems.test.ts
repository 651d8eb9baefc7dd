import { describe, expect, it } from 'vitest';
import { regionMembershipProblems } from '../../src/model/region-problems.js';

describe('regionMembershipProblems', () => {
  const parties = new Set(['0001', '0002', '0003']);

  it('regions of parties, each in one region: no problem', () => {
    expect(
      regionMembershipProblems(
        [{ municipalities: ['0001', '0002'] }, { municipalities: ['0003'] }],
        parties,
        'regions',
      ),
    ).toEqual([]);
  });

  it('a number that is not a party, and a party in a second region, are named with their paths', () => {
    expect(
      regionMembershipProblems(
        [{ municipalities: ['0001', '0009'] }, { municipalities: ['0002', '0001'] }],
        parties,
        'organs[0].seats.regions',
      ),
    ).toEqual([
      {
        path: 'organs[0].seats.regions[0].municipalities[1]',
        code: 'unknown_party',
        message: 'names 0009, which is not among the parties',
      },
      {
        path: 'organs[0].seats.regions[1].municipalities[1]',
        code: 'several_regions',
        message:
          '0001 is already in organs[0].seats.regions[0]; a municipality belongs to one region',
      },
    ]);
  });

  it('shapes the schema reports itself are skipped: no list, or an entry that is not text', () => {
    expect(
      regionMembershipProblems(
        [null, { municipalities: 'x' }, { municipalities: [1] }],
        parties,
        'r',
      ),
    ).toEqual([]);
  });
});
