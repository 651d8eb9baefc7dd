import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/governance/decide/index.js';
import { weightsOf } from '../../../src/governance/decide/weights.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { parseAgreement } from '../../../src/model/parse-agreement.js';
import { weightedIks, weightedIksAgreement } from '../../fixtures/weighted-iks.js';
import { catchInputError } from '../../helpers/errors.js';
import { words } from '../../helpers/words.js';

const iks = weightedIksAgreement();
const ALL = ['0001', '0002', '0003', '0004'];

/** The fixture with one body's weights replaced. */
function withWeights(organ: string, weights: unknown) {
  const file = weightedIks();
  return parseAgreement({
    ...file,
    organs: file.organs.map((o) => {
      if (o['id'] !== organ) return o;
      const { weights: _, ...rest } = o;
      return weights === undefined ? rest : { ...rest, weights };
    }),
  });
}

describe('vote weights: the tally reports heads and weight', () => {
  it('stated weights: 45.5, 30, 14.5 and 10 are 455, 300, 145 and 100 units of 1000', () => {
    const meeting: Meeting = {
      date: '2025-03-12',
      presiding: '0001',
      attendance: { '0001': 'member', '0002': 'member', '0003': 'member' },
      ballots: { '0001': 'against', '0002': 'for', '0003': 'for' },
    };
    const d = decide(iks, { organ: 'representantskap', matter: 'budsjett', meeting });
    // Heads: 2 for, 1 against; weight: 300 + 145 = 445 for, 455 against, 100 absent.
    expect(d.tally).toEqual({
      seats: 4,
      present: 3,
      for: 2,
      against: 1,
      abstain: 0,
      absent: 1,
      weight: {
        by: 'stated',
        for: 445,
        against: 455,
        abstain: 0,
        present: 900,
        absent: 100,
        total: 1000,
      },
    });
  });

  it('by ownership: each member of a party weighs its population share (6000 : 3000 : 800 : 200)', () => {
    const table = weightsOf(
      iks,
      iks.organs?.[1] as never,
      ['0001-1', '0001-2', '0004-1'],
      '2025-03-12',
    );
    // Shares population / 10 000: numerators over the common denominator 10 000.
    expect(table.table?.units).toEqual(
      new Map([
        ['0001-1', 6000],
        ['0001-2', 6000],
        ['0004-1', 200],
      ]),
    );
    expect([table.table?.total, table.problems]).toEqual([12200, []]);
  });

  it('by population: the same units as inhabitants', () => {
    const a = withWeights('styre', { by: 'population', clause: '§5' });
    const d = decide(a, {
      organ: 'styre',
      matter: 'drift',
      meeting: {
        date: '2025-03-12',
        presiding: '0002-1',
        attendance: {
          '0002-1': 'member',
          '0003-1': 'member',
          '0004-2': 'member',
          '0004-1': 'member',
        },
        ballots: { '0002-1': 'for', '0003-1': 'against', '0004-2': 'against', '0004-1': 'for' },
      },
    });
    // Each party's two members weigh its population each: total 2 × 10 000.
    expect(d.tally.weight).toEqual({
      by: 'population',
      for: 3200,
      against: 1000,
      abstain: 0,
      present: 4200,
      absent: 15800,
      total: 20000,
    });
  });

  it('a seat the stated table leaves out, or a party without population, is an input error naming the body', () => {
    const a = withWeights('representantskap', {
      by: 'stated',
      stated: { '0001': '1' },
      clause: '§3',
    });
    const table = weightsOf(a, a.organs?.[0] as never, ALL, '2025-03-12');
    expect(table.problems.map((p) => [p.path, p.code, p.message])).toEqual(
      ['0002', '0003', '0004'].map((seat) => [
        'organs.representantskap.weights.stated',
        'no_weight',
        `representantskap states no weight for the seat ${seat} (§3)`,
      ]),
    );
    const file = weightedIks();
    const { population: _, ...aby } = file.parties[0] as Record<string, unknown>;
    const noPop = parseAgreement({
      ...file,
      costKeys: [
        {
          kind: 'stated-shares',
          validFrom: '2025-01-01',
          clause: '§2',
          shares: { '0001': '1/4', '0002': '1/4', '0003': '1/4', '0004': '1/4' },
        },
      ],
      parties: [aby, ...file.parties.slice(1)],
      organs: file.organs.map((o) =>
        o['id'] === 'representantskap' ? { ...o, weights: { by: 'population', clause: '§3' } } : o,
      ),
    });
    expect(weightsOf(noPop, noPop.organs?.[0] as never, ALL, '2025-03-12').problems).toEqual([
      {
        path: 'organs.representantskap.weights',
        code: 'no_population',
        message:
          "representantskap's votes weigh population (§3), and vekta-iks gives no population for 0001",
      },
    ]);
  });

  it('seats that weigh nothing together are an input error; a body without weights has no table', () => {
    const zero = withWeights('representantskap', {
      by: 'stated',
      stated: { '0001': '0', '0002': '0', '0003': '0', '0004': '0' },
      clause: '§3',
    });
    expect(
      weightsOf(zero, zero.organs?.[0] as never, ALL, '2025-03-12').problems.map((p) => p.message),
    ).toEqual(['the seats of representantskap weigh nothing together on 2025-03-12 (§3)']);
    const plain = withWeights('styre', undefined);
    expect(weightsOf(plain, plain.organs?.[1] as never, ALL, '2025-03-12')).toEqual({
      table: undefined,
      problems: [],
    });
  });

  it('property: the weight for, against and abstaining sums to the weight present, and present + absent to the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('for', 'against', 'abstain', 'absent'), {
          minLength: 4,
          maxLength: 4,
        }),
        (votes) => {
          const present = ALL.filter((_, i) => votes[i] !== 'absent');
          fc.pre(present.includes('0001'));
          const d = decide(iks, {
            organ: 'representantskap',
            matter: 'budsjett',
            meeting: {
              date: '2025-03-12',
              presiding: '0001',
              attendance: Object.fromEntries(present.map((s) => [s, 'member'])),
              ballots: Object.fromEntries(
                present.map((s) => [s, votes[ALL.indexOf(s)] as 'for' | 'against' | 'abstain']),
              ),
            },
          });
          const w = d.tally.weight;
          // The stated units, summed a second way: 455, 300, 145, 100 by seat.
          const units = [455, 300, 145, 100];
          const sum = (v: string) => units.reduce((s, u, i) => s + (votes[i] === v ? u : 0), 0);
          expect(w).toEqual({
            by: 'stated',
            for: sum('for'),
            against: sum('against'),
            abstain: sum('abstain'),
            present: 1000 - sum('absent'),
            absent: sum('absent'),
            total: 1000,
          });
        },
      ),
    );
  });
});

