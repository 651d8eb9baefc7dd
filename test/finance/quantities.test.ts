import { describe, expect, it } from 'vitest';
import { assertQuantities } from '../../src/finance/quantities.js';
import { catchInputError } from '../helpers/errors.js';

describe('assertQuantities: measured figures given per call', () => {
  it('none, or an object of measures with values as dot-decimal strings ≥ 0 and an optional period', () => {
    expect(assertQuantities(undefined)).toBeUndefined();
    const good = {
      cases: { period: { from: '2025-01-01', to: '2025-12-31' }, values: { '5001': '12.500001' } },
    };
    expect(assertQuantities(good)).toBe(good);
    expect(assertQuantities({ m3: { values: {} } })).toEqual({ m3: { values: {} } });
  });

  it('every bad figure named with its path, in one error', () => {
    const error = catchInputError(() =>
      assertQuantities({
        a: { values: { '5001': 12, '5025': '1.1234567', '5035': ' 1', '5006': '1e3' } },
        b: { period: { from: '2025-01-01' }, values: {} },
        c: null,
      }),
    );
    expect(error.message.split('\n')[0]).toBe('Invalid quantities (6 problems):');
    expect(error.problems.map((p) => [p.path, p.code])).toEqual([
      ['quantities.a.values["5001"]', 'invalid_quantity'],
      // Keys that are array indices come first, in numeric order (JavaScript's object order).
      ['quantities.a.values["5006"]', 'invalid_quantity'],
      ['quantities.a.values["5025"]', 'invalid_quantity'],
      ['quantities.a.values["5035"]', 'invalid_quantity'],
      ['quantities.b.period', 'invalid_period'],
      ['quantities.c', 'invalid_type'],
    ]);
    expect(error.problems[0]?.message).toBe(
      'must be a quantity ≥ 0 as a dot-decimal string with at most six decimals, e.g. "1234.5": "12"',
    );
  });
});
