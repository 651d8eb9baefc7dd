import { describe, expect, it } from 'vitest';
import { breachComplaint, terminationRequirement } from '../../src/lifecycle/breach.js';
import { smallAgreement } from '../fixtures/small-agreement.js';
import { problemsOf } from '../helpers/errors.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const agreement = smallAgreement();

describe('breach (mislighold) and termination', () => {
  it('a complaint is due the stated months after the party became aware, and is open until then', () => {
    // Aware on 10 January 2025, three months to complain: due 10 April 2025.
    const complaint = breachComplaint(agreement, { awareOn: '2025-01-10', asOf: '2025-03-01' });
    expect(complaint).toMatchObject({
      deadline: '2025-04-10',
      inTime: false,
      open: true,
      claimLost: false,
    });
    expect(complaint.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      ['breach_complaint_open', '§1', { awareOn: '2025-01-10', deadline: '2025-04-10' }],
    ]);
  });

  it('termination needs every other party when the agreement says so', () => {
    const requirement = terminationRequirement(agreement, { party: '0001', date: '2025-06-01' });
    expect([requirement.code, requirement.clause, requirement.values]).toEqual([
      'termination_needs_all_others',
      '§1',
      { party: '0001 Aby', others: 1 },
    ]);
  });

  it('dates and flags of the wrong type are named', () => {
    expect(
      problemsOf(() =>
        breachComplaint(agreement, {
          awareOn: '2025-01-01',
          complainedOn: 1,
          asOf: '2025-13-01',
          intentOrGrossNegligence: 'yes',
        } as Untyped),
      ),
    ).toEqual([
      ['asOf', 'invalid_date'],
      ['complainedOn', 'invalid_date'],
      ['intentOrGrossNegligence', 'invalid_type'],
    ]);
    expect(problemsOf(() => terminationRequirement(agreement, { party: null } as Untyped))).toEqual(
      [
        ['date', 'required'],
        ['party', 'invalid_type'],
      ],
    );
  });
});
