import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuorumRule } from '../../src/model/organ.js';
import { checkQuorum } from '../../src/rules/quorum.js';
import { citing } from '../../src/rules/reason.js';
import { record, weighted } from '../helpers/vote-records.js';
import { words } from '../helpers/words.js';

const cite = citing('test');

describe('quorum (vedtaksførhet)', () => {
  it('quorum: ⌈fraction × seats⌉ present; all seats; none', () => {
    const half: QuorumRule = {
      kind: 'fraction-present',
      fraction: { numerator: 1, denominator: 2 },
      clause: '§1',
    };
    expect(checkQuorum(half, record('FF---'), cite, '§1').quorate).toBe(false); // 2 < 3
    expect(checkQuorum(half, record('FFF--'), cite, '§1').quorate).toBe(true);
    expect(
      checkQuorum({ kind: 'all-seats', clause: '§1' }, record('FFFX-'), cite, '§1').quorate,
    ).toBe(false);
    expect(checkQuorum({ kind: 'none' }, record('F----'), cite, '§9').reasons[0]?.clause).toBe(
      '§9',
    );
  });

  it('a seat attended by its deputy counts once, and is reported as a deputy', () => {
    const half: QuorumRule = {
      kind: 'fraction-present',
      fraction: { numerator: 1, denominator: 2 },
      clause: '§1',
    };
    const base = record('FFA--');
    const attending = new Map([
      ['s0', 'member' as const],
      ['s1', 'deputy' as const],
      ['s2', 'deputy' as const],
    ]);
    expect(checkQuorum(half, { ...base, attending }, cite, '§1')).toEqual({
      quorate: true,
      reasons: [
        {
          code: 'quorum_met',
          agreement: 'test',
          clause: '§1',
          values: {
            rule: 'fraction-present',
            seats: 5,
            present: 3,
            required: 3,
            deputies: 2,
            missing: ['s3', 's4'],
          },
        },
      ],
    });
  });

  it('quorum of two thirds: ⌈2/3 × 5⌉ = 4', () => {
    const twoThirds: QuorumRule = {
      kind: 'fraction-present',
      fraction: { numerator: 2, denominator: 3 },
      clause: '§1',
    };
    expect(checkQuorum(twoThirds, record('FFF--'), cite, '§1').reasons[0]?.values).toMatchObject({
      required: 4,
      present: 3,
    });
    expect(checkQuorum(twoThirds, record('FFFX-'), cite, '§1').quorate).toBe(true);
  });

  it('property: a fraction of the seats is quorate exactly when present × denominator ≥ numerator × seats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (attends, a, b) => {
          const fraction = { numerator: Math.min(a, b), denominator: Math.max(a, b) };
          const spec = attends.map((here) => (here ? 'F' : '-')).join('');
          const present = attends.filter(Boolean).length;
          const rule: QuorumRule = { kind: 'fraction-present', fraction, clause: '§1' };
          expect(checkQuorum(rule, record(spec, attends.indexOf(true)), cite, '§1').quorate).toBe(
            present * fraction.denominator >= fraction.numerator * attends.length,
          );
        },
      ),
    );
  });
});

