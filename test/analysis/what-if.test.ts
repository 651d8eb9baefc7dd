import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { whatIf } from '../../src/analysis/what-if.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { openEndedAgreement } from '../fixtures/small-agreement.js';
import { iks, turnOfYear } from '../fixtures/withdrawal-timing.js';
import { problemsOf } from '../helpers/errors.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const agreement = openEndedAgreement();

describe('whatIf: the shares and amounts before and after membership events', () => {
  it('a withdrawal: the one who stays pays what the leaver paid, from the day it takes effect', () => {
    const w = whatIf(agreement, {
      amount: '150.00',
      events: [{ type: 'withdrawal', party: '0002', noticeSentOn: '2025-03-01' }],
    });
    // Before, on the first day: 100 and 50 of 150 inhabitants. After, from 1 March 2026: Aby alone.
    expect([w.agreement, w.amount, w.before, w.after]).toEqual([
      'liten',
      '150.00',
      '2025-01-01',
      '2026-03-01',
    ]);
    expect(w.parties).toEqual([
      {
        number: '0001',
        name: 'Aby',
        before: { percent: '66.67', share: { numerator: 100, denominator: 150 }, amount: '100.00' },
        after: { percent: '100.00', share: { numerator: 100, denominator: 100 }, amount: '150.00' },
        change: '50.00',
      },
      {
        number: '0002',
        name: 'Bby',
        before: { percent: '33.33', share: { numerator: 50, denominator: 150 }, amount: '50.00' },
        after: null,
        change: '-50.00',
      },
    ]);
    expect(w.reasons.map((r) => r.code)).toContain('withdrawal_effective');
  });

  it('an admission from a given date: the newcomer had no line before, and the changes sum to 0', () => {
    const w = whatIf(agreement, {
      amount: '100.00',
      date: '2025-03-01',
      events: [
        {
          type: 'admission',
          party: { number: '0003', name: 'Cby', population: 50 },
          effectiveDate: '2025-07-01',
        },
      ],
    });
    expect([w.before, w.after]).toEqual(['2025-03-01', '2025-07-01']);
    // 100.00 by 100:50 is 66.67 + 33.33; by 100:50:50 it is 50.00 + 25.00 + 25.00.
    expect(
      w.parties.map((p) => [p.number, p.before?.amount ?? null, p.after?.amount, p.change]),
    ).toEqual([
      ['0001', '66.67', '50.00', '-16.67'],
      ['0002', '33.33', '25.00', '-8.33'],
      ['0003', null, '25.00', '25.00'],
    ]);
  });

  it('no events after the date: "after" is the date itself', () => {
    const w = whatIf(agreement, { amount: '1.00', date: '2025-06-01', events: [] });
    expect([w.before, w.after, w.parties.map((p) => p.change)]).toEqual([
      '2025-06-01',
      '2025-06-01',
      ['0.00', '0.00'],
    ]);
  });

  it('options, events and the amount are checked', () => {
    expect(problemsOf(() => whatIf(agreement, null as Untyped))).toEqual([
      ['options', 'invalid_type'],
    ]);
    expect(problemsOf(() => whatIf(agreement, { amount: '1.00' } as Untyped))).toEqual([
      ['events', 'invalid_type'],
    ]);
    expect(problemsOf(() => whatIf(agreement, { amount: '1.001', events: [] }))).toEqual([
      ['amount', 'too_many_decimals'],
    ]);
  });
});

describe('whatIf: "after" is the day the agreement’s timing gives', () => {
  it('an IKS under the one-year statutory right, and a withdrawal at the turn of the year', () => {
    // Two years' notice from 15 March 2025, one year by IKS-loven § 30: 15 March 2026.
    const statutory = whatIf(iks(24), {
      amount: '400.00',
      events: [{ type: 'withdrawal', party: '0002', noticeSentOn: '2025-03-15' }],
    });
    expect(statutory.after).toBe('2026-03-15');
    expect(statutory.reasons.some((r) => r.code === 'withdrawal_statute')).toBe(true);
    // Received 20 March 2025 + 1 year, then the next 1 January.
    const turn = whatIf(turnOfYear(), {
      amount: '400.00',
      date: '2025-01-01',
      events: [{ type: 'withdrawal', party: '0002', noticeReceivedOn: '2025-03-20' }],
    });
    // Bby joined 1 June 2024: not before 1 June 2027, then 1 January 2028.
    expect(turn.after).toBe('2028-01-01');
  });
});

describe('whatIf with a rate per inhabitant', () => {
  const network = parseAgreement(
    JSON.parse(
      readFileSync(
        new URL('../../examples/nettverk-sats-per-innbygger.json', import.meta.url),
        'utf8',
      ),
    ) as unknown,
  );

  it('the rate sets each side’s amount when no amount is given: a party leaving pays nothing after, the others the same', () => {
    // 12.50 kr × 8000 = 100 000.00; × 2400 = 30 000.00; × 1600 = 20 000.00. Notice 6 months from 2026-03-01.
    const w = whatIf(network, {
      events: [{ type: 'withdrawal', party: '9923', noticeSentOn: '2026-03-01' }],
      amount: null,
    });
    expect([w.amount, w.after]).toEqual([null, '2026-09-01']);
    expect(
      w.parties.map((p) => [p.number, p.before?.amount, p.after?.amount ?? null, p.change]),
    ).toEqual([
      ['9921', '100000.00', '100000.00', '0.00'],
      ['9922', '30000.00', '30000.00', '0.00'],
      ['9923', '20000.00', null, '-20000.00'],
    ]);
  });

  it('one amount given cannot be the rate’s total both before and after a withdrawal: an input error', () => {
    expect(
      problemsOf(() =>
        whatIf(network, {
          events: [{ type: 'withdrawal', party: '9923', noticeSentOn: '2026-03-01' }],
          amount: '150000.00',
        }),
      ),
    ).toEqual([['amount', 'amount_differs_from_rate']]);
  });
});
