import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { agreementWith, nok, partyOf } from '../helpers/arbitraries.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { add, type Fraction, mul, shareOf, splitByFractions } from '../helpers/rational-split.js';

const FIXTURE = new URL('../fixtures/usage-key-agreement.json', import.meta.url);
const usage = (): Agreement => parseAgreement(JSON.parse(readFileSync(FIXTURE, 'utf8')));
const water = {
  water: {
    period: { from: '2025-01-01', to: '2025-12-31' },
    values: { '0001': '100', '0002': '300', '0003': '600' },
  },
};

const three = agreementWith([partyOf('0001', 1), partyOf('0002', 1), partyOf('0003', 1)]);
const withParts = (parts: unknown[], extra: Partial<Agreement> = {}): Agreement =>
  ({
    ...three,
    ...extra,
    costKeys: [{ kind: 'parts', validFrom: '2025-01-01', clause: '§9', parts }],
  }) as Agreement;

describe('a cost key made of parts', () => {
  it('20 % equal, 30 % by population, 50 % by measured water: each weight exact over all parts, split once', () => {
    // By hand, of 100 000 kr: equal 20 000 / 3 = 6 666.666… each; population 30 000 × 1/10,
    // 2/10, 7/10 = 3 000, 6 000, 21 000; water 50 000 × 100/1000, 300/1000, 600/1000 = 5 000,
    // 15 000, 30 000. Aby 14 666.666…, Bby 27 666.666…, Cby 57 666.666…: floored to øre they
    // leave 2 øre; the remainders tie (2/3 øre), so the larger weights (Cby, Bby) get them.
    const split = splitCost(usage(), '100000.00', { pool: 'operations', quantities: water });
    expect(split.parties.map((p) => [p.number, p.amount])).toEqual([
      ['0001', '14666.66'],
      ['0002', '27666.67'],
      ['0003', '57666.67'],
    ]);
    expect(split.sum).toBe('100000.00');
    expect(split.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      ['cost_pool', '§5', { pool: 'operations', name: 'Drift', ownKey: true }],
      ['parties_active', '§1', { date: '2026-01-01', count: 3 }],
      ['cost_key_parts', '§5', { parts: 3, parties: 3, source: null }],
      [
        'cost_key_part',
        '§5 første ledd',
        {
          share: '20',
          basis: 'equal',
          measure: null,
          name: null,
          unit: null,
          period: null,
          parties: 3,
          total: null,
          figures: null,
        },
      ],
      [
        'cost_key_part',
        '§5 andre ledd',
        {
          share: '30',
          basis: 'population',
          measure: null,
          name: null,
          unit: null,
          period: null,
          parties: 3,
          total: '10000',
          figures: null,
        },
      ],
      [
        'cost_key_part',
        '§6',
        {
          share: '50',
          basis: 'measured',
          measure: 'water',
          name: 'Levert vann',
          unit: 'm³',
          period: { from: '2025-01-01', to: '2025-12-31' },
          parties: 3,
          total: '1000',
          figures: [
            { number: '0001', value: '100' },
            { number: '0002', value: '300' },
            { number: '0003', value: '600' },
          ],
        },
      ],
      [
        'split_largest_remainder',
        '§5',
        { amount: '100000.00', parties: 3, leftoverOre: 2, by: 'cost-key' },
      ],
    ]);
  });

  it('rounds once over the whole key, not once per part', () => {
    // 1.00 kr, half equal and half by equal populations: every weight is 1/3, so 33, 33, 33
    // øre and the one øre left goes to the lowest kommunenummer (weights tie): 34, 33, 33.
    // Rounding per part would give 17 + 17, 17 + 17, 16 + 16 = 34, 34, 32.
    const a = withParts([
      { share: '50', basis: { kind: 'equal' } },
      { share: '50', basis: { kind: 'population' } },
    ]);
    expect(splitCost(a, '1.00').parties.map((p) => p.amount)).toEqual(['0.34', '0.33', '0.33']);
  });

  it('shares as fractions, a part without its own clause cites the key, and stated shares as a basis', () => {
    const a = withParts([
      { share: '1/3', basis: { kind: 'equal' } },
      {
        share: '2/3',
        basis: { kind: 'stated-shares', shares: { '0001': '1/2', '0002': '1/4', '0003': '1/4' } },
        clause: '§9 b',
      },
    ]);
    // 900 kr: 300 equal (100 each) + 600 × 1/2, 1/4, 1/4 (300, 150, 150) = 400, 250, 250.
    const split = splitCost(a, '900.00');
    expect(split.parties.map((p) => p.amount)).toEqual(['400.00', '250.00', '250.00']);
    const parts = split.reasons.filter((r) => r.code === 'cost_key_part');
    expect(parts.map((r) => r.clause)).toEqual(['§9', '§9 b']);
    expect(parts[1]?.values).toMatchObject({
      basis: 'stated-shares',
      figures: [
        { number: '0001', value: '1/2' },
        { number: '0002', value: '1/4' },
        { number: '0003', value: '1/4' },
      ],
    });
  });

  it('stated shares in a part are scaled only when the part says so', () => {
    const shares = { '0001': '30', '0002': '30', '0003': '20' };
    const strict = withParts([{ share: '100', basis: { kind: 'stated-shares', shares } }]);
    expect(catchInputError(() => splitCost(strict, '80.00')).problems).toEqual([
      {
        path: 'costKeys',
        code: 'shares_not_whole',
        message:
          'the shares part 1 of the key of 2025-01-01 (§9) states for the 3 participants on 2025-01-01 sum to 80 %, not the whole; the part does not say to scale them (scaleToWhole)',
      },
    ]);
    const scaled = withParts([
      { share: '100', basis: { kind: 'stated-shares', shares, scaleToWhole: true } },
    ]);
    expect(splitCost(scaled, '80.00').parties.map((p) => p.amount)).toEqual([
      '30.00',
      '30.00',
      '20.00',
    ]);
    const missing = withParts([
      { share: '100', basis: { kind: 'stated-shares', shares: { '0001': '100' } } },
    ]);
    expect(problemsOf(() => splitCost(missing, '1.00'))).toEqual([
      ['costKeys', 'no_stated_share'],
      ['costKeys', 'no_stated_share'],
    ]);
  });

  it('a part of share 0 needs no figures that divide: zero populations are fine there', () => {
    const zero = agreementWith([partyOf('0001', 0), partyOf('0002', 0)]);
    const a = {
      ...zero,
      costKeys: [
        {
          kind: 'parts',
          validFrom: '2025-01-01',
          clause: '§9',
          parts: [
            { share: '100', basis: { kind: 'equal' } },
            { share: '0', basis: { kind: 'population' } },
          ],
        },
      ],
    } as Agreement;
    expect(splitCost(a, '1.01').parties.map((p) => p.amount)).toEqual(['0.51', '0.50']);
    const b = {
      ...a,
      costKeys: [
        {
          kind: 'parts',
          validFrom: '2025-01-01',
          clause: '§9',
          parts: [{ share: '100', basis: { kind: 'population' } }],
        },
      ],
    } as Agreement;
    expect(problemsOf(() => splitCost(b, '1.00'))).toEqual([['date', 'zero_total_population']]);
  });
});

