import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/governance/decide/index.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { parseAgreement } from '../../../src/model/parse-agreement.js';
import { weightedIks, weightedIksAgreement } from '../../fixtures/weighted-iks.js';
import { catchInputError } from '../../helpers/errors.js';
import { words } from '../../helpers/words.js';

const iks = weightedIksAgreement();
const ALL = ['0001', '0002', '0003', '0004'];
const base: Meeting = {
  date: '2025-03-12',
  presiding: '0001',
  attendance: Object.fromEntries(ALL.map((s) => [s, 'member'])),
  ballots: { '0001': 'for', '0002': 'for', '0003': 'against', '0004': 'against' },
};
const problems = (fn: () => unknown) =>
  catchInputError(fn).problems.map(({ path, code }) => ({ path, code }));

describe('decide: a seat of several members with one vote', () => {
  it('the first holder present holds the vote; another takes over when those before it are absent', () => {
    const d = decide(iks, {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: {
        ...base,
        members: { '0001': ['ordfører', 'medlem'], '0002': ['medlem'], '0003': ['varaordfører'] },
      },
    });
    const held = d.reasons.filter((r) => r.code === 'vote_held_by');
    expect(held).toEqual([
      {
        code: 'vote_held_by',
        agreement: 'vekta-iks',
        clause: '§3',
        values: { seat: '0001', holder: 'ordfører', takesOver: false, absent: [] },
      },
      {
        code: 'vote_held_by',
        agreement: 'vekta-iks',
        clause: '§3',
        values: {
          seat: '0002',
          holder: 'medlem',
          takesOver: true,
          absent: ['ordfører', 'varaordfører'],
        },
      },
      {
        code: 'vote_held_by',
        agreement: 'vekta-iks',
        clause: '§3',
        values: { seat: '0003', holder: 'varaordfører', takesOver: true, absent: ['ordfører'] },
      },
    ]);
    expect(words(held[1])).toEqual({
      nb: '0002s stemme ble avgitt av medlem, som trer inn fordi ordfører og varaordfører ikke var til stede.',
      en: "0002's vote was cast by its medlem, who takes over because ordfører and varaordfører were absent.",
    });
    expect(words(held[2])?.en).toBe(
      "0003's vote was cast by its varaordfører, who takes over because ordfører was absent.",
    );
    expect(words(held[0])).toEqual({
      nb: '0001s stemme ble avgitt av ordfører.',
      en: "0001's vote was cast by its ordfører.",
    });
    // One vote per party whoever holds it: 2–2, the chair (0001, for) decides.
    expect([d.tally.for, d.tally.against, d.tieBrokenByChair, d.adopted]).toEqual([
      2,
      2,
      true,
      true,
    ]);
  });

  it('without members in the meeting, the body decides by seat as a body of one member per seat', () => {
    const d = decide(iks, { organ: 'representantskap', matter: 'budsjett', meeting: base });
    expect(d.reasons.map((r) => r.code)).toEqual([
      'quorum_met',
      'quorum_weight_met',
      'tie_chair_decides',
    ]);
  });

  it('members that do not fit the body are input errors naming the seat', () => {
    expect(
      problems(() =>
        decide(iks, {
          organ: 'representantskap',
          matter: 'budsjett',
          meeting: {
            ...base,
            attendance: { '0001': 'member', '0002': 'member', '0003': 'member' },
            ballots: { '0001': 'for', '0002': 'for', '0003': 'against' },
            members: {
              '0001': ['ordfører', 'ordfører'],
              '0002': ['a', 'b', 'c', 'd'],
              '0003': ['varaordfører'],
              '0004': ['ordfører'],
            },
          },
        }),
      ),
    ).toEqual([
      { path: 'meeting.members["0001"][1]', code: 'duplicate_member' },
      { path: 'meeting.members["0002"]', code: 'too_many_members' },
      { path: 'meeting.members["0002"]', code: 'no_vote_holder' },
      { path: 'meeting.members["0004"]', code: 'members_not_attending' },
    ]);
  });

  it('members given for a body of one member per seat, or where every member votes, are an error', () => {
    const styre = problems(() =>
      decide(iks, {
        organ: 'styre',
        matter: 'drift',
        meeting: {
          date: '2025-03-12',
          presiding: '0001-1',
          attendance: { '0001-1': 'member' },
          ballots: { '0001-1': 'for' },
          members: { '0001-1': ['styreleder'] },
        },
      }),
    );
    expect(styre).toEqual([{ path: 'meeting.members', code: 'members_not_applicable' }]);
    const plain = weightedIks();
    const organs = plain.organs.map((o) =>
      o['id'] === 'representantskap' ? { ...o, seats: { perParty: true, clause: '§3' } } : o,
    );
    const one = parseAgreement({ ...plain, organs });
    const error = catchInputError(() =>
      decide(one, {
        organ: 'representantskap',
        matter: 'budsjett',
        meeting: { ...base, members: { '0001': ['ordfører'] } },
      }),
    );
    expect(error.problems.map((p) => p.message)).toEqual([
      'representantskap has one member per seat: give attendance and ballots by seat, without members',
    ]);
    expect(styre.length).toBe(1);
  });
});

