import { describe, expect, it } from 'vitest';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';
import { problemsOf } from '../helpers/errors.js';

const three = agreementWith([partyOf('0001', 100), partyOf('0002', 300), partyOf('0003', 600)]);
const withKeys = (costKeys: Agreement['costKeys']): Agreement => ({ ...three, costKeys });

describe('general cost keys', () => {
  it('per inhabitant: a total is split by population (kr 2 × 100, 300, 600 = 200, 600, 1 200)', () => {
    const a = withKeys([
      { kind: 'per-inhabitant', validFrom: '2025-01-01', clause: '§9', ratePerInhabitant: '2.00' },
    ]);
    expect(splitCost(a, '2000.00').parties.map((p) => p.amount)).toEqual([
      '200.00',
      '600.00',
      '1200.00',
    ]);
  });

  it('stated shares as fractions: 1/2, 1/3, 1/6 of 600 = 300, 200, 100, whatever the populations', () => {
    const a = withKeys([
      {
        kind: 'stated-shares',
        validFrom: '2025-01-01',
        clause: '§9',
        shares: { '0001': '1/2', '0002': '1/3', '0003': '1/6' },
      },
    ]);
    expect(splitCost(a, '600.00').parties.map((p) => p.amount)).toEqual([
      '300.00',
      '200.00',
      '100.00',
    ]);
  });

  it('stated shares as percentages, and a member without a stated share is named', () => {
    const a = withKeys([
      {
        kind: 'stated-shares',
        validFrom: '2025-01-01',
        clause: '§9',
        shares: { '0001': '25', '0002': '25', '0003': '50' },
      },
    ]);
    expect(splitCost(a, '100.00').parties.map((p) => p.amount)).toEqual([
      '25.00',
      '25.00',
      '50.00',
    ]);
    const b = withKeys([
      {
        kind: 'stated-shares',
        validFrom: '2025-01-01',
        clause: '§9',
        shares: { '0001': '50', '0002': '50' },
      },
    ]);
    expect(problemsOf(() => splitCost(b, '100.00'))).toEqual([['costKeys', 'no_stated_share']]);
  });

  it('a key that is all fixed part splits equally even with no population; one with a population part needs it', () => {
    const empty = agreementWith([partyOf('0001', 0), partyOf('0002', 0), partyOf('0003', 0)]);
    const allFixed: Agreement = {
      ...empty,
      costKeys: [
        {
          kind: 'fixed-and-population',
          validFrom: '2025-01-01',
          clause: '§9',
          fixedPercent: '100',
          populationPercent: '0',
        },
      ],
    };
    expect(splitCost(allFixed, '600.00').parties.map((p) => p.amount)).toEqual([
      '200.00',
      '200.00',
      '200.00',
    ]);
    const mixed: Agreement = {
      ...empty,
      costKeys: [
        {
          kind: 'fixed-and-population',
          validFrom: '2025-01-01',
          clause: '§9',
          fixedPercent: '40',
          populationPercent: '60',
        },
      ],
    };
    expect(problemsOf(() => splitCost(mixed, '600.00'))).toEqual([
      ['date', 'zero_total_population'],
    ]);
    const byPopulation: Agreement = {
      ...empty,
      costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§9' }],
    };
    expect(problemsOf(() => splitCost(byPopulation, '600.00'))).toEqual([
      ['date', 'zero_total_population'],
    ]);
  });

  it('stated shares that are all zero do not make up the whole, and are an error', () => {
    const a = withKeys([
      {
        kind: 'stated-shares',
        validFrom: '2025-01-01',
        clause: '§9',
        shares: { '0001': '0', '0002': '0', '0003': '0' },
      },
    ]);
    expect(problemsOf(() => splitCost(a, '100.00'))).toEqual([['costKeys', 'shares_not_whole']]);
  });

  it('a service area the agreement does not have is named, with the areas it has', () => {
    const error = problemsOf(() => splitCost(three, '100.00', { serviceArea: 'barnevern' }));
    expect(error).toEqual([['serviceArea', 'unknown_service_area']]);
  });

  it('dated keys: the key in force on the date applies', () => {
    const a = withKeys([
      { kind: 'population', validFrom: '2025-01-01', clause: '§9' },
      {
        kind: 'fixed-and-population',
        validFrom: '2026-01-01',
        clause: '§9',
        fixedPercent: '100',
        populationPercent: '0',
      },
    ]);
    expect(splitCost(a, '90.00', { date: '2025-06-01' }).parties.map((p) => p.amount)).toEqual([
      '9.00',
      '27.00',
      '54.00',
    ]);
    expect(splitCost(a, '90.00', { date: '2026-06-01' }).parties.map((p) => p.amount)).toEqual([
      '30.00',
      '30.00',
      '30.00',
    ]);
  });

  it('a service area may have its own key; the others use the agreement’s', () => {
    const a: Agreement = {
      ...withKeys([
        { kind: 'population', validFrom: '2025-01-01', clause: '§9' },
        {
          kind: 'fixed-and-population',
          validFrom: '2025-01-01',
          clause: '§9',
          serviceArea: 'x',
          fixedPercent: '100',
          populationPercent: '0',
        },
      ]),
      serviceAreas: [
        { id: 'x', name: 'X', clause: '§9', participants: ['0001', '0003'] },
        { id: 'y', name: 'Y', clause: '§9', participants: ['0002', '0003'] },
      ],
    };
    expect(
      splitCost(a, '10.00', { serviceArea: 'x' }).parties.map((p) => [p.number, p.amount]),
    ).toEqual([
      ['0001', '5.00'],
      ['0003', '5.00'],
    ]);
    expect(
      splitCost(a, '90.00', { serviceArea: 'y' }).parties.map((p) => [p.number, p.amount]),
    ).toEqual([
      ['0002', '30.00'],
      ['0003', '60.00'],
    ]);
    expect(problemsOf(() => splitCost(a, '1', { serviceArea: 'z' }))).toEqual([
      ['serviceArea', 'unknown_service_area'],
    ]);
  });
});

