import { AgreementInputError } from '../model/errors.js';

/**
 * An amount of money in NOK as the library takes it: a dot-decimal string
 * (`"1234.50"`) or a number (`1234.5`), never more than two decimals.
 *
 * @example
 * const amount: AmountInput = '10000000.00';
 */
export type AmountInput = string | number;

const AMOUNT = /^(\d{1,15})(?:\.(\d{1,2}))?$/;

/** Kroner without leading zeros, at most 13 digits, and at most two decimals. */
const PLAIN_AMOUNT = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

/**
 * 2^53 − 1: the most øre a JavaScript number holds exactly.
 *
 * @internal
 */
export const MAX_EXACT_ORE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * 2^46 kroner (70 368 744 177 664 kr): below it, every JavaScript number is a
 * multiple of at most 2^-7 kr (0.0078125 kr), finer than one øre, so no two
 * amounts with two decimals ever become the same number, and the shortest
 * digits JavaScript prints for a number are those of the one amount with at
 * most two decimals that became it. From 2^46 kr on, the numbers are 2^-6 kr
 * (1.5625 øre) or more apart: 70 368 744 177 664.01 becomes the same number as
 * …664.02 and prints as …664.02. A number amount must therefore be below this.
 *
 * @internal
 */
export const MAX_NUMBER_KRONER = 2 ** 46;

/**
 * Reads an amount in NOK (kroner) into whole øre, exactly. Accepts a
 * dot-decimal string or a number with at most two decimals; a number is read
 * by the digits JavaScript prints for it, so `0.1 + 0.2`
 * (`0.30000000000000004`) is rejected rather than silently rounded.
 * Negative amounts, more than two decimals, NaN, Infinity and amounts of a
 * quadrillion kroner or more are input errors, and so is a number of
 * 70 368 744 177 664 kr (2^46) or more: from there on, two amounts one øre
 * apart can be the same JavaScript number, so its printed digits may not be
 * the ones the caller wrote (pass a string instead; see
 * `MAX_NUMBER_KRONER` (2^46 kr) for why below 2^46 the printed digits are exact).
 *
 * @param path - where the amount came from, for the error message.
 * @throws {@link AgreementInputError} naming the problem.
 *
 * @example
 * parseAmount('1234.5'); //=> 123450n
 * parseAmount(10_000_000); //=> 1000000000n
 * parseAmount('100.005'); // throws: amount: has more than two decimals: "100.005"
 */
export function parseAmount(input: unknown, path = 'amount'): bigint {
  // The common cases, read directly: a plain string of up to 13 digits of
  // kroner (no leading zero, no spaces), or a whole number of kroner. Their
  // øre are below 10^15, exact as numbers. Anything else takes the full path.
  if (typeof input === 'string') {
    const plain = PLAIN_AMOUNT.exec(input);
    if (plain !== null) {
      const decimals = plain[2];
      const ore =
        Number(plain[1]) * 100 +
        (decimals === undefined ? 0 : Number(decimals) * (decimals.length === 1 ? 10 : 1));
      return BigInt(ore);
    }
  } else if (Number.isSafeInteger(input) && (input as number) >= 0 && (input as number) < 1e13) {
    return BigInt((input as number) * 100);
  }
  const problem = (code: string, message: string) =>
    new AgreementInputError([{ path, code, message }], 'Invalid amount');
  let text: string;
  if (typeof input === 'number') {
    if (Number.isNaN(input)) throw problem('not_a_number', 'must be a number, not NaN');
    if (input < 0) throw problem('negative', `must not be negative: ${input}`);
    if (!Number.isFinite(input)) throw problem('not_finite', 'must be a finite number');
    text = String(input);
    if (text.includes('e')) {
      throw input >= 1
        ? problem('too_large', 'must be less than 1 000 000 000 000 000 kr')
        : problem('too_many_decimals', `has more than two decimals: ${text}`);
    }
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    throw problem('invalid_type', 'must be an amount in NOK: a string like "1234.50" or a number');
  }
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  if (text.startsWith('-')) throw problem('negative', `must not be negative: ${shown}`);
  const digits = text.replace(/^0+(?=\d)/, '');
  if (/^\d+\.\d{3,}$/.test(digits)) {
    throw problem('too_many_decimals', `has more than two decimals: ${shown}`);
  }
  if (/^\d{16,}(?:\.\d*)?$/.test(digits)) {
    throw problem('too_large', 'must be less than 1 000 000 000 000 000 kr');
  }
  const match = AMOUNT.exec(digits);
  if (match === null) {
    throw problem(
      'invalid_format',
      `must be an amount in NOK with a dot before at most two decimals, e.g. "1234.50": ${shown}`,
    );
  }
  if (typeof input === 'number' && input >= MAX_NUMBER_KRONER) {
    // From 2^46 kr on, amounts one øre apart can be the same number, so the
    // digits it prints may not be the ones the caller wrote.
    throw problem(
      'imprecise_number',
      'is too large to be exact as a JavaScript number (70 368 744 177 664 kr or more); pass it as a string',
    );
  }
  const kroner = BigInt(match[1] ?? '0');
  const ore = kroner * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return ore;
}

/**
 * Writes whole øre as a NOK amount with two decimals and a dot, the form
 * used in JSON output.
 *
 * @throws {@link AgreementInputError} for anything but a bigint (a plain
 *   JavaScript caller's mistake: `'1234567.8'` is kroner as text, already an
 *   amount; `123450` a number, which may not be exact).
 *
 * @example
 * formatAmount(123450n); //=> '1234.50'
 * formatAmount(5n); //=> '0.05'
 * formatAmount(parseAmount('1234567.8')); //=> '1234567.80'
 * formatAmount('1234567.8'); // throws: must be whole øre as a bigint
 */
export function formatAmount(ore: bigint): string {
  if (typeof ore !== 'bigint') {
    throw new AgreementInputError(
      [
        {
          path: 'ore',
          code: 'invalid_type',
          message: `must be whole øre as a bigint, e.g. 123450n for 1234.50 kr; got ${typeof ore}`,
        },
      ],
      'Cannot format',
    );
  }
  if (ore >= 0n && ore <= MAX_EXACT_ORE) return formatSafeOre(Number(ore));
  const negative = ore < 0n;
  const digits = String(negative ? -ore : ore).padStart(3, '0');
  const text = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return negative ? `-${text}` : text;
}

/** `'.00'` … `'.99'`: one concatenation per amount. */
const ORE_SUFFIXES = Array.from({ length: 100 }, (_, ore) => `.${String(ore).padStart(2, '0')}`);

/**
 * {@link formatAmount} for whole øre held in an ordinary number (0 ≤ ore ≤
 * 2^53 − 1). The division by 100 is exact enough: the quotient is below
 * 2^47, so its rounding error (at most 2^-7) never reaches the 0.01 between
 * `kroner + 0.99` and the next whole krone, and the floor is the true one.
 *
 * @internal
 */
export function formatSafeOre(ore: number): string {
  const kroner = Math.floor(ore / 100);
  return kroner + (ORE_SUFFIXES[ore - kroner * 100] as string);
}
