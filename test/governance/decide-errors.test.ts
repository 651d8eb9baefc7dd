import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../src/agreements/digitrondelag/index.js';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { rorosOsHoltalen } from '../../src/agreements/roros-os-holtalen/index.js';
import { decide } from '../../src/governance/decide.js';
import type { Agreement } from '../../src/model/agreement.js';
import type { Meeting } from '../../src/model/meeting.js';
import type { Organ } from '../../src/model/organ.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';
import { catchInputError } from '../helpers/errors.js';
import { EXAMPLE_REGIONS, HP, meeting, OS_LEAVES_2026 } from '../helpers/meetings.js';
import { withText, words } from '../helpers/words.js';

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

describe('decide: an unknown organ, matter or reading names what there is', () => {
  it('§5 and §6 an unknown organ names Helseplattformen’s two bodies', () => {
    expect(
      failure(() => decide(helseplattformen, { organ: 'styret', matter: 'other', meeting: base })),
    ).toEqual({
      title: 'Unknown organ (1 problem):',
      problems: [
        {
          path: 'organ',
          code: 'unknown_organ',
          message: 'helseplattformen has no organ "styret" (its organs: representantskap, styre)',
        },
      ],
    });
  });

  it('an agreement without bodies lists none', () => {
    const bare = agreementWith([partyOf('0301', 1000)]);
    expect(
      failure(() => decide(bare, { organ: 'representantskap', matter: 'other', meeting: base })),
    ).toEqual({
      title: 'Unknown organ (1 problem):',
      problems: [
        {
          path: 'organ',
          code: 'unknown_organ',
          message: 'test-agreement has no organ "representantskap"',
        },
      ],
    });
  });

  it('§5 an unknown matter names the representantskap’s twelve matters', () => {
    expect(failure(() => representantskap(base, 'budgett'))).toEqual({
      title: 'Unknown matter (1 problem):',
      problems: [
        {
          path: 'matter',
          code: 'unknown_matter',
          message:
            'representantskap has no matter "budgett" (its matters: economic-frames, agreement-amendment, admission, dissolution, budget, accounts, annual-report, board-appointment, election, regions-and-board-size, complaint, other)',
        },
      ],
    });
  });

  it('Røros–Os–Holtålen §6 the administrative body has no decision rule to apply', () => {
    const m = meeting({ date: '2020-05-01', presiding: 'radmann-roros', for: ['radmann-roros'] });
    expect(
      failure(() =>
        decide(rorosOsHoltalen, { organ: 'samarbeidsorgan', matter: 'other', meeting: m }),
      ),
    ).toEqual({
      title: 'Unknown matter (1 problem):',
      problems: [
        {
          path: 'matter',
          code: 'unknown_matter',
          message: 'the agreement states no decision rule for samarbeidsorgan (§6)',
        },
      ],
    });
  });

  it('§5 a reading must name a note with selectable readings, and one of its readings', () => {
    const selectable =
      'consensus-scope, board-consensus, regions-change-rule, budget-and-frames, election-ties, board-preparation, admission-opposition, chair-absent-casting-vote, duty-to-vote, settlement-by-calendar-day';
    expect(
      failure(() =>
        representantskap(base, 'other', {
          'consensus-scope': 'some',
          nope: 'x',
          // a note of the register, but one whose reading cannot be chosen
          'start-date': '2025-01-01',
        }),
      ),
    ).toEqual({
      title: 'Cannot decide in representantskap (3 problems):',
      problems: [
        {
          path: 'readings.nope',
          code: 'unknown_note',
          message: `names no interpretation note with selectable readings (those with: ${selectable})`,
        },
        {
          path: 'readings["consensus-scope"]',
          code: 'unknown_reading',
          message:
            '"some" is not a reading of consensus-scope (its readings: all-seats, present, no-objection)',
        },
        {
          path: 'readings["start-date"]',
          code: 'unknown_note',
          message: `names no interpretation note with selectable readings (those with: ${selectable})`,
        },
      ],
    });
  });

  it('an alternative without an id is not a reading that can be chosen', () => {
    const withNote: Agreement = {
      ...helseplattformen,
      interpretations: [
        {
          id: 'test-note',
          clauses: ['§5'],
          question: 'Et spørsmål?',
          reading: 'Første lesning.',
          readingId: 'first',
          alternatives: [
            { id: 'second', reading: 'Andre lesning.', consequence: 'Noe.' },
            { reading: 'Tredje lesning, uten id.', consequence: 'Noe annet.' },
          ],
        },
      ],
    };
    expect(
      failure(() => representantskap(base, 'other', { 'test-note': 'third' }, withNote)),
    ).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [
        {
          path: 'readings["test-note"]',
          code: 'unknown_reading',
          message: '"third" is not a reading of test-note (its readings: first, second)',
        },
      ],
    });
    expect(representantskap(base, 'other', { 'test-note': 'second' }, withNote).adopted).toBe(true);
  });
});

