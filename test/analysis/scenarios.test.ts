import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/analysis/scenarios.js';
import type { Agreement } from '../../src/model/agreement.js';
import { AgreementInputError } from '../../src/model/errors.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { openEndedAgreement, smallAgreement } from '../fixtures/small-agreement.js';
import { problemsOf } from '../helpers/errors.js';

/**
 * The small agreement: 0001 Aby (100 inhabitants) and 0002 Bby (50), costs
 * by population (§2), a representantskap of one seat each deciding budsjett
 * by consensus under the default reading "ma-stemme" (§1).
 */
const small = smallAgreement();
const openEnded = openEndedAgreement();
const resolve = (ref: string): Agreement => (ref === 'liten' ? small : openEnded);

const file = (scenarios: readonly object[], agreement = 'liten') => ({ agreement, scenarios });
const one = (scenario: object, agreement = 'liten') =>
  runScenarios(file([{ name: 'et scenario', clause: '§2', ...scenario }], agreement), resolve);
const meeting = (ballots: Record<string, 'for' | 'against'>) => ({
  date: '2025-03-12',
  presiding: '0001',
  attendance: { '0001': 'member', '0002': 'member' },
  ballots,
});

describe('runScenarios: each kind, compared with what a person wrote by hand', () => {
  it('a split: 150 kr by population (100 : 50) is 100 and 50; the result names the scenario and its clause', () => {
    expect(
      runScenarios(
        file([
          {
            name: 'Aby betaler to tredjedeler',
            clause: '§2',
            split: { amount: '150.00' },
            expect: {
              amount: '150',
              date: '2025-01-01',
              sum: 150,
              parties: { '0001': '100.00', '0002': '50' },
              reasons: ['cost_key_population', 'split_largest_remainder §2'],
            },
          },
        ]),
        resolve,
      ),
    ).toEqual([
      { name: 'Aby betaler to tredjedeler', clause: '§2', passed: true, differences: [] },
    ]);
  });

  it('a split that differs: every field that differs, in the order expected, with what was expected and what the agreement gave', () => {
    // 100 kr: 66.666… and 33.333… floored to 66.66 and 33.33; the øre left over goes to Aby.
    const [result] = one({
      split: { amount: '100' },
      expect: {
        sum: '100.01',
        parties: { '0001': '66.66', '0002': '33.33', '0003': '1.00' },
        reasons: ['cost_key_population §1', 'quorum_met'],
      },
    });
    expect(result?.passed).toBe(false);
    expect(result?.differences).toEqual([
      { path: 'sum', expected: '100.01', actual: '100.00' },
      { path: 'parties.0001', expected: '66.66', actual: '66.67' },
      { path: 'parties.0003', expected: '1.00', actual: null },
      {
        path: 'reasons',
        expected: 'cost_key_population §1',
        actual: 'parties_active §1, cost_key_population §2, split_largest_remainder §2',
      },
      {
        path: 'reasons',
        expected: 'quorum_met',
        actual: 'parties_active §1, cost_key_population §2, split_largest_remainder §2',
      },
    ]);
  });

  it('null for a party expects it not to be one; a party that is one then differs', () => {
    const [result] = one({
      split: { amount: '150' },
      expect: { parties: { '0002': null, '0009': null } },
    });
    expect(result?.differences).toEqual([
      { path: 'parties.0002', expected: 'null', actual: '50.00' },
    ]);
  });

  it('shares: 100 : 50 is 66.67 % and 33.33 %; liability shares follow them; the stated sum is null without a stated table', () => {
    const shares = {
      date: '2025-01-01',
      totalPopulation: 150,
      parties: { '0001': '66.67', '0002': 33.33 },
      percentLargestRemainder: { '0001': '66.67', '0002': '33.33' },
      percentSum: '100.00',
      percentLargestRemainderSum: '100',
      statedPercentSum: null,
      reasons: ['percent_half_up'],
    };
    expect(one({ shares: {}, expect: shares })[0]?.differences).toEqual([]);
    expect(
      one({ shares: { liability: true }, expect: { reasons: ['liability_is_ownership'] } })[0]
        ?.differences,
    ).toEqual([]);
    expect(one({ shares: {}, expect: { reasons: ['liability_is_ownership'] } })[0]?.passed).toBe(
      false,
    );
  });

  it('decide: for and against under consensus is not adopted; the tally, readings and reasons as expected', () => {
    const [result] = one({
      decide: {
        organ: 'representantskap',
        matter: 'budsjett',
        meeting: meeting({ '0001': 'for', '0002': 'against' }),
      },
      expect: {
        quorate: true,
        adopted: false,
        tieBrokenByChair: false,
        decidedByChair: false,
        drawLots: false,
        councilsMustAdopt: false,
        presiding: '0001',
        tally: { seats: 2, present: 2, for: 1, against: 1, abstain: 0, absent: 0 },
        readings: { stemmeplikt: 'ma-stemme' },
        reasons: ['quorum_met §1', 'consensus_not_reached'],
      },
    });
    expect(result?.differences).toEqual([]);
    expect(
      one({
        decide: {
          organ: 'representantskap',
          matter: 'budsjett',
          meeting: meeting({ '0001': 'for', '0002': 'for' }),
        },
        expect: { adopted: false, tally: { for: 1 } },
      })[0]?.differences,
    ).toEqual([
      { path: 'adopted', expected: 'false', actual: 'true' },
      { path: 'tally.for', expected: '1', actual: '2' },
    ]);
  });

  it('withdraw: twelve months from 1 March 2025 is 1 March 2026; Bby is then no party, Aby holds 100 %', () => {
    const [result] = one(
      {
        withdraw: { party: '0002', noticeSentOn: '2025-03-01' },
        expect: {
          effectiveDate: '2026-03-01',
          lastFinancedDate: '2026-02-28',
          sharesAfter: { '0001': '100', '0002': null },
          reasons: ['withdrawal_effective §1', 'percent_largest_remainder'],
        },
      },
      'open',
    );
    expect(result?.differences).toEqual([]);
    // Extra costs the agreement does not charge: an input error, with its path.
    expect(
      one(
        {
          withdraw: { party: '0002', noticeSentOn: '2025-03-01', extraCosts: 10 },
          expect: { error: { code: 'extra_costs_not_charged', path: 'extraCosts' } },
        },
        'open',
      )[0]?.passed,
    ).toBe(true);
  });

  it('withdraw from stated ownership that must be stated anew: no shares after, and the expectation of shares says so', () => {
    // Eierandeler 55 / 30 / 15 %: without Brekke the others hold 70 %, so no shares are worked out.
    const iks = parseAgreement(
      JSON.parse(
        readFileSync(new URL('../../examples/iks-eierandeler.json', import.meta.url), 'utf8'),
      ),
    );
    const [result] = runScenarios(
      file([
        {
          name: 'Brekke trer ut',
          clause: '§6',
          withdraw: { party: '9932', noticeSentOn: '2026-03-01' },
          expect: {
            effectiveDate: '2027-03-01',
            sharesAfter: { '9931': '55' },
            reasons: ['ownership_restatement_needed §4'],
          },
        },
      ]),
      () => iks,
    );
    expect(result?.passed).toBe(false);
    expect(result?.differences).toEqual([
      { path: 'sharesAfter', expected: '{"9931":"55"}', actual: null },
    ]);
  });

  it('settle: 2025, 150 kr, both members all 365 days: 100 and 50, the same as the shares of the year', () => {
    const [result] = one({
      settle: { year: 2025, amount: '150.00' },
      expect: {
        amount: '150.00',
        extraCosts: '0',
        sum: '150.00',
        parties: { '0001': '100.00', '0002': '50.00' },
        shares: { '0001': '100.00', '0002': '50.00' },
        days: { '0001': 365, '0002': 365 },
        reasons: ['settlement_by_days'],
      },
    });
    expect(result?.differences).toEqual([]);
  });

  it('settle with events: Bby leaving on 1 July 2025 pays for 181 days', () => {
    const [result] = one(
      {
        settle: {
          year: 2025,
          amount: '365.00',
          events: [{ type: 'withdrawal', party: '0002', effectiveDate: '2025-07-01' }],
        },
        expect: { days: { '0001': 365, '0002': 181 } },
      },
      'open',
    );
    expect(result?.differences).toEqual([]);
  });

  it('admit: Cby (50) with no conditions to meet is eligible; the shares become 50 : 25 : 25', () => {
    const [result] = one({
      admit: { municipality: { number: '0003', name: 'Cby' }, population: 50, date: '2025-07-01' },
      expect: {
        eligible: true,
        eligibility: 'met',
        protectedFromOpposition: null,
        conditions: {},
        organ: 'representantskap',
        sharesAfter: { '0001': '50', '0002': '25.00', '0003': '25' },
        reasons: ['admission_eligible §1', 'admission_vote'],
      },
    });
    expect(result?.differences).toEqual([]);
    // A condition the agreement does not have is nothing, even one named like an object's own member.
    expect(
      one({
        admit: { municipality: { number: '0003', name: 'Cby' }, population: 50 },
        expect: { conditions: { constructor: 'met' } },
      })[0]?.differences,
    ).toEqual([{ path: 'conditions.constructor', expected: 'met', actual: null }]);
  });
});

