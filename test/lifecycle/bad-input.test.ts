import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { rorosOsHoltalen } from '../../src/agreements/roros-os-holtalen/index.js';
import { admit } from '../../src/lifecycle/admit.js';
import { breachComplaint, terminationRequirement } from '../../src/lifecycle/breach.js';
import { deadlines } from '../../src/lifecycle/deadlines.js';
import { withdraw } from '../../src/lifecycle/withdraw.js';
import { applyEvents } from '../../src/rules/apply-events.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

/** Røros–Os–Holtålen states neither a breach rule nor an admission procedure. */
const silent = rorosOsHoltalen;

describe('lifecycle functions on questions the agreement does not answer, or input that does not fit', () => {
  it('an agreement without a breach clause: no complaint deadline and no termination rule', () => {
    expect(problemsOf(() => breachComplaint(silent, { awareOn: '2025-01-01' }))).toEqual([
      ['agreement.lifecycle.breach', 'no_breach_rule'],
    ]);
    expect(
      problemsOf(() => terminationRequirement(silent, { party: '5025', date: '2025-01-01' })),
    ).toEqual([['agreement.lifecycle.breach', 'no_breach_rule']]);
  });

  it('termination against a municipality that is not, or no longer, a party', () => {
    expect(
      problemsOf(() =>
        terminationRequirement(helseplattformen, { party: '9999', date: '2025-06-01' }),
      ),
    ).toEqual([['party', 'unknown_party']]);
    const { agreement } = applyEvents(helseplattformen, [
      { type: 'withdrawal', party: '3430', effectiveDate: '2026-01-01' },
    ]);
    expect(
      problemsOf(() => terminationRequirement(agreement, { party: '3430', date: '2026-06-01' })),
    ).toEqual([['party', 'not_a_member']]);
    // one party fewer on the day: all 32 others must agree
    expect(
      terminationRequirement(agreement, { party: '5001', date: '2026-06-01' }).values.others,
    ).toBe(32);
  });

  it('an agreement without an admission procedure cannot admit', () => {
    expect(
      problemsOf(() =>
        admit(silent, {
          municipality: { number: '5021', name: 'Oppdal' },
          population: 7000,
        }),
      ),
    ).toEqual([['agreement.lifecycle.admission', 'no_admission_rule']]);
  });

  it('an admission rule naming a body or matter the agreement lacks is an error, not a guess at unanimity', () => {
    const lifecycle = helseplattformen.lifecycle;
    const admission = lifecycle?.admission;
    if (admission === undefined) throw new Error('Helseplattformen has an admission rule (§14)');
    const candidate = {
      municipality: { number: '0301', name: 'Oslo' },
      population: 7000,
    };
    for (const [organ, matter] of [
      ['styret', admission.matter],
      [admission.organ, 'opptak-av-nye'],
    ] as const) {
      const typo = {
        ...helseplattformen,
        lifecycle: { ...lifecycle, admission: { ...admission, organ, matter } },
      };
      const error = catchInputError(() => admit(typo, candidate));
      expect(error.message.split('\n')[0]).toBe('Unknown admission matter (1 problem):');
      expect(error.problems).toEqual([
        {
          path: 'agreement.lifecycle.admission',
          code: 'unknown_admission_matter',
          message: `names matter "${matter}" of body "${organ}", which helseplattformen does not have`,
        },
      ]);
    }
  });

  it('deadlines: the year must be a calendar year and the party a party', () => {
    for (const year of [1899, 2201, 2026.5]) {
      expect(problemsOf(() => deadlines(helseplattformen, { year }))).toEqual([
        ['year', 'invalid_year'],
      ]);
    }
    expect(problemsOf(() => deadlines(helseplattformen, { year: 2026, party: '9999' }))).toEqual([
      ['party', 'unknown_party'],
    ]);
  });

  it('withdrawal under an agreement that states no notice period: the notice cannot be dated', () => {
    const error = catchInputError(() =>
      withdraw(silent, { party: '5025', noticeSentOn: '2025-03-01' }),
    );
    expect(error.message).toContain('No withdrawal rule');
    expect(error.problems).toEqual([
      {
        path: 'agreement.lifecycle.withdrawal',
        code: 'no_withdrawal_rule',
        message: 'roros-os-holtalen states no notice period for withdrawal',
      },
    ]);
  });

  it('a withdrawal event with an impossible effective date names that field', () => {
    expect(
      problemsOf(() =>
        applyEvents(helseplattformen, [
          { type: 'withdrawal', party: '5038', effectiveDate: '2025-02-30' },
        ]),
      ),
    ).toEqual([['events[0].effectiveDate', 'invalid_date']]);
  });
});
