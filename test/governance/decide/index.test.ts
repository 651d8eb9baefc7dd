import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { decide } from '../../../src/governance/decide/index.js';
import type { Agreement } from '../../../src/model/agreement.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { catchInputError, problemsOf } from '../../helpers/errors.js';
import { HP, meeting } from '../../helpers/meetings.js';

const run = (
  m: Meeting,
  organ = 'representantskap',
  matter = 'other',
  readings?: Record<string, string>,
) =>
  // Ids as text: the agreement as a plain Agreement, as one read from a file.
  decide(helseplattformen as Agreement, {
    organ,
    matter,
    meeting: m,
    ...(readings === undefined ? {} : { readings }),
  });

const base = meeting({ presiding: '5001', for: HP.slice(0, 17) });

describe('decide: the meeting is checked against the body first', () => {
  it('names an unknown organ, matter or reading', () => {
    expect(problemsOf(() => run(base, 'styret'))).toEqual([['organ', 'unknown_organ']]);
    expect(catchInputError(() => run(base, 'styret')).message).toContain(
      '(its organs: representantskap, styre)',
    );
    expect(problemsOf(() => run(base, 'representantskap', 'budgett'))).toEqual([
      ['matter', 'unknown_matter'],
    ]);
    expect(
      problemsOf(() =>
        run(base, 'representantskap', 'other', { 'consensus-scope': 'some', nope: 'x' }),
      ),
    ).toEqual([
      ['readings.nope', 'unknown_note'],
      ['readings["consensus-scope"]', 'unknown_reading'],
    ]);
  });

  it('names every problem with the seats in one error', () => {
    const m: Meeting = {
      date: '2025-03-12',
      presiding: '1811',
      attendance: [
        { seat: '5001', as: 'member' },
        { seat: '1811', as: 'member' },
        { seat: '1505', as: 'member' },
        { seat: '1505', as: 'member' },
      ],
      ballots: [
        { seat: '5001', vote: 'for' },
        { seat: '5001', vote: 'against' },
        { seat: '1506', vote: 'for' },
        { seat: '1505', vote: 'for' },
      ],
    };
    const error = catchInputError(() => run(m));
    expect(error.problems.map((p) => [p.path, p.code])).toEqual([
      ['meeting.attendance[1]', 'unknown_seat'],
      ['meeting.attendance[3]', 'duplicate_attendance'],
      ['meeting.ballots[1]', 'two_ballots'],
      ['meeting.ballots[2]', 'ballot_from_absent'],
      ['meeting.presiding', 'unknown_seat'],
    ]);
    expect(error.message).toContain(
      'meeting.attendance[1]: 1811 is not a seat of representantskap on 2025-03-12',
    );
    expect(error.message).toContain('meeting.ballots[2]: 1506 voted but is not present');
  });

  it('a presiding person who is not present', () => {
    const m = meeting({ presiding: '3430', for: HP.slice(0, 17) });
    expect(problemsOf(() => run(m))).toEqual([['meeting.presiding', 'presiding_absent']]);
  });

  it('a meeting before the agreement applies, or on a day that does not exist', () => {
    expect(problemsOf(() => run({ ...base, date: '2024-12-31' }))).toEqual([
      ['meeting.date', 'outside_validity'],
    ]);
    expect(problemsOf(() => run({ ...base, date: '2025-02-29' }))).toEqual([
      ['meeting.date', 'invalid_format'],
    ]);
  });

  it('seats follow membership on the meeting’s date: a party that has left has no seat', () => {
    const osLeft = {
      ...helseplattformen,
      parties: helseplattformen.parties.map((p) =>
        p.municipality.number === '3430'
          ? { ...p, membership: { joined: '2025-01-01', withdrawn: '2026-01-01' } }
          : p,
      ),
    };
    const m = meeting({ date: '2026-02-01', presiding: '5001', for: HP.slice(0, 17) });
    expect(
      decide(osLeft, { organ: 'representantskap', matter: 'other', meeting: m }).tally.seats,
    ).toBe(33);
    const withOs = meeting({
      date: '2026-02-01',
      presiding: '5001',
      for: [...HP.slice(0, 17), '3430'],
    });
    expect(
      problemsOf(() =>
        decide(osLeft, { organ: 'representantskap', matter: 'other', meeting: withOs }),
      ),
    ).toEqual([
      ['meeting.attendance["3430"]', 'unknown_seat'],
      ['meeting.ballots["3430"]', 'unknown_seat'],
    ]);
  });

  it('does not modify the meeting it is given', () => {
    const m = meeting({ presiding: '5001', for: HP.slice(0, 17), against: HP.slice(17, 20) });
    const before = structuredClone(m);
    run(m);
    expect(m).toEqual(before);
  });
});