describe('a quorum by weight at a meeting', () => {
  it('three of four owners present hold 545 of 1000 < 667: not quorate, and the reasons say only that', () => {
    const d = decide(iks, {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: {
        date: '2025-03-12',
        presiding: '0002',
        attendance: { '0002': 'member', '0003': 'member', '0004': 'member' },
        ballots: { '0002': 'for', '0003': 'for', '0004': 'for' },
      },
    });
    expect([d.quorate, d.adopted, d.reasons.map((r) => [r.code, r.clause])]).toEqual([
      false,
      false,
      [
        ['quorum_met', '§4'],
        ['quorum_weight_not_met', '§4'],
      ],
    ]);
  });

  it('a quorum or a rule by weight in a body without weights is a parse error naming the path', () => {
    const file = weightedIks();
    const organs = file.organs.map((o) => {
      if (o['id'] !== 'representantskap') return o;
      const { weights: _, ...rest } = o;
      return rest;
    });
    expect(
      catchInputError(() => parseAgreement({ ...file, organs })).problems.map((p) => [
        p.path,
        p.message,
      ]),
    ).toEqual([
      [
        'organs[0].matters',
        "a rule by weight (weighted-majority) needs the body's vote weights (weights)",
      ],
      ['organs[0].quorum.weight', "a quorum by weight needs the body's vote weights (weights)"],
    ]);
  });
});

