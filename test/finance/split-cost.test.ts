import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/finance/apportion.js';
import { splitCost } from '../../src/finance/split-cost.js';
import { agreementWith, nok, oreArb, partiesArb, partyOf } from '../helpers/arbitraries.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

/** NOK string with two decimals back to øre, by string operations only. */
const ore = (amount: string) => BigInt(amount.replace('.', ''));

const byNumber = (parts: readonly { number: string; amount: string }[]) =>
  new Map(parts.map((p) => [p.number, p.amount]));

describe('splitCost', () => {
  const three = agreementWith([partyOf('0001', 1), partyOf('0002', 1), partyOf('0003', 1)]);

  it('splits 100.00 kr over three equal parties as 33.34 / 33.33 / 33.33', () => {
    // 10 000 øre / 3 = 3333 rest 1 each; the one leftover øre goes to the lowest kommunenummer.
    const split = splitCost(three, '100.00');
    expect(split.parties.map((p) => p.amount)).toEqual(['33.34', '33.33', '33.33']);
    expect(split.sum).toBe('100.00');
    expect(split.reasons.at(-1)?.values).toEqual({
      amount: '100.00',
      parties: 3,
      leftoverOre: 1,
      by: 'cost-key',
    });
  });

  it('says so when the amount divides without leftover øre', () => {
    const split = splitCost(three, '3.00');
    expect(split.parties.map((p) => p.amount)).toEqual(['1.00', '1.00', '1.00']);
    expect(split.reasons.at(-1)?.values).toMatchObject({ leftoverOre: 0 });
    expect(words(split.reasons.at(-1))?.nb).toBe(
      '3,00 kr er fordelt på 3 kommuner etter fordelingsnøkkelen. Hver andel går opp i hele øre; ingen øre gjenstår.',
    );
  });

  it('options that are null or of the wrong type are an input error with their path', () => {
    const untyped = splitCost as (
      a: unknown,
      amount: unknown,
      options?: unknown,
    ) => ReturnType<typeof splitCost>;
    expect(untyped(three, '1.00', undefined).date).toBe('2025-01-01');
    expect(problemsOf(() => untyped(three, 5, null))).toEqual([['options', 'invalid_type']]);
    expect(problemsOf(() => untyped(three, 5, [1]))).toEqual([['options', 'invalid_type']]);
    expect(problemsOf(() => untyped(three, 5, { date: 5 }))).toEqual([['date', 'invalid_date']]);
    expect(problemsOf(() => untyped(three, 5, { serviceArea: {} }))).toEqual([
      ['serviceArea', 'invalid_type'],
    ]);
    expect(problemsOf(() => untyped(three, 5, { date: '2025-13-01', serviceArea: 1 }))).toEqual([
      ['date', 'invalid_date'],
      ['serviceArea', 'invalid_type'],
    ]);
    expect(problemsOf(() => untyped(three, 5, { readings: 'x' }))).toEqual([
      ['readings', 'invalid_type'],
    ]);
    expect(problemsOf(() => untyped(three, 5, { readings: null }))).toEqual([
      ['readings', 'invalid_type'],
    ]);
    expect(problemsOf(() => untyped(three, 5, { readings: ['x'] }))).toEqual([
      ['readings', 'invalid_type'],
    ]);
  });

  it('takes the amount as a number too', () => {
    expect(splitCost(three, 100).parties.map((p) => p.amount)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('splits only among the parties that are members on the date', () => {
    const agreement = agreementWith([
      partyOf('0001', 300),
      { ...partyOf('0002', 100), membership: { joined: '2025-01-01', withdrawn: '2026-01-01' } },
      { ...partyOf('0003', 100), membership: { joined: '2026-01-01' } },
    ]);
    expect(byNumber(splitCost(agreement, '40.00', { date: '2025-12-31' }).parties)).toEqual(
      new Map([
        ['0001', '30.00'],
        ['0002', '10.00'],
      ]),
    );
    expect(byNumber(splitCost(agreement, '40.00', { date: '2026-01-01' }).parties)).toEqual(
      new Map([
        ['0001', '30.00'],
        ['0003', '10.00'],
      ]),
    );
  });

  it('rejects an amount with three decimals, a negative amount, NaN and Infinity', () => {
    expect(problemsOf(() => splitCost(three, '100.005'))).toEqual([
      ['amount', 'too_many_decimals'],
    ]);
    expect(problemsOf(() => splitCost(three, -1))).toEqual([['amount', 'negative']]);
    expect(problemsOf(() => splitCost(three, Number.NaN))).toEqual([['amount', 'not_a_number']]);
    expect(problemsOf(() => splitCost(three, Number.POSITIVE_INFINITY))).toEqual([
      ['amount', 'not_finite'],
    ]);
  });

  it('rejects an invalid date, a date before the agreement, and members with zero population', () => {
    expect(problemsOf(() => splitCost(three, 1, { date: '2025-02-30' }))).toEqual([
      ['date', 'invalid_date'],
    ]);
    expect(problemsOf(() => splitCost(three, 1, { date: '2024-12-31' }))).toEqual([
      ['date', 'outside_validity'],
    ]);
    const ended = { ...three, validUntil: '2025-12-31' };
    expect(splitCost(ended, 1, { date: '2025-12-31' }).sum).toBe('1.00');
    expect(problemsOf(() => splitCost(ended, 1, { date: '2026-01-01' }))).toEqual([
      ['date', 'outside_validity'],
    ]);
    const lateKey = {
      ...three,
      costKeys: [{ kind: 'population' as const, validFrom: '2025-07-01', clause: '§9' }],
    };
    expect(problemsOf(() => splitCost(lateKey, 1, { date: '2025-06-30' }))).toEqual([
      ['date', 'no_cost_key'],
    ]);
    const empty = agreementWith([partyOf('0001', 0), partyOf('0002', 0)]);
    expect(problemsOf(() => splitCost(empty, 1))).toEqual([['date', 'zero_total_population']]);
  });

  it('names a member without a population when the key is by population', () => {
    const { population: _, ...noPopulation } = partyOf('0002', 1);
    const agreement = agreementWith([partyOf('0001', 5), noPopulation]);
    expect(problemsOf(() => splitCost(agreement, '1.00'))).toEqual([
      ['parties[1].population', 'required'],
    ]);
  });

  it('splits alike on both sides of the limits of ordinary numbers: 2^53 − 1 øre, and a total population of 94 906 265 (the old limit) and 2^53 − 1', () => {
    const limit = BigInt(Number.MAX_SAFE_INTEGER);
    const cases: [bigint, number[]][] = [
      ...[limit - 1n, limit, limit + 1n, limit + 99n].map((amount): [bigint, number[]] => [
        amount,
        [3, 5, 7],
      ]),
      // A total population at the old limit and one above it.
      [12_345_678_987n, [94_906_265 - 2, 1, 1]],
      [12_345_678_987n, [94_906_265 - 1, 1, 1]],
      // A total of 2^53 − 1: rest × largest passes 2^53, so the split runs in bigint.
      [12_345_678_987n, [Number.MAX_SAFE_INTEGER - 2, 1, 1]],
      // Far above it (a typed agreement): 2^40 ± 1, where rest × weight would pass 2^80.
      [2n ** 41n - 1n, [2 ** 40 + 1, 2 ** 40 - 1]],
      [2n ** 41n - 3n, [2 ** 40 + 3, 2 ** 40 - 3]],
    ];
    for (const [amount, populations] of cases) {
      const agreement = agreementWith(populations.map((p, i) => partyOf(`000${i + 1}`, p)));
      const weights = populations.map((p, i) => ({ key: `000${i + 1}`, weight: BigInt(p) }));
      const parts = splitCost(agreement, nok(amount)).parties.map((p) => ore(p.amount));
      expect(parts).toEqual(apportion(amount, weights).map((p) => p.amount));
    }
  });

  it('splits exactly by populations whose sum is beyond 2^53, as a typed agreement may give', () => {
    // Parsing caps a population at 10^8; a typed agreement is trusted and may not be.
    // 3 × 2^51, 3 × 2^51 and 3 sum to 3 × (2^52 + 1), which as a number would round up by one.
    // Of 3 × 10^15 øre the first two get 1.5 × 10^15 − 0.333… each and the third 0.666… øre
    // (3 × 10^15 / (2^52 + 1)): floors 1.5 × 10^15 − 1, 1.5 × 10^15 − 1 and 0, remainders
    // 0.6669, 0.6669 and 0.6661, so the 2 øre left go to the first two. With the sum rounded
    // up by one, the second would get 1 øre less and the third 1 øre.
    const agreement = agreementWith([
      partyOf('0001', 3 * 2 ** 51),
      partyOf('0002', 3 * 2 ** 51),
      partyOf('0003', 3),
    ]);
    expect(splitCost(agreement, '30000000000000.00').parties.map((p) => p.amount)).toEqual([
      '15000000000000.00',
      '15000000000000.00',
      '0.00',
    ]);
  });

  it('rejects a population that is not a whole number ≥ 0, as a typed agreement may give', () => {
    const { population: _, ...unknown } = partyOf('0004', 0);
    const agreement = agreementWith([
      partyOf('0001', 1.5),
      partyOf('0002', -2),
      partyOf('0003', 4),
      unknown,
    ]);
    const error = catchInputError(() => splitCost(agreement, '1.00'));
    // B5: a fraction of a person or a negative population is found on entry, before any key is read.
    expect(error.message.split('\n')[0]).toBe('Invalid agreement (2 problems):');
    expect(error.problems).toEqual([
      {
        path: 'parties[0].population',
        code: 'invalid_type',
        message: 'must be a whole number ≥ 0',
      },
      {
        path: 'parties[1].population',
        code: 'invalid_type',
        message: 'must be a whole number ≥ 0',
      },
    ]);
    const missing = catchInputError(() =>
      splitCost(agreementWith([partyOf('0001', 1), unknown]), '1.00'),
    );
    expect(missing.message.split('\n')[0]).toBe('Population missing (1 problem):');
    expect(missing.problems).toEqual([
      {
        path: 'parties[1].population',
        code: 'required',
        message: 'is required: the cost key of 2025-01-01 (§9) uses population',
      },
    ]);
  });

  it('gives a part no population field when the party has none (a key of stated shares)', () => {
    const { population: _, ...unknown } = partyOf('0002', 0);
    const agreement = {
      ...agreementWith([partyOf('0001', 7), unknown]),
      costKeys: [
        {
          kind: 'stated-shares' as const,
          validFrom: '2025-01-01',
          clause: '§9',
          shares: { '0001': '1/4', '0002': '3/4' },
        },
      ],
    };
    expect(splitCost(agreement, '4.00').parties).toStrictEqual([
      { number: '0001', name: 'Kommune 0001', population: 7, amount: '1.00' },
      { number: '0002', name: 'Kommune 0002', amount: '3.00' },
    ]);
  });

  it('does not modify the agreement', () => {
    const agreement = agreementWith([partyOf('0001', 5), partyOf('0002', 7)]);
    const before = structuredClone(agreement);
    splitCost(agreement, '12.34');
    expect(agreement).toEqual(before);
  });

  describe('properties', () => {
    it('the parts sum exactly to the amount', () => {
      fc.assert(
        fc.property(partiesArb, oreArb, (parties, amount) => {
          const split = splitCost(agreementWith(parties), nok(amount));
          expect(split.sum).toBe(nok(amount));
          expect(split.parties.reduce((a, p) => a + ore(p.amount), 0n)).toBe(amount);
        }),
      );
    });

    it('no part is negative, and each is within one øre of the exact share', () => {
      fc.assert(
        fc.property(partiesArb, oreArb, (parties, amount) => {
          const total = BigInt(parties.reduce((a, p) => a + (p.population ?? 0), 0));
          splitCost(agreementWith(parties), nok(amount)).parties.forEach((part, i) => {
            const exactTimesTotal = amount * BigInt(parties[i]?.population ?? 0);
            const gap = ore(part.amount) * total - exactTimesTotal;
            expect(part.amount.startsWith('-')).toBe(false);
            expect(gap < total && -gap < total).toBe(true);
          });
        }),
      );
    });

    it('permuting the parties changes nothing', () => {
      fc.assert(
        fc.property(
          partiesArb.chain((ps) =>
            fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length })),
          ),
          oreArb,
          ([parties, shuffled], amount) => {
            expect(byNumber(splitCost(agreementWith(shuffled), nok(amount)).parties)).toEqual(
              byNumber(splitCost(agreementWith(parties), nok(amount)).parties),
            );
          },
        ),
      );
    });

    it('gives every party what apportion gives it, for small and very large amounts', () => {
      fc.assert(
        fc.property(partiesArb, oreArb, (parties, amount) => {
          const weights = parties.map((p) => ({
            key: p.municipality.number,
            weight: BigInt(p.population ?? 0),
          }));
          const parts = splitCost(agreementWith(parties), nok(amount)).parties;
          expect(parts.map((p) => ore(p.amount))).toEqual(
            apportion(amount, weights).map((p) => p.amount),
          );
        }),
      );
    });

    it('scaling every population by the same factor changes nothing', () => {
      fc.assert(
        fc.property(partiesArb, oreArb, fc.integer({ min: 1, max: 50 }), (parties, amount, k) => {
          const scaled = parties.map((p) => ({ ...p, population: (p.population ?? 0) * k }));
          expect(byNumber(splitCost(agreementWith(scaled), nok(amount)).parties)).toEqual(
            byNumber(splitCost(agreementWith(parties), nok(amount)).parties),
          );
        }),
      );
    });
  });
});
