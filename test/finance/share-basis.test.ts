import { describe, expect, it } from 'vitest';
import { rorosOsHoltalen as ros } from '../../src/agreements/roros-os-holtalen/index.js';
import { ownershipShares } from '../../src/finance/ownership-shares.js';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';
import { catchInputError } from '../helpers/errors.js';

/** The whole error: its title line and every problem with its message. */
const errorOf = (fn: () => unknown) => {
  const error = catchInputError(fn);
  return { title: error.message.split('\n')[0], problems: error.problems };
};

const three = agreementWith([partyOf('0001', 100), partyOf('0002', 300), partyOf('0003', 600)]);

describe('cost shares on input they cannot use: one error, every problem, each with its path and message', () => {
  it('a date outside the agreement, before it starts or after it ends', () => {
    expect(errorOf(() => splitCost(three, '1.00', { date: '2024-12-31' }))).toEqual({
      title: 'Date outside the agreement (1 problem):',
      problems: [
        {
          path: 'date',
          code: 'outside_validity',
          message: '2024-12-31 is before test-agreement applies (from 2025-01-01)',
        },
      ],
    });
    const ended: Agreement = { ...three, validUntil: '2025-12-31' };
    expect(errorOf(() => splitCost(ended, '1.00', { date: '2026-01-01' })).problems).toEqual([
      {
        path: 'date',
        code: 'outside_validity',
        message: '2026-01-01 is after test-agreement ends (it applies until 2025-12-31)',
      },
    ]);
    expect(splitCost(ended, '1.00', { date: '2025-12-31' }).sum).toBe('1.00');
  });

  it('a population key with participants whose population is not given, including one outside the agreement', () => {
    // Tolga takes part in the kemnerkontor (§4 A iv) but the sources give no population.
    expect(errorOf(() => splitCost(ros, '100.00', { serviceArea: 'kemner' }))).toEqual({
      title: 'Population missing (1 problem):',
      problems: [
        {
          path: 'serviceAreas[3].otherParticipants[0].population',
          code: 'required',
          message: 'is required: the cost key of 2016-07-01 (§8 B) uses population',
        },
      ],
    });
    const { population: _, ...unknown } = partyOf('0002', 0);
    const gap: Agreement = { ...three, parties: [partyOf('0001', 100), unknown] };
    expect(errorOf(() => splitCost(gap, '1.00')).problems).toEqual([
      {
        path: 'parties[1].population',
        code: 'required',
        message: 'is required: the cost key of 2025-01-01 (§9) uses population',
      },
    ]);
  });

  it('participants with no population at all, and stated shares that name nobody on the day', () => {
    const empty = agreementWith([partyOf('0001', 0), partyOf('0002', 0)]);
    expect(errorOf(() => splitCost(empty, '1.00'))).toEqual({
      title: 'Nothing to divide by (1 problem):',
      problems: [
        {
          path: 'date',
          code: 'zero_total_population',
          message: 'the 2 participants on 2025-01-01 have a total population of 0',
        },
      ],
    });
    const zero: Agreement = {
      ...three,
      costKeys: [
        {
          kind: 'stated-shares',
          validFrom: '2025-01-01',
          clause: '§9',
          shares: { '0001': '0', '0002': '0', '0003': '0' },
          scaleToWhole: true,
        },
      ],
    };
    expect(errorOf(() => splitCost(zero, '1.00'))).toEqual({
      title: 'Nothing to divide by (1 problem):',
      problems: [
        {
          path: 'costKeys',
          code: 'zero_total_weight',
          message: 'the key of 2025-01-01 gives every participant 0',
        },
      ],
    });
    const partial: Agreement = {
      ...three,
      costKeys: [
        { kind: 'stated-shares', validFrom: '2025-01-01', clause: '§9', shares: { '0002': '1/2' } },
      ],
    };
    expect(errorOf(() => splitCost(partial, '1.00'))).toEqual({
      title: 'Share missing (2 problems):',
      problems: [
        {
          path: 'costKeys',
          code: 'no_stated_share',
          message: 'the key of 2025-01-01 (§9) states no share for 0001 Kommune 0001',
        },
        {
          path: 'costKeys',
          code: 'no_stated_share',
          message: 'the key of 2025-01-01 (§9) states no share for 0003 Kommune 0003',
        },
      ],
    });
  });

  it('a date before the first cost key names when the first key applies, whatever order the keys are listed in', () => {
    const later: Agreement = {
      ...three,
      costKeys: [
        { kind: 'population', validFrom: '2026-01-01', clause: '§9' },
        { kind: 'population', validFrom: '2025-06-01', clause: '§9' },
      ],
    };
    expect(errorOf(() => splitCost(later, '1.00', { date: '2025-03-01' }))).toEqual({
      title: 'No cost key on that date (1 problem):',
      problems: [
        {
          path: 'date',
          code: 'no_cost_key',
          message:
            'no cost key of test-agreement applies on 2025-03-01 (the first applies from 2025-06-01)',
        },
      ],
    });
    expect(splitCost(later, '1.00', { date: '2025-06-01' }).sum).toBe('1.00');
  });

  it('a service area whose participants the agreement does not list, named with its clause', () => {
    expect(errorOf(() => splitCost(ros, '1.00', { serviceArea: 'brann' }))).toEqual({
      title: 'Participants not listed (1 problem):',
      problems: [
        {
          path: 'serviceArea',
          code: 'participants_not_listed',
          message: 'the agreement does not list the participants of Brann (§4 D ii)',
        },
      ],
    });
  });

  it('a participant of a service area without a population is named by its place among the parties', () => {
    const { population: _, ...unknown } = partyOf('0003', 0);
    const area = {
      id: 'felles',
      name: 'Felles kontor',
      clause: '§9',
      participants: ['0001', '0003'],
    };
    const gap: Agreement = {
      ...three,
      parties: [partyOf('0001', 100), partyOf('0002', 300), unknown],
      serviceAreas: [area],
    };
    expect(errorOf(() => splitCost(gap, '1.00', { serviceArea: 'felles' })).problems).toEqual([
      {
        path: 'parties[2].population',
        code: 'required',
        message: 'is required: the cost key of 2025-01-01 (§9) uses population',
      },
    ]);
  });

  it('a service area that does not exist names the areas there are, or says there are none', () => {
    const withAreas = errorOf(() => splitCost(ros, '1.00', { serviceArea: 'bibliotek' }));
    expect(withAreas.title).toBe('Unknown service area (1 problem):');
    expect(withAreas.problems[0]?.message).toMatch(
      /^roros-os-holtalen has no service area "bibliotek" \(its areas: barnevern, legevakt, .*, kemner, .*\)$/,
    );
    expect(errorOf(() => splitCost(three, '1.00', { serviceArea: 'bibliotek' })).problems).toEqual([
      {
        path: 'serviceArea',
        code: 'unknown_service_area',
        message: 'test-agreement has no service area "bibliotek"',
      },
    ]);
  });

  it('a service area none of whose participants is a member on the day', () => {
    const area = { id: 'felles', name: 'Felles kontor', clause: '§9', participants: ['0003'] };
    const gone: Agreement = {
      ...three,
      parties: [
        partyOf('0001', 100),
        partyOf('0002', 300),
        { ...partyOf('0003', 600), membership: { joined: '2025-01-01', withdrawn: '2025-07-01' } },
      ],
      serviceAreas: [area],
    };
    expect(
      splitCost(gone, '9.00', { serviceArea: 'felles', date: '2025-06-30' }).parties,
    ).toHaveLength(1);
    expect(
      errorOf(() => splitCost(gone, '9.00', { serviceArea: 'felles', date: '2025-07-01' })),
    ).toEqual({
      title: 'No participants on that date (1 problem):',
      problems: [
        {
          path: 'date',
          code: 'no_members',
          message: 'no participant of Felles kontor is a member on 2025-07-01',
        },
      ],
    });
  });
});

