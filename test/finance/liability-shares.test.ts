import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/index.js';
import { sharesCommand } from '../../src/cli/commands/shares.js';
import type { CliIo } from '../../src/cli/io.js';
import { liabilityShares } from '../../src/finance/liability-shares.js';
import { ownershipShares } from '../../src/finance/ownership-shares.js';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { overTime } from '../fixtures/figures-over-time.js';
import { problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

const parsed = (file: unknown): Agreement => parseAgreement(file);

/** The shares command reads no file unless given --quantities. */
const noFiles: CliIo = {
  stdout: () => undefined,
  stderr: () => undefined,
  readFile: (path) => {
    throw new Error(`no file ${path}`);
  },
};

describe('ownership shares stated apart from the cost key (eierandeler)', () => {
  const a = parsed(overTime());

  it('shows the stated 60 / 40 %, not the population key (1 000 : 3 000 in 2024 would be 25 / 75 %)', () => {
    const shares = ownershipShares(a, { date: '2024-06-01' });
    expect(shares.kind).toBe('ownership');
    expect(shares.basis).toBe('stated-ownership');
    expect(
      shares.parties.map((p) => [p.number, p.share, p.percent, p.percentLargestRemainder]),
    ).toEqual([
      ['9901', { numerator: 3, denominator: 5 }, '60.00', '60.00'],
      ['9902', { numerator: 2, denominator: 5 }, '40.00', '40.00'],
    ]);
    expect(shares.percentSum).toBe('100.00');
    expect(shares.percentLargestRemainderSum).toBe('100.00');
    expect(shares.alternatives).toEqual([]);
    expect(shares.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      ['parties_active', '§1', { date: '2024-06-01', count: 2 }],
      ['ownership_stated', '§4', { parties: 2 }],
      ['percent_half_up', '§4', { sum: '100.00', table: null }],
      ['percent_largest_remainder', '§4', { sum: '100.00' }],
    ]);
    expect(words(shares.reasons[1])?.nb).toBe(
      'Avtalen oppgir eierandelene for seg, uavhengig av kostnadsnøkkelen; andelene her er eierandelene til de 2 deltakerne.',
    );
    // The split still follows the cost key: 25 / 75 % of 1 000.00 kr by the 2024 figures.
    expect(splitCost(a, '1000.00', { date: '2024-06-01' }).parties.map((p) => p.amount)).toEqual([
      '250.00',
      '750.00',
    ]);
  });

  it('without a stated table, the shares by the key, said to be so (basis cost-key)', () => {
    const shares = ownershipShares(helseplattformen);
    expect([shares.kind, shares.basis]).toEqual(['ownership', 'cost-key']);
  });

  it('fractions: 1/3 and 2/3 are exact, the percentages rounded half up and by largest remainder', () => {
    const file = overTime();
    file.ownership = { clause: '§4', shares: { '9901': '1/3', '9902': '2/3' } };
    const shares = ownershipShares(parsed(file), { date: '2025-01-01' });
    expect(shares.parties.map((p) => [p.share, p.percent, p.percentLargestRemainder])).toEqual([
      [{ numerator: 1, denominator: 3 }, '33.33', '33.33'],
      [{ numerator: 2, denominator: 3 }, '66.67', '66.67'],
    ]);
  });

  it('a party’s population is shown beside its stated share; without partiesClause the parties cite the ownership clause', () => {
    const { partiesClause: _, ...file } = overTime();
    file.parties = file.parties.map((p, i) => ({ ...p, population: i === 0 ? 1000 : 3000 }));
    file.costKeys = [{ kind: 'population', validFrom: '2024-01-01', clause: '§5' }];
    const shares = ownershipShares(
      parseAgreement({ ...file, populationReferenceDate: '2024-01-01' }),
    );
    expect(shares.parties.map((p) => [p.number, p.population, p.percent])).toEqual([
      ['9901', 1000, '60.00'],
      ['9902', 3000, '40.00'],
    ]);
    expect(shares.totalPopulation).toBe(4000);
    expect([shares.reasons[0]?.code, shares.reasons[0]?.clause]).toEqual(['parties_active', '§4']);
  });

  it('one party owning the whole is named in the singular', () => {
    const file = overTime();
    file.parties = file.parties.slice(0, 1);
    file.ownership = { clause: '§4', shares: { '9901': '100' } };
    const shares = ownershipShares(parseAgreement(file), { date: '2025-01-01' });
    expect(shares.parties.map((p) => [p.number, p.share, p.percent])).toEqual([
      ['9901', { numerator: 1, denominator: 1 }, '100.00'],
    ]);
    expect(words(shares.reasons[1])).toEqual({
      nb: 'Avtalen oppgir eierandelene for seg, uavhengig av kostnadsnøkkelen; andelene her er eierandelene til den ene deltakeren.',
      en: 'The agreement states the ownership shares apart from its cost key; the shares here are the ownership shares of the one party.',
    });
  });

  it('a stated table that does not sum to the whole, or names no party, is a parse error naming the path', () => {
    const file = overTime();
    file.ownership = { clause: '§4', shares: { '9901': '60', '9902': '30', '9999': '5' } };
    const error = problemsOf(() => parseAgreement(file));
    expect(error).toEqual([
      ['ownership.shares', 'shares_not_whole'],
      ['ownership.shares["9999"]', 'unknown_party'],
    ]);
    const message = (() => {
      try {
        parseAgreement(file);
      } catch (e) {
        return String((e as Error).message);
      }
      return '';
    })();
    expect(message).toContain('the ownership shares sum to 19/20 (95 %), not the whole (100 %)');
  });

  it('a member with no stated share, or members whose shares are no longer the whole, is an input error', () => {
    const a2 = { ...a, ownership: { clause: '§4', shares: { '9901': '100' } } } as Agreement;
    expect(problemsOf(() => ownershipShares(a2))).toEqual([
      ['ownership.shares', 'no_stated_share'],
    ]);
    const leaves = {
      ...a,
      parties: a.parties.map((p) =>
        p.municipality.number === '9902'
          ? { ...p, membership: { joined: '2024-01-01', withdrawn: '2025-01-01' } }
          : p,
      ),
    } as Agreement;
    expect(problemsOf(() => ownershipShares(leaves, { date: '2025-06-01' }))).toEqual([
      ['ownership.shares', 'shares_not_whole'],
    ]);
    expect(problemsOf(() => ownershipShares(a, { date: '2023-06-01' }))).toEqual([
      ['date', 'outside_validity'],
    ]);
  });

  it('shares: the table and JSON say the shares are the stated ownership shares, not the key', () => {
    const table = sharesCommand(a, { date: '2024-06-01', format: 'table' }, noFiles);
    expect(table).toContain(
      'Eierandeler per 1. juni 2024 (oppgitt i avtalen, §4; ikke kostnadsnøkkelen)',
    );
    const json = JSON.parse(sharesCommand(a, { date: '2024-06-01', format: 'json' }, noFiles));
    expect([json.kind, json.basis]).toEqual(['ownership', 'stated-ownership']);
    expect(sharesCommand(helseplattformen, { format: 'table' }, noFiles)).toContain(
      'Eierandeler per 1. januar 2025 (etter kostnadsnøkkelen)',
    );
  });
});

