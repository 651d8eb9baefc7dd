/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, handled without `Date` so that
 * nothing depends on the process time zone. Internal helpers.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The last date found valid. A call usually checks the same date several
 * times (the date itself, then the key and the members on it); strings are
 * immutable, so remembering one valid date is safe and saves the repeats.
 */
let lastValid: string | undefined;

/** True for a string `YYYY-MM-DD` naming a day that exists (no 2025-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (value === lastValid) return true;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (valid) lastValid = value;
  return valid;
}

/**
 * The same day `years` later; where that day does not exist (29 February in
 * a common year), the last day of the month.
 */
export function addYears(date: string, years: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const year = y + years;
  return iso(year, m, Math.min(d, daysInMonth(year, m)));
}

/** The day `days` after (or before, if negative) `date`. */
export function addDays(date: string, days: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return fromDayNumber(dayNumber(y, m, d) + days);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of {@link dayNumber} (civil_from_days). */
function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return iso(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The same day `months` later (or earlier); where that day does not exist,
 * the last day of the month (31 March + 1 month = 30 April).
 */
export function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The last day of a month, as an ISO date. */
export function lastDayOfMonth(year: number, month: number): string {
  return iso(year, month, daysInMonth(year, month));
}

/** Days from `from` up to, not including, `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [a = 0, b = 1, c = 1] = from.split('-').map(Number);
  const [x = 0, y = 1, z = 1] = to.split('-').map(Number);
  return dayNumber(x, y, z) - dayNumber(a, b, c);
}