describe('ownership shares as fractions', () => {
  it('under a population key the fraction is population over total, as the agreement states it, not reduced', () => {
    expect(ownershipShares(three).parties.map((p) => p.share)).toEqual([
      { numerator: 100, denominator: 1000 },
      { numerator: 300, denominator: 1000 },
      { numerator: 600, denominator: 1000 },
    ]);
  });

  it('under stated fractions the share is the stated fraction in lowest terms, and no population is invented', () => {
    const stated: Agreement = {
      ...three,
      costKeys: [
        {
          kind: 'stated-shares',
          validFrom: '2025-01-01',
          clause: '§9',
          shares: { '0001': '1/2', '0002': '1/3', '0003': '1/6' },
        },
      ],
    };
    const shares = ownershipShares(stated);
    expect(shares.parties.map((p) => p.share)).toEqual([
      { numerator: 1, denominator: 2 },
      { numerator: 1, denominator: 3 },
      { numerator: 1, denominator: 6 },
    ]);
    expect(shares.parties.every((p) => !Object.hasOwn(p, 'statedPercent'))).toBe(true);
    expect(shares.reasons.find((r) => r.code === 'percent_half_up')?.values).toEqual({
      sum: '100.00',
      table: null,
    });
    expect(shares.reasons.find((r) => r.code === 'percent_largest_remainder')?.values).toEqual({
      sum: '100.00',
    });
  });

  it('populations whose sum is beyond 2^53 are summed exactly, not as rounded numbers', () => {
    // 3 × 2^51 + 3 × 2^51 + 3 = 3 × (2^52 + 1); summed as numbers it would round to an even
    // number. Reduced, the third party's share is 1/(2^52 + 1), and 2^52 + 1 = 4 503 599 627 370 497.
    const agreement = agreementWith([
      partyOf('0001', 3 * 2 ** 51),
      partyOf('0002', 3 * 2 ** 51),
      partyOf('0003', 3),
    ]);
    expect(ownershipShares(agreement).parties.map((p) => p.share)).toEqual([
      { numerator: 2 ** 51, denominator: 4_503_599_627_370_497 },
      { numerator: 2 ** 51, denominator: 4_503_599_627_370_497 },
      { numerator: 1, denominator: 4_503_599_627_370_497 },
    ]);
  });

  it('a total beyond 2^53 is reduced, so that numerator and denominator stay exact numbers', () => {
    // 3 × 4 000 000 000 000 000 = 1.2e16 > 2^53 ≈ 9.007e15; each share is 1/3.
    const huge = agreementWith([
      partyOf('0001', 4e15),
      partyOf('0002', 4e15),
      partyOf('0003', 4e15),
    ]);
    expect(ownershipShares(huge).parties.map((p) => p.share)).toEqual([
      { numerator: 1, denominator: 3 },
      { numerator: 1, denominator: 3 },
      { numerator: 1, denominator: 3 },
    ]);
  });
});