describe('decisions by weight, double majorities and elections at a meeting', () => {
  const at = (matter: string, ballots: Record<string, 'for' | 'against' | 'abstain'>) =>
    decide(iks, {
      organ: 'representantskap',
      matter,
      meeting: {
        date: '2025-03-12',
        presiding: '0001',
        attendance: Object.fromEntries(Object.keys(ballots).map((s) => [s, 'member'])),
        ballots,
      },
    });

  it('majority of weight cast: 0001 alone (455) against 545 is not a majority; 3 of 4 heads do not decide it', () => {
    const d = at('eierstyring', {
      '0001': 'for',
      '0002': 'against',
      '0003': 'against',
      '0004': 'against',
    });
    // Cast 1000; more than 1/2 is 501; more for than against is 546: required 546.
    expect(d.reasons.at(-1)).toEqual({
      code: 'weighted_not_met',
      agreement: 'vekta-iks',
      clause: '§4',
      values: {
        by: 'stated',
        for: 455,
        against: 545,
        base: 1000,
        required: 546,
        numerator: 1,
        denominator: 2,
        of: 'votes-cast',
        threshold: 'more-than',
      },
    });
    expect(words(d.reasons.at(-1))).toEqual({
      nb: 'Ikke vedtatt etter vekt: 455 for og 545 mot av 1000, vekten av de avgitte stemmene (vekt som avtalen oppgir); mer enn 1/2 og mer for enn mot krever minst 546 for.',
      en: 'Not adopted by weight: 455 for and 545 against of 1000, the weight of the votes cast (weight as the agreement states it); more than 1/2 and more for than against requires at least 546 for.',
    });
    // 0001 and 0003 for (600), 0002 against (300), 0004 abstains: cast 900, more than 450 → 451; 600 ≥ 451.
    const yes = at('eierstyring', {
      '0001': 'for',
      '0002': 'against',
      '0003': 'for',
      '0004': 'abstain',
    });
    expect([yes.adopted, yes.reasons.at(-1)?.code, yes.reasons.at(-1)?.values]).toEqual([
      true,
      'weighted_met',
      {
        by: 'stated',
        for: 600,
        against: 300,
        base: 900,
        required: 451,
        numerator: 1,
        denominator: 2,
        of: 'votes-cast',
        threshold: 'more-than',
      },
    ]);
  });

  it('double majority: a majority of all members and two thirds of all the ownership, each part reported', () => {
    // 0002, 0003, 0004 for: 3 of 4 members (> 2), but 545 of 1000 < ⌈2000/3⌉ = 667.
    const d = at('vedtekter', { '0001': 'against', '0002': 'for', '0003': 'for', '0004': 'for' });
    expect(d.adopted).toBe(false);
    expect(d.reasons.slice(2).map((r) => [r.code, r.clause])).toEqual([
      ['qualified_met', '§6'],
      ['weighted_not_met', '§6'],
      ['all_of_not_met', '§6'],
    ]);
    expect(d.reasons.at(-1)?.values).toEqual({ parts: 2, met: [1], failed: [2] });
    expect(words(d.reasons.at(-1))).toEqual({
      nb: 'Ikke vedtatt: 1 av de 2 vilkårene som må være oppfylt samtidig, er ikke oppfylt (vilkår 2).',
      en: 'Not adopted: 1 of the 2 conditions that must hold at once fails (condition 2).',
    });
    expect(d.reasons[3]?.values).toMatchObject({ for: 545, base: 1000, required: 667 });
    // 0001 and 0002 for: 2 of 4 is not more than half (needs 3), 755 ≥ 667: the members' part fails.
    const two = at('vedtekter', {
      '0001': 'for',
      '0002': 'for',
      '0003': 'against',
      '0004': 'against',
    });
    expect([two.adopted, two.reasons.at(-1)?.values]).toEqual([
      false,
      { parts: 2, met: [2], failed: [1] },
    ]);
    // 0001, 0002 and 0004 for: 3 members, 855: both hold.
    const both = at('vedtekter', {
      '0001': 'for',
      '0002': 'for',
      '0003': 'against',
      '0004': 'for',
    });
    expect([both.adopted, both.reasons.at(-1)]).toEqual([
      true,
      {
        code: 'all_of_met',
        agreement: 'vekta-iks',
        clause: '§6',
        values: { parts: 2, met: [1, 2], failed: [] },
      },
    ]);
    expect(words(both.reasons.at(-1))?.nb).toBe('Vedtatt: alle 2 vilkårene er oppfylt samtidig.');
  });

  it('an election tied is settled by lot, and the reason says it is an election', () => {
    const d = at('valg', { '0001': 'for', '0002': 'for', '0003': 'against', '0004': 'against' });
    expect([d.adopted, d.drawLots, d.tieBrokenByChair]).toEqual([false, true, false]);
    expect(d.reasons.at(-1)).toEqual({
      code: 'tie_lot',
      agreement: 'vekta-iks',
      clause: '§7',
      values: { votes: 2, election: true },
    });
    expect(words(d.reasons.at(-1))).toEqual({
      nb: 'Stemmelikhet (2–2) ved valg: avgjøres ved loddtrekning, så utfallet kan ikke regnes ut av stemmene.',
      en: 'A tie (2–2) in an election: settled by drawing lots, so the votes cannot tell the outcome.',
    });
  });
});

