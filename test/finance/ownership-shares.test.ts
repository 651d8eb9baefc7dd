import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownershipShares } from '../../src/finance/ownership-shares.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { agreementWith, partiesArb, partyOf } from '../helpers/arbitraries.js';
import { problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

/** A percent string with two decimals as hundredths, by string operations only. */
const hundredths = (percent: string) => BigInt(percent.replace('.', ''));

describe('ownershipShares', () => {
  it('gives exact shares, half-up percentages and a largest-remainder column summing to 100.00', () => {
    // Three equal parties: exact 1/3 each = 33.333… % → half up 33.33 (sum 99.99);
    // largest remainder 33.34 / 33.33 / 33.33 (the extra hundredth to the lowest number).
    const shares = ownershipShares(
      agreementWith([partyOf('0003', 10), partyOf('0001', 10), partyOf('0002', 10)]),
    );
    expect(
      shares.parties.map((p) => [p.number, p.share, p.percent, p.percentLargestRemainder]),
    ).toEqual([
      ['0003', { numerator: 10, denominator: 30 }, '33.33', '33.33'],
      ['0001', { numerator: 10, denominator: 30 }, '33.33', '33.34'],
      ['0002', { numerator: 10, denominator: 30 }, '33.33', '33.33'],
    ]);
    expect(shares.percentSum).toBe('99.99');
    expect(shares.percentLargestRemainderSum).toBe('100.00');
    expect(shares.statedPercentSum).toBeUndefined();
  });

  it('rounds exactly half a hundredth up', () => {
    // 1/8 = 12.5 % exactly; 1/16 = 6.25 %; 1/32 = 3.125 % → 3.13 (half up), not 3.12.
    const shares = ownershipShares(agreementWith([partyOf('0001', 1), partyOf('0002', 31)]));
    expect(shares.parties.map((p) => p.percent)).toEqual(['3.13', '96.88']);
  });

  it('points out a printed total population that the parties do not add up to', () => {
    const agreement = {
      ...agreementWith([partyOf('0001', 10), partyOf('0002', 30)]),
      costKeys: [
        {
          kind: 'population' as const,
          validFrom: '2025-01-01',
          clause: '§9',
          statedTable: { name: 'Tabell 1', totalPopulation: 41 },
        },
      ],
    };
    const shares = ownershipShares(agreement);
    expect(shares.reasons.at(-1)).toMatchObject({
      code: 'stated_total_population',
      values: { table: 'Tabell 1', stated: 41, computed: 40 },
    });
    expect(words(shares.reasons.at(-1))?.nb).toBe(
      'Tabell 1 oppgir 41 innbyggere, men deltakernes innbyggertall summerer til 40.',
    );
    expect(shares.statedPercentSum).toBeUndefined();
  });

  it('names a date on which nobody is a member', () => {
    const agreement = agreementWith([
      { ...partyOf('0001', 5), membership: { joined: '2025-01-01', withdrawn: '2025-06-01' } },
    ]);
    expect(problemsOf(() => ownershipShares(agreement, { date: '2025-06-01' }))).toEqual([
      ['date', 'no_members'],
    ]);
  });

  it('the largest-remainder column always sums to exactly 100.00, and each is within 0.01 of exact', () => {
    fc.assert(
      fc.property(partiesArb, (parties) => {
        const shares = ownershipShares(agreementWith(parties));
        expect(shares.percentLargestRemainderSum).toBe('100.00');
        const total = BigInt(shares.totalPopulation);
        for (const p of shares.parties) {
          const gap =
            hundredths(p.percentLargestRemainder) * total - 10_000n * BigInt(p.population ?? 0);
          expect(gap < total && -gap < total).toBe(true);
        }
      }),
    );
  });

  it('the half-up percentage is the exact share rounded half up (checked by a second method)', () => {
    fc.assert(
      fc.property(partiesArb, (parties) => {
        const shares = ownershipShares(agreementWith(parties));
        const total = BigInt(shares.totalPopulation);
        for (const p of shares.parties) {
          // h is right iff h − ½ ≤ 10000·pop/total < h + ½, i.e. (2h − 1)·total ≤ 20000·pop < (2h + 1)·total
          const h = hundredths(p.percent);
          const scaled = 20_000n * BigInt(p.population ?? 0);
          expect((2n * h - 1n) * total <= scaled && scaled < (2n * h + 1n) * total).toBe(true);
        }
      }),
    );
  });
});

describe('ownershipShares of a cost pool, with measured quantities', () => {
  const usageFile = () =>
    JSON.parse(
      readFileSync(new URL('../fixtures/usage-key-agreement.json', import.meta.url), 'utf8'),
    );
  const quantities = { water: { values: { '0001': '100', '0002': '300', '0003': '600' } } };

  it("a pool's key with a measured part: 20 % equal, 30 % by population, 50 % by water", () => {
    // Aby 1/15 + 3/100 + 5/100 = 11/75 (14.666… %), Bby 1/15 + 6/100 + 15/100 = 83/300
    // (27.666… %), Cby 1/15 + 21/100 + 30/100 = 173/300 (57.666… %). Half up 14.67, 27.67,
    // 57.67 (100.01); largest remainder gives the two hundredths to the larger shares.
    const shares = ownershipShares(parseAgreement(usageFile()), { pool: 'operations', quantities });
    expect(shares.parties.map((p) => [p.share, p.percent, p.percentLargestRemainder])).toEqual([
      [{ numerator: 11, denominator: 75 }, '14.67', '14.66'],
      [{ numerator: 83, denominator: 300 }, '27.67', '27.67'],
      [{ numerator: 173, denominator: 300 }, '57.67', '57.67'],
    ]);
    expect([shares.kind, shares.basis]).toEqual(['cost-share', 'cost-key']);
    expect(
      ownershipShares(parseAgreement(usageFile()), { pool: 'investments' }).parties.map(
        (p) => p.percent,
      ),
    ).toEqual(['25.00', '25.00', '50.00']);
  });

  it('a pool asks for cost shares even where ownership is stated apart; without one, the ownership', () => {
    const file = usageFile();
    file.clauses.push({ ref: '§2', title: 'Eierandeler', text: 'Eierandelene er like.' });
    file.ownership = { clause: '§2', shares: { '0001': '1/3', '0002': '1/3', '0003': '1/3' } };
    const agreement = parseAgreement(file);
    expect(ownershipShares(agreement).basis).toBe('stated-ownership');
    const pooled = ownershipShares(agreement, { pool: 'investments' });
    expect(pooled.basis).toBe('cost-key');
    expect(pooled.parties.map((p) => p.percent)).toEqual(['25.00', '25.00', '50.00']);
  });

  it('an unknown pool and missing quantities are named', () => {
    expect(problemsOf(() => ownershipShares(parseAgreement(usageFile()), { pool: 'x' }))).toEqual([
      ['pool', 'unknown_pool'],
    ]);
    expect(
      problemsOf(() => ownershipShares(parseAgreement(usageFile()), { pool: 'operations' })),
    ).toEqual([['quantities.water', 'required']]);
  });
});