describe('liabilityShares (ansvarsandel)', () => {
  it('IKS-loven § 3 (verified): the liability share of an IKS is its ownership share, citing the clause of the shares', () => {
    const liability = liabilityShares(parsed(overTime()), { date: '2024-06-01' });
    expect([liability.law, liability.verified]).toEqual(['IKS-loven § 3', true]);
    expect(liability.parties.map((p) => p.percent)).toEqual(['60.00', '40.00']);
    const last = liability.reasons.at(-1);
    expect([last?.code, last?.clause, last?.values]).toEqual([
      'liability_is_ownership',
      '§4',
      { law: 'IKS-loven § 3', verified: true, basis: 'stated-ownership' },
    ]);
    expect(words(last)?.nb).toBe(
      'Hver deltaker hefter for en andel av forpliktelsene lik sin eierandel (IKS-loven § 3), siden avtalen ikke sier noe annet; eierandelene er de avtalen oppgir.',
    );
    expect(words(last)?.en).toBe(
      'Each party is liable for a share of the obligations equal to its ownership share (IKS-loven § 3), as the agreement says nothing else; the ownership shares are those the agreement states.',
    );
  });

  it('a kommunalt oppgavefellesskap: kommuneloven § 19-5, not verified, by the key', () => {
    const liability = liabilityShares(helseplattformen);
    expect([liability.law, liability.verified]).toEqual(['kommuneloven § 19-5', false]);
    const last = liability.reasons.at(-1);
    expect([last?.clause, last?.values]).toEqual([
      '§9',
      { law: 'kommuneloven § 19-5', verified: false, basis: 'cost-key' },
    ]);
    expect(words(last)?.nb).toContain('(kommuneloven § 19-5, ikke verifisert)');
    expect(words(last)?.nb).toContain('andelene etter kostnadsnøkkelen');
    expect(words(last)?.en).toContain('(kommuneloven § 19-5, not verified)');
    expect(words(last)?.en).toContain('the shares by the cost key');
  });

  it('a legal form with no statutory liability share is an input error naming legalForm', () => {
    const network = { ...helseplattformen, legalForm: 'avtalebasert-samarbeid' } as Agreement;
    expect(problemsOf(() => liabilityShares(network))).toEqual([
      ['legalForm', 'no_liability_statute'],
    ]);
  });
});

describe('stated ownership: properties', () => {
  it('for any stated fractions making up the whole: exact shares, largest remainder sums to 100.00, the order of the parties does not matter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 5 }),
        (weights) => {
          fc.pre(weights.some((w) => w > 0));
          const total = weights.reduce((a, b) => a + b, 0);
          const numbers = weights.map((_, i) => `99${String(i + 10)}`);
          const file = overTime();
          file.parties = numbers.map((number) => ({
            municipality: { number, name: `K${number}` },
            membership: { joined: '2024-01-01' },
          }));
          file.costKeys = [];
          file.ownership = {
            clause: '§4',
            shares: Object.fromEntries(numbers.map((n, i) => [n, `${weights[i]}/${total}`])),
          };
          const shares = ownershipShares(parseAgreement(file));
          const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
          shares.parties.forEach((p, i) => {
            const w = weights[i] as number;
            const d = gcd(w, total);
            expect(p.share).toEqual({ numerator: w / d, denominator: total / d });
          });
          expect(shares.percentLargestRemainderSum).toBe('100.00');
          const reversed = ownershipShares(
            parseAgreement({ ...file, parties: [...file.parties].reverse() }),
          );
          const byNumber = (s: typeof shares) =>
            Object.fromEntries(
              s.parties.map((p) => [p.number, [p.share, p.percent, p.percentLargestRemainder]]),
            );
          expect(byNumber(reversed)).toEqual(byNumber(shares));
        },
      ),
      { numRuns: 100 },
    );
  });
});