describe('schema: a rule by weight needs weights wherever it is', () => {
  const without = (matters: unknown[]) => {
    const file = weightedIks();
    const organs = file.organs.map((o) => {
      if (o['id'] !== 'styre') return o;
      const { weights: _, ...rest } = o;
      return { ...rest, matters };
    });
    return catchInputError(() => parseAgreement({ ...file, organs })).problems.map((p) => p.path);
  };
  const weightedPart = { kind: 'weighted-majority', of: 'votes-cast', clause: '§5' };
  const plainPart = { kind: 'simple-majority', tie: 'rejected', clause: '§5' };
  it('a part of an all-of rule, or a rule under a reading', () => {
    expect(
      without([
        {
          id: 'a',
          name: 'A',
          rule: { kind: 'all-of', rules: [plainPart, weightedPart], clause: '§5' },
        },
      ]),
    ).toEqual(['organs[1].matters']);
    const file = weightedIks();
    expect(
      without([
        { id: 'a', name: 'A', rule: plainPart, reading: { note: 'n', rules: { x: weightedPart } } },
      ]),
    ).toContain('organs[1].matters');
    expect(file.organs.length).toBe(2);
  });
});

describe('weights that cannot be held exactly', () => {
  it('more than 15 digits (times a fraction of at most 1000) is an input error, never a rounded comparison', () => {
    const organ = {
      ...(iks.organs?.[1] as NonNullable<typeof iks.organs>[number]),
      weights: { by: 'stated' as const, stated: { '0001': '999999.999' }, clause: '§5' },
    };
    // 10 000 member seats of 0001, each 999 999 999 units: 9.99… × 10¹⁵ > 2⁵³ / 1000.
    const seats = Array.from({ length: 10_000 }, (_, i) => `0001-${i + 1}`);
    expect(weightsOf(iks, organ, seats, '2025-03-12').problems).toEqual([
      {
        path: 'organs.styre.weights',
        code: 'weights_too_fine',
        message: 'the weights of styre need more than 15 digits to hold exactly (§5)',
      },
    ]);
    // 9 000 seats: 8.99… × 10¹², × 1000 still below 2⁵³.
    expect(weightsOf(iks, organ, seats.slice(0, 9000), '2025-03-12').problems).toEqual([]);
  });
});

describe('order independence', () => {
  it('property: the decision of a double majority does not depend on the order of attendance and ballots', () => {
    const votes = fc.constantFrom('for', 'against', 'abstain', 'absent');
    fc.assert(
      fc.property(
        fc.tuple(votes, votes, votes, votes),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        (cast, keys) => {
          const present = ALL.filter((_, i) => cast[i] !== 'absent');
          fc.pre(present.includes('0001'));
          const order = [...present].sort(
            (a, b) => (keys[ALL.indexOf(a)] ?? 0) - (keys[ALL.indexOf(b)] ?? 0),
          );
          const meeting = (seats: readonly string[]): Meeting => ({
            date: '2025-03-12',
            presiding: '0001',
            attendance: seats.map((seat) => ({ seat, as: 'member' as const })),
            ballots: seats.map((seat) => ({
              seat,
              vote: cast[ALL.indexOf(seat)] as 'for' | 'against' | 'abstain',
            })),
          });
          const one = decide(iks, {
            organ: 'representantskap',
            matter: 'vedtekter',
            meeting: meeting(present),
          });
          const other = decide(iks, {
            organ: 'representantskap',
            matter: 'vedtekter',
            meeting: meeting(order),
          });
          expect([
            other.quorate,
            other.adopted,
            other.tally.weight,
            other.reasons.map((r) => r.values),
          ]).toEqual([
            one.quorate,
            one.adopted,
            one.tally.weight,
            one.reasons.map((r) => r.values),
          ]);
        },
      ),
    );
  });
});
