import { describe, expect, it } from 'vitest';
import { isInForce } from '../../src/lifecycle/in-force.js';
import { openEndedAgreement, smallAgreement } from '../fixtures/small-agreement.js';
import { problemsOf } from '../helpers/errors.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;

describe('isInForce', () => {
  it('an agreement without an end date is in force on any day from its start', () => {
    const inForce = isInForce(openEndedAgreement(), '2026-01-01');
    expect([inForce.inForce, inForce.reading, inForce.alternatives]).toEqual([true, null, []]);
    expect(inForce.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      ['in_force', '§1', { date: '2026-01-01', validFrom: '2025-01-01', validUntil: null }],
    ]);
  });

  it('a date that is not a date is named', () => {
    expect(problemsOf(() => isInForce(smallAgreement(), null as Untyped))).toEqual([
      ['date', 'invalid_date'],
    ]);
  });
});
