import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { whatIf } from '../../../src/analysis/what-if.js';
import { ownershipShares } from '../../../src/finance/ownership-shares.js';
import { settle } from '../../../src/finance/settle.js';
import type { MembershipEvent } from '../../../src/model/events.js';
import { applyEvents } from '../../../src/rules/apply-events.js';
import { HP } from '../../helpers/meetings.js';

/** A day in 2025–2027 as an ISO date. */
const dayArb = fc
  .record({
    y: fc.integer({ min: 2025, max: 2027 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Withdrawals of distinct parties (not all) and admissions of new numbers, in random order. */
const eventsArb: fc.Arbitrary<MembershipEvent[]> = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...HP.slice(1)), { maxLength: 6 }),
    fc.array(dayArb, { minLength: 6, maxLength: 6 }),
    fc.uniqueArray(fc.integer({ min: 9000, max: 9999 }), { maxLength: 3 }),
    fc.array(fc.tuple(dayArb, fc.integer({ min: 0, max: 50_000 })), { minLength: 3, maxLength: 3 }),
    fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 6, maxLength: 6 }),
  )
  .chain(([leaving, notices, newcomers, admissions, extras]) => {
    const events: MembershipEvent[] = [
      ...leaving.map((party, i) => ({
        type: 'withdrawal' as const,
        party,
        noticeSentOn: notices[i] as string,
        extraCosts: `${extras[i]}.00`,
      })),
      ...newcomers.map((n, i) => ({
        type: 'admission' as const,
        party: { number: String(n), name: `Ny ${n}`, population: admissions[i]?.[1] ?? 0 },
        effectiveDate: admissions[i]?.[0] as string,
      })),
    ];
    return fc.shuffledSubarray(events, { minLength: events.length });
  });

describe('§9 §12 §14: andelene og oppgjøret etter uttreden og opptak, for alle hendelser', () => {
  it('§9 §12: et oppgjør summerer nøyaktig til beløpet pluss ekstrakostnadene, for alle hendelser', () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.integer({ min: 2025, max: 2027 }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        (events, year, amount) => {
          const s = settle(helseplattformen, { year, amount: amount.toString(), events });
          const parts = s.parties.reduce((sum, p) => sum + BigInt(p.amount.replace('.', '')), 0n);
          expect(parts).toBe(BigInt(s.sum.replace('.', '')));
          expect(BigInt(s.sum.replace('.', ''))).toBe(
            amount * 100n + BigInt(s.extraCosts.replace('.', '')),
          );
          expect(s.parties.every((p) => p.days >= 0 && p.days <= 366)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('§12 §14: rekkefølgen på hendelsene endrer ingenting', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const a = settle(helseplattformen, { year: 2026, amount: '1000000.00', events });
        const b = settle(helseplattformen, {
          year: 2026,
          amount: '1000000.00',
          events: [...events].reverse(),
        });
        expect(b.parties).toEqual(a.parties);
      }),
      { numRuns: 40 },
    );
  });

  it('§14 §12: å ta opp en part og la den tre ut samme dag gir de opprinnelige andelene tilbake', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 100_000 }), (day, population) => {
        const events: MembershipEvent[] = [
          {
            type: 'admission',
            party: { number: '1811', name: 'Bindal', population },
            effectiveDate: day,
          },
          { type: 'withdrawal', party: '1811', effectiveDate: day },
        ];
        const { agreement } = applyEvents(helseplattformen, events);
        const shares = (a: typeof agreement) => ownershipShares(a, { date: day }).parties;
        expect(shares(agreement)).toEqual(shares(helseplattformen));
      }),
      { numRuns: 50 },
    );
  });

  it('§9: andelene etter en hvilken som helst rekke hendelser summerer til nøyaktig 1', () => {
    fc.assert(
      fc.property(eventsArb, dayArb, (events, day) => {
        const { agreement } = applyEvents(helseplattformen, events);
        const shares = ownershipShares(agreement, { date: day });
        const sum = shares.parties.reduce((s, p) => s + BigInt(p.share.numerator), 0n);
        expect(shares.parties.every((p) => p.share.denominator === shares.totalPopulation)).toBe(
          true,
        );
        expect(sum).toBe(BigInt(shares.totalPopulation));
        expect(shares.percentLargestRemainderSum).toBe('100.00');
      }),
      { numRuns: 60 },
    );
  });

  it('§12 hva-om: endringene for dem som er igjen, summerer til det den som trer ut, betalte', () => {
    const w = whatIf(helseplattformen, {
      events: [{ type: 'withdrawal', party: '1508', noticeSentOn: '2025-03-01' }],
      amount: '10000000.00',
    });
    const change = w.parties.reduce((s, p) => s + BigInt(p.change.replace('.', '')), 0n);
    expect(change).toBe(0n);
    expect(w.parties.find((p) => p.number === '1508')?.after).toBeNull();
    // 10 000 000 × 214 565 / 477 003 = 4 498 189.74 kr after; 4 006 726.27 before
    expect(w.parties.find((p) => p.number === '5001')).toMatchObject({
      change: '491463.47',
      after: { amount: '4498189.74' },
    });
  });
  it('§12 hva-om fra en senere dato: «før» er uten hendelsene, «etter» er når den siste av dem får virkning', () => {
    const w = whatIf(helseplattformen, {
      events: [
        { type: 'withdrawal', party: '3430', effectiveDate: '2026-01-01' },
        { type: 'withdrawal', party: '1508', noticeSentOn: '2026-03-01' },
      ],
      amount: '1000.00',
      date: '2026-06-01',
    });
    expect([w.before, w.after]).toEqual(['2026-06-01', '2027-03-01']);
    expect(w.parties).toHaveLength(34);
    expect(w.parties.filter((p) => p.after === null).map((p) => p.number)).toEqual([
      '1508',
      '3430',
    ]);
    expect(w.parties.reduce((s, p) => s + BigInt(p.change.replace('.', '')), 0n)).toBe(0n);
    expect(w.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['withdrawal_effective', 'parties_active']),
    );
    const none = whatIf(helseplattformen, { events: [], amount: '1000.00', date: '2027-01-01' });
    expect([none.before, none.after]).toEqual(['2027-01-01', '2027-01-01']);
    expect(none.parties.every((p) => p.change === '0.00')).toBe(true);
    const past = whatIf(helseplattformen, {
      events: [{ type: 'withdrawal', party: '3430', effectiveDate: '2026-01-01' }],
      amount: '1000.00',
      date: '2027-01-01',
    });
    expect(past.after).toBe('2027-01-01');
  });
});
