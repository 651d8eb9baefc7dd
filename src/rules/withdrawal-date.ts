import { addDays, addMonths } from '../internal/calendar.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
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
  readonly noticeSentOn: IsoDate;
  /** The first day the party is no longer a member (dato for uttreden). */
  readonly effectiveDate: IsoDate;
  /** The last day the party finances the cooperation: the day before `effectiveDate`. */
  readonly lastFinancedDate: IsoDate;
  readonly reasons: readonly Reason[];
}

/**
 * The day a withdrawal (uttreden) takes effect: the notice period after the
 * written notice was sent — Helseplattformen §12: "1 år etter skriftlig varsel
 * om uttreden er sendt" — on the same day number, or the last day of the
 * month where that day does not exist (notice on 2024-02-29 takes effect
 * 2025-02-28). The duty to finance ends "fra og med dato for uttreden", so
 * the last financed day is the day before.
 *
 * @see Helseplattformen §12
 * @throws {@link AgreementInputError} for an invalid date, or an agreement that states no notice period.
 * @example
 * const dates = withdrawalEffectiveDate(helseplattformen, { noticeSentOn: '2024-02-29' });
 * [dates.effectiveDate, dates.lastFinancedDate]; //=> ['2025-02-28', '2025-02-27']
 */
export function withdrawalEffectiveDate(
  agreement: Agreement,
  options: { readonly noticeSentOn: IsoDate },
): WithdrawalDates {
  const valid = checkedAgreement(agreement);
  const read = new OptionsReader(options);
  const noticeSentOn = read.date('noticeSentOn', true);
  read.done('Invalid date');
  return checkedWithdrawalDate(valid, noticeSentOn as IsoDate);
}

/**
 * {@link withdrawalEffectiveDate} for an agreement already checked and a
 * date that is a valid date.
 *
 * @internal
 */
export function checkedWithdrawalDate(
  agreement: Agreement,
  noticeSentOn: IsoDate,
): WithdrawalDates {
  const options = { noticeSentOn };
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
  const effectiveDate = addMonths(options.noticeSentOn, rule.notice.months);
  const lastFinancedDate = addDays(effectiveDate, -1);
  const cite = citing(agreement.id);
  return {
    noticeSentOn: options.noticeSentOn,
    effectiveDate,
    lastFinancedDate,
    reasons: [
      cite(rule.clause, 'withdrawal_effective', {
        noticeSentOn: options.noticeSentOn,
        months: rule.notice.months,
        effectiveDate,
        lastFinancedDate,
      }),
    ],
  };
}
