import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { withdrawalEffectiveDate } from '../../src/rules/withdrawal-date.js';
import { small, smallAgreement } from '../fixtures/small-agreement.js';
import { iks, iksFile, turnOfYear, turnOfYearFile } from '../fixtures/withdrawal-timing.js';
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

describe('withdrawal timing as data', () => {
  const cite = (clause: string, code: string, values: Record<string, unknown>) => ({
    code,
    agreement: 'arsskifte',
    clause,
    values,
  });

  it('counted from receipt, one year, from the following turn of the year; a minimum membership already served', () => {
    // Received 20 March 2025 + 1 year = 20 March 2026; the next 1 January is 1 January 2027.
    // Joined 1 January 2020 + 3 years = 1 January 2023: long past.
    const dates = withdrawalEffectiveDate(turnOfYear(), {
      noticeSentOn: '2025-03-15',
      noticeReceivedOn: '2025-03-20',
      joined: '2020-01-01',
    });
    expect(dates).toEqual({
      noticeSentOn: '2025-03-15',
      noticeReceivedOn: '2025-03-20',
      effectiveDate: '2027-01-01',
      lastFinancedDate: '2026-12-31',
      reasons: [
        cite('§6', 'withdrawal_notice_period', {
          countedFrom: 'received',
          noticeDate: '2025-03-20',
          period: 1,
          unit: 'years',
          periodEnd: '2026-03-20',
        }),
        cite('§7', 'withdrawal_minimum_membership', {
          joined: '2020-01-01',
          period: 3,
          unit: 'years',
          earliest: '2023-01-01',
          applies: false,
        }),
        cite('§6', 'withdrawal_takes_effect', {
          takesEffect: 'next-1-january',
          from: '2026-03-20',
          effectiveDate: '2027-01-01',
        }),
        cite('§6', 'withdrawal_effective_date', {
          effectiveDate: '2027-01-01',
          lastFinancedDate: '2026-12-31',
        }),
      ],
    });
  });

  it('a minimum membership not yet served puts the withdrawal later, then to the turn of the year', () => {
    // Joined 1 June 2024 + 3 years = 1 June 2027, after 20 March 2026; the next 1 January: 2028.
    const dates = withdrawalEffectiveDate(turnOfYear(), {
      noticeReceivedOn: '2025-03-20',
      joined: '2024-06-01',
    });
    expect([dates.effectiveDate, dates.reasons[1]?.values]).toEqual([
      '2028-01-01',
      { joined: '2024-06-01', period: 3, unit: 'years', earliest: '2027-06-01', applies: true },
    ]);
  });

  it('a period that runs out on 1 January: that turn of the year, or the end of that calendar year', () => {
    const file = turnOfYearFile();
    const endOfYear = parseAgreement({
      ...file,
      lifecycle: {
        withdrawal: { ...file.lifecycle.withdrawal, takesEffect: 'end-of-calendar-year' },
      },
    });
    const notice = { noticeReceivedOn: '2025-01-01', joined: '2020-01-01' } as const;
    expect(withdrawalEffectiveDate(turnOfYear(), notice).effectiveDate).toBe('2026-01-01');
    expect(withdrawalEffectiveDate(endOfYear, notice).effectiveDate).toBe('2027-01-01');
    // Any other day of the year: the same turn of the year under both.
    const mid = { ...notice, noticeReceivedOn: '2025-01-02' };
    expect(withdrawalEffectiveDate(endOfYear, mid).effectiveDate).toBe('2027-01-01');
    expect(withdrawalEffectiveDate(turnOfYear(), mid).effectiveDate).toBe('2027-01-01');
  });

  it('a rule counted from receipt needs the day of receipt; receipt before sending and an unknown joining day are errors', () => {
    expect(
      catchInputError(() =>
        withdrawalEffectiveDate(turnOfYear(), { noticeSentOn: '2025-03-15', joined: '2020-01-01' }),
      ).problems,
    ).toEqual([
      {
        path: 'noticeReceivedOn',
        code: 'required',
        message:
          'arsskifte counts the notice period from the day the notice is received (§6): give that day, not only the day it was sent',
      },
    ]);
    expect(
      catchInputError(() =>
        withdrawalEffectiveDate(turnOfYear(), {
          noticeSentOn: '2025-03-15',
          noticeReceivedOn: '2025-03-14',
        }),
      ).problems,
    ).toEqual([
      {
        path: 'joined',
        code: 'joined_missing',
        message: 'arsskifte sets a minimum membership (§7): give the day the party joined',
      },
      {
        path: 'noticeReceivedOn',
        code: 'received_before_sent',
        message: 'the notice cannot be received (2025-03-14) before it is sent (2025-03-15)',
      },
    ]);
    expect(
      catchInputError(() =>
        withdrawalEffectiveDate(smallAgreement(), { noticeReceivedOn: '2025-03-15' }),
      ).problems,
    ).toEqual([
      {
        path: 'noticeSentOn',
        code: 'required',
        message:
          'liten counts the notice period from the day the notice is sent (§1): give that day',
      },
    ]);
  });

  it('an IKS: the one-year right of IKS-loven § 30, unverified, shortens a two-year notice', () => {
    // Sent 15 March 2025: two years = 15 March 2027; the statute's one year = 15 March 2026.
    const dates = withdrawalEffectiveDate(iks(24), { noticeSentOn: '2025-03-15' });
    expect(dates.effectiveDate).toBe('2026-03-15');
    expect(dates.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      [
        'withdrawal_notice_period',
        '§10',
        {
          countedFrom: 'sent',
          noticeDate: '2025-03-15',
          period: 24,
          unit: 'months',
          periodEnd: '2027-03-15',
        },
      ],
      [
        'withdrawal_statute',
        '§10',
        {
          statute: 'iks-loven-30',
          law: 'IKS-loven',
          section: '§ 30',
          months: 12,
          verified: false,
          agreementDate: '2027-03-15',
          statutoryDate: '2026-03-15',
          applies: true,
        },
      ],
      [
        'withdrawal_effective_date',
        '§10',
        { effectiveDate: '2026-03-15', lastFinancedDate: '2026-03-14' },
      ],
    ]);
  });

  it('an IKS whose own notice is shorter keeps it; the statute is cited as not applying', () => {
    // Six months from 15 March 2025 = 15 September 2025, before the statute's 15 March 2026.
    const dates = withdrawalEffectiveDate(iks(6), { noticeSentOn: '2025-03-15' });
    expect([dates.effectiveDate, dates.reasons[1]?.values]).toEqual([
      '2025-09-15',
      {
        statute: 'iks-loven-30',
        law: 'IKS-loven',
        section: '§ 30',
        months: 12,
        verified: false,
        agreementDate: '2025-09-15',
        statutoryDate: '2026-03-15',
        applies: false,
      },
    ]);
  });

  it('a statute named in the data: kommuneloven 1992 § 27 nr. 3, verified; "none" leaves the plain rule', () => {
    const file = turnOfYearFile();
    const styre = parseAgreement({
      ...file,
      lifecycle: {
        withdrawal: {
          ...file.lifecycle.withdrawal,
          notice: { years: 2 },
          statute: 'kommuneloven-1992-27-3',
        },
      },
    });
    // Two years from 20 March 2025, then the turn of the year: 1 January 2028; the statute: 20 March 2026.
    const dates = withdrawalEffectiveDate(styre, {
      noticeReceivedOn: '2025-03-20',
      joined: '2020-01-01',
    });
    expect([dates.effectiveDate, dates.reasons.at(-2)?.values]).toEqual([
      '2026-03-20',
      {
        statute: 'kommuneloven-1992-27-3',
        law: 'kommuneloven 1992',
        section: '§ 27 nr. 3',
        months: 12,
        verified: true,
        agreementDate: '2028-01-01',
        statutoryDate: '2026-03-20',
        applies: true,
      },
    ]);
    const none = iksFile(24);
    const plain = parseAgreement({
      ...none,
      lifecycle: { withdrawal: { ...none.lifecycle.withdrawal, statute: 'none' } },
    });
    const noStatute = withdrawalEffectiveDate(plain, { noticeSentOn: '2025-03-15' });
    expect([noStatute.effectiveDate, noStatute.reasons.map((r) => r.code)]).toEqual([
      '2027-03-15',
      ['withdrawal_effective'],
    ]);
  });
});

