import { describe, expect, it } from 'vitest';
import { withdraw } from '../../src/lifecycle/withdraw.js';
import { withdrawalEffectiveDate } from '../../src/rules/withdrawal-date.js';
import { openEndedAgreement } from '../fixtures/small-agreement.js';
import { turnOfYear } from '../fixtures/withdrawal-timing.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const agreement = openEndedAgreement();

describe('withdraw', () => {
  it('takes effect a notice period after the notice, and the others share what the leaver paid', () => {
    // 12 months' notice from 1 March 2025: effective 1 March 2026, financed up to the day before.
    const w = withdraw(agreement, { party: '0002', noticeSentOn: '2025-03-01' });
    expect([w.effectiveDate, w.lastFinancedDate]).toEqual(['2026-03-01', '2026-02-28']);
    expect(w.sharesAfter.parties.map((p) => [p.number, p.share])).toEqual([
      ['0001', { numerator: 100, denominator: 100 }],
    ]);
    expect(w.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      [
        'withdrawal_effective',
        '§1',
        {
          noticeSentOn: '2025-03-01',
          months: 12,
          effectiveDate: '2026-03-01',
          lastFinancedDate: '2026-02-28',
        },
      ],
      ['share_redistributed', '§1', { party: '0002 Bby', remaining: 1 }],
    ]);
    expect(words(w.reasons[0])?.nb).toBe(
      'Skriftlig varsel om uttreden sendt 1. mars 2025; uttreden skjer 1 år etter, 1. mars 2026. Plikten til finansiering opphører fra og med den datoen; siste finansierte dag er 28. februar 2026.',
    );
  });

  it('each field of the wrong type is named', () => {
    expect(
      problemsOf(() =>
        withdraw(agreement, {
          party: 3430,
          noticeSentOn: '2025-02-30',
          extraCosts: {},
        } as Untyped),
      ),
    ).toEqual([
      ['extraCosts', 'invalid_type'],
      ['noticeSentOn', 'invalid_date'],
      ['party', 'invalid_type'],
    ]);
    expect(problemsOf(() => withdraw(agreement, {} as Untyped))).toEqual([
      ['noticeSentOn', 'required'],
      ['party', 'required'],
    ]);
    expect(problemsOf(() => withdrawalEffectiveDate(agreement, {} as Untyped))).toEqual([
      ['noticeSentOn', 'required'],
    ]);
  });
});

describe('withdraw: what the event cannot be is named as an option', () => {
  it('the day of receipt, extra costs the agreement does not charge, an unknown party', () => {
    expect(
      problemsOf(() => withdraw(turnOfYear(), { party: '0001', noticeSentOn: '2025-03-15' })),
    ).toEqual([['noticeReceivedOn', 'required']]);
    expect(
      catchInputError(() =>
        withdraw(agreement, { party: '0002', noticeSentOn: '2025-03-01', extraCosts: '10.00' }),
      ).message,
    ).toContain('Cannot withdraw');
    expect(
      problemsOf(() =>
        withdraw(agreement, { party: '0002', noticeSentOn: '2025-03-01', extraCosts: '10.00' }),
      ),
    ).toEqual([['extraCosts', 'extra_costs_not_charged']]);
    expect(
      problemsOf(() => withdraw(agreement, { party: '0009', noticeSentOn: '2025-03-01' })),
    ).toEqual([['party', 'unknown_party']]);
  });

  it('counted from receipt: the day of receipt is kept and the withdrawal dated by it', () => {
    const w = withdraw(turnOfYear(), { party: '0001', noticeReceivedOn: '2025-03-20' });
    // 20 March 2026, then the next 1 January.
    expect([w.noticeSentOn, w.noticeReceivedOn, w.effectiveDate, w.lastFinancedDate]).toEqual([
      undefined,
      '2025-03-20',
      '2027-01-01',
      '2026-12-31',
    ]);
    expect(w.sharesAfter.parties.map((p) => p.number)).toEqual(['0002']);
  });
});
