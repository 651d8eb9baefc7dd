import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownershipShares } from '../../src/finance/ownership-shares.js';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { overTime } from '../fixtures/figures-over-time.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

/** The fixture with its key reading the population on `populationDate`, of any kind. */
function keyed(populationDate: string, key: Record<string, unknown> = { kind: 'population' }) {
  const file = overTime();
  file.costKeys = [{ validFrom: '2024-01-01', clause: '§5', ...key, populationDate }];
  return parseAgreement(file);
}

const amounts = (a: Agreement, date: string) =>
  splitCost(a, '100000.00', { date }).parties.map((p) => p.amount);

describe('figures over time: the population a key reads', () => {
  const a = parseAgreement(overTime());

  it('"budget-year": a split on a day reads the figures of 1 January of its year', () => {
    // 2024: 1 000 : 3 000 → 25 % / 75 %; 2025: 1 100 : 2 900 → 27.5 % / 72.5 %;
    // 2026: 1 300 : 2 700 → 32.5 % / 67.5 % of 100 000.00 kr.
    expect(amounts(a, '2024-12-31')).toEqual(['25000.00', '75000.00']);
    expect(amounts(a, '2025-01-01')).toEqual(['27500.00', '72500.00']);
    expect(amounts(a, '2026-06-01')).toEqual(['32500.00', '67500.00']);
  });

  it('a split, and the shares by the key, show each party’s figure of the date read', () => {
    expect(
      splitCost(a, '100000.00', { date: '2025-06-01' }).parties.map((p) => [
        p.number,
        p.population,
      ]),
    ).toEqual([
      ['9901', 1100],
      ['9902', 2900],
    ]);
    const { ownership: _, ...file } = overTime();
    const byKey = ownershipShares(parseAgreement(file), { date: '2026-06-01' });
    expect(byKey.basis).toBe('cost-key');
    expect(byKey.parties.map((p) => [p.population, p.percent])).toEqual([
      [1300, '32.50'],
      [2700, '67.50'],
    ]);
    expect(byKey.totalPopulation).toBe(4000);
    // A key of parts with no part by population reads no figures: none shown.
    const equal = keyed('budget-year', {
      kind: 'parts',
      parts: [{ share: '100', basis: { kind: 'equal' } }],
    });
    expect(
      splitCost(equal, '100.00', { date: '2030-01-01' }).parties.map((p) => [
        p.population,
        p.amount,
      ]),
    ).toEqual([
      [undefined, '50.00'],
      [undefined, '50.00'],
    ]);
  });

  it('the reason cites the date actually used, and the rule that chose it', () => {
    const split = splitCost(a, '100000.00', { date: '2026-06-01' });
    const key = split.reasons.find((r) => r.code === 'cost_key_population');
    expect([key?.clause, key?.values]).toEqual([
      '§5',
      {
        referenceDate: '2026-01-01',
        totalPopulation: 4000,
        parties: 2,
        table: null,
        source: null,
        populationDate: { date: '2026-01-01', rule: 'budget-year', day: '2026-06-01' },
      },
    ]);
    expect(words(key)?.nb).toBe(
      'Kostnadene fordeles etter antall innbyggere per 1. januar 2026: 4 000 innbyggere i 2 kommuner. Folketallet er per 1. januar 2026, 1. januar i budsjettåret.',
    );
    expect(words(key)?.en).toBe(
      'Costs are split by population on 1 January 2026: 4,000 inhabitants in 2 municipalities. The figures are of 1 January 2026, 1 January of the budget year.',
    );
  });

  it('"year-before" reads 1 January of the year before; a fixed date reads that date', () => {
    const before = keyed('year-before');
    expect(amounts(before, '2026-06-01')).toEqual(['27500.00', '72500.00']);
    expect(amounts(before, '2025-12-31')).toEqual(['25000.00', '75000.00']);
    const key = splitCost(before, '1.00', { date: '2026-06-01' }).reasons.find(
      (r) => r.code === 'cost_key_population',
    );
    expect(words(key)?.nb).toContain(
      'Folketallet er per 1. januar 2025, 1. januar året før budsjettåret.',
    );
    expect(words(key)?.en).toContain('1 January of the year before the budget year.');
    const fixed = keyed('2024-01-01');
    expect(amounts(fixed, '2026-06-01')).toEqual(['25000.00', '75000.00']);
    const cited = splitCost(fixed, '1.00', { date: '2026-06-01' }).reasons.find(
      (r) => r.code === 'cost_key_population',
    );
    expect(cited?.values).toMatchObject({
      referenceDate: '2024-01-01',
      populationDate: { date: '2024-01-01', rule: 'fixed', day: '2026-06-01' },
    });
    expect(words(cited)?.nb).toContain(
      'Folketallet er per 1. januar 2024, datoen nøkkelen oppgir.',
    );
    expect(words(cited)?.en).toContain(
      'The figures are of 1 January 2024, the date the key names.',
    );
  });

  it('a missing figure is an input error naming each party and the date needed', () => {
    const error = catchInputError(() => splitCost(a, '100.00', { date: '2027-03-01' }));
    expect(error.problems.map((p) => [p.path, p.code])).toEqual([
      ['parties[0].populations.2027-01-01', 'required'],
      ['parties[1].populations.2027-01-01', 'required'],
    ]);
    expect(error.problems[0]?.message).toBe(
      'is required: the cost key of 2024-01-01 (§5) reads the population on 2027-01-01 (1 January of the budget year)',
    );
    expect(
      problemsOf(() => splitCost(keyed('year-before'), '1.00', { date: '2024-05-01' })),
    ).toEqual([
      ['parties[0].populations.2023-01-01', 'required'],
      ['parties[1].populations.2023-01-01', 'required'],
    ]);
  });

  it('a party’s population serves a key whose date is the agreement’s reference date', () => {
    const file = overTime();
    Object.assign(file, { populationReferenceDate: '2023-01-01' });
    file.parties = file.parties.map((p, i) => ({ ...p, population: i === 0 ? 1 : 3 }));
    // Fixed 2023-01-01 = the reference date: Aby 1, Bby 3 → 25 / 75 %.
    file.costKeys = [
      { kind: 'population', validFrom: '2024-01-01', clause: '§5', populationDate: '2023-01-01' },
    ];
    expect(amounts(parseAgreement(file), '2026-06-01')).toEqual(['25000.00', '75000.00']);
    // Without populationDate: the population at the reference date, today's behaviour.
    file.costKeys = [{ kind: 'population', validFrom: '2024-01-01', clause: '§5' }];
    expect(amounts(parseAgreement(file), '2026-06-01')).toEqual(['25000.00', '75000.00']);
  });

  it('fixed and population, a rate per inhabitant and a part by population read the same date', () => {
    // 40 % equal, 60 % by the 2026 figures: Aby 20 000 + 60 000 × 1 300/4 000 = 39 500.00.
    const mixed = keyed('budget-year', {
      kind: 'fixed-and-population',
      fixedPercent: '40',
      populationPercent: '60',
    });
    const split = splitCost(mixed, '100000.00', { date: '2026-06-01' });
    expect(split.parties.map((p) => p.amount)).toEqual(['39500.00', '60500.00']);
    const key = split.reasons.find((r) => r.code === 'cost_key_fixed_and_population');
    expect(key?.values).toMatchObject({
      totalPopulation: 4000,
      populationDate: { date: '2026-01-01', rule: 'budget-year', day: '2026-06-01' },
    });
    expect(words(key)?.nb).toContain(
      'Folketallet er per 1. januar 2026, 1. januar i budsjettåret.',
    );
    // 2.00 kr per inhabitant of 2025 (4 000 inhabitants): 2 200.00 and 5 800.00 kr.
    const rate = keyed('year-before', { kind: 'per-inhabitant', ratePerInhabitant: '2.00' });
    const byRate = splitCost(rate, null, { date: '2026-06-01' });
    expect(byRate.parties.map((p) => p.amount)).toEqual(['2200.00', '5800.00']);
    expect(byRate.reasons.find((r) => r.code === 'cost_key_per_inhabitant')?.values).toMatchObject({
      populationDate: { date: '2025-01-01', rule: 'year-before', day: '2026-06-01' },
    });
    // Half equal, half by the 2024 figures: Aby 25 000 + 50 000 × 1/4 = 37 500.00.
    const parts = keyed('2024-01-01', {
      kind: 'parts',
      parts: [
        { share: '50', basis: { kind: 'equal' } },
        { share: '50', basis: { kind: 'population' } },
      ],
    });
    const partSplit = splitCost(parts, '100000.00', { date: '2026-06-01' });
    expect(partSplit.parties.map((p) => p.amount)).toEqual(['37500.00', '62500.00']);
    const [equal, byPopulation] = partSplit.reasons.filter((r) => r.code === 'cost_key_part');
    expect(equal?.values).not.toHaveProperty('populationDate');
    expect(byPopulation?.values).toMatchObject({
      total: '4000',
      populationDate: { date: '2024-01-01', rule: 'fixed', day: '2026-06-01' },
    });
    expect(words(byPopulation)?.en).toContain(
      'The figures are of 1 January 2024, the date the key names.',
    );
  });

  it('property: for any day and figures per year, the key reads the year the rule names, and the parts sum exactly', () => {
    const years = [2024, 2025, 2026] as const;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 6, maxLength: 6 }),
        fc.constantFrom(2025, 2026),
        fc.integer({ min: 1, max: 365 }),
        fc.constantFrom('budget-year', 'year-before'),
        fc.integer({ min: 0, max: 99_999_999 }),
        (figures, year, dayOfYear, rule, ore) => {
          const file = overTime();
          file.parties = file.parties.map((p, i) => ({
            ...p,
            populations: Object.fromEntries(
              years.map((y, k) => [`${y}-01-01`, figures[i * 3 + k] as number]),
            ),
          }));
          file.costKeys = [
            { kind: 'population', validFrom: '2024-01-01', clause: '§5', populationDate: rule },
          ];
          const day = new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);
          const read = rule === 'budget-year' ? year : year - 1;
          const k = years.indexOf(read as (typeof years)[number]);
          const amount = `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
          const split = splitCost(parseAgreement(file), amount, { date: day });
          const key = split.reasons.find((r) => r.code === 'cost_key_population');
          expect(key?.values).toMatchObject({
            referenceDate: `${read}-01-01`,
            totalPopulation: (figures[k] as number) + (figures[3 + k] as number),
          });
          const sumOre = split.parties.reduce((s, p) => s + BigInt(p.amount.replace('.', '')), 0n);
          expect(sumOre).toBe(BigInt(ore));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('figures over time from a plain object (not parsed)', () => {
  it('dated populations and stated ownership are checked on entry, every problem with its path', () => {
    const a = parseAgreement(overTime());
    const plain = {
      ...a,
      parties: a.parties.map((p, i) =>
        i === 0 ? { ...p, populations: { '2025-13-01': 5, '2026-01-01': -1 } } : p,
      ),
      ownership: { clause: '§4', shares: { '9901': '60 %' } },
    } as Agreement;
    expect(problemsOf(() => splitCost(plain, '1.00', { date: '2026-06-01' }))).toEqual([
      ['ownership.shares["9901"]', 'invalid_format'],
      ['parties[0].populations["2025-13-01"]', 'invalid_date'],
      ['parties[0].populations["2026-01-01"]', 'invalid_type'],
    ]);
  });
});
