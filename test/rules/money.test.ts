import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount } from '../../src/rules/money.js';
import { catchInputError } from '../helpers/errors.js';

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

  const FORMAT =
    'must be an amount in NOK with a dot before at most two decimals, e.g. "1234.50": ';
  const TOO_LARGE = 'must be less than 1 000 000 000 000 000 kr';
  const IMPRECISE =
    'is too large to be exact as a JavaScript number (70 368 744 177 664 kr or more); pass it as a string';
  const TYPE = 'must be an amount in NOK: a string like "1234.50" or a number';
  it.each([
    ['100.005', 'too_many_decimals', 'has more than two decimals: "100.005"'],
    ['00012.345', 'too_many_decimals', 'has more than two decimals: "00012.345"'],
    [0.1 + 0.2, 'too_many_decimals', 'has more than two decimals: "0.30000000000000004"'],
    [1e-7, 'too_many_decimals', 'has more than two decimals: 1e-7'],
    ['-5', 'negative', 'must not be negative: "-5"'],
    [-5, 'negative', 'must not be negative: -5'],
    [Number.NaN, 'not_a_number', 'must be a number, not NaN'],
    [Number.POSITIVE_INFINITY, 'not_finite', 'must be a finite number'],
    [Number.NEGATIVE_INFINITY, 'negative', 'must not be negative: -Infinity'],
    [-1e21, 'negative', 'must not be negative: -1e+21'],
    [-1e-7, 'negative', 'must not be negative: -1e-7'],
    ['1e3', 'invalid_format', `${FORMAT}"1e3"`],
    ['1,5', 'invalid_format', `${FORMAT}"1,5"`],
    ['', 'invalid_format', `${FORMAT}""`],
    ['12.', 'invalid_format', `${FORMAT}"12."`],
    ['.5', 'invalid_format', `${FORMAT}".5"`],
    ['0x10', 'invalid_format', `${FORMAT}"0x10"`],
    ['x1.234', 'invalid_format', `${FORMAT}"x1.234"`],
    ['1.234x', 'invalid_format', `${FORMAT}"1.234x"`],
    ['x1234567890123456', 'invalid_format', `${FORMAT}"x1234567890123456"`],
    ['1234567890123456x', 'invalid_format', `${FORMAT}"1234567890123456x"`],
    ['1'.repeat(40), 'too_large', TOO_LARGE],
    ['a'.repeat(40), 'invalid_format', `${FORMAT}"${'a'.repeat(40)}"`],
    ['a'.repeat(41), 'invalid_format', `${FORMAT}"${'a'.repeat(40)}…"`],
    ['1000000000000000', 'too_large', TOO_LARGE],
    ['1234567890123456.12', 'too_large', TOO_LARGE],
    [1e21, 'too_large', TOO_LARGE],
    // biome-ignore lint/correctness/noPrecisionLoss: a number that cannot hold the øre is the case under test
    [99_999_999_999_999.99, 'imprecise_number', IMPRECISE],
    [100_000_000_000_000.02, 'imprecise_number', IMPRECISE],
    [90_071_992_547_409.92, 'imprecise_number', IMPRECISE],
    // 2^46 kr + 1 øre: the nearest number is …664.015625, which prints as …664.02
    // biome-ignore lint/correctness/noPrecisionLoss: the imprecise number is the case under test
    [70_368_744_177_664.01, 'imprecise_number', IMPRECISE],
    [2 ** 46, 'imprecise_number', IMPRECISE],
    [null, 'invalid_type', TYPE],
    [10n, 'invalid_type', TYPE],
  ])('rejects %s as %s: "%s"', (input, code, message) => {
    const error = catchInputError(() => parseAmount(input));
    expect(error.problems).toEqual([{ path: 'amount', code, message }]);
    expect(error.message.split('\n')[0]).toBe('Invalid amount (1 problem):');
  });

  it('takes a number just below 2^46 kr, and strips any number of leading zeros', () => {
    // 70 368 744 177 663.99 kr: below 2^46 numbers are 2^-7 kr apart, so it prints as written
    expect(parseAmount(70_368_744_177_663.99)).toBe(7_036_874_417_766_399n);
    expect(parseAmount('0000000000000000001.00')).toBe(100n);
  });

  it('a number amount with two decimals is read exactly or rejected, at every magnitude', () => {
    // Second method: the decimal string the caller meant, read in bigint. Below 2^46 kr
    // the number must give exactly those øre; from 2^46 kr on it must be rejected.
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: 0n, max: 2n ** 46n + 10n }),
          fc.bigInt({ min: 0n, max: 10n ** 16n }),
        ),
        fc.integer({ min: 0, max: 99 }),
        (kroner, ore) => {
          const written = `${kroner}.${String(ore).padStart(2, '0')}`;
          const input = Number(written);
          if (kroner < 2n ** 46n) expect(parseAmount(input)).toBe(kroner * 100n + BigInt(ore));
          else {
            expect(['imprecise_number', 'too_large']).toContain(
              catchInputError(() => parseAmount(input)).problems[0]?.code,
            );
          }
        },
      ),
    );
  });

  it('any number accepted is within half an øre of its exact binary value (checked in bigint)', () => {
    // The exact value of a double d is m × 2^e; d × 100 − øre must lie in (−1/2, 1/2).
    const exact = (d: number): [bigint, bigint] => {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, d);
      const bits = view.getBigUint64(0);
      const exponent = Number((bits >> 52n) & 0x7ffn);
      const fraction = bits & ((1n << 52n) - 1n);
      const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
      const shift = (exponent === 0 ? 1 : exponent) - 1075;
      return shift >= 0 ? [mantissa << BigInt(shift), 1n] : [mantissa, 1n << BigInt(-shift)];
    };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 ** 46, noNaN: true }), (d) => {
        let ore: bigint;
        try {
          ore = parseAmount(d);
        } catch {
          return; // rejected: fine
        }
        const [num, den] = exact(d);
        const diff = num * 200n - ore * 2n * den; // 2 × (100 d − øre) × den
        expect(diff < den && diff > -den).toBe(true);
      }),
    );
  });

  it('names the amount and the path in the message', () => {
    const error = catchInputError(() => parseAmount('100.005', 'events[2].extraCosts'));
    expect(error.message).toContain('events[2].extraCosts: has more than two decimals: "100.005"');
  });

  it('reads plain strings of up to 13 digits of kroner and longer or zero-led ones alike', () => {
    // The short form is read directly, the rest by the full path; both must agree with bigint arithmetic.
    expect(parseAmount('9999999999999.99')).toBe(999_999_999_999_999n);
    expect(parseAmount('10000000000000.00')).toBe(1_000_000_000_000_000n);
    expect(parseAmount('09999999999999.9')).toBe(999_999_999_999_990n);
    expect(parseAmount(9_999_999_999_999)).toBe(999_999_999_999_900n);
    expect(parseAmount(10_000_000_000_000)).toBe(1_000_000_000_000_000n);
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,15}$/),
        fc.constantFrom('', '.5', '.05', '.50', '.99'),
        (kroner, decimals) => {
          const ore = BigInt(kroner) * 100n + BigInt(decimals.slice(1).padEnd(2, '0'));
          expect(parseAmount(kroner + decimals)).toBe(ore);
        },
      ),
    );
  });

  it('rejects a whole number of kroner from 2^46 on, like any other imprecise number', () => {
    expect(parseAmount(70_368_744_177_663)).toBe(7_036_874_417_766_300n);
    expect(catchInputError(() => parseAmount(70_368_744_177_664)).problems).toEqual([
      {
        path: 'amount',
        code: 'imprecise_number',
        message:
          'is too large to be exact as a JavaScript number (70 368 744 177 664 kr or more); pass it as a string',
      },
    ]);
  });

  it('reads whole numbers of kroner, below and above 10^13, as bigint arithmetic does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70_368_744_177_663 }), (kroner) => {
        expect(parseAmount(kroner)).toBe(BigInt(kroner) * 100n);
      }),
    );
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
  /** A second method: the digits of the bigint, with a dot put in before the last two. */
  const byDigits = (ore: bigint) => {
    const digits = String(ore).padStart(3, '0');
    return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  };

  it('writes any whole number of øre as its digits with a dot before the last two', () => {
    // Up to 2^53 − 1 øre through ordinary numbers, beyond it through the bigint's digits.
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: 0n, max: 10_000n }),
          fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }),
          fc.bigInt({ min: 0n, max: 10n ** 20n }),
        ),
        (ore) => {
          expect(formatAmount(ore)).toBe(byDigits(ore));
        },
      ),
    );
    const limit = BigInt(Number.MAX_SAFE_INTEGER);
    for (const ore of [limit - 1n, limit, limit + 1n, limit + 9n]) {
      expect(formatAmount(ore)).toBe(byDigits(ore));
    }
  });

  it('writes two decimals and a dot', () => {
    expect(formatAmount(0n)).toBe('0.00');
    expect(formatAmount(5n)).toBe('0.05');
    expect(formatAmount(123450n)).toBe('1234.50');
    expect(formatAmount(-123n)).toBe('-1.23');
    expect(formatAmount(-5n)).toBe('-0.05');
    expect(formatAmount(99_999_999_999_999_999n)).toBe('999999999999999.99');
  });

  it('refuses anything but a bigint, as plain JavaScript may pass it (it wrote "1234567..8")', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
    const untyped = formatAmount as (ore: any) => string;
    for (const [ore, type] of [
      ['1234567.8', 'string'],
      [123450, 'number'],
      [null, 'object'],
      [undefined, 'undefined'],
    ] as const) {
      const error = catchInputError(() => untyped(ore));
      expect(error.problems).toEqual([
        {
          path: 'ore',
          code: 'invalid_type',
          message: `must be whole øre as a bigint, e.g. 123450n for 1234.50 kr; got ${type}`,
        },
      ]);
      expect(error.message.startsWith('Cannot format (1 problem):')).toBe(true);
    }
  });
});
