import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { settle } from '../../src/finance/settle.js';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import type { Party } from '../../src/model/party.js';
import { iks, turnOfYear, turnOfYearFile } from '../fixtures/withdrawal-timing.js';
import { agreementWith, nok, oreArb, partiesArb, partyOf } from '../helpers/arbitraries.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

/** Two parties of 1 and 3 inhabitants; from 1 July 2026 the key states equal halves. */
const keyChange: Agreement = {
  ...agreementWith([partyOf('0001', 1), partyOf('0002', 3)]),
  costKeys: [
    { kind: 'population', validFrom: '2025-01-01', clause: '§9' },
    {
      kind: 'stated-shares',
      validFrom: '2026-07-01',
      clause: '§9',
      shares: { '0001': '1/2', '0002': '1/2' },
    },
  ],
};

describe('settle: a year by the cost key in force on each day', () => {
  it('a key that changes on 1 July weighs each half-year by its own key', () => {
    // 365.00 kr over 365 days is 100 øre a day. 1 January–30 June (181 days) by
    // population 1 : 3, then 1 July–31 December (184 days) in halves:
    // 0001: 181 × 25 + 184 × 50 = 4 525 + 9 200 = 13 725 øre; 0002: 181 × 75 + 9 200 = 22 775 øre.
    const settled = settle(keyChange, { year: 2026, amount: '365.00' });
    expect(settled.parties.map((p) => [p.number, p.days, p.amount])).toEqual([
      ['0001', 365, '137.25'],
      ['0002', 365, '227.75'],
    ]);
    expect(settled.sum).toBe('365.00');
  });

  it('a year wholly under one key and one membership is the split on any of its days', () => {
    fc.assert(
      fc.property(partiesArb, oreArb, (parties, ore) => {
        const agreement = agreementWith(parties);
        const settled = settle(agreement, { year: 2027, amount: nok(ore) });
        const split = splitCost(agreement, nok(ore), { date: '2027-05-17' });
        expect(settled.parties.map((p) => [p.number, p.days, p.amount])).toEqual(
          split.parties.map((p) => [p.number, 365, p.amount]),
        );
      }),
    );
  });

  it('a party with no population under a population key is named, as in a split', () => {
    const { population: _, ...withoutPopulation } = partyOf('0002', 3);
    const agreement = agreementWith([partyOf('0001', 1), withoutPopulation]);
    const error = catchInputError(() => settle(agreement, { year: 2026, amount: '100.00' }));
    expect(error.message).toContain('Population missing');
    expect(error.problems).toEqual([
      {
        path: 'parties[1].population',
        code: 'required',
        message: 'is required: the cost key of 2025-01-01 (§9) uses population',
      },
    ]);
  });

  it('a day with no cost key in force yet is an input error, not a silent population split', () => {
    const agreement: Agreement = {
      ...agreementWith([partyOf('0001', 1)]),
      costKeys: [{ kind: 'population', validFrom: '2026-03-01', clause: '§9' }],
    };
    const error = catchInputError(() => settle(agreement, { year: 2026, amount: '100.00' }));
    expect(error.problems.map((p) => [p.path, p.code])).toEqual([['date', 'no_cost_key']]);
  });

  it('an agreement that ends years later: the settled year has its own 365 days, no more', () => {
    const agreement: Agreement = {
      ...agreementWith([partyOf('0001', 1), partyOf('0002', 3)]),
      validUntil: '2030-06-30',
    };
    const settled = settle(agreement, { year: 2027, amount: '100.00' });
    expect(settled.parties.map((p) => [p.days, p.amount])).toEqual([
      [365, '25.00'],
      [365, '75.00'],
    ]);
  });

  it('a party admitted after the year has no days and no line in that year', () => {
    const events = [
      {
        type: 'admission' as const,
        party: { number: '1811', name: 'Bindal', population: 1400 },
        effectiveDate: '2027-01-01',
      },
    ];
    const settled = settle(helseplattformen, { year: 2026, amount: '1000.00', events });
    expect(settled.parties.map((p) => p.number)).not.toContain('1811');
    expect(settled.parties).toHaveLength(34);
  });

  it('a bad year, a year without members and a bad amount are named in full', () => {
    const badYear = catchInputError(() => settle(helseplattformen, { year: 1899, amount: '1.00' }));
    expect(badYear.message).toContain('Invalid year');
    expect(badYear.problems).toEqual([
      { path: 'year', code: 'invalid_year', message: 'must be a year from 1900 to 2200' },
    ]);
    const empty = catchInputError(() => settle(helseplattformen, { year: 2024, amount: '1.00' }));
    expect(empty.message).toContain('Nothing to settle');
    expect(empty.problems).toEqual([
      {
        path: 'year',
        code: 'no_members',
        message: 'no day of 2024 has members of helseplattformen',
      },
    ]);
    expect(
      catchInputError(() => settle(helseplattformen, { year: 2025, amount: '-1' })).problems.map(
        (p) => [p.path, p.code],
      ),
    ).toEqual([['amount', 'negative']]);
  });
});

