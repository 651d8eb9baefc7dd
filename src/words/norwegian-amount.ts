/**
 * Amounts as Norwegians write them, read into the dot-decimal form the
 * engine takes: `1000000,50`, `1 000 000,50` (space, no-break space or
 * narrow no-break space between groups of three), `1 000 000.50`, and
 * `1000000.50` as it is. Only the form changes here: what the amount may
 * be (not negative, at most two decimals) is checked by the engine, so an
 * amount this does not recognise is returned unchanged and the engine's
 * error names it.
 *
 * A dot between groups of three (`1.000.000,50`) is not read: `1.000` is
 * one krone in the engine's form, and guessing would turn a finance
 * officer's 1 000 into 1.
 */

/** Digits in groups of three after the first, separated by one kind of space. */
const GROUPED = /^\d{1,3}(?:([ \u00A0\u202F])\d{3})?(?:\1\d{3})*$/;

/**
 * The dot-decimal form of an amount written the Norwegian way, or the text
 * unchanged (trimmed) when it is not one.
 *
 * @example
 * normalizeAmount('1 000 000,50'); //=> '1000000.50'
 * normalizeAmount('1000000,5'); //=> '1000000.5'
 * normalizeAmount('1 000 000.50'); //=> '1000000.50'
 * // Three decimals are read as written; the engine then rejects them:
 * normalizeAmount('12,345'); //=> '12.345'
 */
export function normalizeAmount(text: string): string {
  const trimmed = text.trim();
  const comma = trimmed.lastIndexOf(',');
  const dot = trimmed.lastIndexOf('.');
  // One decimal mark at most, comma or dot, never both.
  if (comma >= 0 && dot >= 0) return trimmed;
  const mark = comma >= 0 ? comma : dot;
  const whole = mark >= 0 ? trimmed.slice(0, mark) : trimmed;
  const decimals = mark >= 0 ? trimmed.slice(mark + 1) : null;
  if (whole.includes(',') || whole.includes('.')) return trimmed;
  if (!GROUPED.test(whole) && !/^\d+$/.test(whole)) return trimmed;
  const digits = whole.replace(/[ \u00A0\u202F]/g, '');
  return decimals === null ? digits : `${digits}.${decimals}`;
}
