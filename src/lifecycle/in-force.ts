import type { Agreement } from '../model/agreement.js';
import type { IsoDate } from '../model/iso-date.js';
import { assertDate } from '../rules/membership.js';
import { citing, type Reason } from '../rules/reason.js';
import { checkedAgreement } from './input.js';

/**
 * Whether an agreement is in force on a date; see {@link isInForce}.
 *
 * @example
 * const answer: InForce = isInForce(digitrondelag, '2023-01-01');
 * answer.inForce; //=> false
 */
export interface InForce {
  readonly inForce: boolean;
  readonly reasons: readonly Reason[];
}

/**
 * Whether an agreement is in force (gjelder) on a date: from its start to its
 * end date, if it has one. DigiTrøndelag §6: "gjelder fra
 * undertegnelsestidspunktet og frem til 2022" (read as through 31 December
 * 2022); Helseplattformen §12: "Avtalen løper frem til den blir sagt opp av
 * samtlige parter" (no end date). Whether every council has adopted the text
 * is a separate question: {@link adoptionStatus}.
 *
 * @see DigiTrøndelag §6; Helseplattformen §12, §19
 * @example
 * isInForce(digitrondelag, '2022-12-31').inForce; //=> true
 * isInForce(digitrondelag, '2023-01-01').inForce; //=> false
 * isInForce(helseplattformen, '2040-01-01').inForce; //=> true
 */
export function isInForce(input: Agreement, date: IsoDate): InForce {
  const agreement = checkedAgreement(input);
  assertDate(date, 'date');
  const { validFrom, validUntil } = agreement;
  const inForce = date >= validFrom && (validUntil === undefined || date <= validUntil);
  const clause = agreement.validityClause ?? agreement.clauses.at(-1)?.ref ?? '';
  const values = { date, validFrom, validUntil: validUntil ?? null };
  return {
    inForce,
    reasons: [citing(agreement.id)(clause, inForce ? 'in_force' : 'not_in_force', values)],
  };
}
