import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admit } from '../../src/lifecycle/admit.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { small, smallAgreement } from '../fixtures/small-agreement.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const cby = { number: '0003', name: 'Cby' };

/** The small agreement with one admission condition, `aksjonaer`. */
function withCondition(): Agreement {
  const file = small();
  return parseAgreement({
    ...file,
    lifecycle: {
      ...file.lifecycle,
      admission: {
        ...file.lifecycle.admission,
        conditions: [{ id: 'aksjonaer', text: 'er aksjonær', clause: '§1', protects: true }],
      },
    },
  });
}

/** The small agreement with no admission rule. */
function withoutAdmission(): Agreement {
  const file = small();
  const { admission: _, ...lifecycle } = file.lifecycle;
  return parseAgreement({ ...file, lifecycle });
}

describe('admit', () => {
  it('a candidate with no conditions to meet is eligible; its share follows its population', () => {
    const a = admit(smallAgreement(), { municipality: cby, population: 50, date: '2025-07-01' });
    expect([a.eligibility, a.eligible, a.protectedFromOpposition, a.missing, a.notGiven]).toEqual([
      'met',
      true,
      null,
      [],
      [],
    ]);
    expect([a.procedure?.organ, a.procedure?.matter]).toEqual(['representantskap', 'budsjett']);
    // 100 + 50 + 50 = 200 inhabitants after the admission.
    expect(a.sharesAfter.parties.map((p) => [p.number, p.share])).toEqual([
      ['0001', { numerator: 100, denominator: 200 }],
      ['0002', { numerator: 50, denominator: 200 }],
      ['0003', { numerator: 50, denominator: 200 }],
    ]);
    expect(a.reasons.map((r) => words(r)?.nb)).toEqual([
      '0003 Cby oppfyller alle vilkårene for opptak.',
      'Andelen til 0003 Cby følger innbyggertallet 50 per 1. januar 2024 og gjelder fra 1. juli 2025; alle andeler regnes om fra den datoen.',
    ]);
  });

  it('municipality, population, date and conditions are each checked', () => {
    const agreement = withCondition();
    expect(
      problemsOf(() =>
        admit(agreement, {
          municipality: { number: 1811, name: '' },
          population: -1,
          date: 20260701,
          conditionsMet: { aksjonaer: 'ja', medlem: true },
        } as Untyped),
      ),
    ).toEqual([
      ['conditionsMet.aksjonaer', 'invalid_type'],
      ['conditionsMet.medlem', 'unknown_condition'],
      ['date', 'invalid_date'],
      ['municipality.name', 'invalid_type'],
      ['municipality.number', 'invalid_type'],
      ['population', 'invalid_population'],
    ]);
    expect(
      problemsOf(() => admit(agreement, { municipality: null, population: 1 } as Untyped)),
    ).toEqual([['municipality', 'invalid_type']]);
    for (const conditionsMet of [null, 'aksjonaer']) {
      expect(
        problemsOf(() =>
          admit(agreement, { municipality: cby, population: 1, conditionsMet } as Untyped),
        ),
      ).toEqual([['conditionsMet', 'invalid_type']]);
    }
  });

  it('an agreement with no admission rule names that, and every condition given as unknown', () => {
    const unknown = catchInputError(() =>
      admit(withoutAdmission(), { municipality: cby, population: 1, conditionsMet: { x: true } }),
    );
    expect(unknown.problems.map((p) => [p.path, p.code, p.message])).toEqual([
      ['agreement.lifecycle.admission', 'no_admission_rule', 'liten states no rules for admission'],
      [
        'conditionsMet.x',
        'unknown_condition',
        'is not an admission condition of the agreement (it has: none)',
      ],
    ]);
  });
});

