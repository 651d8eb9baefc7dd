import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { whatIf } from '../../src/analysis/what-if.js';
import { costKeyOn } from '../../src/finance/cost-key-on.js';
import { ownershipShares } from '../../src/finance/ownership-shares.js';
import { settle } from '../../src/finance/settle.js';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

/** Every sentence the hand check writes, by code (one per kind of check). */
const MESSAGES = [
  'duplicate_party: duplicate party 0002',
  'invalid_date: must be a date YYYY-MM-DD that exists in the calendar',
  'invalid_format: must be a kommunenummer of four digits',
  'invalid_format: must be a percentage',
  'invalid_format: must be a percentage or a fraction',
  'invalid_format: must be an amount in NOK',
  'invalid_format: must be named by a kommunenummer of four digits',
  'invalid_kind: must be one of: population, fixed-and-population, per-inhabitant, stated-shares, parts',
  'invalid_type: must be a list',
  'invalid_type: must be a whole number ≥ 0',
  'invalid_type: must be an object',
  'invalid_type: must be text, not empty',
  'invalid_type: must be true or false',
];
const three = agreementWith([partyOf('0001', 100), partyOf('0002', 300), partyOf('0003', 600)]);
const untyped = <T extends (...args: never[]) => unknown>(fn: T) =>
  fn as unknown as (...args: unknown[]) => ReturnType<T>;

