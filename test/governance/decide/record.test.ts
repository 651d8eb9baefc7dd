import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../../src/agreements/digitrondelag/index.js';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { decide } from '../../../src/governance/decide/index.js';
import type { Agreement } from '../../../src/model/agreement.js';
import type { Meeting } from '../../../src/model/meeting.js';
import type { Organ } from '../../../src/model/organ.js';
import { catchInputError } from '../../helpers/errors.js';
import { EXAMPLE_REGIONS, HP, meeting } from '../../helpers/meetings.js';

/** The first line of the error (its title and count), and every problem in full. */
function failure(fn: () => unknown) {
  const error = catchInputError(fn);
  return {
    title: error.message.split('\n')[0],
    problems: error.problems.map(({ path, code, message }) => ({ path, code, message })),
  };
}

/** The agreement with one body changed. */
function withOrgan(agreement: Agreement, id: string, change: (organ: Organ) => Organ): Agreement {
  return {
    ...agreement,
    organs: (agreement.organs ?? []).map((organ) => (organ.id === id ? change(organ) : organ)),
  };
}

const representantskap = (
  m: Meeting,
  matter = 'other',
  readings?: Record<string, string>,
  agreement: Agreement = helseplattformen,
) =>
  decide(agreement, {
    organ: 'representantskap',
    matter,
    meeting: m,
    ...(readings === undefined ? {} : { readings }),
  });

const REGION_IDS = EXAMPLE_REGIONS.map((r) => r.id);
const base = meeting({ presiding: '5001', for: HP.slice(0, 17) });
const bindal = {
  number: '1811',
  name: 'Bindal',
  conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: true },
};

