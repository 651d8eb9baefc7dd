import { describe, expect, it } from 'vitest';
import { applyEvents } from '../../src/rules/apply-events.js';
import { openEndedAgreement } from '../fixtures/small-agreement.js';
import { problemsOf } from '../helpers/errors.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const agreement = openEndedAgreement();

describe('applyEvents', () => {
  it('a withdrawal dates the party’s notice and its leaving; an admission adds a party', () => {
    const applied = applyEvents(agreement, [
      { type: 'withdrawal', party: '0002', noticeSentOn: '2025-03-01' },
      {
        type: 'admission',
        party: { number: '0003', name: 'Cby', population: 25 },
        effectiveDate: '2025-07-01',
      },
    ]);
    expect(
      applied.agreement.parties.map((p) => [p.municipality.number, p.population, p.membership]),
    ).toEqual([
      ['0001', 100, { joined: '2025-01-01' }],
      // notice 1 March 2025, 12 months' notice: out on 1 March 2026
      ['0002', 50, { joined: '2025-01-01', noticeSentOn: '2025-03-01', withdrawn: '2026-03-01' }],
      ['0003', 25, { joined: '2025-07-01' }],
    ]);
    expect(applied.extraCosts.size).toBe(0);
    expect(agreement.parties.map((p) => p.membership)).toEqual([
      { joined: '2025-01-01' },
      { joined: '2025-01-01' },
    ]);
  });

  it('events of the wrong shape are each named, with the others still checked', () => {
    const events = [
      null,
      { type: 'merger', party: '0001' },
      { type: 'withdrawal', party: 1, effectiveDate: '2026-01-01' },
      { type: 'admission', party: '0003', effectiveDate: '2026-01-01' },
      { type: 'admission', party: null, effectiveDate: '2026-01-01' },
      { type: 'admission', party: { number: '0003' }, effectiveDate: '2026-01-01' },
      { type: 'withdrawal', party: '9999', effectiveDate: '2026-01-01' },
    ] as Untyped;
    expect(problemsOf(() => applyEvents(agreement, events))).toEqual([
      ['events[0]', 'invalid_type'],
      ['events[1].type', 'invalid_type'],
      ['events[2].party', 'invalid_type'],
      ['events[3].party', 'invalid_type'],
      ['events[4].party', 'invalid_type'],
      ['events[5].party', 'invalid_type'],
      ['events[6].party', 'unknown_party'],
    ]);
    expect(problemsOf(() => applyEvents(agreement, { type: 'withdrawal' } as Untyped))).toEqual([
      ['events', 'invalid_type'],
    ]);
  });

  it('an admission with an empty number or name, or a withdrawal of a number that is not four digits, is an input error', () => {
    expect(
      problemsOf(() =>
        applyEvents(agreement, [
          {
            type: 'admission',
            party: { number: '', name: '', population: 5 },
            effectiveDate: '2026-01-01',
          },
          { type: 'withdrawal', party: '34', noticeSentOn: '2025-03-01' },
        ] as never),
      ),
    ).toEqual([
      ['events[0].party', 'invalid_type'],
      ['events[1].party', 'invalid_type'],
    ]);
  });
});
