import { describe, expect, it } from 'vitest';
import { parseMeeting } from '../../src/model/meeting.js';
import { catchInputError } from '../helpers/errors.js';

const meeting = (seat: string) => ({
  date: '2025-03-12',
  presiding: seat,
  attendance: { [seat]: 'member' },
  ballots: { [seat]: 'for' },
});

describe('a meeting file: seat ids, roles and the case’s preparation', () => {
  it('a seat id is a kommunenummer, a region id or a named seat: letters and digits, single hyphens inside', () => {
    for (const seat of ['5001', 'trondelag-sor', 'KS-Trondelag', 'a1-b2-c3']) {
      expect(parseMeeting(meeting(seat)).presiding).toBe(seat);
    }
    for (const seat of ['-a', 'a-', 'a--b', 'a b', 'æøå', '']) {
      const error = catchInputError(() => parseMeeting(meeting(seat)));
      expect(error.problems.find((p) => p.path === 'presiding')).toEqual({
        path: 'presiding',
        code: 'invalid_format',
        message: 'must be a seat id: a kommunenummer, a region id or a named seat',
      });
    }
  });

  it('who presides, by role, and whether the case was prepared, are checked', () => {
    expect(
      parseMeeting({ ...meeting('5001'), presidingRole: 'designee', prepared: false }),
    ).toMatchObject({ presidingRole: 'designee', prepared: false });
    const error = catchInputError(() =>
      parseMeeting({ ...meeting('5001'), presidingRole: 'chair', prepared: 'yes' }),
    );
    expect(error.problems.map((p) => [p.path, p.code, p.message])).toEqual([
      ['prepared', 'invalid_type', 'must be a boolean'],
      [
        'presidingRole',
        'invalid_value',
        'must be "leader", "deputy-leader", "designee" or "other"',
      ],
    ]);
  });

  it('a vote or attendance of the wrong kind names the allowed values', () => {
    const error = catchInputError(() =>
      parseMeeting({
        ...meeting('5001'),
        attendance: { '5001': 'guest' },
        ballots: { '5001': 'yes' },
      }),
    );
    expect(error.problems.map((p) => [p.path, p.message])).toEqual([
      ['attendance["5001"]', 'must be "member" or "deputy"'],
      ['ballots["5001"]', 'must be "for", "against" or "abstain"'],
    ]);
  });
});
