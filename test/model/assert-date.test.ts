import { describe, expect, it } from 'vitest';
import { assertDate } from '../../src/model/assert-date.js';
import { catchInputError } from '../helpers/errors.js';

describe('assertDate', () => {
  it('a date that exists in the calendar passes', () => {
    expect(() => assertDate('2024-02-29', 'date')).not.toThrow();
  });

  it('anything else is one invalid_date problem at the path given, quoting at most 40 characters', () => {
    for (const [value, shown] of [
      ['2025-02-29', '"2025-02-29"'],
      [20250101, '"20250101"'],
      [undefined, '"undefined"'],
      ['x'.repeat(50), `"${'x'.repeat(40)}"`],
    ] as const) {
      const error = catchInputError(() => assertDate(value, 'meeting.date'));
      expect(error.problems).toEqual([
        {
          path: 'meeting.date',
          code: 'invalid_date',
          message: `must be a date YYYY-MM-DD that exists in the calendar: ${shown}`,
        },
      ]);
      expect(error.message.split('\n')[0]).toBe('Invalid date (1 problem):');
    }
  });
});