describe('rule functions given objects that did not come from parsing', () => {
  it('an agreement that is not an object is one input error, not a TypeError', () => {
    for (const bad of [null, 5, 'helseplattformen', []]) {
      expect(problemsOf(() => untyped(splitCost)(bad, '1.00'))).toEqual([
        ['agreement', 'invalid_type'],
      ]);
    }
  });

  it('every malformed field the finance functions read is named with its path, all at once', () => {
    const bad = {
      id: '',
      validFrom: '2025-02-30',
      validUntil: 5,
      populationReferenceDate: 'x',
      partiesClause: 7,
      parties: [
        { municipality: { number: '1', name: '' }, population: -1, membership: { joined: 'x' } },
        { municipality: { number: '0002', name: 'B' }, population: 1.5, membership: null },
        {
          municipality: { number: '0002', name: 'B' },
          membership: { joined: '2025-01-01', withdrawn: 1 },
        },
        null,
        { municipality: null, membership: { joined: '2025-01-01' } },
      ],
      costKeys: [
        null,
        { kind: 'nope', validFrom: '2025-01-01', clause: '§9' },
        {
          kind: 'population',
          validFrom: 'x',
          validUntil: 'y',
          clause: '',
          serviceArea: 5,
          source: 6,
          ownership: 'yes',
          reading: { note: 1, reading: '' },
          statedTable: {
            name: 3,
            percents: { '5001': '140', x: '1' },
            totalPopulation: -1,
            totalPercent: 'a',
          },
        },
        {
          kind: 'population',
          validFrom: '2025-01-01',
          clause: '§9',
          reading: 'x',
          statedTable: null,
        },
        {
          kind: 'fixed-and-population',
          validFrom: '2025-01-01',
          clause: '§9',
          fixedPercent: 40,
          populationPercent: '60',
        },
        {
          kind: 'per-inhabitant',
          validFrom: '2025-01-01',
          clause: '§9',
          ratePerInhabitant: '2,00',
        },
        {
          kind: 'stated-shares',
          validFrom: '2025-01-01',
          clause: '§9',
          shares: { '0001': '-1' },
          scaleToWhole: 1,
        },
        { kind: 'stated-shares', validFrom: '2025-01-01', clause: '§9', shares: null },
      ],
      serviceAreas: [
        null,
        {
          id: 1,
          name: '',
          clause: '§9',
          participants: ['1'],
          otherParticipants: [
            null,
            { municipality: { number: '0009', name: 'X' }, population: -3 },
          ],
          start: { date: 'x', noLaterThan: 'y', clause: '' },
          ownAgreementClause: 4,
        },
        { id: 'b', name: 'B', clause: '§9', participants: null, start: null },
      ],
      interpretations: [
        null,
        { id: 'n', readingId: 4, alternatives: [null, { id: 5 }] },
        { id: 'm', alternatives: 'x' },
      ],
    };
    const error = catchInputError(() => untyped(splitCost)(bad, '1.00'));
    expect(error.message.split('\n')[0]).toBe('Invalid agreement (53 problems):');
    // Each kind of problem in its own words (one sentence per check).
    expect([...new Set(error.problems.map((p) => `${p.code}: ${p.message}`))].sort()).toEqual(
      MESSAGES,
    );
    expect(error.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'costKeys[0] invalid_type',
      'costKeys[1].kind invalid_kind',
      'costKeys[2].clause invalid_type',
      'costKeys[2].ownership invalid_type',
      'costKeys[2].reading.note invalid_type',
      'costKeys[2].reading.reading invalid_type',
      'costKeys[2].serviceArea invalid_type',
      'costKeys[2].source invalid_type',
      'costKeys[2].statedTable.name invalid_type',
      'costKeys[2].statedTable.percents.x invalid_format',
      'costKeys[2].statedTable.percents["5001"] invalid_format',
      'costKeys[2].statedTable.totalPercent invalid_format',
      'costKeys[2].statedTable.totalPopulation invalid_type',
      'costKeys[2].validFrom invalid_date',
      'costKeys[2].validUntil invalid_date',
      'costKeys[3].reading invalid_type',
      'costKeys[3].statedTable invalid_type',
      'costKeys[4].fixedPercent invalid_format',
      'costKeys[5].ratePerInhabitant invalid_format',
      'costKeys[6].scaleToWhole invalid_type',
      'costKeys[6].shares["0001"] invalid_format',
      'costKeys[7].shares invalid_type',
      'id invalid_type',
      'interpretations[0] invalid_type',
      'interpretations[1].alternatives[0] invalid_type',
      'interpretations[1].alternatives[1].id invalid_type',
      'interpretations[1].readingId invalid_type',
      'interpretations[2].alternatives invalid_type',
      'partiesClause invalid_type',
      'parties[0].membership.joined invalid_date',
      'parties[0].municipality.name invalid_type',
      'parties[0].municipality.number invalid_format',
      'parties[0].population invalid_type',
      'parties[1].membership invalid_type',
      'parties[1].population invalid_type',
      'parties[2].membership.withdrawn invalid_date',
      'parties[2].municipality.number duplicate_party',
      'parties[3] invalid_type',
      'parties[4].municipality invalid_type',
      'populationReferenceDate invalid_date',
      'serviceAreas[0] invalid_type',
      'serviceAreas[1].id invalid_type',
      'serviceAreas[1].name invalid_type',
      'serviceAreas[1].otherParticipants[0] invalid_type',
      'serviceAreas[1].otherParticipants[1].population invalid_type',
      'serviceAreas[1].ownAgreementClause invalid_type',
      'serviceAreas[1].participants[0] invalid_format',
      'serviceAreas[1].start.clause invalid_type',
      'serviceAreas[1].start.date invalid_date',
      'serviceAreas[1].start.noLaterThan invalid_date',
      'serviceAreas[2].start invalid_type',
      'validFrom invalid_date',
      'validUntil invalid_date',
    ]);
  });

  it('lists that are missing or empty, and a party list that is not a list', () => {
    expect(problemsOf(() => untyped(ownershipShares)({ ...three, parties: [] }))).toEqual([
      ['parties', 'too_small'],
    ]);
    expect(
      problemsOf(() => untyped(ownershipShares)({ ...three, parties: {}, costKeys: undefined })),
    ).toEqual([
      ['costKeys', 'invalid_type'],
      ['parties', 'invalid_type'],
    ]);
  });

  it('a check is never stale: a caller’s object is checked on every call; a parsed or built-in agreement is trusted', () => {
    const copy = structuredClone(three) as Agreement;
    expect(splitCost(copy, '1.00').sum).toBe('1.00');
    // Changed after a call, it is checked again (review: a negative population went through).
    (copy.parties[0] as { population?: number }).population = -5;
    expect(problemsOf(() => splitCost(copy, '1.00'))).toEqual([
      ['parties[0].population', 'invalid_type'],
    ]);
    // The same with the built-in agreement's copy the review used.
    const hp = structuredClone(helseplattformen) as Agreement;
    expect(splitCost(hp, '1000.00').sum).toBe('1000.00');
    (hp.parties[0] as { population?: number }).population = -214565;
    expect(problemsOf(() => splitCost(hp, '1000.00'))).toEqual([
      ['parties[0].population', 'invalid_type'],
    ]);
    const parsed = parseAgreement(JSON.parse(JSON.stringify(three)));
    expect(ownershipShares(parsed).percentSum).toBe('100.00');
  });

  it('ownershipShares, settle and whatIf check their options too', () => {
    expect(problemsOf(() => untyped(ownershipShares)(three, null))).toEqual([
      ['options', 'invalid_type'],
    ]);
    expect(problemsOf(() => untyped(ownershipShares)(three, { date: 5 }))).toEqual([
      ['date', 'invalid_date'],
    ]);
    expect(problemsOf(() => untyped(settle)(three))).toEqual([['options', 'invalid_type']]);
    expect(problemsOf(() => untyped(settle)(three, { year: 2025, amount: 1, events: {} }))).toEqual(
      [['events', 'invalid_type']],
    );
    expect(
      problemsOf(() =>
        untyped(settle)(three, {
          year: 2025,
          amount: 1,
          events: [
            null,
            { type: 'merge' },
            { type: 'withdrawal', party: 1 },
            { type: 'admission', party: null },
          ],
        }),
      ),
    ).toEqual([
      ['events[0]', 'invalid_type'],
      ['events[1].type', 'invalid_type'],
      ['events[2].party', 'invalid_format'],
      ['events[3].party', 'invalid_type'],
    ]);
    expect(problemsOf(() => untyped(whatIf)(three, null))).toEqual([['options', 'invalid_type']]);
    expect(problemsOf(() => untyped(whatIf)(three, { amount: 1 }))).toEqual([
      ['events', 'invalid_type'],
    ]);
    expect(whatIf(three, { amount: '1.00', events: [] }).parties).toHaveLength(3);
  });

  it('readings must name a note with readings, and one of its readings', () => {
    expect(
      catchInputError(() => splitCost(helseplattformen, 1, { readings: { nope: 'x' } })).problems,
    ).toEqual([
      {
        path: 'readings.nope',
        code: 'unknown_note',
        message: expect.stringContaining('(those with: consensus-scope, board-consensus'),
      },
    ]);
    expect(
      catchInputError(() =>
        splitCost(helseplattformen, 1, { readings: { 'settlement-by-calendar-day': 'weekly' } }),
      ).problems,
    ).toEqual([
      {
        path: 'readings["settlement-by-calendar-day"]',
        code: 'unknown_reading',
        message:
          '"weekly" is not a reading of settlement-by-calendar-day (its readings: calendar-days, actual-costs)',
      },
    ]);
    expect(
      problemsOf(() => untyped(costKeyOn)(three, '2025-01-01', undefined, { x: 'y' })),
    ).toEqual([['readings.x', 'unknown_note']]);
    expect(
      problemsOf(() =>
        untyped(splitCost)(helseplattformen, 1, { readings: { 'board-consensus': 5 } }),
      ),
    ).toEqual([['readings["board-consensus"]', 'unknown_reading']]);
  });
});

