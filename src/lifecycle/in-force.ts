import type { Agreement } from '../model/agreement.js';
import { assertDate } from '../model/assert-date.js';
import type { IsoDate } from '../model/iso-date.js';
import { checkedAgreement, checkedReadings, OptionsReader } from '../rules/input.js';
import { citing, type Reason } from '../rules/reason.js';
import { validUntilUnder } from '../rules/validity.js';

/**
 * Whether an agreement is in force on a date; see {@link isInForce}.
 *
 * @example
 * const answer: InForce = isInForce(digitrondelag, '2023-01-01');
 * answer.inForce; //=> false
 */
export interface InForce {
  readonly inForce: boolean;
  /** The reading of the end date applied, when a note makes the end date a reading. */
  readonly reading: { readonly note: string; readonly reading: string } | null;
  /** The outcome under each other reading of that note. */
  readonly alternatives: readonly {
    readonly note: string;
    readonly reading: string;
    readonly inForce: boolean;
    readonly reasons: readonly Reason[];
  }[];
  readonly reasons: readonly Reason[];
}

/**
 * Whether an agreement is in force (gjelder) on a date: from its start to its
 * end date, if it has one. DigiTrøndelag §6: "gjelder fra
 * undertegnelsestidspunktet og frem til 2022" (read by default as through 31
 * December 2022; the note "end-of-2022" offers until 1 January 2022, selected
 * with `readings`, and the outcome under it is reported in `alternatives`);
 * Helseplattformen §12: "Avtalen løper frem til den blir sagt opp av
 * samtlige parter" (no end date). Whether every council has adopted the text
 * is a separate question: {@link adoptionStatus}.
 *
 * @param options.readings - note id → reading id, for a note that makes the end date a reading.
 * @see DigiTrøndelag §6; Helseplattformen §12, §19
 * @throws {@link AgreementInputError} for an invalid agreement or date, or a reading that is not one.
 * @example
 * isInForce(digitrondelag, '2022-12-31').inForce; //=> true
 * isInForce(digitrondelag, '2022-06-01', { readings: { 'end-of-2022': 'until-2022' } }).inForce; //=> false
 * isInForce(helseplattformen, '2040-01-01').inForce; //=> true
 */
export function isInForce(
  input: Agreement,
  date: IsoDate,
  options?: { readonly readings?: Readonly<Record<string, string>> },
): InForce {
  const agreement = checkedAgreement(input);
  assertDate(date, 'date');
  const read = new OptionsReader(options, '', false);
  const readingOf = checkedReadings(agreement, read.raw('readings'), read.problems);
  read.done('Invalid options');
  const byReading = agreement.validUntilByReading;
  const applied = byReading === undefined ? undefined : readingOf(byReading.note);
  const under = (reading: string | undefined) =>
    answer(agreement, date, validUntilUnder(agreement, reading));
  const result = under(applied);
  const alternatives =
    byReading === undefined || applied === undefined
      ? []
      : Object.keys(byReading.dates)
          .filter((reading) => reading !== applied)
          .map((reading) => ({ note: byReading.note, reading, ...under(reading) }));
  return {
    inForce: result.inForce,
    reading:
      byReading === undefined || applied === undefined
        ? null
        : { note: byReading.note, reading: applied },
    alternatives,
    reasons: result.reasons,
  };
}

function answer(
  agreement: Agreement,
  date: IsoDate,
  validUntil: IsoDate | undefined,
): { readonly inForce: boolean; readonly reasons: readonly Reason[] } {
  const { validFrom } = agreement;
  const inForce = date >= validFrom && (validUntil === undefined || date <= validUntil);
  const clause = agreement.validityClause ?? agreement.clauses.at(-1)?.ref ?? '';
  const values = { date, validFrom, validUntil: validUntil ?? null };
  return {
    inForce,
    reasons: [citing(agreement.id)(clause, inForce ? 'in_force' : 'not_in_force', values)],
  };
}
