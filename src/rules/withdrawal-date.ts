import {
  addDays,
  addMonths,
  addYears,
  firstJanuaryAfter,
  firstJanuaryOnOrAfter,
} from '../internal/calendar.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, type InputProblem } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import { checkedAgreement, missingRule, OptionsReader } from './input.js';
import { citing, type Reason } from './reason.js';

/**
 * When a withdrawal takes effect; see {@link withdrawalEffectiveDate}.
 *
 * @example
 * const dates: WithdrawalDates = withdrawalEffectiveDate(helseplattformen, { noticeSentOn: '2025-03-15' });
 */
export interface WithdrawalDates {
  /** The day the written notice was sent, when given. */
  readonly noticeSentOn?: IsoDate;
  /** The day the written notice was received, when given. */
  readonly noticeReceivedOn?: IsoDate;
  /** The first day the party is no longer a member (dato for uttreden). */
  readonly effectiveDate: IsoDate;
  /** The last day the party finances the cooperation: the day before `effectiveDate`. */
  readonly lastFinancedDate: IsoDate;
  readonly reasons: readonly Reason[];
}

/**
 * The dates a withdrawal is counted from; see {@link withdrawalEffectiveDate}.
 *
 * @example
 * const notice: WithdrawalNotice = { noticeReceivedOn: '2025-03-20', joined: '2020-01-01' };
 */
export interface WithdrawalNotice {
  /** The day the written notice was sent (varsel sendt). */
  readonly noticeSentOn?: IsoDate;
  /** The day the written notice was received (varsel mottatt), for an agreement that counts from receipt. */
  readonly noticeReceivedOn?: IsoDate;
  /** The day the party joined; needed where the agreement sets a minimum membership. */
  readonly joined?: IsoDate;
}

/**
 * A statutory right to withdraw (the party may "i alle fall" withdraw with
 * this notice, whatever the agreement says), with whether LEGAL.md has
 * verified it.
 *
 * @internal
 * @example
 * const statute: Statute = { law: 'IKS-loven', section: '§ 30', months: 12, verified: false };
 */
export interface Statute {
  readonly law: string;
  readonly section: string;
  readonly months: number;
  readonly verified: boolean;
}

const STATUTES: Readonly<Record<string, Statute>> = {
  // LEGAL.md §1.6 [V]: "kan i alle fall med ett års skriftlig varsel si opp sitt deltakerforhold".
  'kommuneloven-1992-27-3': {
    law: 'kommuneloven 1992',
    section: '§ 27 nr. 3',
    months: 12,
    verified: true,
  },
  // LEGAL.md §1.7: one year's written notice, UNVERIFIED.
  'iks-loven-30': { law: 'IKS-loven', section: '§ 30', months: 12, verified: false },
};

/** The statutory right that applies to a legal form when the agreement names none. */
const STATUTE_BY_FORM: Readonly<Record<string, string>> = {
  'interkommunalt-selskap': 'iks-loven-30',
  'interkommunalt-styre-1992': 'kommuneloven-1992-27-3',
};

/**
 * The statutory right to withdraw that applies to an agreement: the one its
 * withdrawal rule names (`statute`), else the one of its legal form (an IKS:
 * IKS-loven § 30, unverified); `undefined` for none.
 *
 * @internal
 * @example
 * withdrawalStatute(helseplattformen); //=> undefined
 */
export function withdrawalStatute(
  agreement: Agreement,
): (Statute & { readonly id: string }) | undefined {
  const named = agreement.lifecycle?.withdrawal?.statute;
  const id =
    named ??
    (Object.hasOwn(STATUTE_BY_FORM, agreement.legalForm)
      ? STATUTE_BY_FORM[agreement.legalForm]
      : undefined);
  const statute = id === undefined ? undefined : STATUTES[id];
  return statute === undefined ? undefined : { id: id as string, ...statute };
}