describe('what settling with events reads of the lifecycle is checked too', () => {
  it('a withdrawal rule with a notice that is not a whole number of months, or a malformed note on unknown rules, is named', () => {
    const bad = {
      ...helseplattformen,
      lifecycle: {
        withdrawal: { notice: { months: 1.5 }, clause: '', extraCostsCharged: 'yes' },
        rulesUnknown: { note: '' },
      },
    } as unknown as Agreement;
    expect(problemsOf(() => settle(bad, { year: 2026, amount: '1.00' }))).toEqual([
      ['lifecycle.rulesUnknown.note', 'invalid_type'],
      ['lifecycle.withdrawal.clause', 'invalid_type'],
      ['lifecycle.withdrawal.extraCostsCharged', 'invalid_type'],
      ['lifecycle.withdrawal.notice.months', 'invalid_type'],
    ]);
    for (const months of [-1, 121, '12']) {
      const wrong = {
        ...helseplattformen,
        lifecycle: { withdrawal: { notice: { months }, clause: '§12' } },
      } as unknown as Agreement;
      expect(problemsOf(() => splitCost(wrong, '1.00'))).toEqual([
        ['lifecycle.withdrawal.notice.months', 'invalid_type'],
      ]);
    }
    const edges = [0, 120].map((months) => ({
      ...helseplattformen,
      lifecycle: { withdrawal: { notice: { months }, clause: '§12' } },
    }));
    for (const agreement of edges) expect(splitCost(agreement, '1.00').sum).toBe('1.00');
    const noLifecycle = { ...helseplattformen, lifecycle: 5 } as unknown as Agreement;
    expect(problemsOf(() => splitCost(noLifecycle, '1.00'))).toEqual([
      ['lifecycle', 'invalid_type'],
    ]);
  });
});