/** Notice date + period by plain year and month arithmetic, clamped to the month's last day. */
function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

describe('withdrawal timing: properties', () => {
  const day = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2090-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const rule = fc.record({
    notice: fc.oneof(
      fc.integer({ min: 0, max: 120 }).map((months) => ({ months })),
      fc.integer({ min: 0, max: 10 }).map((years) => ({ years })),
    ),
    takesEffect: fc.constantFrom('end-of-period', 'next-1-january', 'end-of-calendar-year'),
    statute: fc.constantFrom('none', 'iks-loven-30'),
  });
  const agreementOf = (r: Record<string, unknown>) =>
    parseAgreement({ ...small(), lifecycle: { withdrawal: { ...r, clause: '§1' } } });

  it('without a statute: on or after the notice date plus the period; a 1 January when asked; monotone in the notice date', () => {
    fc.assert(
      fc.property(rule, day, day, (r, a, b) => {
        const agreement = agreementOf({ ...r, statute: 'none' });
        const months = 'months' in r.notice ? r.notice.months : r.notice.years * 12;
        const [first, second] = a <= b ? [a, b] : [b, a];
        const one = withdrawalEffectiveDate(agreement, { noticeSentOn: first });
        const two = withdrawalEffectiveDate(agreement, { noticeSentOn: second });
        expect(one.effectiveDate >= plusMonths(first, months)).toBe(true);
        expect(one.effectiveDate <= two.effectiveDate).toBe(true);
        if (r.takesEffect !== 'end-of-period') expect(one.effectiveDate.slice(5)).toBe('01-01');
        else expect(one.effectiveDate).toBe(plusMonths(first, months));
      }),
    );
  });

  it('with the statute: never later than one year after the notice, never later than without it', () => {
    fc.assert(
      fc.property(rule, day, (r, a) => {
        const withStatute = withdrawalEffectiveDate(
          agreementOf({ ...r, statute: 'iks-loven-30' }),
          {
            noticeSentOn: a,
          },
        ).effectiveDate;
        const without = withdrawalEffectiveDate(agreementOf({ ...r, statute: 'none' }), {
          noticeSentOn: a,
        }).effectiveDate;
        expect(withStatute <= plusMonths(a, 12)).toBe(true);
        expect(withStatute <= without).toBe(true);
        expect([without, plusMonths(a, 12)]).toContain(withStatute);
      }),
    );
  });
});

