import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as addDaysFns } from 'date-fns/addDays';
import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import { addYears as addYearsFns } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { startOfYear } from 'date-fns/startOfYear';

/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` dates: date-fns', on `UTCDateMini`s
 * (@date-fns/utc's minimal `UTCDate`: a `Date` whose local fields are its UTC
 * fields, without the formatters whose `Intl` objects cost start-up time, and
 * date-fns makes new dates of the same class), so that nothing depends on the
 * process time zone, not even one that skipped a day (as Pacific/Kiritimati
 * skipped 31 December 1994). The dates are checked by the caller. Internal
 * helpers, apart from `iso-date.ts` so that the check bundles no `Date` class.
 */

/** An ISO date (checked by the caller) as a `UTCDateMini` at midnight UTC; years 0–99 stay themselves. */
function toDay(date: string): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const day = new UTCDateMini(0);
  day.setUTCFullYear(y, m - 1, d);
  return day;
}

function fromDay(day: Date): string {
  return iso(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The same day `years` later; where that day does not exist (29 February in
 * a common year), the last day of the month.
 */
export function addYears(date: string, years: number): string {
  return fromDay(addYearsFns(toDay(date), years));
}

/** The day `days` after (or before, if negative) `date`. */
export function addDays(date: string, days: number): string {
  return fromDay(addDaysFns(toDay(date), days));
}

/**
 * The same day `months` later (or earlier); where that day does not exist,
 * the last day of the month (31 March + 1 month = 30 April).
 */
export function addMonths(date: string, months: number): string {
  return fromDay(addMonthsFns(toDay(date), months));
}

/** Days from `from` up to, not including, `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDay(to), toDay(from));
}

/** 1 January of the year after `date`'s year: the first 1 January strictly after `date`. */
export function firstJanuaryAfter(date: string): string {
  return fromDay(startOfYear(addYearsFns(toDay(date), 1)));
}

/** `date` itself if it is a 1 January, else the first 1 January after it. */
export function firstJanuaryOnOrAfter(date: string): string {
  return fromDay(startOfYear(toDay(date))) === date ? date : firstJanuaryAfter(date);
}