describe('the withdrawal timing a plain agreement states is checked on entry too', () => {
  const plain = (withdrawal: Record<string, unknown>) =>
    ({
      ...helseplattformen,
      lifecycle: { withdrawal: { clause: '§12', ...withdrawal } },
    }) as unknown as Agreement;

  it('years, the day counted from, when it takes effect, the statute and a minimum membership', () => {
    expect(
      problemsOf(() =>
        splitCost(
          plain({
            notice: { years: 11 },
            countedFrom: 'posted',
            takesEffect: 'soon',
            statute: 'law',
            minimumMembership: { years: 51, clause: '' },
          }),
          '1.00',
        ),
      ),
    ).toEqual([
      ['lifecycle.withdrawal.countedFrom', 'invalid_value'],
      ['lifecycle.withdrawal.minimumMembership.clause', 'invalid_type'],
      ['lifecycle.withdrawal.minimumMembership.years', 'invalid_type'],
      ['lifecycle.withdrawal.notice.years', 'invalid_type'],
      ['lifecycle.withdrawal.statute', 'invalid_value'],
      ['lifecycle.withdrawal.takesEffect', 'invalid_value'],
    ]);
    expect(
      problemsOf(() =>
        splitCost(
          plain({ notice: { months: 12 }, minimumMembership: { months: 601, clause: '§1' } }),
          '1.00',
        ),
      ),
    ).toEqual([['lifecycle.withdrawal.minimumMembership.months', 'invalid_type']]);
    const good = plain({
      notice: { years: 10 },
      countedFrom: 'received',
      takesEffect: 'next-1-january',
      statute: 'iks-loven-30',
      minimumMembership: { years: 50, clause: '§12' },
    });
    expect(splitCost(good, '1.00').sum).toBe('1.00');
    expect(
      splitCost(
        plain({ notice: { months: 0 }, minimumMembership: { months: 600, clause: '§12' } }),
        '1.00',
      ).sum,
    ).toBe('1.00');
  });
});

describe('keys made of parts, limits, pools and measures of a plain object are checked too', () => {
  it('each malformed field named with its path', () => {
    const bad = {
      ...three,
      measures: [{ id: 'm', name: '', unit: 'm³', clause: '§9' }, 4],
      costPools: { id: 'p' },
      costKeys: [
        {
          kind: 'parts',
          validFrom: '2025-01-01',
          clause: '§9',
          pool: 3,
          limits: { '0001': { floor: '1.001', cap: 'x' }, abc: {} },
          parts: [
            { share: '40%', basis: { kind: 'equal' }, clause: '' },
            { share: '60', basis: { kind: 'usage' } },
            { share: '1/2', basis: null },
            {
              share: '1/2',
              basis: { kind: 'stated-shares', shares: { '0001': '-1' }, scaleToWhole: 'yes' },
            },
            { share: '1/2', basis: { kind: 'measured', measure: '' } },
          ],
        },
      ],
    };
    // The problems come sorted by path.
    expect(problemsOf(() => untyped(splitCost)(bad, '1.00'))).toEqual([
      ['costKeys[0].limits.abc', 'invalid_format'],
      ['costKeys[0].limits["0001"].cap', 'invalid_format'],
      ['costKeys[0].limits["0001"].floor', 'invalid_format'],
      ['costKeys[0].parts[0].clause', 'invalid_type'],
      ['costKeys[0].parts[0].share', 'invalid_format'],
      ['costKeys[0].parts[1].basis.kind', 'invalid_kind'],
      ['costKeys[0].parts[2].basis', 'invalid_type'],
      ['costKeys[0].parts[3].basis.scaleToWhole', 'invalid_type'],
      ['costKeys[0].parts[3].basis.shares["0001"]', 'invalid_format'],
      ['costKeys[0].parts[4].basis.measure', 'invalid_type'],
      ['costKeys[0].pool', 'invalid_type'],
      ['costPools', 'invalid_type'],
      ['measures[0].name', 'invalid_type'],
      ['measures[1]', 'invalid_type'],
    ]);
  });

  it('a well-formed plain object with parts, limits and a pool splits as the parsed one does', () => {
    const plain = {
      ...three,
      costPools: [{ id: 'p', name: 'P', clause: '§9' }],
      costKeys: [
        {
          kind: 'parts',
          validFrom: '2025-01-01',
          clause: '§9',
          pool: 'p',
          limits: { '0003': { cap: '50.00' } },
          parts: [
            { share: '1/2', basis: { kind: 'equal' } },
            { share: '1/2', basis: { kind: 'population' } },
          ],
        },
      ],
    } as Agreement;
    // 120 kr: 20 + 6, 20 + 18, 20 + 36 = 26, 38, 56; 0003 capped at 50, and the 6 kr rest
    // goes 26 : 38 to the others: 26 + 6 × 26/64 = 28.4375, 38 + 6 × 38/64 = 41.5625.
    expect(splitCost(plain, '120.00', { pool: 'p' }).parties.map((p) => p.amount)).toEqual([
      '28.44',
      '41.56',
      '50.00',
    ]);
  });
});