describe('decide: a body where every member votes', () => {
  it('each member has a seat <kommunenummer>-<n>, and each seat one vote', () => {
    // 8 seats (4 parties × 2); 5 present ≥ ⌈8/2⌉ = 4; 3 for, 2 against.
    const d = decide(iks, {
      organ: 'styre',
      matter: 'drift',
      meeting: {
        date: '2025-03-12',
        presiding: '0001-1',
        attendance: {
          '0001-1': 'member',
          '0001-2': 'member',
          '0002-1': 'member',
          '0003-2': 'member',
          '0004-1': 'member',
        },
        ballots: {
          '0001-1': 'for',
          '0001-2': 'for',
          '0002-1': 'against',
          '0003-2': 'for',
          '0004-1': 'against',
        },
      },
    });
    // Weighted by ownership (population 6000, 3000, 800, 200 per member): 6000 + 6000 + 800 for, 3000 + 200 against.
    expect(d.tally).toEqual({
      seats: 8,
      present: 5,
      for: 3,
      against: 2,
      abstain: 0,
      absent: 3,
      weight: {
        by: 'ownership',
        for: 12800,
        against: 3200,
        abstain: 0,
        present: 16000,
        absent: 4000,
        total: 20000,
      },
    });
    // The agreement states no quorum for the board: the statute's, at least half the members.
    expect(d.reasons[0]?.code).toBe('statutory_default');
    expect(d.reasons[1]?.values).toEqual({
      rule: 'fraction-present',
      seats: 8,
      present: 5,
      required: 4,
      deputies: 0,
      missing: ['0002-2', '0003-1', '0004-2'],
    });
    expect(d.adopted).toBe(true);
  });

  it('a party number alone is not a seat of such a body', () => {
    const error = catchInputError(() =>
      decide(iks, {
        organ: 'styre',
        matter: 'drift',
        meeting: {
          date: '2025-03-12',
          presiding: '0001',
          attendance: { '0001': 'member' },
          ballots: {},
        },
      }),
    );
    expect(error.problems.map((p) => p.code)).toEqual(['unknown_seat', 'unknown_seat']);
  });
});

describe('schema: members of a seat', () => {
  const withMembers = (members: unknown) => {
    const file = weightedIks();
    const organs = file.organs.map((o) =>
      o['id'] === 'representantskap'
        ? { ...o, seats: { perParty: true, members, clause: '§3' } }
        : o,
    );
    return catchInputError(() => parseAgreement({ ...file, organs })).problems.map(
      ({ path, message }) => ({ path, message }),
    );
  };
  it('holders only for one vote per party, no more than count, each once', () => {
    expect(withMembers({ count: 2, votes: 'each-member', holders: ['a'], clause: '§3' })).toEqual([
      {
        path: 'organs[0].seats.members.holders',
        message: 'holders apply only where each party has one vote (votes: "one-per-party")',
      },
    ]);
    expect(
      withMembers({ count: 1, votes: 'one-per-party', holders: ['a', 'a'], clause: '§3' }),
    ).toEqual([
      { path: 'organs[0].seats.members.holders', message: 'must name each member once' },
      { path: 'organs[0].seats.members.holders', message: 'must name no more members than count' },
    ]);
  });
});