describe('quorum by seats and by weight', () => {
  const rule: QuorumRule = {
    kind: 'fraction-present',
    fraction: { numerator: 1, denominator: 2 },
    clause: '§4',
    weight: { fraction: { numerator: 2, denominator: 3 }, clause: '§5' },
  };

  it('"at least half the members, holding at least two thirds": each part with its clause, met or not', () => {
    // Weights 50, 20, 15, 10, 5 (100). Seats 1–3 present: 3 ≥ ⌈5/2⌉ = 3 seats; 85 ≥ ⌈200/3⌉ = 67.
    const met = checkQuorum(rule, weighted('FAF--', [50, 20, 15, 10, 5]), cite, '§1');
    expect(met).toEqual({
      quorate: true,
      reasons: [
        {
          code: 'quorum_met',
          agreement: 'test',
          clause: '§4',
          values: {
            rule: 'fraction-present',
            seats: 5,
            present: 3,
            required: 3,
            deputies: 0,
            missing: ['s3', 's4'],
          },
        },
        {
          code: 'quorum_weight_met',
          agreement: 'test',
          clause: '§5',
          values: {
            by: 'stated',
            present: 85,
            total: 100,
            required: 67,
            numerator: 2,
            denominator: 3,
            threshold: 'at-least',
          },
        },
      ],
    });
    expect(words(met.reasons[1])).toEqual({
      nb: 'Kravet til vekt er oppfylt: de til stede har 85 av 100 (vekt som avtalen oppgir); minst 2/3 krever minst 67.',
      en: 'The quorum by weight is met: the seats present hold 85 of 100 (weight as the agreement states it); at least 2/3 requires at least 67.',
    });
    // Seats 2–5 present: 4 seats, but 50 < 67 by weight: not quorate, and the reason says which part failed.
    const light = checkQuorum(rule, weighted('-FFFF', [50, 20, 15, 10, 5]), cite, '§1');
    expect(light.quorate).toBe(false);
    expect(light.reasons.map((r) => r.code)).toEqual(['quorum_met', 'quorum_weight_not_met']);
    expect(words(light.reasons[1])?.nb).toBe(
      'Ikke vedtaksfør etter vekt: de til stede har 50 av 100 (vekt som avtalen oppgir); minst 2/3 krever minst 67.',
    );
    // Seat 1 alone: 50 of 100 is not more than 1/2 (more-than: 51), and 1 seat < 3.
    const alone = checkQuorum(
      {
        kind: 'none',
        weight: {
          fraction: { numerator: 1, denominator: 2 },
          threshold: 'more-than',
          clause: '§5',
        },
      },
      weighted('F----', [50, 20, 15, 10, 5]),
      cite,
      '§1',
    );
    expect([alone.quorate, alone.reasons[1]?.values]).toEqual([
      false,
      {
        by: 'stated',
        present: 50,
        total: 100,
        required: 51,
        numerator: 1,
        denominator: 2,
        threshold: 'more-than',
      },
    ]);
    expect(words(alone.reasons[1])?.en).toBe(
      'Not quorate by weight: the seats present hold 50 of 100 (weight as the agreement states it); more than 1/2 requires at least 51.',
    );
    // A record without weights: the part by weight cannot be counted, and the seats alone decide.
    expect(checkQuorum(rule, record('FFF--'), cite, '§1').reasons.map((r) => r.code)).toEqual([
      'quorum_met',
    ]);
  });

  it('property: quorate iff both parts are met, each computed by cross-multiplication', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 1000 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (seats, n, d) => {
          fc.pre(n <= d);
          const spec = seats.map(([present]) => (present ? 'F' : '-')).join('');
          const units = seats.map(([, u]) => u);
          const total = units.reduce((s, u) => s + u, 0);
          const held = seats.reduce((s, [present, u]) => s + (present ? u : 0), 0);
          const count = seats.filter(([present]) => present).length;
          const q: QuorumRule = {
            kind: 'fraction-present',
            fraction: { numerator: 1, denominator: 2 },
            clause: '§4',
            weight: { fraction: { numerator: n, denominator: d }, clause: '§5' },
          };
          const expected = count * 2 >= seats.length && held * d >= total * n;
          expect(checkQuorum(q, weighted(spec, units), cite, '§1').quorate).toBe(expected);
        },
      ),
    );
  });

  describe('counting members, not seats', () => {
    const halfOfMembers: QuorumRule = {
      kind: 'fraction-present',
      fraction: { numerator: 1, denominator: 2 },
      counts: 'members',
      clause: '§4',
    };

    it('4 seats of 3 members: 4 of 4 seats attended by 5 members is not half of 12; 6 members is', () => {
      // All 12 members; ⌈12/2⌉ = 6 required, whatever the seats.
      const all = record('FFFF');
      const five = checkQuorum(halfOfMembers, all, cite, '§9', { all: 12, present: 5 });
      expect(five).toEqual({
        quorate: false,
        reasons: [
          {
            code: 'quorum_not_met',
            agreement: 'test',
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
        ],
      });
      expect(words(five.reasons[0])).toEqual({
        nb: 'Ikke vedtaksfør: 5 av 12 medlemmer er til stede (for 4 av 4 seter); minst 6 medlemmer kreves.',
        en: 'Not quorate: 5 of 12 members present (for 4 of 4 seats); at least 6 members required.',
      });
      // Two seats of four, by six members: quorate by members though only half the seats.
      const six = checkQuorum(halfOfMembers, record('FF--'), cite, '§9', { all: 12, present: 6 });
      expect(six.quorate).toBe(true);
      expect(six.reasons[0]?.code).toBe('quorum_met');
      expect(words(six.reasons[0])?.en).toBe(
        'Quorate: 6 of 12 members present (for 2 of 4 seats); at least 6 members required.',
      );
    });

    it('two thirds of 12 members is 8; the words name the deputies', () => {
      const twoThirds: QuorumRule = {
        ...halfOfMembers,
        fraction: { numerator: 2, denominator: 3 },
      };
      const base = record('FFF-');
      const attending = new Map([
        ['s0', 'member' as const],
        ['s1', 'deputy' as const],
        ['s2', 'member' as const],
      ]);
      const seven = checkQuorum(twoThirds, { ...base, attending }, cite, '§9', {
        all: 12,
        present: 7,
      });
      expect(seven.quorate).toBe(false);
      expect(seven.reasons[0]?.values).toMatchObject({ required: 8, membersPresent: 7 });
      expect(words(seven.reasons[0])?.nb).toBe(
        'Ikke vedtaksfør: 7 av 12 medlemmer er til stede (for 3 av 4 seter, herav 1 ved varamedlem); minst 8 medlemmer kreves.',
      );
      expect(checkQuorum(twoThirds, base, cite, '§9', { all: 12, present: 8 }).quorate).toBe(true);
    });

    it('without member figures the seats are the members (a vote for every member)', () => {
      const outcome = checkQuorum(halfOfMembers, record('FF---'), cite, '§9');
      expect(outcome.quorate).toBe(false);
      expect(outcome.reasons[0]?.values).toMatchObject({
        counts: 'members',
        members: 5,
        membersPresent: 2,
        required: 3,
      });
    });

    it('the weight part is unchanged beside members', () => {
      const rule: QuorumRule = {
        ...halfOfMembers,
        weight: { fraction: { numerator: 2, denominator: 3 }, clause: '§5' },
      };
      const outcome = checkQuorum(rule, weighted('FF--', [1, 1, 1, 1]), cite, '§9', {
        all: 12,
        present: 6,
      });
      // 6 of 12 members, but 2 of 4 weight < ⌈8/3⌉ = 3.
      expect(outcome.quorate).toBe(false);
      expect(outcome.reasons.map((r) => r.code)).toEqual(['quorum_met', 'quorum_weight_not_met']);
    });

    it('property: quorate iff the members present reach the least whole number ≥ fraction × all members', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }),
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 1, max: 9 }),
          fc.integer({ min: 1, max: 9 }),
          (present, count, a, b) => {
            const fraction = { numerator: Math.min(a, b), denominator: Math.max(a, b) };
            const perSeat = present.map((n) => Math.min(n, count));
            const all = perSeat.length * count;
            const membersPresent = perSeat.reduce((s, n) => s + n, 0);
            const attended = perSeat.map((n) => (n > 0 ? 'F' : '-')).join('');
            // The least r with r / all ≥ fraction, by counting up.
            let required = 0;
            while (required * fraction.denominator < fraction.numerator * all) required++;
            const outcome = checkQuorum(
              { ...halfOfMembers, fraction },
              record(attended),
              cite,
              '§9',
              { all, present: membersPresent },
            );
            expect(outcome.quorate).toBe(membersPresent >= required);
            expect(outcome.reasons[0]?.values).toMatchObject({
              required,
              members: all,
              membersPresent,
            });
          },
        ),
      );
    });
  });
});
