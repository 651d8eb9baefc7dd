import { describe, expect, it } from 'vitest';
import { applyEvents } from '../../src/rules/apply-events.js';
import { openEndedAgreement } from '../fixtures/small-agreement.js';
import { iks, turnOfYear } from '../fixtures/withdrawal-timing.js';
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

describe('applyEvents: withdrawal timing and extra costs from the agreement', () => {
  it('the notice dates are kept on the party; the effective date follows the agreement’s timing', () => {
    const applied = applyEvents(turnOfYear(), [
      {
        type: 'withdrawal',
        party: '0001',
        noticeSentOn: '2025-03-15',
        noticeReceivedOn: '2025-03-20',
      },
    ]);
    // Received 20 March 2025 + 1 year, then the next 1 January.
    expect(applied.agreement.parties[0]?.membership).toEqual({
      joined: '2020-01-01',
      noticeSentOn: '2025-03-15',
      noticeReceivedOn: '2025-03-20',
      withdrawn: '2027-01-01',
    });
    expect(applied.reasons.map((r) => r.code)).toEqual([
      'withdrawal_notice_period',
      'withdrawal_minimum_membership',
      'withdrawal_takes_effect',
      'withdrawal_effective_date',
    ]);
  });

  it('what the timing needs is named at the event: the day of receipt, a receipt before joining, a bad date', () => {
    expect(
      problemsOf(() =>
        applyEvents(turnOfYear(), [
          { type: 'withdrawal', party: '0001', noticeSentOn: '2025-03-15' },
          { type: 'withdrawal', party: '0002', noticeReceivedOn: '2024-01-01' },
        ]),
      ),
    ).toEqual([
      ['events[0].noticeReceivedOn', 'required'],
      ['events[1].noticeReceivedOn', 'not_a_member'],
    ]);
    expect(
      problemsOf(() =>
        applyEvents(turnOfYear(), [
          { type: 'withdrawal', party: '0001', noticeReceivedOn: '2025-02-30' } as Untyped,
          { type: 'withdrawal', party: '0002' } as Untyped,
        ]),
      ),
    ).toEqual([
      ['events[0].noticeReceivedOn', 'invalid_date'],
      ['events[1]', 'notice_or_effective'],
    ]);
  });

  it('extra costs only where the agreement charges them', () => {
    const error = () =>
      applyEvents(agreement, [
        { type: 'withdrawal', party: '0002', effectiveDate: '2025-07-01', extraCosts: '100.00' },
      ]);
    expect(problemsOf(error)).toEqual([['events[0].extraCosts', 'extra_costs_not_charged']]);
    const charged = applyEvents(iks(), [
      { type: 'withdrawal', party: '0002', noticeSentOn: '2025-03-15', extraCosts: '100.00' },
    ]);
    expect(charged.extraCosts.get('0002')).toEqual({ ore: 10000n, effectiveDate: '2026-03-15' });
  });
});