describe('decide: what the agreement leaves unsaid (the board)', () => {
  const board = (meeting: Meeting, matter = 'drift') =>
    decide(iks, { organ: 'styre', matter, meeting });

  it('quorum, abstention, deputies and a tie by the statute, each reason saying so', () => {
    // 8 seats; 4 present (one by deputy) ≥ ⌈8/2⌉ = 4; 2–2: the chair (0001-1, for) decides.
    const d = board({
      date: '2025-03-12',
      presiding: '0001-1',
      attendance: {
        '0001-1': 'member',
        '0002-1': 'member',
        '0003-1': 'deputy',
        '0004-1': 'member',
      },
      ballots: { '0001-1': 'for', '0002-1': 'against', '0003-1': 'for', '0004-1': 'against' },
    });
    expect([d.quorate, d.adopted, d.tieBrokenByChair]).toEqual([true, true, true]);
    expect(d.quorum).toEqual({
      kind: 'fraction-present',
      fraction: { numerator: 1, denominator: 2 },
      clause: 'kommuneloven § 11-9',
    });
    expect(
      d.reasons.map((r) => [
        r.code,
        r.clause,
        r.code === 'statutory_default' ? r.values.subject : '',
      ]),
    ).toEqual([
      ['statutory_default', 'kommuneloven § 11-9', 'quorum'],
      ['quorum_met', 'kommuneloven § 11-9', ''],
      ['statutory_default', 'kommuneloven § 8-1', 'abstention'],
      ['statutory_default', 'kommuneloven § 8-1', 'deputies'],
      ['statutory_default', 'kommuneloven § 11-9', 'tie'],
      ['tie_chair_decides', 'kommuneloven § 11-9', ''],
    ]);
  });

  it('an election tied: lots, by the statute', () => {
    const d = board(
      {
        date: '2025-03-12',
        presiding: '0001-1',
        attendance: {
          '0001-1': 'member',
          '0002-1': 'member',
          '0003-1': 'member',
          '0004-1': 'member',
        },
        ballots: { '0001-1': 'for', '0002-1': 'against', '0003-1': 'for', '0004-1': 'against' },
      },
      'valg-nestleder',
    );
    expect([d.adopted, d.drawLots, d.reasons.at(-1)?.values]).toEqual([
      false,
      true,
      { votes: 2, election: true },
    ]);
  });

  it('not quorate by the statute: 3 of 8 present; an abstention where members must vote is an input error citing the statute', () => {
    const d = board({
      date: '2025-03-12',
      presiding: '0001-1',
      attendance: { '0001-1': 'member', '0002-1': 'member', '0003-1': 'member' },
      ballots: { '0001-1': 'for', '0002-1': 'for', '0003-1': 'for' },
    });
    expect([d.quorate, d.reasons.map((r) => r.code)]).toEqual([
      false,
      ['statutory_default', 'quorum_not_met'],
    ]);
    const error = catchInputError(() =>
      board({
        date: '2025-03-12',
        presiding: '0001-1',
        attendance: Object.fromEntries(
          ['0001-1', '0002-1', '0003-1', '0004-1'].map((s) => [s, 'member']),
        ),
        ballots: { '0001-1': 'for', '0002-1': 'for', '0003-1': 'for', '0004-1': 'abstain' },
      }),
    );
    expect(error.problems.map((p) => p.message)).toEqual([
      "members of styre must vote for or against (kommuneloven § 8-1, the statute's rule where the agreement does not say; not verified); 0004-1 abstained",
    ]);
  });
});

describe('decide: members who do not hold the vote', () => {
  it('a seat attended only by a member who holds no vote, without a ballot: no holder is reported', () => {
    const d = decide(iks, {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: {
        ...base,
        ballots: { '0001': 'for', '0002': 'for', '0003': 'against' },
        members: { '0001': ['ordfører'], '0004': ['sekretær'] },
      },
    });
    expect(d.reasons.filter((r) => r.code === 'vote_held_by').map((r) => r.values)).toEqual([
      { seat: '0001', holder: 'ordfører', takesOver: false, absent: [] },
    ]);
    // 0004 abstains (present, no ballot): 2 for, 1 against.
    expect([d.tally.for, d.tally.against, d.tally.abstain, d.adopted]).toEqual([2, 1, 1, true]);
  });

  it('a body that names no holders: any member present holds the vote, and none is reported', () => {
    const file = weightedIks();
    const organs = file.organs.map((o) =>
      o['id'] === 'representantskap'
        ? {
            ...o,
            seats: {
              perParty: true,
              members: { count: 2, votes: 'one-per-party', clause: '§3' },
              clause: '§3',
            },
          }
        : o,
    );
    const d = decide(parseAgreement({ ...file, organs }), {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: { ...base, members: { '0002': ['hvem som helst'] } },
    });
    expect(d.reasons.map((r) => r.code)).toEqual([
      'quorum_met',
      'quorum_weight_met',
      'tie_chair_decides',
    ]);
  });
});