describe('settle: the withdrawal’s effective date comes from the agreement’s timing', () => {
  const leaves = [
    {
      type: 'withdrawal' as const,
      party: '0001',
      noticeSentOn: '2025-03-15',
      noticeReceivedOn: '2025-03-20',
    },
  ];

  it('taking effect at the turn of the year: a member all of 2026, gone in 2027', () => {
    // Aby 300 and Bby 100 inhabitants: 300/400 and 100/400 of 400.00 for all 365 days.
    const in2026 = settle(turnOfYear(), { year: 2026, amount: '400.00', events: leaves });
    expect(in2026.parties.map((p) => [p.number, p.days, p.amount])).toEqual([
      ['0001', 365, '300.00'],
      ['0002', 365, '100.00'],
    ]);
    const in2027 = settle(turnOfYear(), { year: 2027, amount: '400.00', events: leaves });
    expect(in2027.parties.map((p) => [p.number, p.days, p.amount])).toEqual([
      ['0002', 365, '400.00'],
    ]);
  });

  it('the same notice taking effect at the end of the period leaves on 20 March 2026', () => {
    const file = turnOfYearFile();
    const endOfPeriod = parseAgreement({
      ...file,
      lifecycle: { withdrawal: { ...file.lifecycle.withdrawal, takesEffect: 'end-of-period' } },
    });
    // 78 days (1 January–19 March) of both: Aby 78·300 = 23 400; Bby 78·100 + 287·400 = 122 600
    // (on the common denominator 400). 400.00 · 23 400/146 000 = 64.1096 → 64.11 by largest remainder.
    const s = settle(endOfPeriod, { year: 2026, amount: '400.00', events: leaves });
    expect(s.parties.map((p) => [p.number, p.days, p.amount])).toEqual([
      ['0001', 78, '64.11'],
      ['0002', 365, '335.89'],
    ]);
  });

  it('an IKS: the statutory year decides the leaving day, and the agreement charges extra costs', () => {
    // Two years' notice from 15 March 2025, one by IKS-loven § 30: out on 15 March 2026 after
    // 73 days. Aby 73·300 = 21 900 of 146 000 = 15 % of 400.00 = 60.00, plus 50.00 extra.
    const s = settle(iks(24), {
      year: 2026,
      amount: '400.00',
      events: [
        { type: 'withdrawal', party: '0001', noticeSentOn: '2025-03-15', extraCosts: '50.00' },
      ],
    });
    expect(s.parties.map((p) => [p.number, p.days, p.share, p.extraCosts, p.amount])).toEqual([
      ['0001', 73, '60.00', '50.00', '110.00'],
      ['0002', 365, '340.00', '0.00', '340.00'],
    ]);
    expect(s.sum).toBe('450.00');
  });
});

