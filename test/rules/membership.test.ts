import { describe, expect, it } from 'vitest';
import { costKeyOn } from '../../src/finance/cost-key-on.js';
import { isMemberOn, membersOn } from '../../src/rules/membership.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';
import { problemsOf } from '../helpers/errors.js';

describe('membership on a date', () => {
  const leaving = {
    ...partyOf('0002', 10),
    membership: { joined: '2025-01-01', noticeSentOn: '2025-03-15', withdrawn: '2026-03-15' },
  };
  const agreement = agreementWith([partyOf('0001', 10), leaving]);

  it('a party is a member from the day it joined', () => {
    expect(isMemberOn(leaving, '2024-12-31')).toBe(false);
    expect(isMemberOn(leaving, '2025-01-01')).toBe(true);
  });

  it('up to, not including, the day its withdrawal takes effect', () => {
    expect(isMemberOn(leaving, '2026-03-14')).toBe(true);
    expect(isMemberOn(leaving, '2026-03-15')).toBe(false);
    expect(membersOn(agreement, '2026-03-15').map((p) => p.municipality.number)).toEqual(['0001']);
  });

  it('rejects a date that does not exist, or is not a date', () => {
    for (const date of ['2025-02-29', '2025-13-01', 'zzz', '2025-1-1', '']) {
      expect(problemsOf(() => isMemberOn(leaving, date))).toEqual([['date', 'invalid_date']]);
      expect(problemsOf(() => membersOn(agreement, date))).toEqual([['date', 'invalid_date']]);
      expect(problemsOf(() => costKeyOn(agreement, date))).toEqual([['date', 'invalid_date']]);
    }
    expect(isMemberOn(partyOf('0001', 10), '2028-02-29')).toBe(true);
  });
});

describe('the cost key in force', () => {
  it('is the latest key that applies on or before the date', () => {
    const agreement = {
      ...agreementWith([partyOf('0001', 1)]),
      costKeys: [
        { kind: 'population' as const, validFrom: '2025-01-01', clause: '§9' },
        { kind: 'population' as const, validFrom: '2027-01-01', clause: '§9 (endret)' },
      ],
    };
    expect(costKeyOn(agreement, '2026-12-31').clause).toBe('§9');
    expect(costKeyOn(agreement, '2027-01-01').clause).toBe('§9 (endret)');
    expect(problemsOf(() => costKeyOn(agreement, '2024-12-31'))).toEqual([['date', 'no_cost_key']]);
  });
});