/** The small agreement with a key of stated shares (0001 two thirds, 0002 one third) and the given way of setting a new party's share. */
function withStatedShares(
  newcomerShare?: Record<string, unknown>,
  key: 'stated' | 'population' = 'stated',
): Agreement {
  const file = small();
  return parseAgreement({
    ...file,
    costKeys:
      key === 'stated'
        ? [
            {
              kind: 'stated-shares',
              validFrom: '2025-01-01',
              clause: '§2',
              shares: { '0001': '2/3', '0002': '1/3' },
            },
          ]
        : file.costKeys,
    lifecycle: {
      ...file.lifecycle,
      admission: {
        ...file.lifecycle.admission,
        ...(newcomerShare === undefined ? {} : { newcomerShare }),
      },
    },
  });
}

const fractions = (a: ReturnType<typeof admit>) =>
  a.sharesAfter.parties.map((p) => [p.number, `${p.share.numerator}/${p.share.denominator}`]);

describe('admit: the new party’s share', () => {
  const base = { municipality: cby, population: 50, date: '2025-07-01' } as const;

  it('a key of stated shares: without the new table the error says what to give', () => {
    expect(catchInputError(() => admit(withStatedShares(), base)).problems).toEqual([
      {
        path: 'statedShares',
        code: 'required',
        message:
          'liten needs the new table of shares decided by representantskapet (§1): the cost key in force on 2025-07-01 (§2) states the shares, and the new party has none',
      },
    ]);
  });

  it('a key of stated shares: the table the body decided applies from the admission', () => {
    const a = admit(withStatedShares(), {
      ...base,
      statedShares: { '0001': '50', '0002': '25', '0003': '25' },
    });
    expect(fractions(a)).toEqual([
      ['0001', '1/2'],
      ['0002', '1/4'],
      ['0003', '1/4'],
    ]);
    expect(a.reasons.find((r) => r.code === 'admission_share_stated_table')).toEqual({
      code: 'admission_share_stated_table',
      agreement: 'liten',
      clause: '§1',
      values: {
        candidate: '0003 Cby',
        decidedBy: 'representantskapet',
        effectiveDate: '2025-07-01',
        parties: 3,
      },
    });
    // Before the admission the agreement's own table still applies.
    expect(a.sharesAfter.date).toBe('2025-07-01');
  });

  it('the new table must name every party and only parties, in the shape of a share', () => {
    expect(
      problemsOf(() =>
        admit(withStatedShares(), { ...base, statedShares: { '0001': '50', '0004': '50' } }),
      ),
    ).toEqual([
      ['statedShares["0002"]', 'no_stated_share'],
      ['statedShares["0003"]', 'no_stated_share'],
      ['statedShares["0004"]', 'unknown_party'],
    ]);
    expect(
      problemsOf(() =>
        admit(withStatedShares(), {
          ...base,
          statedShares: { '0001': 'half', abc: '1/2' },
        } as Untyped),
      ),
    ).toEqual([
      ['statedShares.abc', 'invalid_type'],
      ['statedShares["0001"]', 'invalid_format'],
    ]);
    expect(
      problemsOf(() => admit(withStatedShares(), { ...base, statedShares: [] } as Untyped)),
    ).toEqual([['statedShares', 'invalid_type']]);
  });

  it('by population under a key of stated shares: the new party’s share of all inhabitants, the others scaled to the rest', () => {
    // 0001 100 and 0002 50 inhabitants, Cby 50: Cby 50/200 = 1/4; the rest 3/4 by the stated
    // shares: 0001 2/3 · 3/4 = 1/2, 0002 1/3 · 3/4 = 1/4.
    const a = admit(
      withStatedShares({ by: 'population', populationDate: '2025-01-01', clause: '§2' }),
      base,
    );
    expect(fractions(a)).toEqual([
      ['0001', '1/2'],
      ['0002', '1/4'],
      ['0003', '1/4'],
    ]);
    expect(a.reasons.find((r) => r.code === 'admission_share_by_population')).toEqual({
      code: 'admission_share_by_population',
      agreement: 'liten',
      clause: '§2',
      values: {
        candidate: '0003 Cby',
        population: 50,
        totalPopulation: 200,
        referenceDate: '2025-01-01',
        effectiveDate: '2025-07-01',
      },
    });
  });

  it('by population under a key by population: the reason cites the date the agreement names', () => {
    const a = admit(
      withStatedShares({ by: 'population', populationDate: '2025-01-01' }, 'population'),
      base,
    );
    // 100, 50 and 50 of 200 inhabitants.
    expect(fractions(a)).toEqual([
      ['0001', '100/200'],
      ['0002', '50/200'],
      ['0003', '50/200'],
    ]);
    expect(a.reasons.find((r) => r.code === 'admission_share')?.values).toEqual({
      candidate: '0003 Cby',
      population: 50,
      referenceDate: '2025-01-01',
      effectiveDate: '2025-07-01',
    });
    expect(
      problemsOf(() =>
        admit(withStatedShares({ by: 'population' }, 'population'), {
          ...base,
          statedShares: { '0001': '1/3', '0002': '1/3', '0003': '1/3' },
        }),
      ),
    ).toEqual([['statedShares', 'stated_shares_not_expected']]);
  });

  it('by a new table under a key by population: the table, not the populations', () => {
    const a = admit(withStatedShares({ by: 'stated-table' }, 'population'), {
      ...base,
      statedShares: { '0001': '1/3', '0002': '1/3', '0003': '1/3' },
    });
    expect(fractions(a)).toEqual([
      ['0001', '1/3'],
      ['0002', '1/3'],
      ['0003', '1/3'],
    ]);
  });

  it('by population under stated shares needs every party’s population and stated share', () => {
    const file = small();
    const noPopulation = parseAgreement({
      ...file,
      parties: [file.parties[0], { ...file.parties[1], population: undefined }].map((p) =>
        Object.fromEntries(Object.entries(p as object).filter(([, v]) => v !== undefined)),
      ),
      costKeys: [
        { kind: 'stated-shares', validFrom: '2025-01-01', clause: '§2', shares: { '0001': '1' } },
      ],
      lifecycle: {
        ...file.lifecycle,
        admission: { ...file.lifecycle.admission, newcomerShare: { by: 'population' } },
      },
    });
    expect(problemsOf(() => admit(noPopulation, base))).toEqual([
      ['agreement.parties[1].population', 'population_missing'],
    ]);
    const noShare = parseAgreement({
      ...file,
      costKeys: [
        { kind: 'stated-shares', validFrom: '2025-01-01', clause: '§2', shares: { '0001': '1' } },
      ],
      lifecycle: {
        ...file.lifecycle,
        admission: { ...file.lifecycle.admission, newcomerShare: { by: 'population' } },
      },
    });
    expect(problemsOf(() => admit(noShare, base))).toEqual([['costKeys', 'no_stated_share']]);
    const nobody = parseAgreement({
      ...file,
      parties: file.parties.map((p) => ({ ...p, population: 0 })),
      costKeys: [
        {
          kind: 'stated-shares',
          validFrom: '2025-01-01',
          clause: '§2',
          shares: { '0001': '1/2', '0002': '1/2' },
        },
      ],
      lifecycle: {
        ...file.lifecycle,
        admission: { ...file.lifecycle.admission, newcomerShare: { by: 'population' } },
      },
    });
    expect(problemsOf(() => admit(nobody, { ...base, population: 0 }))).toEqual([
      ['population', 'zero_population'],
    ]);
  });

  it('by population under stated shares: the shares sum to exactly one and the new party has p / (p + P)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 99 }),
        (a, b, p, percent) => {
          const file = small();
          const agreement = parseAgreement({
            ...file,
            parties: [
              { ...file.parties[0], population: a },
              { ...file.parties[1], population: b },
            ],
            costKeys: [
              {
                kind: 'stated-shares',
                validFrom: '2025-01-01',
                clause: '§2',
                shares: { '0001': String(percent), '0002': String(100 - percent) },
              },
            ],
            lifecycle: {
              ...file.lifecycle,
              admission: { ...file.lifecycle.admission, newcomerShare: { by: 'population' } },
            },
          });
          const shares = admit(agreement, { ...base, population: p }).sharesAfter.parties;
          const [x, y, z] = shares.map((s) => s.share) as [
            { numerator: number; denominator: number },
            { numerator: number; denominator: number },
            { numerator: number; denominator: number },
          ];
          // Cross-multiplied in bigint: z = p / (a + b + p); x + y + z = 1.
          const big = (n: number) => BigInt(n);
          expect(big(z.numerator) * big(a + b + p)).toBe(big(p) * big(z.denominator));
          const total =
            big(x.numerator) * big(y.denominator) * big(z.denominator) +
            big(y.numerator) * big(x.denominator) * big(z.denominator) +
            big(z.numerator) * big(x.denominator) * big(y.denominator);
          expect(total).toBe(big(x.denominator) * big(y.denominator) * big(z.denominator));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('admit: the new share, further cases', () => {
  const base = { municipality: cby, population: 54_321, date: '2025-07-01' } as const;

  it('a plain object (not parsed), exact fractions of many digits, a key that ends and scales to the whole', () => {
    const file = small();
    const plain = {
      ...parseAgreement({
        ...file,
        validUntil: '2026-12-31',
        parties: [
          { ...file.parties[0], population: 123_457 },
          { ...file.parties[1], population: 98_765 },
        ],
        costKeys: [
          {
            kind: 'stated-shares',
            validFrom: '2025-01-01',
            validUntil: '2025-12-31',
            clause: '§2',
            shares: { '0001': '2/3', '0002': '1/3' },
            scaleToWhole: true,
          },
        ],
        lifecycle: {
          ...file.lifecycle,
          admission: { ...file.lifecycle.admission, newcomerShare: { by: 'population' } },
        },
      }),
    };
    // Cby 54 321 of 276 543; the rest, 222 222 of 276 543, two thirds and one third.
    const a = admit(plain, base);
    const shares = a.sharesAfter.parties.map((p) => p.share.numerator / p.share.denominator);
    const whole = 276_543;
    expect(shares[2]).toBeCloseTo(54_321 / whole, 12);
    expect(shares[0]).toBeCloseTo(((2 / 3) * 222_222) / whole, 12);
    expect(shares[1]).toBeCloseTo(((1 / 3) * 222_222) / whole, 12);
    // The key ends when the agreement's key ends: no key on 1 January 2026.
    expect(problemsOf(() => admit(plain, { ...base, date: '2026-01-01' }))).toEqual([
      ['date', 'cost_key_ended'],
    ]);
  });

  it('a table where the agreement sets the share by the cost key is not expected', () => {
    expect(
      catchInputError(() =>
        admit(smallAgreement(), {
          municipality: cby,
          population: 50,
          date: '2025-07-01',
          statedShares: { '0001': '1/3', '0002': '1/3', '0003': '1/3' },
        }),
      ).problems,
    ).toEqual([
      {
        path: 'statedShares',
        code: 'stated_shares_not_expected',
        message: "liten sets the new party's share by the cost key (§1), not by a new table",
      },
    ]);
  });
});

describe('admit: the conditions met as a list of ids', () => {
  it('the ids listed are met, the others unknown; an id the agreement does not define, or not an id, is named', () => {
    const agreement = withCondition();
    const listed = admit(agreement, {
      municipality: cby,
      population: 1,
      conditionsMet: ['aksjonaer'],
    });
    expect([listed.eligibility, listed.conditions.map((c) => c.status)]).toEqual(['met', ['met']]);
    const none = admit(agreement, { municipality: cby, population: 1, conditionsMet: [] });
    expect([none.eligibility, none.notGiven]).toEqual(['unknown', ['aksjonaer']]);
    expect(
      problemsOf(() =>
        admit(agreement, {
          municipality: cby,
          population: 1,
          conditionsMet: ['medlem', 5],
        } as Untyped),
      ),
    ).toEqual([
      ['conditionsMet.medlem', 'unknown_condition'],
      ['conditionsMet[1]', 'invalid_type'],
    ]);
  });
});