describe('decide: a quorum of members, not seats (several members per party, one vote each)', () => {
  /** The weighted IKS with the representantskap's quorum (or the board's) replaced, parsed. */
  const withQuorum = (quorum: object, organ = 'representantskap', count = 3) => {
    const file = weightedIks();
    const organs = file.organs.map((o) =>
      o['id'] !== organ
        ? o
        : organ === 'representantskap'
          ? {
              ...o,
              quorum,
              seats: {
                perParty: true,
                members: {
                  count,
                  votes: 'one-per-party',
                  holders: ['ordfører', 'varaordfører', 'medlem'],
                  clause: '§3',
                },
                clause: '§3',
              },
            }
          : { ...o, quorum },
    );
    return parseAgreement({ ...file, organs });
  };
  const half = {
    kind: 'fraction-present',
    fraction: { numerator: 1, denominator: 2 },
    counts: 'members',
    clause: '§4',
  };

  it('4 parties × 3 members: every seat attended by 5 members is not half of 12; 6 members is', () => {
    const a = withQuorum(half);
    const five = decide(a, {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: {
        ...base,
        members: {
          '0001': ['ordfører'],
          '0002': ['ordfører', 'medlem'],
          '0003': ['varaordfører'],
          '0004': ['ordfører'],
        },
      },
    });
    // 1 + 2 + 1 + 1 = 5 members of 4 × 3 = 12; ⌈12 × 1/2⌉ = 6.
    expect(five.quorate).toBe(false);
    expect(five.adopted).toBe(false);
    expect(five.reasons).toEqual([
      {
        code: 'quorum_not_met',
        agreement: 'vekta-iks',
        clause: '§4',
        values: {
          rule: 'fraction-present',
          seats: 4,
          present: 4,
          required: 6,
          deputies: 0,
          missing: [],
          counts: 'members',
          members: 12,
          membersPresent: 5,
        },
      },
    ]);
    const six = decide(a, {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: {
        ...base,
        members: {
          '0001': ['ordfører', 'varaordfører'],
          '0002': ['ordfører', 'medlem'],
          '0003': ['varaordfører'],
          '0004': ['ordfører'],
        },
      },
    });
    expect(six.quorate).toBe(true);
    expect(six.reasons[0]?.values).toMatchObject({ required: 6, membersPresent: 6 });
    // One vote per party still: 2–2, the chair (0001, for) decides.
    expect([six.tally.for, six.tally.against, six.tieBrokenByChair, six.adopted]).toEqual([
      2,
      2,
      true,
      true,
    ]);
  });

  it('two thirds of 12 is 8: three seats of eight members are quorate without the fourth', () => {
    const a = withQuorum({ ...half, fraction: { numerator: 2, denominator: 3 } });
    const meeting = (third: readonly string[]): Meeting => ({
      date: '2025-03-12',
      presiding: '0001',
      attendance: { '0001': 'member', '0002': 'member', '0003': 'member' },
      ballots: { '0001': 'for', '0002': 'for', '0003': 'against' },
      members: {
        '0001': ['ordfører', 'varaordfører', 'medlem'],
        '0002': ['ordfører', 'varaordfører', 'medlem'],
        '0003': third,
      },
    });
    const eight = decide(a, {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: meeting(['ordfører', 'medlem']),
    });
    expect(eight.reasons[0]).toMatchObject({
      code: 'quorum_met',
      values: { seats: 4, present: 3, required: 8, members: 12, membersPresent: 8 },
    });
    expect(eight.adopted).toBe(true);
    const seven = decide(a, {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: meeting(['ordfører']),
    });
    expect([seven.quorate, seven.reasons[0]?.code]).toEqual([false, 'quorum_not_met']);
  });

  it('a seat attended without its members listed cannot be counted: one error naming every such seat', () => {
    const error = catchInputError(() =>
      decide(withQuorum(half), {
        organ: 'representantskap',
        matter: 'budsjett',
        meeting: { ...base, members: { '0001': ['ordfører'], '0002': [] } },
      }),
    );
    // An empty list names no member: none holds the vote either.
    expect(error.problems.map(({ path, code, message }) => ({ path, code, message }))).toEqual([
      {
        path: 'meeting.members["0002"]',
        code: 'members_not_listed',
        message:
          '0002 attends representantskap, whose quorum counts members (§4): list the members attending for 0002 in meeting.members',
      },
      {
        path: 'meeting.members["0002"]',
        code: 'no_vote_holder',
        message:
          'none of the members attending for 0002 holds its vote (representantskap, §3: ordfører, varaordfører, medlem), and 0002 has a ballot',
      },
      {
        path: 'meeting.members["0003"]',
        code: 'members_not_listed',
        message:
          '0003 attends representantskap, whose quorum counts members (§4): list the members attending for 0003 in meeting.members',
      },
      {
        path: 'meeting.members["0004"]',
        code: 'members_not_listed',
        message:
          '0004 attends representantskap, whose quorum counts members (§4): list the members attending for 0004 in meeting.members',
      },
    ]);
    // Without any members listed, every seat attended is named.
    expect(
      problems(() =>
        decide(withQuorum(half), { organ: 'representantskap', matter: 'budsjett', meeting: base }),
      ),
    ).toEqual(
      ALL.map((seat) => ({ path: `meeting.members["${seat}"]`, code: 'members_not_listed' })),
    );
  });

  it('a named seat beside the parties counts as one member', () => {
    const withoutWeights = ({ weights: _, ...rest }: Record<string, unknown>) => rest;
    const file = weightedIks();
    const organs = file.organs.map((o) =>
      o['id'] === 'representantskap'
        ? {
            ...withoutWeights(o),
            quorum: half,
            seats: {
              perParty: true,
              fixed: [{ id: 'ks', name: 'KS' }],
              members: { count: 3, votes: 'one-per-party', clause: '§3' },
              clause: '§3',
            },
            matters: [(o['matters'] as unknown[])[0]],
          }
        : o,
    );
    const a = parseAgreement({ ...file, organs: [organs[0]] });
    const d = decide(a, {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: {
        date: '2025-03-12',
        presiding: 'ks',
        attendance: { ks: 'member', '0001': 'member', '0002': 'member' },
        ballots: { ks: 'for', '0001': 'for', '0002': 'against' },
        members: { '0001': ['a', 'b', 'c'], '0002': ['a', 'b'] },
      },
    });
    // 4 × 3 + 1 = 13 members; 1 + 3 + 2 = 6 present < ⌈13/2⌉ = 7.
    expect(d.reasons[0]?.values).toMatchObject({ members: 13, membersPresent: 6, required: 7 });
    expect(d.quorate).toBe(false);
  });

  it('a body of named seats only: each seat is one member', () => {
    const file = weightedIks();
    const organ = {
      id: 'rad',
      name: 'Rådet',
      clause: '§3',
      seats: {
        fixed: [
          { id: 'ks', name: 'KS' },
          { id: 'fylket', name: 'Fylket' },
          { id: 'staten', name: 'Staten' },
        ],
        members: { count: 3, votes: 'one-per-party', clause: '§3' },
        clause: '§3',
      },
      quorum: half,
      matters: [
        {
          id: 'sak',
          name: 'Sak',
          rule: { kind: 'simple-majority', tie: 'rejected', clause: '§4' },
        },
      ],
    };
    const d = decide(parseAgreement({ ...file, organs: [organ] }), {
      organ: 'rad',
      matter: 'sak',
      meeting: {
        date: '2025-03-12',
        presiding: 'ks',
        attendance: { ks: 'member', fylket: 'member' },
        ballots: { ks: 'for', fylket: 'for' },
      },
    });
    // 3 seats of one member each; 2 present ≥ ⌈3/2⌉ = 2.
    expect(d.reasons[0]?.values).toMatchObject({ members: 3, membersPresent: 2, required: 2 });
    expect(d.quorate).toBe(true);
  });

  it('a party that has left has no seat, and no members counted', () => {
    const file = weightedIks();
    const parties = file.parties.map((p, i) =>
      i === 3 ? { ...p, membership: { joined: '2025-01-01', withdrawn: '2025-02-01' } } : p,
    );
    const organs = file.organs.map((o) =>
      o['id'] === 'representantskap' ? { ...o, quorum: half } : o,
    );
    const d = decide(parseAgreement({ ...file, parties, organs }), {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: {
        date: '2025-03-12',
        presiding: '0001',
        attendance: { '0001': 'member', '0002': 'member' },
        ballots: { '0001': 'for', '0002': 'for' },
        members: { '0001': ['ordfører', 'varaordfører'], '0002': ['ordfører', 'medlem'] },
      },
    });
    // 3 parties × 3 = 9 members; 4 present < ⌈9/2⌉ = 5.
    expect(d.reasons[0]?.values).toMatchObject({
      seats: 3,
      members: 9,
      membersPresent: 4,
      required: 5,
    });
    expect(d.quorate).toBe(false);
  });

  it('property: quorate iff the members present reach ⌈fraction × all members⌉ (counted up in the test)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (count, perSeat, x, y) => {
          const fraction = { numerator: Math.min(x, y), denominator: Math.max(x, y) };
          const listed = perSeat.map((n) => Math.min(n, count));
          fc.pre(listed.some((n) => n > 0));
          const roles = ['ordfører', 'varaordfører', 'medlem', 'm4', 'm5', 'm6'];
          const attended = ALL.filter((_, i) => (listed[i] ?? 0) > 0);
          const d = decide(withQuorum({ ...half, fraction }, 'representantskap', count), {
            organ: 'representantskap',
            matter: 'budsjett',
            meeting: {
              date: '2025-03-12',
              presiding: attended[0] as string,
              attendance: Object.fromEntries(attended.map((s) => [s, 'member'])),
              ballots: Object.fromEntries(attended.map((s) => [s, 'for'])),
              members: Object.fromEntries(
                attended.map((s) => [s, roles.slice(0, listed[ALL.indexOf(s)])]),
              ),
            },
          });
          const all = 4 * count;
          const present = listed.reduce((sum, n) => sum + n, 0);
          let required = 0;
          while (required * fraction.denominator < fraction.numerator * all) required++;
          expect(d.quorate).toBe(present >= required);
          expect(d.reasons[0]?.values).toMatchObject({ members: all, membersPresent: present });
        },
      ),
    );
  });

  it('where every member votes, each seat is a member: counting members counts the seats', () => {
    const a = withQuorum(
      {
        kind: 'fraction-present',
        fraction: { numerator: 1, denominator: 2 },
        counts: 'members',
        clause: '§5',
      },
      'styre',
    );
    const d = decide(a, {
      organ: 'styre',
      matter: 'drift',
      meeting: {
        date: '2025-03-12',
        presiding: '0001-1',
        attendance: { '0001-1': 'member', '0001-2': 'member', '0002-1': 'member' },
        ballots: { '0001-1': 'for', '0001-2': 'for', '0002-1': 'against' },
      },
    });
    // 8 seats = 8 members; 3 present < ⌈8/2⌉ = 4.
    expect(d.reasons[0]?.values).toMatchObject({
      seats: 8,
      present: 3,
      required: 4,
      counts: 'members',
      members: 8,
      membersPresent: 3,
    });
    expect(d.quorate).toBe(false);
  });
});

