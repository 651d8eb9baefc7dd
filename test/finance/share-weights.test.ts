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

/**
 * The fixture with a key of parts: 20 % equal, 50 % by population with the
 * part's own date `partDate` (none: the key's), 30 % by population on the
 * key's date `keyDate`; Aby 1 000 and Bby 4 000 on 1 January 2025, 1 300 and
 * 2 700 on 1 January 2026.
 */
function partDated(keyDate: string | undefined, partDate: string | undefined) {
  const file = overTime();
  file.parties = file.parties.map((p, i) => ({
    ...p,
    populations:
      i === 0
        ? { '2025-01-01': 1000, '2026-01-01': 1300 }
        : { '2025-01-01': 4000, '2026-01-01': 2700 },
  }));
  file.costKeys = [
    {
      kind: 'parts',
      validFrom: '2024-01-01',
      clause: '§5',
      ...(keyDate === undefined ? {} : { populationDate: keyDate }),
      parts: [
        { share: '20', basis: { kind: 'equal' } },
        {
          share: '50',
          basis: { kind: 'population' },
          clause: '§5 b',
          ...(partDate === undefined ? {} : { populationDate: partDate }),
        },
        { share: '30', basis: { kind: 'population' } },
      ],
    },
  ];
  return file;
}

describe('a part of a key that reads its own date of population figures', () => {
  const a = parseAgreement(partDated('budget-year', 'year-before'));

  it('two parts read different years: each its own figures, the amount split once', () => {
    // On 2026-03-01, of 100 000.00 kr: equal 20 000 → 10 000 each; 50 000 by 2025
    // (1 000 : 4 000 of 5 000) → Aby 10 000, Bby 40 000; 30 000 by 2026 (1 300 : 2 700 of
    // 4 000) → Aby 9 750, Bby 20 250. Aby 29 750.00, Bby 70 250.00.
    expect(amounts(a, '2026-03-01')).toEqual(['29750.00', '70250.00']);
    // Of 100.01 kr (10 001 øre): Aby 0.2975 × 10 001 = 2 975.2975 øre, Bby 0.7025 × 10 001
    // = 7 025.7025 øre; floored 2 975 + 7 025 leave 1 øre, for the larger remainder (Bby).
    const odd = splitCost(a, '100.01', { date: '2026-03-01' });
    expect(odd.parties.map((p) => p.amount)).toEqual(['29.75', '70.26']);
    // Both parts on the budget year (the key's date alone) would give Aby 10 000 + 80 000 ×
    // 1 300/4 000 = 36 000.00: the part's date is what changes the split.
    expect(amounts(parseAgreement(partDated('budget-year', undefined)), '2026-03-01')).toEqual([
      '36000.00',
      '64000.00',
    ]);
    // The parts read two dates, so no one figure is shown per party.
    expect(odd.parties.map((p) => p.population)).toEqual([undefined, undefined]);
  });

  it('each part by population cites the date it read, and its own total', () => {
    const parts = splitCost(a, '1.00', { date: '2026-03-01' }).reasons.filter(
      (r) => r.code === 'cost_key_part',
    );
    expect(parts.map((r) => [r.clause, r.values])).toEqual([
      [
        '§5',
        {
          share: '20',
          basis: 'equal',
          measure: null,
          name: null,
          unit: null,
          period: null,
          parties: 2,
          total: null,
          figures: null,
        },
      ],
      [
        '§5 b',
        {
          share: '50',
          basis: 'population',
          measure: null,
          name: null,
          unit: null,
          period: null,
          parties: 2,
          total: '5000',
          figures: null,
          populationDate: { date: '2025-01-01', rule: 'year-before', day: '2026-03-01' },
        },
      ],
      [
        '§5',
        {
          share: '30',
          basis: 'population',
          measure: null,
          name: null,
          unit: null,
          period: null,
          parties: 2,
          total: '4000',
          figures: null,
          populationDate: { date: '2026-01-01', rule: 'budget-year', day: '2026-03-01' },
        },
      ],
    ]);
    expect(words(parts[1])?.nb).toBe(
      '50 % fordeles etter folketall (5 000 innbyggere). Folketallet er per 1. januar 2025, 1. januar året før budsjettåret.',
    );
    expect(words(parts[2])?.en).toBe(
      '30 % is split by population (4,000 inhabitants). The figures are of 1 January 2026, 1 January of the budget year.',
    );
  });

  it('a part date on a key that names none; parts that read the same date show its figures', () => {
    // Only the part names a date (a fixed one); the other part reads the reference date.
    const file = partDated(undefined, '2025-01-01');
    Object.assign(file, { populationReferenceDate: '2026-01-01' });
    const fixed = splitCost(parseAgreement(file), '100000.00', { date: '2026-03-01' });
    expect(fixed.parties.map((p) => [p.amount, p.population])).toEqual([
      ['29750.00', undefined],
      ['70250.00', undefined],
    ]);
    const [, own, keys] = fixed.reasons.filter((r) => r.code === 'cost_key_part');
    expect(own?.values).toMatchObject({
      populationDate: { date: '2025-01-01', rule: 'fixed', day: '2026-03-01' },
    });
    expect(keys?.values).not.toHaveProperty('populationDate');
    // The part's "year-before" and the key's fixed 2025-01-01 are the same date on 2026-03-01:
    // 80 000 by 2025 → Aby 10 000 + 16 000 = 26 000.00; the figures of 2025 are shown.
    const same = splitCost(parseAgreement(partDated('2025-01-01', 'year-before')), '100000.00', {
      date: '2026-03-01',
    });
    expect(same.parties.map((p) => [p.amount, p.population])).toEqual([
      ['26000.00', 1000],
      ['74000.00', 4000],
    ]);
  });

  it('one part by population with its own date, the others equal: the figures of its date are shown', () => {
    const file = partDated(undefined, 'year-before');
    const parts = (file.costKeys[0] as { parts: Record<string, unknown>[] }).parts;
    parts[2] = { share: '30', basis: { kind: 'equal' } };
    // 50 % equal, 50 % by 2025 (1 000 : 4 000): Aby 25 000 + 10 000 = 35 000.00.
    const split = splitCost(parseAgreement(file), '100000.00', { date: '2026-03-01' });
    expect(split.parties.map((p) => [p.amount, p.population])).toEqual([
      ['35000.00', 1000],
      ['65000.00', 4000],
    ]);
  });

  it('a missing figure names the date the part reads', () => {
    // On 2027-02-01 the part reads 2026 (there), the key 2027 (missing).
    expect(problemsOf(() => splitCost(a, '1.00', { date: '2027-02-01' }))).toEqual([
      ['parties[0].populations.2027-01-01', 'required'],
      ['parties[1].populations.2027-01-01', 'required'],
    ]);
    // On 2025-06-01 the part reads 2024, which no party has.
    expect(problemsOf(() => splitCost(a, '1.00', { date: '2025-06-01' }))).toEqual([
      ['parties[0].populations.2024-01-01', 'required'],
      ['parties[1].populations.2024-01-01', 'required'],
    ]);
  });

  it('a date on a part that is not by population is an input error naming the part', () => {
    const file = partDated('budget-year', undefined);
    const parts = (file.costKeys[0] as { parts: Record<string, unknown>[] }).parts;
    parts[0] = { ...parts[0], populationDate: 'year-before' };
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'costKeys[0].parts[0].populationDate',
        code: 'population_date_not_by_population',
        message:
          'names the date of population figures, but the part is split by equal, not by population',
      },
    ]);
    // A basis of no known kind is a schema problem alone: nothing is said of its date.
    parts[0] = { share: '20', basis: {}, populationDate: 'year-before' };
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[0].parts[0].basis.kind', 'required'],
    ]);
    parts[0] = { share: '20', basis: { kind: 'population' }, populationDate: '2025-13-01' };
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[0].parts[0].populationDate', 'invalid_format'],
    ]);
  });

  it('property: a part date equal to the key’s gives exactly the split without it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 4, maxLength: 4 }),
        fc.constantFrom('budget-year', 'year-before', '2025-01-01', '2026-01-01'),
        fc.constantFrom('2026-01-01', '2026-07-15', '2026-12-31'),
        fc.integer({ min: 0, max: 99_999_999 }),
        (figures, date, day, ore) => {
          const today = partDated(date, undefined);
          const dated = partDated(date, date);
          // The key names no date and every part by population names the key's date.
          const partsOnly = partDated(undefined, date);
          const third = (partsOnly.costKeys[0] as { parts: Record<string, unknown>[] }).parts;
          third[2] = { ...third[2], populationDate: date };
          for (const file of [today, dated, partsOnly]) {
            file.parties = file.parties.map((p, i) => ({
              ...p,
              populations: {
                '2025-01-01': figures[i * 2] as number,
                '2026-01-01': figures[i * 2 + 1] as number,
              },
            }));
          }
          const amount = `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
          const split = (file: ReturnType<typeof partDated>) =>
            splitCost(parseAgreement(file), amount, { date: day });
          const expected = split(today);
          expect(split(dated)).toEqual(expected);
          const other = split(partsOnly);
          expect(other.parties).toEqual(expected.parties);
          expect(other.reasons.filter((r) => r.code === 'cost_key_part')).toEqual(
            expected.reasons.filter((r) => r.code === 'cost_key_part'),
          );
        },
      ),
      { numRuns: 60 },
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
