import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { settle } from '../../src/finance/settle.js';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { iks, turnOfYear, turnOfYearFile } from '../fixtures/withdrawal-timing.js';
import { agreementWith, nok, oreArb, partiesArb, partyOf } from '../helpers/arbitraries.js';
import { catchInputError } from '../helpers/errors.js';

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
