import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { costKeyOn } from '../../src/finance/cost-key-on.js';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

const FIXTURE = new URL('../fixtures/usage-key-agreement.json', import.meta.url);
const raw = () => JSON.parse(readFileSync(FIXTURE, 'utf8'));
const usage = (): Agreement => parseAgreement(raw());

describe('a rate per inhabitant sets the amount', () => {
  it('without an amount: rate × each population, exactly (12.50 kr × 1 000, 2 000, 7 000)', () => {
    const split = splitCost(usage(), null, { pool: 'secretariat' });
    expect(split.parties.map((p) => p.amount)).toEqual(['12500.00', '25000.00', '87500.00']);
    expect(split.amount).toBe('125000.00');
    expect(split.sum).toBe('125000.00');
    expect(split.reasons.find((r) => r.code === 'rate_sets_amount')).toEqual({
      code: 'rate_sets_amount',
      agreement: 'vann-og-avlop',
      clause: '§9',
      values: { rate: '12.50', totalPopulation: 10000, amount: '125000.00' },
    });
  });

  it('an amount equal to the one the rate sets is accepted; any other is one error naming both', () => {
    expect(splitCost(usage(), '125000.00', { pool: 'secretariat' }).sum).toBe('125000.00');
    expect(splitCost(usage(), 125000, { pool: 'secretariat' }).sum).toBe('125000.00');
    expect(
      catchInputError(() => splitCost(usage(), '100000.00', { pool: 'secretariat' })).problems,
    ).toEqual([
      {
        path: 'amount',
        code: 'amount_differs_from_rate',
        message:
          'is 100000.00 NOK, but the key of 2026-01-01 (§9) sets the amount: 12.50 NOK × 10000 inhabitants = 125000.00 NOK (leave the amount out, or give that figure)',
      },
    ]);
    expect(problemsOf(() => splitCost(usage(), '-1', { pool: 'secretariat' }))).toEqual([
      ['amount', 'negative'],
    ]);
  });

  it('any other key needs the amount', () => {
    expect(catchInputError(() => splitCost(usage(), null)).problems).toEqual([
      {
        path: 'amount',
        code: 'required',
        message:
          'is required: the cost key of 2026-01-01 (§4) divides an amount; only a rate per inhabitant sets one',
      },
    ]);
  });
});

describe('cost pools', () => {
  it('a pool chooses its own key; without a pool, the key of no pool applies', () => {
    const a = usage();
    expect(costKeyOn(a, '2026-06-01').clause).toBe('§4');
    expect(splitCost(a, '900.00', { pool: 'investments' }).reasons[0]).toEqual({
      code: 'cost_pool',
      agreement: 'vann-og-avlop',
      clause: '§8',
      values: { pool: 'investments', name: 'Investeringer', ownKey: true },
    });
  });

  it('a declared pool with no key of its own falls back to the key of no pool, and says so', () => {
    const data = raw();
    data.costPools.push({ id: 'other', name: 'Annet', clause: '§4' });
    const split = splitCost(parseAgreement(data), '100000.00', { pool: 'other' });
    expect(split.reasons[0]?.values).toEqual({ pool: 'other', name: 'Annet', ownKey: false });
    expect(split.parties.map((p) => p.amount)).toEqual(['50000.00', '11111.11', '38888.89']);
  });

  it("costKeyOn takes the pool too; an area and a pool: the area's key of the pool, else the pool's general key", () => {
    expect(costKeyOn(usage(), '2026-06-01', undefined, undefined, 'investments').clause).toBe('§8');
    expect(problemsOf(() => costKeyOn(usage(), '2026-06-01', undefined, undefined, 'x'))).toEqual([
      ['pool', 'unknown_pool'],
    ]);
    const data = raw();
    data.serviceAreas = [
      { id: 'nord', name: 'Nord', clause: '§4', participants: ['0001', '0002'] },
      { id: 'sor', name: 'Sør', clause: '§4', participants: ['0002', '0003'] },
    ];
    data.costKeys.push({
      kind: 'stated-shares',
      validFrom: '2026-01-01',
      clause: '§8',
      pool: 'investments',
      serviceArea: 'nord',
      shares: { '0001': '10', '0002': '90' },
    });
    const a = parseAgreement(data);
    expect(costKeyOn(a, '2026-06-01', 'nord', undefined, 'investments')).toMatchObject({
      serviceArea: 'nord',
      shares: { '0001': '10', '0002': '90' },
    });
    expect(
      splitCost(a, '100.00', { serviceArea: 'nord', pool: 'investments' }).parties.map(
        (p) => p.amount,
      ),
    ).toEqual(['10.00', '90.00']);
    // Sør has no key of its own in the pool: the pool's general key.
    expect(costKeyOn(a, '2026-06-01', 'sor', undefined, 'investments').serviceArea).toBeUndefined();
    // Without the pool, Nord's key of the pool does not apply: the key of no pool (§4).
    expect(costKeyOn(a, '2026-06-01', 'nord').clause).toBe('§4');
  });

  it('a pool the agreement does not declare is an error naming the pools', () => {
    expect(catchInputError(() => splitCost(usage(), '1.00', { pool: 'drift' })).problems).toEqual([
      {
        path: 'pool',
        code: 'unknown_pool',
        message:
          'vann-og-avlop declares no cost pool "drift" (its pools: operations, investments, secretariat)',
      },
    ]);
    const { costPools: _pools, ...none } = usage();
    expect(catchInputError(() => splitCost(none, '1.00', { pool: 7 as never })).problems).toEqual([
      { path: 'pool', code: 'unknown_pool', message: 'vann-og-avlop declares no cost pool "7"' },
    ]);
  });
});