/** The `applies` value of a reason that has one. */
const applies = (reason: { readonly values: object } | undefined) =>
  (reason?.values as { readonly applies?: boolean } | undefined)?.applies;

describe('withdrawal timing: the boundaries', () => {
  it('a minimum membership that ends the day the period ends does not apply', () => {
    // Joined 1 June 2024 + 3 years = 1 June 2027 = received 1 June 2026 + 1 year.
    const dates = withdrawalEffectiveDate(turnOfYear(), {
      noticeReceivedOn: '2026-06-01',
      joined: '2024-06-01',
    });
    expect(dates.reasons[1]?.values).toEqual({
      joined: '2024-06-01',
      period: 3,
      unit: 'years',
      earliest: '2027-06-01',
      applies: false,
    });
    expect(dates.effectiveDate).toBe('2028-01-01');
    // A day later joined, a day later earliest: it applies, and the turn of the year is the same.
    const later = withdrawalEffectiveDate(turnOfYear(), {
      noticeReceivedOn: '2026-06-01',
      joined: '2024-06-02',
    });
    expect([applies(later.reasons[1]), later.effectiveDate]).toEqual([true, '2028-01-01']);
  });

  it('a statute that gives the same day as the agreement does not apply', () => {
    const dates = withdrawalEffectiveDate(iks(12), { noticeSentOn: '2025-03-15' });
    expect([dates.effectiveDate, applies(dates.reasons[1])]).toEqual(['2026-03-15', false]);
    // Thirteen months: the statute's twelve apply.
    const longer = withdrawalEffectiveDate(iks(13), { noticeSentOn: '2025-03-15' });
    expect([longer.effectiveDate, applies(longer.reasons[1])]).toEqual(['2026-03-15', true]);
  });

  it('the plain rule stated in full (sent, end of the period, no statute) keeps its one reason; years alone do not', () => {
    const file = small();
    const full = parseAgreement({
      ...file,
      lifecycle: {
        withdrawal: {
          notice: { months: 6 },
          countedFrom: 'sent',
          takesEffect: 'end-of-period',
          statute: 'none',
          clause: '§1',
        },
      },
    });
    expect(
      withdrawalEffectiveDate(full, { noticeSentOn: '2025-03-15' }).reasons.map((r) => r.code),
    ).toEqual(['withdrawal_effective']);
    const years = parseAgreement({
      ...file,
      lifecycle: { withdrawal: { notice: { years: 1 }, clause: '§1' } },
    });
    const dates = withdrawalEffectiveDate(years, { noticeSentOn: '2024-02-29' });
    // One year after 29 February 2024: 28 February 2025.
    expect([dates.effectiveDate, dates.reasons.map((r) => r.code)]).toEqual([
      '2025-02-28',
      ['withdrawal_notice_period', 'withdrawal_effective_date'],
    ]);
  });
});