describe('schema: a quorum of members', () => {
  it('counting members needs several members per party', () => {
    const file = weightedIks();
    const organs = file.organs.map((o) =>
      o['id'] === 'representantskap'
        ? {
            ...o,
            seats: { perParty: true, clause: '§3' },
            quorum: {
              kind: 'fraction-present',
              fraction: { numerator: 1, denominator: 2 },
              counts: 'members',
              clause: '§4',
            },
          }
        : o,
    );
    expect(
      catchInputError(() => parseAgreement({ ...file, organs })).problems.map(
        ({ path, message }) => ({ path, message }),
      ),
    ).toEqual([
      {
        path: 'organs[0].quorum.counts',
        message:
          'a quorum counting members needs several members per party (seats.members); a body of one member per seat counts its seats',
      },
    ]);
  });

  it('counts is "seats" or "members"', () => {
    const file = weightedIks();
    const organs = file.organs.map((o) =>
      o['id'] === 'representantskap'
        ? {
            ...o,
            quorum: {
              kind: 'fraction-present',
              fraction: { numerator: 1, denominator: 2 },
              counts: 'heads',
              clause: '§4',
            },
          }
        : o,
    );
    expect(
      catchInputError(() => parseAgreement({ ...file, organs })).problems.map(
        ({ path, message }) => ({ path, message }),
      ),
    ).toEqual([{ path: 'organs[0].quorum.counts', message: 'must be "seats" or "members"' }]);
  });
});
