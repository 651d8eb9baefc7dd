import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount } from '../../src/finance/money.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

describe('parseAmount', () => {
  it.each([
    ['0', 0n],
    ['0.05', 5n],
    ['1234.5', 123450n],
    ['1234.50', 123450n],
    ['10000000', 1_000_000_000n],
    ['999999999999999.99', 99_999_999_999_999_999n],
    [' 12.30 ', 1230n],
    ['0000000000000001.00', 100n],
  ])('reads the string %j as %s øre', (input, ore) => {
    expect(parseAmount(input)).toBe(ore);
  });

  it.each([
    [0, 0n],
    [1234.5, 123450n],
    [0.1, 10n],
    [10_000_000, 1_000_000_000n],
    [-0, 0n],
  ])('reads the number %s as %s øre', (input, ore) => {
    expect(parseAmount(input)).toBe(ore);
  });

  it.each([
    ['100.005', 'too_many_decimals'],
    [0.1 + 0.2, 'too_many_decimals'],
    [1e-7, 'too_many_decimals'],
    ['-5', 'negative'],
    [-5, 'negative'],
    [Number.NaN, 'not_a_number'],
    [Number.POSITIVE_INFINITY, 'not_finite'],
    [Number.NEGATIVE_INFINITY, 'negative'],
    [-1e21, 'negative'],
    [-1e-7, 'negative'],
    ['1e3', 'invalid_format'],
    ['1,5', 'invalid_format'],
    ['', 'invalid_format'],
    ['12.', 'invalid_format'],
    ['.5', 'invalid_format'],
    ['0x10', 'invalid_format'],
    ['1000000000000000', 'too_large'],
    [1e21, 'too_large'],
    // biome-ignore lint/correctness/noPrecisionLoss: a number that cannot hold the øre is the case under test
    [99_999_999_999_999.99, 'imprecise_number'],
    [100_000_000_000_000.02, 'imprecise_number'],
    [null, 'invalid_type'],
    [10n, 'invalid_type'],
  ])('rejects %s as %s', (input, code) => {
    expect(problemsOf(() => parseAmount(input))).toEqual([['amount', code]]);
  });

  it('names the amount and the path in the message', () => {
    const error = catchInputError(() => parseAmount('100.005', 'events[2].extraCosts'));
    expect(error.message).toContain('events[2].extraCosts: has more than two decimals: "100.005"');
  });

  it('reads back what formatAmount writes, for every whole number of øre', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n - 1n }), (ore) => {
        expect(parseAmount(formatAmount(ore))).toBe(ore);
      }),
    );
  });
});

describe('formatAmount', () => {
  it('writes two decimals and a dot', () => {
    expect(formatAmount(0n)).toBe('0.00');
    expect(formatAmount(5n)).toBe('0.05');
    expect(formatAmount(123450n)).toBe('1234.50');
    expect(formatAmount(-123n)).toBe('-1.23');
    expect(formatAmount(99_999_999_999_999_999n)).toBe('999999999999999.99');
  });
});