describe('measured quantities are given per call, and every missing figure is named', () => {
  it('no quantities for the measure, one party missing, all zero, a bad figure', () => {
    const a = usage();
    expect(catchInputError(() => splitCost(a, '1.00', { pool: 'operations' })).problems).toEqual([
      {
        path: 'quantities.water',
        code: 'required',
        message:
          'is required: part 3 of the key of 2026-01-01 (§5) is split by Levert vann (m³, §6)',
      },
    ]);
    expect(
      catchInputError(() =>
        splitCost(a, '1.00', {
          pool: 'operations',
          quantities: { water: { values: { '0001': '1', '0003': '2' } } },
        }),
      ).problems,
    ).toEqual([
      {
        path: 'quantities.water.values["0002"]',
        code: 'required',
        message: 'is required: Levert vann (m³) for 0002 Bby, a participant on 2026-01-01',
      },
    ]);
    expect(
      catchInputError(() =>
        splitCost(a, '1.00', {
          pool: 'operations',
          quantities: { water: { values: { '0001': '0', '0002': '0.000', '0003': '0' } } },
        }),
      ).problems,
    ).toEqual([
      {
        path: 'quantities.water.values',
        code: 'zero_total_quantity',
        message:
          'the 3 participants on 2026-01-01 have a total Levert vann (m³) of 0: nothing to divide part 3 by',
      },
    ]);
    expect(
      problemsOf(() =>
        splitCost(a, '1.00', {
          pool: 'operations',
          quantities: {
            water: { period: { from: '2025-13-01', to: '2025-12-31' }, values: { '0001': '-1' } },
            other: 'x',
            third: { values: [] },
          } as never,
        }),
      ),
    ).toEqual([
      ['quantities.other', 'invalid_type'],
      ['quantities.third.values', 'invalid_type'],
      ['quantities.water.period', 'invalid_period'],
      ['quantities.water.values["0001"]', 'invalid_quantity'],
    ]);
    expect(problemsOf(() => splitCost(a, '1.00', { quantities: [] as never }))).toEqual([
      ['quantities', 'invalid_type'],
    ]);
  });

  it('a missing figure is named alone (no "all zero" on top); a measured part of share 0 may be all zero', () => {
    const a = usage();
    expect(
      problemsOf(() =>
        splitCost(a, '1.00', {
          pool: 'operations',
          quantities: { water: { values: { '0001': '0' } } },
        }),
      ),
    ).toEqual([
      ['quantities.water.values["0002"]', 'required'],
      ['quantities.water.values["0003"]', 'required'],
    ]);
    const b = withParts(
      [
        { share: '100', basis: { kind: 'equal' } },
        { share: '0', basis: { kind: 'measured', measure: 'cases' } },
      ],
      { measures: [{ id: 'cases', name: 'Saker', unit: 'saker', clause: '§9' }] },
    );
    const split = splitCost(b, '0.03', {
      quantities: { cases: { values: { '0001': '0', '0002': '0', '0003': '0' } } },
    });
    expect(split.parties.map((p) => p.amount)).toEqual(['0.01', '0.01', '0.01']);
    expect(
      split.reasons.find(
        (r) => r.clause === '§9' && r.code === 'cost_key_part' && r.values.basis === 'measured',
      )?.values,
    ).toMatchObject({ total: '0' });
  });

  it('a stated share missing is named alone, not also as shares that do not make the whole', () => {
    const a = withParts([
      { share: '100', basis: { kind: 'stated-shares', shares: { '0001': '50', '0002': '50' } } },
    ]);
    expect(catchInputError(() => splitCost(a, '1.00')).problems).toEqual([
      {
        path: 'costKeys',
        code: 'no_stated_share',
        message: 'part 1 of the key of 2025-01-01 (§9) states no share for 0003 Kommune 0003',
      },
    ]);
  });

  it('decimal quantities are exact: 0.1 + 0.2 of 0.3 m³ is one third and two thirds', () => {
    const a = usage();
    const split = splitCost(a, '3.00', {
      pool: 'operations',
      quantities: { water: { values: { '0001': '0.1', '0002': '0.2', '0003': '0' } } },
    });
    // 0.60 equal (0.20 each) + 0.90 by population (0.09, 0.18, 0.63) + 1.50 by water (0.50, 1.00, 0).
    expect(split.parties.map((p) => p.amount)).toEqual(['0.79', '1.38', '0.83']);
    const part = split.reasons.find((r) => r.code === 'cost_key_part' && r.clause === '§6');
    expect(part?.values).toMatchObject({
      total: '0.3',
      period: null,
      figures: [
        { number: '0001', value: '0.1' },
        { number: '0002', value: '0.2' },
        { number: '0003', value: '0' },
      ],
    });
  });

  it('a plain agreement whose measured part names no declared measure, or whose parts do not make the whole', () => {
    const a = withParts([{ share: '100', basis: { kind: 'measured', measure: 'cases' } }]);
    expect(catchInputError(() => splitCost(a, '1.00')).problems).toEqual([
      {
        path: 'costKeys',
        code: 'unknown_measure',
        message:
          'part 1 of the key of 2025-01-01 (§9) names measure "cases", which the agreement does not declare',
      },
    ]);
    const b = withParts([
      { share: '1/3', basis: { kind: 'equal' } },
      { share: '66.66', basis: { kind: 'population' } },
    ]);
    expect(catchInputError(() => splitCost(b, '1.00')).problems).toEqual([
      {
        path: 'costKeys',
        code: 'parts_not_whole',
        message:
          // 1/3 + 66.66/100 = 5000/15000 + 9999/15000
          'the parts of the key of 2025-01-01 (§9) sum to 14999/15000, not the whole (100 %)',
      },
    ]);
  });
});