describe('decide: the meeting’s date and the body’s seats', () => {
  it('§5 a meeting on a day that does not exist is reported alone, without seat problems', () => {
    // 1811 is no party, and the presiding 5001 is not in attendance: neither is reported, as
    // the meeting is validated on entry and the seats cannot be known without the date.
    const m: Meeting = {
      date: '2025-02-29',
      presiding: '5001',
      attendance: { '1811': 'member' },
      ballots: { '1811': 'for' },
    };
    expect(failure(() => representantskap(m))).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [
        {
          path: 'meeting.date',
          code: 'invalid_format',
          message: 'must be a date YYYY-MM-DD that exists in the calendar',
        },
      ],
    });
  });

  it('§12 "Avtalen løper frem til den blir sagt opp": Helseplattformen applies from 1 January 2025 (note "start-date"), with no end date', () => {
    expect(failure(() => representantskap({ ...base, date: '2024-12-31' }))).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [
        {
          path: 'meeting.date',
          code: 'outside_validity',
          message:
            '2024-12-31 is outside the period helseplattformen applies (2025-01-01 to no end date)',
        },
      ],
    });
    expect(representantskap({ ...base, date: '2025-01-01' }).adopted).toBe(true);
  });

  it('DigiTrøndelag §6 a meeting on 31 December 2022 decides; one on 1 January 2023 is outside the agreement', () => {
    const programstyre = (date: string) =>
      decide(digitrondelag, {
        organ: 'programstyre',
        matter: 'decision',
        meeting: meeting({ date, presiding: 'trondheim', for: ['trondheim'] }),
        regions: [
          { id: 'trondelag-sor', name: 'Eksempel: Trøndelag sør', municipalities: ['5028'] },
        ],
      });
    expect(programstyre('2022-12-31').adopted).toBe(true);
    expect(failure(() => programstyre('2023-01-01'))).toEqual({
      title: 'Cannot decide in programstyre (1 problem):',
      problems: [
        {
          path: 'meeting.date',
          code: 'outside_validity',
          message:
            '2023-01-01 is outside the period digitrondelag applies (2019-01-01 to 2022-12-31)',
        },
      ],
    });
  });

  it('§6 the styre needs a region division: none, or an empty one, is an input error', () => {
    const m = meeting({ presiding: 'trondheim', for: REGION_IDS });
    const missing = {
      path: 'regions',
      code: 'missing_regions',
      message:
        'styre has one seat per region (§6), and helseplattformen gives no region division: supply the regions',
    };
    for (const regions of [undefined, []]) {
      expect(
        failure(() =>
          decide(helseplattformen, {
            organ: 'styre',
            matter: 'decision',
            meeting: m,
            ...(regions === undefined ? {} : { regions }),
          }),
        ),
      ).toEqual({ title: 'Cannot decide in styre (1 problem):', problems: [missing] });
    }
  });

  it('§6 a region may only name municipalities that are parties on the meeting’s date', () => {
    const osLeft = OS_LEAVES_2026;
    const styre = (date: string) =>
      decide(osLeft, {
        organ: 'styre',
        matter: 'decision',
        meeting: meeting({ date, presiding: 'trondheim', for: REGION_IDS }),
        regions: EXAMPLE_REGIONS,
      });
    expect(styre('2025-12-31').adopted).toBe(true);
    // Os (3430) is the tenth municipality of the example region Trøndelag sør.
    expect(failure(() => styre('2026-02-01'))).toEqual({
      title: 'Cannot decide in styre (1 problem):',
      problems: [
        {
          path: 'regions[1].municipalities[9]',
          code: 'unknown_party',
          message: 'names 3430, which is not among the parties',
        },
      ],
    });
  });

  it('§6 a region id used twice is one seat used twice', () => {
    const regions = [
      { id: 'nord', name: 'Nord', municipalities: HP.slice(0, 20) },
      { id: 'nord', name: 'Nord igjen', municipalities: HP.slice(20) },
    ];
    expect(
      failure(() =>
        decide(helseplattformen, {
          organ: 'styre',
          matter: 'decision',
          meeting: meeting({ presiding: 'nord', for: ['nord'] }),
          regions,
        }),
      ),
    ).toEqual({
      title: 'Cannot decide in styre (1 problem):',
      problems: [
        {
          path: 'regions',
          code: 'duplicate_seat',
          message: 'seat id nord is used twice (a region id repeated, or the same as a named seat)',
        },
      ],
    });
  });

  it('DigiTrøndelag §4.3 a region with the id of Trondheim’s named seat is an input error', () => {
    expect(
      failure(() =>
        decide(digitrondelag, {
          organ: 'programstyre',
          matter: 'decision',
          meeting: meeting({ date: '2020-05-01', presiding: 'trondheim', for: ['trondheim'] }),
          regions: [{ id: 'trondheim', name: 'Trondheim', municipalities: ['5028'] }],
        }),
      ),
    ).toEqual({
      title: 'Cannot decide in programstyre (1 problem):',
      problems: [
        {
          path: 'regions',
          code: 'duplicate_seat',
          message:
            'seat id trondheim is used twice (a region id repeated, or the same as a named seat)',
        },
      ],
    });
  });

  it('§5 a representantskap with no member municipality on the day has no seats, and nothing else is checked', () => {
    const notYet: Agreement = {
      ...helseplattformen,
      parties: helseplattformen.parties.map((p) => ({
        ...p,
        membership: { joined: '2026-01-01' },
      })),
    };
    // The presiding seat is not in attendance; with no seats, that is not reported.
    const m = meeting({ date: '2025-06-01', presiding: '5001', for: ['1505'] });
    const noSeats = {
      path: 'organ',
      code: 'no_seats',
      message:
        'representantskap has no seats on 2025-06-01 (no parties are members, and it has no named seats)',
    };
    expect(failure(() => representantskap(m, 'other', undefined, notYet))).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [noSeats],
    });
    // … reported alongside a problem of another kind.
    expect(
      failure(() => representantskap(m, 'other', { nope: 'x' }, notYet)).problems.map(
        (p) => p.code,
      ),
    ).toEqual(['no_seats', 'unknown_note']);
  });
});

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