describe('decide: readings, regions and candidates that do not fit', () => {
  const styreMeeting = (seats: string[]) => meeting({ presiding: seats[0] as string, for: seats });

  it('§6 a region division with a repeated id, or a municipality in two regions, is an input error', () => {
    const regions = [
      { id: 'nord', name: 'Nord', municipalities: HP.slice(0, 20) },
      { id: 'nord', name: 'Nord igjen', municipalities: HP.slice(20) },
    ];
    expect(
      problemsOf(() =>
        decide(helseplattformen, {
          organ: 'styre',
          matter: 'decision',
          meeting: styreMeeting(['nord']),
          regions,
        }),
      ),
    ).toEqual([['regions', 'duplicate_seat']]);
    const overlapping = [
      { id: 'nord', name: 'Nord', municipalities: HP.slice(0, 20) },
      { id: 'sor', name: 'Sør', municipalities: HP.slice(19) },
    ];
    expect(
      problemsOf(() =>
        decide(helseplattformen, {
          organ: 'styre',
          matter: 'decision',
          meeting: styreMeeting(['nord', 'sor']),
          regions: overlapping,
        }),
      ),
    ).toEqual([['regions[1].municipalities[0]', 'several_regions']]);
  });

  it('§5 under the reading "may-abstain" of "duty-to-vote", an abstention is counted instead of refused', () => {
    const m = meeting({
      presiding: '5001',
      for: HP.slice(0, 9),
      against: HP.slice(9, 17),
      abstain: [HP[17] as string],
    });
    expect(problemsOf(() => run(m))).toEqual([
      [`meeting.ballots["${HP[17]}"]`, 'abstention_not_allowed'],
    ]);
    const d = run(m, 'representantskap', 'other', { 'duty-to-vote': 'may-abstain' });
    expect([d.adopted, d.tally.abstain]).toEqual([true, 1]);
  });

  it('§14 a candidate belongs to an admission, and cannot be a party already', () => {
    const candidate = {
      number: '1811',
      name: 'Bindal',
      conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: true },
    };
    expect(problemsOf(() => run({ ...base, candidate }, 'representantskap', 'budget'))).toEqual([
      ['meeting.candidate', 'candidate_not_applicable'],
    ]);
    expect(
      problemsOf(() =>
        run(
          { ...base, candidate: { ...candidate, number: '5001' } },
          'representantskap',
          'admission',
        ),
      ),
    ).toEqual([['meeting.candidate.number', 'candidate_already_party']]);
  });

  it('rejects votes and attendance that are not among the allowed values, from untyped callers', () => {
    const m = {
      ...base,
      ballots: { ...(base.ballots as Record<string, string>), '5001': 'yes' },
    } as unknown as Meeting;
    expect(problemsOf(() => run(m))).toEqual([['meeting.ballots["5001"]', 'invalid_value']]);
    const noAttendance = {
      date: '2025-03-12',
      presiding: '5001',
      ballots: {},
    } as unknown as Meeting;
    expect(problemsOf(() => run(noAttendance))).toEqual([['meeting.attendance', 'required']]);
  });

  it('a reading id that only an inherited property would match is an unknown reading, not a crash', () => {
    expect(
      problemsOf(() =>
        run(base, 'representantskap', 'other', { 'consensus-scope': 'constructor' }),
      ),
    ).toEqual([['readings["consensus-scope"]', 'unknown_reading']]);
  });
});