describe('settle: a rate per inhabitant, cost pools, measured quantities, floors and caps', () => {
  const usageFile = () =>
    JSON.parse(
      readFileSync(new URL('../fixtures/usage-key-agreement.json', import.meta.url), 'utf8'),
    );
  /** The usage fixture (Aby 1 000, Bby 2 000, Cby 7 000 inhabitants), Cby out from 1 July 2026. */
  const cbyLeaves = (): Agreement => {
    const file = usageFile();
    file.parties[2].membership.withdrawn = '2026-07-01';
    return parseAgreement(file);
  };

  it('the rate sets the year: a member all year pays rate × population; one that leaves on 1 July pays for its 181 days', () => {
    // 12.50 kr × 1 000 = 12 500.00; × 2 000 = 25 000.00; Cby 12.50 × 7 000 × 181/365
    // = 8 750 000 øre × 181 / 365 = 4 339 041.0958… øre → 43 390.41 kr. In all 80 890.41.
    const s = settle(cbyLeaves(), { year: 2026, amount: null, pool: 'secretariat' });
    expect(s.parties.map((p) => [p.number, p.days, p.amount])).toEqual([
      ['0001', 365, '12500.00'],
      ['0002', 365, '25000.00'],
      ['0003', 181, '43390.41'],
    ]);
    expect(s.amount).toBe('80890.41');
    expect(s.sum).toBe('80890.41');
    expect(s.reasons.find((r) => r.code === 'rate_sets_settlement')).toEqual({
      code: 'rate_sets_settlement',
      agreement: 'vann-og-avlop',
      clause: '§9',
      values: {
        amount: '80890.41',
        days: 365,
        periods: [
          { from: '2026-01-01', to: '2026-06-30', days: 181, rate: '12.50', population: 10000 },
          { from: '2026-07-01', to: '2026-12-31', days: 184, rate: '12.50', population: 3000 },
        ],
      },
    });
    // Each amount is the party's own: no split of a total, so no largest remainder.
    expect(s.reasons.map((r) => r.code)).not.toContain('split_largest_remainder');
  });

  it('an amount under a rate must be the one it sets; without a rate the amount is required', () => {
    const a = cbyLeaves();
    expect(settle(a, { year: 2026, amount: '80890.41', pool: 'secretariat' }).sum).toBe('80890.41');
    expect(
      catchInputError(() => settle(a, { year: 2026, amount: '80000.00', pool: 'secretariat' }))
        .problems,
    ).toEqual([
      {
        path: 'amount',
        code: 'amount_differs_from_rate',
        message:
          "is 80000.00 NOK, but the rate per inhabitant sets the year's amount: 80890.41 NOK (leave the amount out, or give that figure)",
      },
    ]);
    expect(catchInputError(() => settle(a, { year: 2026, amount: null })).problems).toEqual([
      {
        path: 'amount',
        code: 'required',
        message:
          'is required: the cost key of 2026-01-01 (§4) divides an amount; only a rate per inhabitant sets one',
      },
    ]);
  });

  it('a rate that changes on 1 July weighs each half by its own rate, each party rounded to øre', () => {
    // 2.00 kr until 30 June, 3.00 kr from 1 July; 1 and 3 inhabitants.
    // 0001: (200 × 181 + 300 × 184) / 365 = 91 400 / 365 = 250.41 øre → 2.50 kr;
    // 0002: 274 200 / 365 = 751.23 øre → 7.51 kr.
    const rates: Agreement = {
      ...agreementWith([partyOf('0001', 1), partyOf('0002', 3)]),
      costKeys: [
        {
          kind: 'per-inhabitant',
          validFrom: '2025-01-01',
          clause: '§9',
          ratePerInhabitant: '2.00',
        },
        {
          kind: 'per-inhabitant',
          validFrom: '2026-07-01',
          clause: '§9',
          ratePerInhabitant: '3.00',
        },
      ],
    };
    const s = settle(rates, { year: 2026, amount: null });
    expect(s.parties.map((p) => p.amount)).toEqual(['2.50', '7.51']);
    expect(s.sum).toBe('10.01');
  });

  it('a rate and a key that divides an amount in one year cannot be settled as one amount', () => {
    const mixed: Agreement = {
      ...agreementWith([partyOf('0001', 1), partyOf('0002', 3)]),
      costKeys: [
        {
          kind: 'per-inhabitant',
          validFrom: '2025-01-01',
          clause: '§9',
          ratePerInhabitant: '2.00',
        },
        { kind: 'population', validFrom: '2026-07-01', clause: '§9' },
      ],
    };
    for (const amount of [null, '10.00']) {
      expect(catchInputError(() => settle(mixed, { year: 2026, amount })).problems).toEqual([
        {
          path: 'amount',
          code: 'rate_and_amount_mixed',
          message:
            'cannot be settled as one amount: in this year a rate per inhabitant (which sets the amount) and a key that divides an amount both apply (keys of 2025-01-01 (§9), 2026-07-01 (§9)); settle each part of the year with split',
        },
      ]);
    }
    // The year before, wholly under the rate, settles: 2.00 and 6.00.
    expect(settle(mixed, { year: 2025, amount: null }).parties.map((p) => p.amount)).toEqual([
      '2.00',
      '6.00',
    ]);
  });

  it('a pool with a measured part settles with the quantities, as its split (20 % equal, 30 % population, 50 % water)', () => {
    // 1 000 000.00: equal 200 000 / 3; population 300 000 × 1/10, 2/10, 7/10; water 100, 300, 600 m³
    // of 1 000: 500 000 × 1/10, 3/10, 6/10. Aby 66 666.67 + 30 000 + 50 000 = 146 666.666…,
    // Bby 66 666.666… + 60 000 + 150 000 = 276 666.666…, Cby 66 666.666… + 210 000 + 300 000
    // = 576 666.666…; floors …66 leave 2 øre, equal remainders go to the larger shares: Cby, Bby.
    const quantities = { water: { values: { '0001': '100', '0002': '300', '0003': '600' } } };
    const s = settle(parseAgreement(usageFile()), {
      year: 2026,
      amount: '1000000.00',
      pool: 'operations',
      quantities,
    });
    expect(s.parties.map((p) => p.amount)).toEqual(['146666.66', '276666.67', '576666.67']);
    expect(
      problemsOf(() =>
        settle(parseAgreement(usageFile()), {
          year: 2026,
          amount: '1000000.00',
          pool: 'operations',
        }),
      ),
    ).toEqual([['quantities.water', 'required']]);
    expect(
      problemsOf(() =>
        settle(parseAgreement(usageFile()), {
          year: 2026,
          amount: '1.00',
          pool: 'nope',
        }),
      ),
    ).toEqual([['pool', 'unknown_pool']]);
  });

  it('a cap holds in a year under one key and one membership; over several periods it is an error that says why', () => {
    // Investments: 1/4, 1/4, 1/2 with Cby capped at 400 000.00: Cby 400 000, the other
    // 600 000 in halves, 300 000 each.
    const s = settle(parseAgreement(usageFile()), {
      year: 2026,
      amount: '1000000.00',
      pool: 'investments',
    });
    expect(s.parties.map((p) => p.amount)).toEqual(['300000.00', '300000.00', '400000.00']);
    expect(s.reasons.find((r) => r.code === 'cost_key_limits')?.values).toEqual({
      limited: [{ number: '0003', bound: 'cap', amount: '400000.00' }],
      rest: '600000.00',
    });
    // The floor of the general key: Aby 10 000 → 50 000; 50 000 left by 2 000 : 7 000
    // = 11 111.111… and 38 888.888…; the one øre left goes to the larger remainder (Cby).
    expect(
      settle(parseAgreement(usageFile()), { year: 2026, amount: '100000.00' }).parties.map(
        (p) => p.amount,
      ),
    ).toEqual(['50000.00', '11111.11', '38888.89']);
    expect(
      catchInputError(() => settle(cbyLeaves(), { year: 2026, amount: '1000000.00' })).problems,
    ).toEqual([
      {
        path: 'year',
        code: 'limits_over_periods',
        message:
          'has 2 periods of different membership or key, and the key of 2026-01-01 (§4) sets a floor or cap per party: the agreement does not say how a yearly floor or cap applies to part of a year; settle each period with split',
      },
    ]);
  });
});

