import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { ownershipShares } from '../../src/finance/ownership-shares.js';
import { splitCost } from '../../src/finance/split-cost.js';
import { formatAmountNb, formatDateNb, formatPercentNb } from '../../src/words/format.js';
import { catchInputError } from '../helpers/errors.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;

/**
 * A second method: the digits of the whole part grouped in threes from the
 * right by a regular expression, the decimals behind a comma.
 */
function byRegex(text: string): string {
  const [whole = '', decimals] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+$)/g, ' ');
  return `${sign}${grouped}${decimals === undefined ? '' : `,${decimals}`}`;
}

describe('formatAmountNb', () => {
  it('groups the kroner in threes by spaces (U+0020) and puts a decimal comma', () => {
    expect(formatAmountNb('1234567.89')).toBe('1 234 567,89');
    expect(formatAmountNb('1234567.8')).toBe('1 234 567,8');
    expect(formatAmountNb('100.00')).toBe('100,00');
    expect(formatAmountNb('1000')).toBe('1 000');
    expect(formatAmountNb('0.05')).toBe('0,05');
    expect(formatAmountNb('-1500')).toBe('-1 500');
    expect(formatAmountNb('-123456.50')).toBe('-123 456,50');
    expect(formatAmountNb('999999999999999.99')).toBe('999 999 999 999 999,99');
  });

  it('agrees with a second method for any dot-decimal amount', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
        (whole, decimals) => {
          const text = decimals === undefined ? String(whole) : `${whole}.${decimals}`;
          expect(formatAmountNb(text)).toBe(byRegex(text));
        },
      ),
    );
  });

  it('writes the library’s amounts as the CLI’s tables do: Trondheim pays 4 006 726,27', () => {
    const split = splitCost(helseplattformen, '10000000.00');
    expect(formatAmountNb(split.parties[0]?.amount ?? '')).toBe('4 006 726,27');
    expect(formatAmountNb(split.sum)).toBe('10 000 000,00');
  });

  it('refuses a number, a bigint or text that is not a dot-decimal number, naming it', () => {
    const untyped = formatAmountNb as (amount: Untyped) => string;
    for (const [value, type] of [
      [1234.5, 'number'],
      [123450n, 'bigint'],
      [null, 'object'],
      [undefined, 'undefined'],
    ] as const) {
      expect(catchInputError(() => untyped(value)).problems).toEqual([
        {
          path: 'amount',
          code: 'invalid_type',
          message: `must be text, e.g. "1234567.89", as the library gives it; got ${type}`,
        },
      ]);
    }
    for (const text of ['1234567..8', '1 234,50', '1,5', '', ' 12', '12.', '.5', '+5', '1e3']) {
      expect(catchInputError(() => formatAmountNb(text)).problems).toEqual([
        {
          path: 'amount',
          code: 'invalid_format',
          message: `must be a number with a dot before its decimals, e.g. "1234567.89": ${JSON.stringify(text)}`,
        },
      ]);
    }
    expect(catchInputError(() => formatAmountNb('x'.repeat(50))).problems[0]?.message).toBe(
      `must be a number with a dot before its decimals, e.g. "1234567.89": "${'x'.repeat(40)}"`,
    );
    expect(catchInputError(() => formatAmountNb('x')).message).toBe(
      'Cannot format (1 problem):\n  amount: must be a number with a dot before its decimals, e.g. "1234567.89": "x"',
    );
  });
});

describe('formatPercentNb', () => {
  it('a decimal comma, a space and a percent sign', () => {
    expect(formatPercentNb('40.07')).toBe('40,07 %');
    expect(formatPercentNb('100')).toBe('100 %');
    expect(formatPercentNb('0.5')).toBe('0,5 %');
    expect(formatPercentNb('1234.5')).toBe('1 234,5 %');
    expect(formatPercentNb(ownershipShares(helseplattformen).percentSum)).toBe('100,01 %');
  });

  it('refuses what is not a dot-decimal percentage as text', () => {
    const untyped = formatPercentNb as (percent: Untyped) => string;
    expect(catchInputError(() => untyped(40.07)).problems).toEqual([
      {
        path: 'percent',
        code: 'invalid_type',
        message: 'must be text, e.g. "40.07", as the library gives it; got number',
      },
    ]);
    expect(catchInputError(() => formatPercentNb('40,07 %')).problems).toEqual([
      {
        path: 'percent',
        code: 'invalid_format',
        message: 'must be a number with a dot before its decimals, e.g. "40.07": "40,07 %"',
      },
    ]);
  });
});

describe('formatDateNb', () => {
  it('the day without a leading zero, a full stop, the month in words and the year', () => {
    const months = [
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
    months.forEach((month, i) => {
      const mm = String(i + 1).padStart(2, '0');
      expect(formatDateNb(`2025-${mm}-01`)).toBe(`1. ${month} 2025`);
      expect(formatDateNb(`1999-${mm}-10`)).toBe(`10. ${month} 1999`);
    });
    expect(formatDateNb('2024-02-29')).toBe('29. februar 2024');
    expect(formatDateNb('2024-12-31')).toBe('31. desember 2024');
  });

  it('refuses a day not in the calendar, another form, and what is not text', () => {
    for (const date of ['2025-02-29', '2025-13-01', '2025-1-1', '01.01.2025', '']) {
      expect(catchInputError(() => formatDateNb(date)).problems).toEqual([
        {
          path: 'date',
          code: 'invalid_date',
          message: `must be a date YYYY-MM-DD that exists in the calendar: ${JSON.stringify(date)}`,
        },
      ]);
    }
    const untyped = formatDateNb as (date: Untyped) => string;
    for (const [value, type] of [
      [new Date(0), 'object'],
      [20250101, 'number'],
      [undefined, 'undefined'],
    ] as const) {
      expect(catchInputError(() => untyped(value)).problems).toEqual([
        {
          path: 'date',
          code: 'invalid_type',
          message: `must be a date as text, YYYY-MM-DD; got ${type}`,
        },
      ]);
    }
    expect(
      catchInputError(() => formatDateNb(`2025-01-01${'x'.repeat(50)}`)).problems[0]?.message,
    ).toBe(`must be a date YYYY-MM-DD that exists in the calendar: "2025-01-01${'x'.repeat(30)}"`);
  });
});
