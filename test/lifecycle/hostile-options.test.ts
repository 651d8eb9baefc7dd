import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admit } from '../../src/lifecycle/admit.js';
import { adoptionStatus, textFingerprint } from '../../src/lifecycle/adoption.js';
import { breachComplaint, terminationRequirement } from '../../src/lifecycle/breach.js';
import { deadlines } from '../../src/lifecycle/deadlines.js';
import { isInForce } from '../../src/lifecycle/in-force.js';
import { withdraw } from '../../src/lifecycle/withdraw.js';
import { AgreementInputError } from '../../src/model/errors.js';
import type { MembershipEvent } from '../../src/model/events.js';
import { applyEvents } from '../../src/rules/apply-events.js';
import { withdrawalEffectiveDate } from '../../src/rules/withdrawal-date.js';
import { smallAgreement } from '../fixtures/small-agreement.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

/** Any value a plain JavaScript caller could pass where options belong. */
// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const agreement = smallAgreement();
const fingerprint = textFingerprint(agreement.clauses);
const cby = { number: '0003', name: 'Cby' };

/** Every lifecycle function, called with `options` in place of its options. */
const calls: readonly [string, (options: Untyped) => unknown][] = [
  ['withdraw', (o) => withdraw(agreement, o)],
  ['admit', (o) => admit(agreement, o)],
  ['adoptionStatus', (o) => adoptionStatus(agreement, o)],
  ['deadlines', (o) => deadlines(agreement, o)],
  ['breachComplaint', (o) => breachComplaint(agreement, o)],
  ['terminationRequirement', (o) => terminationRequirement(agreement, o)],
  ['withdrawalEffectiveDate', (o) => withdrawalEffectiveDate(agreement, o)],
];

describe('lifecycle functions called by plain JavaScript: an input error with paths, never a TypeError', () => {
  it.each(calls)(
    '%s: options that are null, a list, a number or text are one problem at "options"',
    (_, call) => {
      for (const options of [null, [], 42, 'x', true]) {
        expect(problemsOf(() => call(options))).toEqual([['options', 'invalid_type']]);
      }
    },
  );

  it('an agreement that did not come from parsing is checked on entry; every problem is named under "agreement"', () => {
    const broken = { ...agreement, parties: 'all of them', validFrom: '2025-02-30' } as Untyped;
    for (const call of [
      () => isInForce(broken, '2025-06-01'),
      () => deadlines(broken, { year: 2026 }),
      () => withdraw(broken, { party: '0001', noticeSentOn: '2025-03-01' }),
      () => admit(broken, { municipality: cby, population: 1 }),
      () => adoptionStatus(broken, { fingerprint, decisions: [], date: '2025-01-01' }),
      () => breachComplaint(broken, { awareOn: '2025-01-01' }),
      () => terminationRequirement(broken, { party: '0001', date: '2025-06-01' }),
      () => withdrawalEffectiveDate(broken, { noticeSentOn: '2025-01-01' }),
      () => applyEvents(broken, []),
    ]) {
      const error = catchInputError(call);
      expect(error.message.split('\n')[0]).toBe('Invalid agreement (2 problems):');
      expect(error.problems.map((p) => p.path)).toEqual([
        'agreement.parties',
        'agreement.validFrom',
      ]);
    }
    expect(problemsOf(() => isInForce(null as Untyped, '2025-06-01'))).toEqual([
      ['agreement', 'invalid_type'],
    ]);
  });

  it('property: whatever a caller passes as options, each function returns or throws an AgreementInputError, never anything else', () => {
    fc.assert(
      fc.property(fc.anything(), (options) => {
        for (const [, call] of calls) {
          try {
            call(options);
          } catch (error) {
            if (!(error instanceof AgreementInputError)) throw error;
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: events of any shape give an AgreementInputError or an applied agreement, never a TypeError', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 4 }), (events) => {
        try {
          applyEvents(agreement, events as readonly MembershipEvent[]);
        } catch (error) {
          if (!(error instanceof AgreementInputError)) throw error;
        }
      }),
      { numRuns: 60 },
    );
  });
});
