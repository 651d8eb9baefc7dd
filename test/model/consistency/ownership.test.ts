import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownershipProblems } from '../../../src/model/consistency/ownership.js';

const parties = new Map([
  ['0001', 0],
  ['0002', 1],
  ['0003', 2],
]);
const check = (shares: unknown) =>
  ownershipProblems({ ownership: { clause: '§4', shares } }, parties);

describe('ownershipProblems', () => {
  it('none for shares that make up the whole, in percent or fractions', () => {
    expect(check({ '0001': '50', '0002': '30.5', '0003': '19.5' })).toEqual([]);
    expect(check({ '0001': '1/3', '0002': '1/3', '0003': '1/3' })).toEqual([]);
    expect(check({ '0001': '100' })).toEqual([]);
  });

  it('shares that do not sum to the whole, with the sum as a fraction and in percent where it is one', () => {
    expect(check({ '0001': '50', '0002': '30' })).toEqual([
      {
        path: 'ownership.shares',
        code: 'shares_not_whole',
        message: 'the ownership shares sum to 4/5 (80 %), not the whole (100 %)',
      },
    ]);
    expect(check({ '0001': '1/3', '0002': '1/3', '0003': '1/2' })[0]?.message).toBe(
      'the ownership shares sum to 7/6, not the whole (100 %)',
    );
    expect(check({ '0001': '99.995' })[0]?.message).toBe(
      'the ownership shares sum to 19999/20000, not the whole (100 %)',
    );
    expect(check({ '0001': '99.5' })[0]?.message).toBe(
      'the ownership shares sum to 199/200 (99.5 %), not the whole (100 %)',
    );
  });

  it('a kommunenummer that is not a party; a malformed share is left to the schema', () => {
    expect(check({ '0001': '60', '0009': '40' })).toEqual([
      {
        path: 'ownership.shares["0009"]',
        code: 'unknown_party',
        message: 'states an ownership share for 0009, which is not among the parties',
      },
    ]);
    expect(check({ '0001': '60 %', '0002': '10' })).toEqual([]);
    expect(check({ '0001': 60 })).toEqual([]);
    expect(ownershipProblems({}, parties)).toEqual([]);
    expect(check('60')).toEqual([]);
  });

  it('property: shares of whole hundredths are whole exactly when they sum to 10 000', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 3 }),
        (hundredths) => {
          const shares = Object.fromEntries(
            hundredths.map((h, i) => [
              `000${i + 1}`,
              `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`,
            ]),
          );
          const whole = hundredths.reduce((a, b) => a + b, 0) === 10_000;
          expect(check(shares).length === 0).toBe(whole);
        },
      ),
    );
  });
});