/**
 * The day a withdrawal (uttreden) takes effect, by the agreement's
 * `lifecycle.withdrawal`:
 *
 * - the notice period (`notice`, in months or years) runs from the day the
 *   written notice is sent, or, where `countedFrom` is `received`, the day
 *   it is received ("mottatt av styret"); a date the rule counts from that
 *   is not given is an input error, never assumed;
 * - the period ends on the same day number a period later, or the last day
 *   of the month where that day does not exist (notice on 2024-02-29 with
 *   one year: 2025-02-28);
 * - not before the end of a minimum membership (`minimumMembership`, from
 *   `joined`);
 * - `takesEffect`: at the end of the period (the default), at the first
 *   1 January on or after it (`next-1-january`, "fra det derpå følgende
 *   årsskifte"), or on 1 January after the calendar year in which the period
 *   runs out (`end-of-calendar-year`; the two differ only when the period
 *   runs out on a 1 January);
 * - a statutory right to withdraw (`statute`, else by the legal form: an
 *   IKS has IKS-loven § 30): the party may in any case withdraw with one
 *   year's written notice, so where the agreement's date is later, the
 *   statutory date applies (the reason says so, and whether the statute is
 *   verified); where the agreement's date is earlier, the agreement's stands.
 *
 * The duty to finance ends "fra og med dato for uttreden", so the last
 * financed day is the day before.
 *
 * @see Helseplattformen §12
 * @throws {@link AgreementInputError} for an invalid date, an agreement that
 *   states no notice period, or a date the rule needs that is not given.
 * @example
 * const dates = withdrawalEffectiveDate(helseplattformen, { noticeSentOn: '2024-02-29' });
 * [dates.effectiveDate, dates.lastFinancedDate]; //=> ['2025-02-28', '2025-02-27']
 */
export function withdrawalEffectiveDate(
  agreement: Agreement,
  options: WithdrawalNotice,
): WithdrawalDates {
  const valid = checkedAgreement(agreement);
  const read = new OptionsReader(options);
  const noticeSentOn = read.date('noticeSentOn', false);
  const noticeReceivedOn = read.date('noticeReceivedOn', false);
  const joined = read.date('joined', false);
  read.done('Invalid date');
  return checkedWithdrawalDate(valid, {
    ...(noticeSentOn === undefined ? {} : { noticeSentOn }),
    ...(noticeReceivedOn === undefined ? {} : { noticeReceivedOn }),
    ...(joined === undefined ? {} : { joined }),
  });
}

/**
 * {@link withdrawalEffectiveDate} for an agreement already checked and dates
 * that are valid dates. Problems are named at `at` (e.g. `events[2]`).
 *
 * @internal
 */