describe('decide: the reasons behind readings, stand-ins and candidates', () => {
  it('§15 by default an amendment follows the reading "all-seats" of "consensus-scope", not chosen for the decision', () => {
    const d = representantskap(meeting({ presiding: '5001', for: HP }), 'agreement-amendment');
    expect(withText(d.reasons[1])).toEqual({
      code: 'reading_applied',
      agreement: 'helseplattformen',
      clause: '§15',
      values: { note: 'consensus-scope', reading: 'all-seats', chosen: false },
      text: {
        nb: 'Regelen følger tolkningen «all-seats» i tolkningsnotatet «consensus-scope».',
        en: 'The rule follows the reading "all-seats" of interpretation note "consensus-scope".',
      },
    });
  });

  it('§5 the deputy leader presides: the reason names the reading and whether the casting vote is theirs', () => {
    // HP[9] (1560 Tingvoll) presides and votes against; 9–9.
    const m = meeting({
      presiding: '1560',
      presidingRole: 'deputy-leader',
      for: HP.slice(0, 9),
      against: HP.slice(9, 18),
    });
    const byDefault = representantskap(m);
    expect([byDefault.adopted, byDefault.tieBrokenByChair]).toEqual([false, true]);
    expect(withText(byDefault.reasons[1])).toEqual({
      code: 'stand_in_presides',
      agreement: 'helseplattformen',
      clause: '§5',
      values: {
        presiding: '1560',
        role: 'deputy-leader',
        castingVote: true,
        reading: 'presiding-person',
      },
      text: {
        nb: 'Nestleder (1560) leder møtet; etter tolkningen «presiding-person» har møteleder leders avgjørende stemme.',
        en: `The deputy leader (1560) presides; under the reading "presiding-person" the presiding member has the leader's deciding vote.`,
      },
    });
    const leaderOnly = representantskap(m, 'other', { 'chair-absent-casting-vote': 'leader-only' });
    expect([leaderOnly.adopted, leaderOnly.tieBrokenByChair]).toEqual([false, false]);
    expect(leaderOnly.reasons[1]?.values).toEqual({
      presiding: '1560',
      role: 'deputy-leader',
      castingVote: false,
      reading: 'leader-only',
    });
    expect(words(leaderOnly.reasons[1])).toEqual({
      nb: 'Nestleder (1560) leder møtet; etter tolkningen «leader-only» har møteleder ikke leders avgjørende stemme.',
      en: `The deputy leader (1560) presides; under the reading "leader-only" the presiding member does not have the leader's deciding vote.`,
    });
  });

  it('§14 a candidate that lacks a condition may be opposed: the reason says which conditions', () => {
    const opposed = meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] });
    const noService = representantskap(
      {
        ...opposed,
        candidate: { ...bindal, conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: false } },
      },
      'admission',
    );
    expect(withText(noService.reasons.find((r) => r.code === 'candidate_not_eligible'))).toEqual({
      code: 'candidate_not_eligible',
      agreement: 'helseplattformen',
      clause: '§14',
      values: {
        candidate: '1811 Bindal',
        missing: ['tjenesteavtale'],
        missingTexts: ['har inngått tjenesteavtale med Helseplattformen AS'],
        unknown: [],
        unknownTexts: [],
      },
      text: {
        nb: '1811 Bindal er ikke vist å oppfylle vilkårene som verner mot motstand; ikke oppfylt: «har inngått tjenesteavtale med Helseplattformen AS»; partene står fritt til å stemme mot.',
        en: '1811 Bindal is not shown to meet the conditions that protect against opposition; not met: «har inngått tjenesteavtale med Helseplattformen AS»; the parties are free to vote against.',
      },
    });
    expect(noService.adopted).toBe(false);
    // Conditions left out are unknown, never assumed: the candidate is not protected.
    const unknown = representantskap(
      {
        ...opposed,
        candidate: { number: '1811', name: 'Bindal', conditionsMet: { aksjonaer: true } },
      },
      'admission',
      { 'admission-opposition': 'count-as-for' },
    );
    expect(unknown.adopted).toBe(false);
    expect(unknown.reasons.find((r) => r.code === 'candidate_not_eligible')?.values).toEqual({
      candidate: '1811 Bindal',
      missing: [],
      missingTexts: [],
      unknown: ['samarbeidsavtalen', 'tjenesteavtale'],
      unknownTexts: [
        'har inngått Samarbeidsavtalen',
        'har inngått tjenesteavtale med Helseplattformen AS',
      ],
    });
    // Only the protecting conditions matter for the vote: the others may be left out.
    const protectedOnly = representantskap({ ...opposed, candidate: bindal }, 'admission', {
      'admission-opposition': 'count-as-for',
    });
    expect(protectedOnly.adopted).toBe(true);
  });

  it('§14 a condition id the agreement does not define is one input error naming the ids it has', () => {
    const opposed = meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] });
    expect(
      failure(() =>
        representantskap(
          {
            ...opposed,
            candidate: {
              ...bindal,
              conditionsMet: { medlem: true, tjenesteavtale: true, annet: false },
            },
          },
          'admission',
        ),
      ).problems,
    ).toEqual(
      ['annet', 'medlem'].map((id) => ({
        path: `meeting.candidate.conditionsMet.${id}`,
        code: 'unknown_condition',
        message:
          'is not an admission condition of the agreement (it has: aksjonaer, samarbeidsavtalen, tjenesteavtale, tatt-i-bruk)',
      })),
    );
  });

  it('§14 an eligible candidate nobody votes against is admitted, with nothing to flag', () => {
    const d = representantskap(
      { ...meeting({ presiding: '5001', for: HP }), candidate: bindal },
      'admission',
    );
    expect(d.adopted).toBe(true);
    expect(d.reasons.map((r) => r.code)).toEqual([
      'quorum_met',
      'reading_applied',
      'unanimity_met',
    ]);
  });

  describe('an agreement without an interpretation register: the rules and defaults in its data apply', () => {
    const { interpretations: _, ...rest } = helseplattformen;
    const noNotes: Agreement = rest;

    it('§15 the amendment rule is the matter’s own, and the reading is empty', () => {
      const d = representantskap(
        meeting({ presiding: '5001', for: HP.slice(0, 33) }),
        'agreement-amendment',
        undefined,
        noNotes,
      );
      expect(d.rule).toEqual({ kind: 'unanimity', of: 'all-seats', clause: '§15' });
      expect(d.adopted).toBe(false);
      expect(d.reasons[1]?.values).toEqual({ note: 'consensus-scope', reading: '', chosen: false });
    });

    it('§5 the presiding deputy leader still decides a tie; abstention is still refused', () => {
      const d = representantskap(
        meeting({
          presiding: '1560',
          presidingRole: 'deputy-leader',
          for: HP.slice(0, 9),
          against: HP.slice(9, 18),
        }),
        'other',
        undefined,
        noNotes,
      );
      expect([d.adopted, d.tieBrokenByChair]).toEqual([false, true]);
      expect(d.reasons[1]?.values).toEqual({
        presiding: '1560',
        role: 'deputy-leader',
        castingVote: true,
        reading: '',
      });
      const abstaining = meeting({ presiding: '5001', for: HP.slice(0, 17), abstain: ['5037'] });
      expect(
        failure(() => representantskap(abstaining, 'other', undefined, noNotes)).problems.map(
          (p) => p.code,
        ),
      ).toEqual(['abstention_not_allowed']);
    });

    it('§14 a vote against an eligible candidate is flagged and counts as cast', () => {
      const d = representantskap(
        {
          ...meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] }),
          candidate: bindal,
        },
        'admission',
        undefined,
        noNotes,
      );
      expect(d.adopted).toBe(false);
      expect(d.reasons.find((r) => r.code === 'candidate_opposed')?.values).toEqual({
        candidate: '1811 Bindal',
        seats: ['3430'],
        reading: '',
        effect: 'count-as-cast',
        conditions: [
          'har inngått Samarbeidsavtalen',
          'har inngått tjenesteavtale med Helseplattformen AS',
        ],
      });
    });
  });

  it('Røros–Os–Holtålen §6 a body without a leader (given a majority rule for the test): a tie has no casting vote', () => {
    const withRule = withOrgan(rorosOsHoltalen, 'samarbeidsorgan', (o) => ({
      ...o,
      matters: [
        {
          id: 'decision',
          name: 'Beslutning (for testen)',
          rule: { kind: 'simple-majority', tie: 'chair-decides', clause: '§6' },
        },
      ],
    }));
    for (const presidingRole of ['leader', 'other'] as const) {
      const d = decide(withRule, {
        organ: 'samarbeidsorgan',
        matter: 'decision',
        meeting: meeting({
          date: '2020-05-01',
          presiding: 'radmann-roros',
          presidingRole,
          for: ['radmann-roros'],
          against: ['radmann-os'],
        }),
      });
      expect([d.adopted, d.tieBrokenByChair]).toEqual([false, false]);
      expect(d.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
        ['quorum_met', '§6', expect.anything()],
        ['tie_no_casting_vote', '§6', { votes: 1, chair: 'radmann-roros', why: 'no-leader' }],
      ]);
      expect(words(d.reasons[1])).toEqual({
        nb: 'Stemmelikhet (1–1) uten avgjørende stemme: organet har ingen leder, og ingen har dobbeltstemme; forslaget faller.',
        en: 'A tie (1–1) with no casting vote: the body has no leader, so nobody has a casting vote; the proposal falls.',
      });
    }
  });
});
