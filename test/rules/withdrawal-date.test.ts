import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { withdrawalEffectiveDate } from '../../src/rules/withdrawal-date.js';
import { small, smallAgreement } from '../fixtures/small-agreement.js';
import { catchInputError } from '../helpers/errors.js';

/** The small agreement with a notice period of the given months, or with no withdrawal rule. */
function withNotice(months: number | undefined): Agreement {
  const file = small();
  const { withdrawal: _, ...lifecycle } = file.lifecycle;
  return parseAgreement({
    ...file,
    lifecycle:
      months === undefined
        ? lifecycle
        : { ...lifecycle, withdrawal: { notice: { months }, clause: '§2' } },
  });
}

describe('withdrawalEffectiveDate', () => {
  it('the notice period after the notice, on the same day number; financed up to the day before', () => {
    expect(withdrawalEffectiveDate(smallAgreement(), { noticeSentOn: '2025-03-15' })).toEqual({
      noticeSentOn: '2025-03-15',
      effectiveDate: '2026-03-15',
      lastFinancedDate: '2026-03-14',
      reasons: [
        {
          code: 'withdrawal_effective',
          agreement: 'liten',
          clause: '§1',
          values: {
            noticeSentOn: '2025-03-15',
            months: 12,
            effectiveDate: '2026-03-15',
            lastFinancedDate: '2026-03-14',
          },
        },
      ],
    });
  });

  it('a month without the day number ends on its last day; the clause is the rule’s own', () => {
    // 31 August + 6 months: February has no 31st, so 28 February 2026.
    const dates = withdrawalEffectiveDate(withNotice(6), { noticeSentOn: '2025-08-31' });
    expect([dates.effectiveDate, dates.lastFinancedDate, dates.reasons[0]?.clause]).toEqual([
      '2026-02-28',
      '2026-02-27',
      '§2',
    ]);
  });

  it('an agreement that states no notice period cannot date a withdrawal', () => {
    expect(
      catchInputError(() =>
        withdrawalEffectiveDate(withNotice(undefined), { noticeSentOn: '2025-03-15' }),
      ).problems,
    ).toEqual([
      {
        path: 'agreement.lifecycle.withdrawal',
        code: 'no_withdrawal_rule',
        message: 'liten states no notice period for withdrawal',
      },
    ]);
  });
});