export function checkedWithdrawalDate(
  agreement: Agreement,
  notice: WithdrawalNotice,
  at = '',
): WithdrawalDates {
  const path = (field: string) => (at === '' ? field : `${at}.${field}`);
  const rule = agreement.lifecycle?.withdrawal;
  if (rule === undefined) {
    throw new AgreementInputError(
      [
        missingRule(
          agreement,
          'withdrawal',
          'no_withdrawal_rule',
          'states no notice period for withdrawal',
        ),
      ],
      'No withdrawal rule',
    );
  }
  const { noticeSentOn, noticeReceivedOn, joined } = notice;
  const countedFrom = rule.countedFrom ?? 'sent';
  const problems: InputProblem[] = [];
  if (countedFrom === 'received' && noticeReceivedOn === undefined) {
    problems.push({
      path: path('noticeReceivedOn'),
      code: 'required',
      message: `${agreement.id} counts the notice period from the day the notice is received (${rule.clause}): give that day, not only the day it was sent`,
    });
  }
  if (countedFrom === 'sent' && noticeSentOn === undefined) {
    problems.push({
      path: path('noticeSentOn'),
      code: 'required',
      message: `${agreement.id} counts the notice period from the day the notice is sent (${rule.clause}): give that day`,
    });
  }
  if (
    noticeSentOn !== undefined &&
    noticeReceivedOn !== undefined &&
    noticeReceivedOn < noticeSentOn
  ) {
    problems.push({
      path: path('noticeReceivedOn'),
      code: 'received_before_sent',
      message: `the notice cannot be received (${noticeReceivedOn}) before it is sent (${noticeSentOn})`,
    });
  }
  const minimum = rule.minimumMembership;
  if (minimum !== undefined && joined === undefined) {
    problems.push({
      path: path('joined'),
      code: 'joined_missing',
      message: `${agreement.id} sets a minimum membership (${minimum.clause}): give the day the party joined`,
    });
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Cannot date the withdrawal');
  const from = (countedFrom === 'received' ? noticeReceivedOn : noticeSentOn) as IsoDate;
  const given = {
    ...(noticeSentOn === undefined ? {} : { noticeSentOn }),
    ...(noticeReceivedOn === undefined ? {} : { noticeReceivedOn }),
  };
  const cite = citing(agreement.id);
  const statute = withdrawalStatute(agreement);
  const takesEffect = rule.takesEffect ?? 'end-of-period';

  if (
    'months' in rule.notice &&
    countedFrom === 'sent' &&
    takesEffect === 'end-of-period' &&
    minimum === undefined &&
    statute === undefined
  ) {
    // The plain rule: a number of months from the day the notice is sent.
    const effectiveDate = addMonths(from, rule.notice.months);
    const lastFinancedDate = addDays(effectiveDate, -1);
    return {
      ...given,
      effectiveDate,
      lastFinancedDate,
      reasons: [
        cite(rule.clause, 'withdrawal_effective', {
          noticeSentOn: from,
          months: rule.notice.months,
          effectiveDate,
          lastFinancedDate,
        }),
      ],
    };
  }

  const [period, unit] =
    'months' in rule.notice
      ? [rule.notice.months, 'months' as const]
      : [rule.notice.years, 'years' as const];
  const periodEnd = unit === 'months' ? addMonths(from, period) : addYears(from, period);
  const reasons: Reason[] = [
    cite(rule.clause, 'withdrawal_notice_period', {
      countedFrom,
      noticeDate: from,
      period,
      unit,
      periodEnd,
    }),
  ];
  let end = periodEnd;
  if (minimum !== undefined) {
    const [length, minimumUnit] =
      'months' in minimum ? [minimum.months, 'months' as const] : [minimum.years, 'years' as const];
    const earliest =
      minimumUnit === 'months'
        ? addMonths(joined as IsoDate, length)
        : addYears(joined as IsoDate, length);
    const applies = earliest > end;
    if (applies) end = earliest;
    reasons.push(
      cite(minimum.clause, 'withdrawal_minimum_membership', {
        joined: joined as IsoDate,
        period: length,
        unit: minimumUnit,
        earliest,
        applies,
      }),
    );
  }
  let agreementDate = end;
  if (takesEffect !== 'end-of-period') {
    agreementDate =
      takesEffect === 'next-1-january' ? firstJanuaryOnOrAfter(end) : firstJanuaryAfter(end);
    reasons.push(
      cite(rule.clause, 'withdrawal_takes_effect', {
        takesEffect,
        from: end,
        effectiveDate: agreementDate,
      }),
    );
  }
  let effectiveDate = agreementDate;
  if (statute !== undefined) {
    const statutoryDate = addMonths(from, statute.months);
    const applies = statutoryDate < agreementDate;
    if (applies) effectiveDate = statutoryDate;
    reasons.push(
      cite(rule.clause, 'withdrawal_statute', {
        statute: statute.id,
        law: statute.law,
        section: statute.section,
        months: statute.months,
        verified: statute.verified,
        agreementDate,
        statutoryDate,
        applies,
      }),
    );
  }
  const lastFinancedDate = addDays(effectiveDate, -1);
  reasons.push(cite(rule.clause, 'withdrawal_effective_date', { effectiveDate, lastFinancedDate }));
  return { ...given, effectiveDate, lastFinancedDate, reasons };
}