describe('the reason each key gives, with its numbers', () => {
  const reasonsOf = (a: Agreement, options = {}) =>
    splitCost(a, a.costKeys[0]?.kind === 'per-inhabitant' ? null : '100.00', options).reasons.map(
      (r) => [r.code, r.values],
    );

  it('population: the reference date, the total, the parties and the table (none here)', () => {
    expect(reasonsOf(three)[1]).toEqual([
      'cost_key_population',
      { referenceDate: '2024-01-01', totalPopulation: 1000, parties: 3, table: null, source: null },
    ]);
  });

  it('per inhabitant: the rate, the total population and the parties', () => {
    const a = withKeys([
      { kind: 'per-inhabitant', validFrom: '2025-01-01', clause: '§9', ratePerInhabitant: '2.00' },
    ]);
    expect(reasonsOf(a)[1]).toEqual([
      'cost_key_per_inhabitant',
      { rate: '2.00', totalPopulation: 1000, parties: 3, source: null, validUntil: null },
    ]);
    // The rate sets the amount: 2.00 kr × 1000 inhabitants = 2000.00 kr.
    expect(reasonsOf(a)[2]).toEqual([
      'rate_sets_amount',
      { rate: '2.00', totalPopulation: 1000, amount: '2000.00' },
    ]);
  });

  it('fixed and population: both percentages, the parties and the total population', () => {
    const a = withKeys([
      {
        kind: 'fixed-and-population',
        validFrom: '2025-01-01',
        clause: '§9',
        fixedPercent: '40',
        populationPercent: '60',
      },
    ]);
    expect(reasonsOf(a)[1]).toEqual([
      'cost_key_fixed_and_population',
      {
        fixedPercent: '40',
        populationPercent: '60',
        parties: 3,
        totalPopulation: 1000,
        source: null,
      },
    ]);
  });

  it('stated shares: the number of parties', () => {
    const a = withKeys([
      {
        kind: 'stated-shares',
        validFrom: '2025-01-01',
        clause: '§9',
        shares: { '0001': '1/2', '0002': '1/3', '0003': '1/6' },
      },
    ]);
    expect(reasonsOf(a)[1]).toEqual([
      'cost_key_stated_shares',
      { parties: 3, source: null, scaled: false },
    ]);
  });

  it('a service area: its name and each participant by number and name', () => {
    const a: Agreement = {
      ...three,
      serviceAreas: [{ id: 'x', name: 'X', clause: '§10', participants: ['0001', '0003'] }],
    };
    expect(reasonsOf(a, { serviceArea: 'x' })[0]).toEqual([
      'service_area',
      { area: 'X', participants: ['0001 Kommune 0001', '0003 Kommune 0003'] },
    ]);
  });
});
