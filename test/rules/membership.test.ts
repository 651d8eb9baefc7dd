import { describe, expect, it } from 'vitest';
import { costKeyOn } from '../../src/finance/cost-key-on.js';
import { assertDate } from '../../src/model/assert-date.js';
import { isMemberOn, membersOn } from '../../src/rules/membership.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

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

describe('membership errors say what is wrong', () => {
  const agreement = agreementWith([partyOf('0001', 10), partyOf('0002', 20)]);

  it('no party on the date: the agreement, the date and when the agreement starts', () => {
    const error = catchInputError(() => membersOn(agreement, '2024-12-31'));
    expect(error.message).toBe(
      'No parties on that date (1 problem):\n  date: no party of test-agreement is a member on 2024-12-31 (the agreement applies from 2025-01-01)',
    );
    expect(error.problems).toEqual([
      {
        path: 'date',
        code: 'no_members',
        message:
          'no party of test-agreement is a member on 2024-12-31 (the agreement applies from 2025-01-01)',
      },
    ]);
    expect(membersOn(agreement, '2025-01-01').map((p) => p.municipality.number)).toEqual([
      '0001',
      '0002',
    ]);
  });

  it('a date that is not a date is quoted, cut to its first 40 characters', () => {
    const long = `2025-01-01${'x'.repeat(50)}`;
    const error = catchInputError(() => isMemberOn(partyOf('0001', 1), long));
    expect(error.message).toBe(
      `Invalid date (1 problem):\n  date: must be a date YYYY-MM-DD that exists in the calendar: "2025-01-01${'x'.repeat(30)}"`,
    );
    expect(error.problems).toEqual([
      {
        path: 'date',
        code: 'invalid_date',
        message: `must be a date YYYY-MM-DD that exists in the calendar: "2025-01-01${'x'.repeat(30)}"`,
      },
    ]);
    const notText = catchInputError(() => assertDate(20250101, 'meeting.date'));
    expect(notText.problems).toEqual([
      {
        path: 'meeting.date',
        code: 'invalid_date',
        message: 'must be a date YYYY-MM-DD that exists in the calendar: "20250101"',
      },
    ]);
    expect(() => assertDate('2024-02-29', 'date')).not.toThrow();
  });
});
