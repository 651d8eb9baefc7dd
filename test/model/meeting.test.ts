import { describe, expect, it } from 'vitest';
import { normalMeeting, parseMeeting } from '../../src/model/meeting.js';
import { isTrusted } from '../../src/model/trusted.js';
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

describe('a meeting in its one form: attendance and ballots as seats and values, made once', () => {
  it('a map by seat and a list of entries give the same seats and values; the list keeps a seat given twice', () => {
    const asMap = normalMeeting({
      date: '2025-03-12',
      presiding: '5001',
      attendance: { '5001': 'member', '1505': 'deputy' },
      ballots: { '5001': 'for', '1505': 'abstain' },
    });
    // A map's keys come in the order JavaScript gives them: numeric ids ascending.
    expect(asMap.attendance).toEqual({
      name: 'attendance',
      seats: ['1505', '5001'],
      values: ['deputy', 'member'],
      listed: false,
    });
    expect(asMap.ballots).toEqual({
      name: 'ballots',
      seats: ['1505', '5001'],
      values: ['abstain', 'for'],
      listed: false,
    });
    const asList = normalMeeting({
      date: '2025-03-12',
      presiding: '5001',
      attendance: [
        { seat: '5001', as: 'member' },
        { seat: '1505', as: 'deputy' },
      ],
      ballots: [
        { seat: '5001', vote: 'for' },
        { seat: '5001', vote: 'against' },
      ],
    });
    expect(asList.attendance).toEqual({
      name: 'attendance',
      seats: ['5001', '1505'],
      values: ['member', 'deputy'],
      listed: true,
    });
    expect(asList.ballots).toEqual({
      name: 'ballots',
      seats: ['5001', '5001'],
      values: ['for', 'against'],
      listed: true,
    });
  });

  it('a parsed meeting is trusted: its form was made when it was parsed, and is the same object on every call', () => {
    const parsed = parseMeeting(meeting('5001'));
    expect(isTrusted(parsed)).toBe(true);
    const normal = normalMeeting(parsed);
    expect(normal.meeting).toBe(parsed);
    expect(normalMeeting(parsed)).toBe(normal);
  });

  it('a plain object is checked on every call and never trusted; anything else trusted is not a meeting', () => {
    const plain = meeting('5001');
    const first = normalMeeting(plain);
    expect(first.meeting).not.toBe(plain);
    expect(first.meeting).toEqual(plain);
    expect(isTrusted(plain)).toBe(false);
    expect(normalMeeting(plain)).not.toBe(first);
    expect(catchInputError(() => normalMeeting(null)).problems.map((p) => p.code)).toEqual([
      'invalid_type',
    ]);
  });
});
