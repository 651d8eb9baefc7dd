import { describe, expect, it } from 'vitest';
import { checkedAgreement } from '../../src/model/checked-agreement.js';
import { small, smallAgreement } from '../fixtures/small-agreement.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

describe('checkedAgreement', () => {
  it('a parsed agreement is trusted and returned as it is', () => {
    const agreement = smallAgreement();
    expect(checkedAgreement(agreement)).toBe(agreement);
  });

  it('a caller’s own valid object is checked and returned as it is, not a copy', () => {
    const file = small();
    expect(checkedAgreement(file)).toBe(file);
  });

  it('every problem of a caller’s object is named under "agreement"', () => {
    const error = catchInputError(() =>
      checkedAgreement({ ...small(), parties: 'all', validFrom: '2025-02-30' }),
    );
    expect(error.message.split('\n')[0]).toBe('Invalid agreement (2 problems):');
    expect(error.problems.map((p) => [p.path, p.code])).toEqual([
      ['agreement.parties', 'invalid_type'],
      ['agreement.validFrom', 'invalid_format'],
    ]);
    expect(problemsOf(() => checkedAgreement(null))).toEqual([['agreement', 'invalid_type']]);
  });
});