describe('runScenarios: an expected input error', () => {
  const tooPrecise = { split: { amount: '100.005' } };

  it('passes when the error has a problem of the code, and of the path when one is given', () => {
    expect(
      one({ ...tooPrecise, expect: { error: { code: 'too_many_decimals', path: 'amount' } } })[0]
        ?.passed,
    ).toBe(true);
    expect(
      one({ ...tooPrecise, expect: { error: { code: 'too_many_decimals' } } })[0]?.passed,
    ).toBe(true);
  });

  it('fails with the code and path of every problem when none matches, by code or by path', () => {
    expect(one({ ...tooPrecise, expect: { error: { code: 'negative' } } })[0]?.differences).toEqual(
      [{ path: 'error', expected: 'negative', actual: 'too_many_decimals (amount)' }],
    );
    expect(
      one({ ...tooPrecise, expect: { error: { code: 'too_many_decimals', path: 'date' } } })[0]
        ?.differences,
    ).toEqual([
      { path: 'error', expected: 'too_many_decimals (date)', actual: 'too_many_decimals (amount)' },
    ]);
  });

  it('a split or a settlement without an amount asks the key for one: population divides an amount, so it is required', () => {
    const required = { error: { code: 'required', path: 'amount' } };
    expect(one({ split: {}, expect: required })[0]?.passed).toBe(true);
    expect(one({ settle: { year: 2025 }, expect: required })[0]?.passed).toBe(true);
  });

  it('fails when no error comes', () => {
    expect(
      one({
        split: { amount: '1' },
        expect: { error: { code: 'too_many_decimals', path: 'amount' } },
      })[0]?.differences,
    ).toEqual([{ path: 'error', expected: 'too_many_decimals (amount)', actual: null }]);
  });

  it('an input error nobody expected fails the scenario with its problems, and the other scenarios still run', () => {
    const results = runScenarios(
      file([
        { name: 'for mange desimaler', clause: '§2', ...tooPrecise, expect: { sum: '100.01' } },
        { name: 'riktig', clause: '§2', split: { amount: '150' }, expect: { sum: '150' } },
      ]),
      resolve,
    );
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ['for mange desimaler', false],
      ['riktig', true],
    ]);
    expect(results[0]?.differences).toEqual([
      {
        path: 'error',
        expected: null,
        actual: 'too_many_decimals (amount): has more than two decimals: "100.005"',
      },
    ]);
  });

  it('an agreement that is not one is an input error of the scenario, shown with its code and path', () => {
    const [result] = runScenarios(
      file([{ name: 'x', clause: '§2', split: { amount: '1' }, expect: { sum: '1' } }]),
      () => null as unknown as Agreement,
    );
    expect(result?.differences).toEqual([
      { path: 'error', expected: null, actual: 'invalid_type (agreement): must be an object' },
    ]);
  });
});

