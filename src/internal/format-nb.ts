/**
 * Number and date wording for Norwegian bokmål and English, without Intl, so
 * that output is byte-identical on every machine. Internal helpers.
 */

const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Groups the digits of a whole number in threes: `'214565'` → `'214 565'`. */
export function groupDigits(digits: string, separator: string): string {
  const negative = digits.startsWith('-');
  const body = negative ? digits.slice(1) : digits;
  // The first group takes the one to three digits that do not divide into threes.
  const head = body.length % 3 || 3;
  let out = body.slice(0, head);
  for (let i = head; i < body.length; i += 3) out += separator + body.slice(i, i + 3);
  return negative ? `-${out}` : out;
}

/**
 * A dot-decimal string in Norwegian form: digits grouped by spaces, decimal
 * comma. `'1234567.89'` → `'1 234 567,89'`; `214565` → `'214 565'`.
 */
export function formatNumberNb(value: string | number | bigint): string {
  return formatNumber(String(value), ' ', ',');
}

/** English form: `'1234567.89'` → `'1,234,567.89'`. */
export function formatNumberEn(value: string | number | bigint): string {
  return formatNumber(String(value), ',', '.');
}

function formatNumber(text: string, separator: string, decimalMark: string): string {
  const dot = text.indexOf('.');
  return dot < 0
    ? groupDigits(text, separator)
    : `${groupDigits(text.slice(0, dot), separator)}${decimalMark}${text.slice(dot + 1)}`;
}

/** `'2025-01-01'` → `'1. januar 2025'`. */
export function formatDateNb(date: string): string {
  return `${dayOf(date)}. ${MONTHS_NB[monthOf(date) - 1]} ${date.slice(0, 4)}`;
}

/** `'2025-01-01'` → `'1 January 2025'`. */
export function formatDateEn(date: string): string {
  return `${dayOf(date)} ${MONTHS_EN[monthOf(date) - 1]} ${date.slice(0, 4)}`;
}

/** The day of a `YYYY-MM-DD` date without a leading zero: `'2025-01-01'` → `'1'`. */
function dayOf(date: string): string {
  return date.slice(date[8] === '0' ? 9 : 8, 10);
}

/** The month of a `YYYY-MM-DD` date, 1–12. */
function monthOf(date: string): number {
  return (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48;
}