describe('parsing keys with parts, measures, pools and limits', () => {
  it('the fixture parses: every new field is optional data', () => {
    expect(usage().costKeys.map((k) => [k.kind, k.pool ?? null])).toEqual([
      ['parts', 'operations'],
      ['stated-shares', 'investments'],
      ['per-inhabitant', 'secretariat'],
      ['population', null],
    ]);
  });

  it('parts that do not sum to the whole, unknown measures, pools and parties, a floor above its cap', () => {
    const data = raw();
    data.costKeys[0].parts[2].share = '49.5';
    data.costKeys[0].parts[2].basis.measure = 'cases';
    data.costKeys[0].parts.push({
      share: '0',
      basis: { kind: 'stated-shares', shares: { '0009': '1/1' } },
      clause: '§77',
    });
    data.costKeys[1].pool = 'bygg';
    data.costKeys[1].limits = { '0009': { floor: '1.00' }, '0001': { floor: '5.00', cap: '4.99' } };
    data.measures.push({ id: 'water', name: 'Vann', unit: 'l', clause: '§6' });
    data.costPools.push({ id: 'operations', name: 'Drift igjen', clause: '§5' });
    data.costPools.push({ id: 'x', name: 'X', clause: '§99' });
    data.costKeys.push({ ...data.costKeys[3] });
    expect(catchInputError(() => parseAgreement(data)).problems).toEqual(
      expect.arrayContaining([
        {
          path: 'costKeys[0].parts',
          code: 'parts_not_whole',
          message:
            'the parts sum to 199/200 (99.5 %), not the whole (100 %); a key is never rescaled',
        },
        {
          path: 'costKeys[0].parts[2].basis.measure',
          code: 'unknown_measure',
          message: 'names measure "cases", which is not among the agreement\'s measures',
        },
        {
          path: 'costKeys[0].parts[3].basis.shares["0009"]',
          code: 'unknown_party',
          message: 'states a share for 0009, which is not among the parties',
        },
        {
          path: 'costKeys[0].parts[3].clause',
          code: 'unknown_clause',
          message: "cites clause §77, which is not among the agreement's clauses",
        },
        {
          path: 'costKeys[1].pool',
          code: 'unknown_pool',
          message: 'names cost pool "bygg", which is not among the agreement\'s costPools',
        },
        {
          path: 'costKeys[1].limits["0009"]',
          code: 'unknown_party',
          message: 'names 0009, which is not among the parties',
        },
        {
          path: 'costKeys[1].limits["0001"]',
          code: 'floor_above_cap',
          message: 'has a floor of 5.00 NOK above its cap of 4.99 NOK',
        },
        {
          path: 'measures[1].id',
          code: 'duplicate_measure',
          message: 'another measure (measures[0]) has the id "water"',
        },
        {
          path: 'costPools[3].id',
          code: 'duplicate_pool',
          message: 'another cost pool (costPools[0]) has the id "operations"',
        },
        {
          path: 'costPools[4].clause',
          code: 'unknown_clause',
          message: "cites clause §99, which is not among the agreement's clauses",
        },
        {
          path: 'costKeys[4].validFrom',
          code: 'duplicate_cost_key',
          message: 'another cost key (costKeys[3]) also applies from 2026-01-01',
        },
      ]),
    );
  });

  it('keys of the same start in different pools are not duplicates; the same pool twice is', () => {
    const data = raw();
    data.costKeys.push({
      ...data.costKeys[1],
      kind: 'population',
      shares: undefined,
      limits: undefined,
    });
    delete data.costKeys[4].shares;
    delete data.costKeys[4].limits;
    expect(catchInputError(() => parseAgreement(data)).problems).toEqual([
      {
        path: 'costKeys[4].validFrom',
        code: 'duplicate_cost_key',
        message: 'another cost key (costKeys[1]) also applies from 2026-01-01 in pool investments',
      },
    ]);
  });

  it('a share that is not a percentage or fraction is not summed; a fraction sum is named as one', () => {
    const data = raw();
    data.costKeys[0].parts = [
      { share: '1/3', basis: { kind: 'equal' } },
      { share: '1/3', basis: { kind: 'equal' } },
    ];
    expect(catchInputError(() => parseAgreement(data)).problems).toEqual([
      {
        path: 'costKeys[0].parts',
        code: 'parts_not_whole',
        message: 'the parts sum to 2/3, not the whole (100 %); a key is never rescaled',
      },
    ]);
    data.costKeys[0].parts[1].share = 'a third';
    expect(problemsOf(() => parseAgreement(data))).toEqual([
      ['costKeys[0].parts[1].share', 'invalid_format'],
    ]);
  });
});