describe('settle under a rate per inhabitant: properties', () => {
  it('each party pays rate × population × its days ÷ the days settled, half up; a member all year pays rate × population exactly', () => {
    fc.assert(
      fc.property(
        partiesArb,
        fc.integer({ min: 0, max: 99_999 }),
        fc.array(fc.integer({ min: 1, max: 364 }), { maxLength: 60 }),
        (parties, rateOre, leaving) => {
          // Some parties leave on the n-th day of 2026 (n days as members); at least one stays.
          const left = parties.map((p, i) =>
            i > 0 && leaving[i] !== undefined
              ? {
                  ...p,
                  population: (p.population ?? 0) + 1,
                  membership: {
                    ...p.membership,
                    withdrawn: `2026-${dayOf2026(leaving[i] as number)}`,
                  },
                }
              : { ...p, population: (p.population ?? 0) + 1 },
          );
          const rate = nok(BigInt(rateOre));
          const agreement: Agreement = {
            ...agreementWith(left),
            costKeys: [
              {
                kind: 'per-inhabitant',
                validFrom: '2025-01-01',
                clause: '§9',
                ratePerInhabitant: rate,
              },
            ],
          };
          const s = settle(agreement, { year: 2026, amount: null });
          let total = 0n;
          for (const line of s.parties) {
            const party = left.find((p) => p.municipality.number === line.number) as Party;
            const exact = BigInt(rateOre) * BigInt(party.population ?? 0) * BigInt(line.days);
            const expected = (exact * 2n + 365n) / (2n * 365n);
            expect(line.amount).toBe(nok(expected));
            if (line.days === 365)
              expect(expected).toBe(BigInt(rateOre) * BigInt(party.population ?? 0));
            total += expected;
          }
          expect(s.sum).toBe(nok(total));
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** The n-th day of 2026 (1 = 1 January) as MM-DD, counted by hand from the month lengths. */
function dayOf2026(n: number): string {
  const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let day = n + 1;
  let month = 0;
  while (day > (lengths[month] as number)) day -= lengths[month++] as number;
  return `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
