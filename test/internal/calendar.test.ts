import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  firstJanuaryAfter,
  firstJanuaryOnOrAfter,
} from '../../src/internal/calendar.js';

describe('calendar arithmetic on ISO dates, in any time zone', () => {
  it('adds years, keeping the day or taking the last of the month', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-01-01', 2)).toBe('2027-01-01');
    expect(addYears('2026-03-15', -1)).toBe('2025-03-15');
  });

  it('adds months, keeping the day or taking the last of the month', () => {
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-01', 12)).toBe('2026-03-01');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-05-31', 0)).toBe('2025-05-31');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', 365)).toBe('2026-01-01');
  });

  it('counts the days between two dates, negative backwards', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-01-01', '2026-07-01')).toBe(181);
    expect(daysBetween('2026-07-01', '2026-01-01')).toBe(-181);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
  });

  it('keeps days that a time zone skipped, and years below 100', () => {
    // Pacific/Kiritimati skipped 31 December 1994, Pacific/Apia 30 December 2011 (CI runs in Kiritimati).
    expect(addDays('1994-12-30', 1)).toBe('1994-12-31');
    expect(addDays('1994-12-31', 1)).toBe('1995-01-01');
    expect(daysBetween('1994-12-30', '1995-01-01')).toBe(2);
    expect(addMonths('1994-11-30', 1)).toBe('1994-12-30');
    expect(addDays('2011-12-29', 1)).toBe('2011-12-30');
    expect(addYears('0096-02-29', 1)).toBe('0097-02-28');
    expect(addDays('0001-01-01', -1)).toBe('0000-12-31');
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
  });

  it('agrees with day numbers counted by hand, for any two dates from 1900 to 2200', () => {
    /** Days since 0000-03-01 of a date, by the Gregorian rule (counted without Date). */
    const dayNumber = (date: string) => {
      const [y0 = 0, m = 1, d = 1] = date.split('-').map(Number);
      const y = m <= 2 ? y0 - 1 : y0;
      const mp = (m + 9) % 12;
      return (
        365 * y +
        Math.floor(y / 4) -
        Math.floor(y / 100) +
        Math.floor(y / 400) +
        Math.floor((153 * mp + 2) / 5) +
        d -
        1
      );
    };
    const dateArb = fc
      .date({
        min: new Date(Date.UTC(1900, 0, 1)),
        max: new Date(Date.UTC(2200, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dateArb, dateArb, fc.integer({ min: -5000, max: 5000 }), (a, b, n) => {
        expect(daysBetween(a, b)).toBe(dayNumber(b) - dayNumber(a));
        expect(dayNumber(addDays(a, n)) - dayNumber(a)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the turn of the year', () => {
  it('1 January after a date, and on or after it', () => {
    expect(firstJanuaryAfter('2026-03-20')).toBe('2027-01-01');
    expect(firstJanuaryAfter('2026-01-01')).toBe('2027-01-01');
    expect(firstJanuaryAfter('2026-12-31')).toBe('2027-01-01');
    expect(firstJanuaryAfter('0099-06-30')).toBe('0100-01-01');
    expect(firstJanuaryOnOrAfter('2026-01-01')).toBe('2026-01-01');
    expect(firstJanuaryOnOrAfter('2026-01-02')).toBe('2027-01-01');
    expect(firstJanuaryOnOrAfter('2025-12-31')).toBe('2026-01-01');
  });
});
