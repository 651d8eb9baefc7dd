import { formatDateNb as dateNb, formatNumberNb } from '../internal/format-nb.js';
import { isIsoDate } from '../internal/iso-date.js';
import { AgreementInputError } from '../model/errors.js';

/** A dot-decimal number as the library writes amounts and percentages: `'1234567.89'`, `'-5'`. */
const DOT_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** The value as text, or the one input error of a formatter (path: the parameter's name). */
function dotDecimal(value: unknown, path: string, example: string): string {
  if (typeof value === 'string' && DOT_DECIMAL.test(value)) return value;
  const problem =
    typeof value === 'string'
      ? {
          path,
          code: 'invalid_format',
          message: `must be a number with a dot before its decimals, e.g. "${example}": ${JSON.stringify(value.slice(0, 40))}`,
        }
      : {
          path,
          code: 'invalid_type',
          message: `must be text, e.g. "${example}", as the library gives it; got ${typeof value}`,
        };
  throw new AgreementInputError([problem], 'Cannot format');
}

/**
 * An amount in kroner as Norwegians write it (beløp): digits grouped in
 * threes by spaces, a decimal comma. The form of the CLI's tables and the
 * handbook, byte for byte (U+0020 spaces, unlike `Intl.NumberFormat('nb-NO')`,
 * which puts no-break spaces). It formats, it does not round: the decimals
 * are those given.
 *
 * @param amount - a dot-decimal amount as the library gives it, e.g. `split.parties[0].amount`.
 * @throws `AgreementInputError` (from `kommunesamarbeid`) for anything else: a number, a bigint
 *   (`formatAmount` writes øre as text first), or text that is not a
 *   dot-decimal number (`'1 234,50'`, `'1234567..8'`).
 *
 * @example
 * formatAmountNb('1234567.89'); //=> '1 234 567,89'
 * formatAmountNb('-1500'); //=> '-1 500'
 * formatAmountNb(splitCost(helseplattformen, '10000000.00').parties[0].amount); //=> '4 006 726,27'
 */
export function formatAmountNb(amount: string): string {
  return formatNumberNb(dotDecimal(amount, 'amount', '1234567.89'));
}

/**
 * A percentage as Norwegians write it (prosent): decimal comma, a space
 * and `%`, as in the CLI's tables.
 *
 * @param percent - a dot-decimal percentage as the library gives it, e.g. `shares.parties[0].percent`.
 * @throws `AgreementInputError` (from `kommunesamarbeid`) for anything but a dot-decimal number as text.
 *
 * @example
 * formatPercentNb('40.07'); //=> '40,07 %'
 * formatPercentNb(ownershipShares(helseplattformen).percentSum); //=> '100,01 %'
 */
export function formatPercentNb(percent: string): string {
  return `${formatNumberNb(dotDecimal(percent, 'percent', '40.07'))} %`;
}

/**
 * A date as Norwegians write it (dato): the day without a leading zero, a
 * full stop, the month in words, the year. No `Intl` and no time zone: the
 * same text on every machine.
 *
 * @param date - an ISO date `YYYY-MM-DD` that exists in the calendar.
 * @throws `AgreementInputError` (from `kommunesamarbeid`) for anything else (`'2025-02-30'`, a `Date`).
 *
 * @example
 * formatDateNb('2025-01-01'); //=> '1. januar 2025'
 * formatDateNb('2024-12-31'); //=> '31. desember 2024'
 */
export function formatDateNb(date: string): string {
  if (isIsoDate(date)) return dateNb(date);
  throw new AgreementInputError(
    [
      {
        path: 'date',
        code: typeof date === 'string' ? 'invalid_date' : 'invalid_type',
        message:
          typeof date === 'string'
            ? `must be a date YYYY-MM-DD that exists in the calendar: ${JSON.stringify((date as string).slice(0, 40))}`
            : `must be a date as text, YYYY-MM-DD; got ${typeof date}`,
      },
    ],
    'Cannot format',
  );
}