describe('decide: a meeting that does not fit the body', () => {
  it('attendance and ballots must be given, each as a map or a list', () => {
    const invalid = {
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [
        {
          path: 'meeting.attendance',
          code: 'invalid_union',
          message: 'must map each attending seat to "member" or "deputy", or list { seat, as }',
        },
      ],
    };
    const noAttendance = { ...base, attendance: null } as unknown as Meeting;
    const noBallots = { ...base, ballots: null } as unknown as Meeting;
    expect(failure(() => representantskap(noAttendance))).toEqual(invalid);
    expect(failure(() => representantskap(noBallots))).toEqual({
      ...invalid,
      problems: [
        {
          path: 'meeting.ballots',
          code: 'invalid_union',
          message:
            'must map each voting seat to "for", "against" or "abstain", or list { seat, vote }',
        },
      ],
    });
  });

  it('§5 an unknown seat is named with the first twelve of the body’s 34 seats', () => {
    const m = meeting({ presiding: '5001', for: [...HP.slice(0, 17), '1811'] });
    expect(failure(() => representantskap(m)).problems[0]).toEqual({
      path: 'meeting.attendance["1811"]',
      code: 'unknown_seat',
      message:
        '1811 is not a seat of representantskap on 2025-03-12 (its seats: 5001, 1505, 1506, 1508, 1511, 1531, 1535, 1539, 1547, 1560, 1563, 1566, …)',
    });
  });

  it('§5 with twelve seats all are listed; with thirteen, the first twelve', () => {
    const firstOf = (n: number) => ({
      ...helseplattformen,
      parties: helseplattformen.parties.slice(0, n),
    });
    const m = meeting({ presiding: '5001', for: [...HP.slice(0, 7), '1811'] });
    const twelve = HP.slice(0, 12).join(', ');
    expect(
      failure(() => representantskap(m, 'other', undefined, firstOf(12))).problems[0]?.message,
    ).toBe(`1811 is not a seat of representantskap on 2025-03-12 (its seats: ${twelve})`);
    expect(
      failure(() => representantskap(m, 'other', undefined, firstOf(13))).problems[0]?.message,
    ).toBe(`1811 is not a seat of representantskap on 2025-03-12 (its seats: ${twelve}, …)`);
  });

  it('§6 an unknown seat of the styre is named with the five region seats', () => {
    expect(
      failure(() =>
        decide(helseplattformen, {
          organ: 'styre',
          matter: 'decision',
          meeting: meeting({ presiding: 'trondheim', for: [...REGION_IDS, 'innlandet'] }),
          regions: EXAMPLE_REGIONS,
        }),
      ).problems[0],
    ).toEqual({
      path: 'meeting.attendance.innlandet',
      code: 'unknown_seat',
      message:
        'innlandet is not a seat of styre on 2025-03-12 (its seats: trondheim, trondelag-sor, trondelag-nord, nordmore-romsdal, sunnmore)',
    });
  });

  it('§5 a seat is attended by its member or its deputy, and nobody else (checked on entry, before the seats)', () => {
    const m = {
      ...base,
      attendance: { ...(base.attendance as Record<string, string>), '1505': 'guest' },
    } as unknown as Meeting;
    expect(failure(() => representantskap(m)).problems).toEqual([
      {
        path: 'meeting.attendance["1505"]',
        code: 'invalid_value',
        message: 'must be "member" or "deputy"',
      },
    ]);
  });

  it('§5 a seat not attended has no ballot', () => {
    const m: Meeting = {
      ...base,
      ballots: { ...(base.ballots as Record<string, 'for'>), [HP[30] as string]: 'for' },
    };
    expect(failure(() => representantskap(m)).problems).toEqual([
      {
        path: `meeting.ballots["${HP[30]}"]`,
        code: 'ballot_from_absent',
        message: `${HP[30]} voted but is not present (not in attendance)`,
      },
    ]);
  });

  it('§5 a seat listed twice, or by both its member and its deputy, is named', () => {
    const m: Meeting = {
      ...base,
      attendance: [
        ...HP.slice(0, 17).map((seat) => ({ seat, as: 'member' as const })),
        { seat: '5001', as: 'member' as const },
        { seat: '1505', as: 'deputy' as const },
      ],
    };
    expect(failure(() => representantskap(m)).problems).toEqual([
      {
        path: 'meeting.attendance[17]',
        code: 'duplicate_attendance',
        message: '5001 is listed as attending twice',
      },
      {
        path: 'meeting.attendance[18]',
        code: 'member_and_deputy',
        message:
          "1505 is recorded as attended by both its member and its deputy; only one of them holds the seat's vote: record the one who does",
      },
    ]);
  });

  it('DigiTrøndelag §4.3 the programstyre has no deputies', () => {
    const m = meeting({
      date: '2020-05-01',
      presiding: 'trondheim',
      for: ['trondheim', 'ks-trondelag'],
      deputies: ['ks-trondelag'],
    });
    const programstyre = (agreement: Agreement) =>
      decide(agreement, {
        organ: 'programstyre',
        matter: 'decision',
        meeting: m,
        regions: [{ id: 'trondelag-sor', name: 'Eksempel', municipalities: ['5028'] }],
      });
    const problem = {
      path: 'meeting.attendance["ks-trondelag"]',
      code: 'deputy_not_allowed',
      message:
        'programstyre has no deputies (§4.3): ks-trondelag can only be attended by its member',
    };
    expect(failure(() => programstyre(digitrondelag)).problems).toEqual([problem]);
    // Without a clause of its own for deputies, the body's clause is cited.
    const noDeputyClause = withOrgan(digitrondelag, 'programstyre', (o) => ({
      ...o,
      clause: '§4',
      deputies: { allowed: false },
    }));
    expect(failure(() => programstyre(noDeputyClause)).problems).toEqual([
      { ...problem, message: problem.message.replace('§4.3', '§4') },
    ]);
  });

  it('§5 a ballot must be for, against or abstain, one per seat, from a seat present', () => {
    const m: Meeting = {
      ...base,
      ballots: [
        ...HP.slice(0, 17).map((seat) => ({ seat, vote: 'for' as const })),
        { seat: '5001', vote: 'against' as const },
        { seat: '3430', vote: 'for' as const },
      ],
    };
    expect(failure(() => representantskap(m)).problems).toEqual([
      {
        path: 'meeting.ballots[17]',
        code: 'two_ballots',
        message: '5001 has two ballots; a seat has one vote',
      },
      {
        path: 'meeting.ballots[18]',
        code: 'ballot_from_absent',
        message: '3430 voted but is not present (not in attendance)',
      },
    ]);
    // A vote that is not for, against or abstain is refused on entry, with its path.
    const yes = { ...m, ballots: [{ seat: '5001', vote: 'yes' }] } as unknown as Meeting;
    expect(failure(() => representantskap(yes)).problems).toEqual([
      {
        path: 'meeting.ballots[0].vote',
        code: 'invalid_value',
        message: 'must be "for", "against" or "abstain"',
      },
    ]);
  });

  it('§5 members must vote: an abstention and a missing ballot are named (interpretation "duty-to-vote")', () => {
    const m = meeting({
      presiding: '5001',
      for: HP.slice(0, 17),
      abstain: ['5037'],
      silent: ['5038'],
    });
    expect(failure(() => representantskap(m)).problems).toEqual([
      {
        path: 'meeting.ballots["5037"]',
        code: 'abstention_not_allowed',
        message: 'members of representantskap must vote for or against (§5); 5037 abstained',
      },
      {
        path: 'meeting.ballots["5038"]',
        code: 'missing_ballot',
        message:
          '5038 is present but did not vote; members of representantskap must vote for or against',
      },
    ]);
    // Without a clause of its own for abstention, the body's clause is cited.
    const noAbstentionClause = withOrgan(helseplattformen, 'representantskap', (o) => ({
      ...o,
      clause: '§5 første ledd',
      abstention: { allowed: false },
    }));
    expect(
      failure(() => representantskap(m, 'other', undefined, noAbstentionClause)).problems[0],
    ).toEqual({
      path: 'meeting.ballots["5037"]',
      code: 'abstention_not_allowed',
      message:
        'members of representantskap must vote for or against (§5 første ledd); 5037 abstained',
    });
  });

  it('§5 a body whose abstention note gives no rule per reading keeps its own rule, whatever the reading', () => {
    const noRulePerReading = withOrgan(helseplattformen, 'representantskap', (o) => ({
      ...o,
      abstention: { allowed: false, clause: '§5', note: 'duty-to-vote' },
    }));
    const m = meeting({ presiding: '5001', for: HP.slice(0, 17), abstain: ['5037'] });
    expect(
      failure(() =>
        representantskap(m, 'other', { 'duty-to-vote': 'may-abstain' }, noRulePerReading),
      ).problems.map((p) => [p.path, p.code]),
    ).toEqual([['meeting.ballots["5037"]', 'abstention_not_allowed']]);
  });

  it('§6 board members may abstain: one present without a ballot is counted present, not refused', () => {
    const d = decide(helseplattformen, {
      organ: 'styre',
      matter: 'decision',
      meeting: meeting({
        presiding: 'trondheim',
        for: REGION_IDS.slice(0, 4),
        silent: ['sunnmore'],
      }),
      regions: EXAMPLE_REGIONS,
    });
    expect(d.tally).toEqual({ seats: 5, present: 5, for: 4, against: 0, abstain: 1, absent: 0 });
    expect(d.adopted).toBe(true);
  });

  it('§5 the presiding person must be present, and a leader is not a deputy', () => {
    expect(
      failure(() => representantskap(meeting({ presiding: '3430', for: HP.slice(0, 17) }))),
    ).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [
        {
          path: 'meeting.presiding',
          code: 'presiding_absent',
          message: '3430 presides but is not present (not in attendance)',
        },
      ],
    });
    const deputyFor = (role?: 'deputy-leader' | 'other') =>
      meeting({
        presiding: '1560',
        ...(role === undefined ? {} : { presidingRole: role }),
        for: HP.slice(0, 17),
        deputies: ['1560'],
      });
    expect(failure(() => representantskap(deputyFor())).problems).toEqual([
      {
        path: 'meeting.presiding',
        code: 'leader_is_deputy',
        message:
          'the leader sits for 1560, which is attended by its deputy: the leader is absent, so give presidingRole "other" or "deputy-leader"',
      },
    ]);
    expect(failure(() => representantskap(deputyFor('deputy-leader'))).problems).toEqual([
      {
        path: 'meeting.presiding',
        code: 'leader_is_deputy',
        message:
          'the deputy leader sits for 1560, which is attended by its deputy: the deputy leader is absent, so give presidingRole "other"',
      },
    ]);
    // Someone else chosen to preside may well be a deputy.
    const other = representantskap(deputyFor('other'));
    expect([other.adopted, other.presiding]).toEqual([true, '1560']);
    expect(other.reasons.find((r) => r.code === 'stand_in_presides')?.values).toEqual({
      presiding: '1560',
      role: 'other',
      castingVote: true,
      reading: 'presiding-person',
    });
  });

  it('§14 a candidate belongs to an admission, and cannot be a party already', () => {
    expect(failure(() => representantskap({ ...base, candidate: bindal }, 'budget'))).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [
        {
          path: 'meeting.candidate',
          code: 'candidate_not_applicable',
          message: 'matter budget has no candidate; a candidate belongs to an admission',
        },
      ],
    });
    expect(
      failure(() =>
        representantskap({ ...base, candidate: { ...bindal, number: '5001' } }, 'admission'),
      ).problems,
    ).toEqual([
      {
        path: 'meeting.candidate.number',
        code: 'candidate_already_party',
        message: '5001 is already a party',
      },
    ]);
  });
});