/** The exact weight of each party under parts, by fractions (the second method). */
function fractionsOf(
  parts: readonly { share: string; basis: 'equal' | 'population' }[],
  pops: readonly number[],
): Fraction[] {
  const total = BigInt(pops.reduce((s, p) => s + p, 0));
  return pops.map((pop) =>
    parts.reduce<Fraction>(
      (sum, part) =>
        add(
          sum,
          mul(
            shareOf(part.share),
            part.basis === 'equal' ? [1n, BigInt(pops.length)] : [BigInt(pop), total],
          ),
        ),
      [0n, 1n],
    ),
  );
}

describe('properties of a key made of parts', () => {
  it('with a measured part too: equals the split by fractions (share × quantity / total quantity)', () => {
    const rowsArb = fc.uniqueArray(
      fc.record({
        number: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        pop: fc.integer({ min: 1, max: 5000 }),
        used: fc.integer({ min: 0, max: 100_000 }),
      }),
      { minLength: 1, maxLength: 10, selector: (r) => r.number },
    );
    fc.assert(
      fc.property(
        rowsArb.filter((rows) => rows.some((r) => r.used > 0)),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.bigInt({ min: 0n, max: 10_000_000n }),
        (rows, equal, byPopulation, ore) => {
          const measured = 100 - equal - byPopulation;
          const a = {
            ...agreementWith(rows.map((r) => partyOf(r.number, r.pop))),
            measures: [{ id: 'm', name: 'M', unit: 'u', clause: '§9' }],
            costKeys: [
              {
                kind: 'parts',
                validFrom: '2025-01-01',
                clause: '§9',
                parts: [
                  { share: String(equal), basis: { kind: 'equal' } },
                  { share: String(byPopulation), basis: { kind: 'population' } },
                  { share: String(measured), basis: { kind: 'measured', measure: 'm' } },
                ],
              },
            ],
          } as Agreement;
          // Quantities with one decimal: used / 10.
          const values = Object.fromEntries(
            rows.map((r) => [r.number, `${Math.floor(r.used / 10)}.${r.used % 10}`]),
          );
          const split = splitCost(a, nok(ore), { quantities: { m: { values } } });
          const pops = BigInt(rows.reduce((s, r) => s + r.pop, 0));
          const used = BigInt(rows.reduce((s, r) => s + r.used, 0));
          const n = BigInt(rows.length);
          const expected = splitByFractions(
            ore,
            rows.map((r) => ({
              number: r.number,
              share: add(
                add(
                  mul([BigInt(equal), 100n], [1n, n]),
                  mul([BigInt(byPopulation), 100n], [BigInt(r.pop), pops]),
                ),
                mul([BigInt(measured), 100n], [BigInt(r.used), used]),
              ),
            })),
          );
          expect(split.parties.map((p) => p.amount)).toEqual(
            rows.map((r) => nok(expected.get(r.number) as bigint)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  const partiesArb = fc.uniqueArray(
    fc.tuple(
      fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
      fc.integer({ min: 1, max: 5000 }),
    ),
    { minLength: 1, maxLength: 12, selector: ([n]) => n },
  );
  const fixedArb = fc.integer({ min: 0, max: 100 });

  it('equals an exact split by fractions with a full sort, and sums to the amount', () => {
    fc.assert(
      fc.property(
        partiesArb,
        fixedArb,
        fc.bigInt({ min: 0n, max: 10_000_000n }),
        (ps, fixed, ore) => {
          const parts = [
            { share: String(fixed), basis: 'equal' as const },
            { share: String(100 - fixed), basis: 'population' as const },
          ];
          const a = {
            ...agreementWith(ps.map(([n, pop]) => partyOf(n, pop))),
            costKeys: [
              {
                kind: 'parts',
                validFrom: '2025-01-01',
                clause: '§9',
                parts: parts.map((p) => ({ share: p.share, basis: { kind: p.basis } })),
              },
            ],
          } as Agreement;
          const split = splitCost(a, nok(ore));
          const fractions = fractionsOf(
            parts,
            ps.map(([, pop]) => pop),
          );
          const expected = splitByFractions(
            ore,
            ps.map(([number], i) => ({ number, share: fractions[i] as Fraction })),
          );
          expect(split.parties.map((p) => p.amount)).toEqual(
            ps.map(([number]) => nok(expected.get(number) as bigint)),
          );
          expect(split.sum).toBe(nok(ore));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the parties', () => {
    fc.assert(
      fc.property(
        partiesArb,
        fixedArb,
        fc.bigInt({ min: 0n, max: 1_000_000n }),
        (ps, fixed, ore) => {
          const make = (list: typeof ps) =>
            ({
              ...agreementWith(list.map(([n, pop]) => partyOf(n, pop))),
              costKeys: [
                {
                  kind: 'parts',
                  validFrom: '2025-01-01',
                  clause: '§9',
                  parts: [
                    { share: String(fixed), basis: { kind: 'equal' } },
                    { share: String(100 - fixed), basis: { kind: 'population' } },
                  ],
                },
              ],
            }) as Agreement;
          const byNumber = (a: Agreement) =>
            Object.fromEntries(splitCost(a, nok(ore)).parties.map((p) => [p.number, p.amount]));
          expect(byNumber(make([...ps].reverse()))).toEqual(byNumber(make(ps)));
        },
      ),
      { numRuns: 100 },
    );
  });
});