describe('runScenarios: the file, the agreement and the numbers', () => {
  it('resolves the agreement by the file’s own field, once, before any scenario runs', () => {
    const asked: string[] = [];
    runScenarios(
      file(
        [
          { name: 'a', clause: '§2', split: { amount: '1' }, expect: {} },
          { name: 'b', clause: '§2', split: { amount: '2' }, expect: {} },
        ],
        '../avtaler/liten.json',
      ),
      (ref) => {
        asked.push(ref);
        return small;
      },
    );
    expect(asked).toEqual(['../avtaler/liten.json']);
  });

  it('what resolveAgreement throws, and an error that is not an input error, are not a scenario’s result', () => {
    const scenarios = [{ name: 'a', clause: '§2', split: { amount: '1' }, expect: {} }];
    expect(
      problemsOf(() =>
        runScenarios(file(scenarios), () => {
          throw new AgreementInputError([{ path: 'id', code: 'required', message: 'is required' }]);
        }),
      ),
    ).toEqual([['id', 'required']]);
    const broken = {
      ...small,
      get costKeys(): never {
        throw new TypeError('boom');
      },
    } as unknown as Agreement;
    expect(() => runScenarios(file(scenarios), () => broken)).toThrow('boom');
  });

  it('an invalid file is one input error listing every problem with its path', () => {
    expect(
      problemsOf(() => runScenarios({ agreement: 'liten', scenarios: [{ name: 'x' }] }, resolve)),
    ).toEqual([['scenarios[0]', 'no_scenario_kind']]);
  });

  it('normalizeNumber reads the amounts given and the values expected, as the CLI reads Norwegian amounts', () => {
    const norwegian = (text: string) => text.replace(/ /g, '').replace(',', '.');
    const [result] = runScenarios(
      file(
        [
          {
            name: 'norsk skrivemåte',
            clause: '§1',
            settle: { year: 2025, amount: '1 500,00' },
            expect: { parties: { '0001': '1 000,00' }, sum: '1 500' },
          },
          {
            name: 'norsk beløp',
            clause: '§2',
            split: { amount: '1 500,00' },
            expect: { parties: { '0001': '1 000', '0002': '500,0' }, sum: 1500 },
          },
        ],
        'open',
      ),
      resolve,
      { normalizeNumber: norwegian },
    ).filter((r) => !r.passed);
    expect(result).toBeUndefined();
    // Without it, "1 500,00" is not an amount the engine takes.
    expect(
      one({
        split: { amount: '1 500,00' },
        expect: { error: { code: 'invalid_format', path: 'amount' } },
      })[0]?.differences,
    ).toEqual([]);
  });

  it('numbers compare as decimals: leading zeros and trailing decimal zeros do not count, other digits do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (n, zeros) => {
          // n øre among 150 kr: 150 kr and n as "0…n.00…", equal as decimals whatever the zeros.
          const written = `${'0'.repeat(zeros)}${n}.${'0'.repeat(zeros)}`;
          const [result] = one({ split: { amount: `${n}` }, expect: { sum: written } });
          return result?.passed === true;
        },
      ),
      { numRuns: 30 },
    );
    expect(
      one({ split: { amount: '0' }, expect: { sum: '0.00', parties: { '0001': '000' } } })[0]
        ?.passed,
    ).toBe(true);
    expect(one({ split: { amount: '10' }, expect: { sum: '1' } })[0]?.differences).toEqual([
      { path: 'sum', expected: '1', actual: '10.00' },
    ]);
    expect(one({ split: { amount: '10.5' }, expect: { sum: '10.05' } })[0]?.passed).toBe(false);
    expect(one({ split: { amount: '1' }, expect: { date: '2025-01-01' } })[0]?.passed).toBe(true);
    expect(one({ split: { amount: '1' }, expect: { date: '2025-01-02' } })[0]?.passed).toBe(false);
  });
});
