import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../src/agreements/digitrondelag/index.js';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { whatIf } from '../../src/analysis/what-if.js';
import { costKeyOn } from '../../src/finance/cost-key-on.js';
import { ownershipShares } from '../../src/finance/ownership-shares.js';
import { settle } from '../../src/finance/settle.js';
import { unlessInputError } from '../../src/finance/share-basis.js';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

/** Every sentence the hand check writes, by code (one per kind of check). */
const MESSAGES = [
  'duplicate_party: duplicate party 0002',
  'invalid_date: must be a date YYYY-MM-DD that exists in the calendar',
  'invalid_format: must be a kommunenummer of four digits',
  'invalid_format: must be a percentage',
  'invalid_format: must be a percentage or a fraction',
  'invalid_format: must be an amount in NOK',
  'invalid_format: must be named by a kommunenummer of four digits',
  'invalid_kind: must be one of: population, fixed-and-population, per-inhabitant, stated-shares',
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

describe('stated shares that do not make up the whole are an input error, never rescaled', () => {
  const stated = (shares: Record<string, string>, extra: object = {}): Agreement => ({
    ...three,
    costKeys: [{ kind: 'stated-shares', validFrom: '2025-01-01', clause: '§9', shares, ...extra }],
  });
  const third = stated({ '0001': '34', '0002': '34', '0003': '33' });

  it('34 % + 34 % + 33 % = 101 %: shares, split and settle all refuse, naming the sum', () => {
    const message =
      'the shares the key of 2025-01-01 (§9) states for the 3 participants on 2025-01-01 sum to 101 %, not the whole; the agreement does not say to scale them (scaleToWhole)';
    for (const run of [
      () => splitCost(third, '100.00'),
      () => ownershipShares(third),
      () => settle(third, { year: 2025, amount: '100.00' }),
    ]) {
      expect(catchInputError(run).problems).toEqual([
        { path: 'costKeys', code: 'shares_not_whole', message },
      ]);
    }
    expect(
      catchInputError(() => splitCost(stated({ '0001': '1/3', '0002': '1/3', '0003': '1/5' }), 1))
        .problems[0]?.message,
    ).toContain('sum to 13/15, not the whole');
  });

  it('a party that has left takes its stated share with it: the rest no longer make up the whole', () => {
    const left: Agreement = {
      ...stated({ '0001': '50', '0002': '25', '0003': '25' }),
      parties: [
        partyOf('0001', 1),
        partyOf('0002', 1),
        { ...partyOf('0003', 1), membership: { joined: '2025-01-01', withdrawn: '2026-01-01' } },
      ],
    };
    expect(splitCost(left, '100.00', { date: '2025-12-31' }).parties.map((p) => p.amount)).toEqual([
      '50.00',
      '25.00',
      '25.00',
    ]);
    expect(problemsOf(() => splitCost(left, '100.00', { date: '2026-01-01' }))).toEqual([
      ['costKeys', 'shares_not_whole'],
    ]);
  });

  it('the agreement may say to scale them (scaleToWhole): then they are scaled, and the reason says so', () => {
    const scaled = stated({ '0001': '34', '0002': '34', '0003': '33' }, { scaleToWhole: true });
    const split = splitCost(scaled, '101.00');
    expect(split.parties.map((p) => p.amount)).toEqual(['34.00', '34.00', '33.00']);
    const key = split.reasons.find((r) => r.code === 'cost_key_stated_shares');
    expect(key?.values).toEqual({ parties: 3, source: null, scaled: true });
    expect(words(key)?.nb).toBe(
      'Kostnadene fordeles etter andelene avtalen oppgir for de 3 kommunene, oppjustert slik at de til sammen utgjør hele kostnaden, som avtalen sier.',
    );
  });
});

describe('a key whose parts do not make up 100 % is an error, never rescaled', () => {
  it('40 % fixed + 40 % by population: refused by parse and by the functions (a typed agreement)', () => {
    const bad: Agreement = {
      ...three,
      costKeys: [
        {
          kind: 'fixed-and-population',
          validFrom: '2025-01-01',
          clause: '§9',
          fixedPercent: '40',
          populationPercent: '40',
        },
      ],
    };
    expect(catchInputError(() => splitCost(bad, '100.00')).problems).toEqual([
      {
        path: 'costKeys',
        code: 'parts_not_100',
        message: 'the key of 2025-01-01 (§9) has parts of 40 % and 40 %, which do not sum to 100 %',
      },
    ]);
    expect(problemsOf(() => parseAgreement(JSON.parse(JSON.stringify(bad))))).toEqual([
      ['costKeys[0]', 'parts_not_100'],
    ]);
  });
});

describe('dated keys: a general and a service-area key from one date, a key’s end, a reading under which none applies', () => {
  const areas: Agreement = {
    ...three,
    serviceAreas: [{ id: 'x', name: 'X', clause: '§9', participants: ['0001', '0002'] }],
    costKeys: [
      { kind: 'population', validFrom: '2025-01-01', clause: '§9' },
      {
        kind: 'stated-shares',
        validFrom: '2025-01-01',
        clause: '§9',
        serviceArea: 'x',
        shares: { '0001': '1/2', '0002': '1/2' },
      },
    ],
  };

  it('a general key and a service-area key from the same date are both accepted and both apply', () => {
    const parsed = parseAgreement(JSON.parse(JSON.stringify(areas)));
    expect(splitCost(parsed, '10.00', { serviceArea: 'x' }).parties.map((p) => p.amount)).toEqual([
      '5.00',
      '5.00',
    ]);
    expect(splitCost(parsed, '10.00').parties.map((p) => p.amount)).toEqual([
      '1.00',
      '3.00',
      '6.00',
    ]);
  });

  it('two keys of the same scope from the same date are still a duplicate', () => {
    const twice = { ...areas, costKeys: [...areas.costKeys, areas.costKeys[1]] };
    expect(
      catchInputError(() => parseAgreement(JSON.parse(JSON.stringify(twice)))).problems,
    ).toEqual([
      {
        path: 'costKeys[2].validFrom',
        code: 'duplicate_cost_key',
        message: 'another cost key (costKeys[1]) also applies from 2025-01-01 for x',
      },
    ]);
  });

  it('parse checks a key’s end and the reading it names', () => {
    const file = {
      ...three,
      costKeys: [
        { kind: 'population', validFrom: '2025-01-01', validUntil: '2024-12-31', clause: '§9' },
        {
          kind: 'population',
          validFrom: '2026-01-01',
          clause: '§9',
          reading: { note: 'n', reading: 'a' },
        },
        {
          kind: 'population',
          validFrom: '2027-01-01',
          clause: '§9',
          reading: { note: 'm', reading: 'z' },
        },
      ],
      interpretations: [
        {
          id: 'm',
          clauses: ['§9'],
          question: 'Q?',
          reading: 'R.',
          readingId: 'a',
          alternatives: [],
        },
      ],
    };
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[0].validUntil', 'date_order'],
      ['costKeys[1].reading.note', 'unknown_note'],
      ['costKeys[2].reading.reading', 'unknown_reading'],
    ]);
  });

  it('an agreement with no cost key says so, instead of "the first applies from undefined"', () => {
    expect(catchInputError(() => ownershipShares(digitrondelag)).problems).toEqual([
      { path: 'date', code: 'no_cost_key', message: 'digitrondelag has no cost key' },
    ]);
    expect(catchInputError(() => costKeyOn(three, '2024-12-31')).problems[0]?.message).toBe(
      'no cost key of test-agreement applies on 2024-12-31 (the first applies from 2025-01-01)',
    );
  });

  it('a reading under which no key applies is an alternative without figures', () => {
    const a: Agreement = {
      ...three,
      costKeys: [
        {
          kind: 'population',
          validFrom: '2025-01-01',
          clause: '§9',
          reading: { note: 'n', reading: 'a' },
        },
      ],
      interpretations: [
        {
          id: 'n',
          clauses: ['§9'],
          question: 'Q?',
          reading: 'R.',
          readingId: 'a',
          alternatives: [{ id: 'b', reading: 'B.', consequence: 'C.' }],
        },
      ],
    };
    expect(splitCost(a, '1.00').alternatives).toEqual([
      { note: 'n', reading: 'b', key: null, parties: null },
    ]);
    expect(ownershipShares(a).alternatives).toEqual([
      { note: 'n', reading: 'b', clause: null, parties: null },
    ]);
    expect(settle(a, { year: 2025, amount: '1.00' }).alternatives).toEqual([
      { note: 'n', reading: 'b', parties: null },
    ]);
    expect(problemsOf(() => splitCost(a, '1.00', { readings: { n: 'b' } }))).toEqual([
      ['date', 'no_cost_key'],
    ]);
  });
});

describe('a service area with a known start has no costs before it', () => {
  const a: Agreement = {
    ...three,
    serviceAreas: [
      {
        id: 'x',
        name: 'Felles kontor',
        clause: '§9',
        participants: ['0001', '0002'],
        start: { date: '2025-07-01', clause: '§9' },
      },
      {
        id: 'y',
        name: 'Annet kontor',
        clause: '§9',
        participants: ['0001', '0002'],
        start: { date: null, clause: '§9' },
      },
    ],
  };

  it('before its start: an error; from its start: split with no "unknown start" reason', () => {
    expect(
      catchInputError(() => splitCost(a, '1.00', { date: '2025-06-30', serviceArea: 'x' }))
        .problems,
    ).toEqual([
      {
        path: 'date',
        code: 'area_not_started',
        message: 'Felles kontor starts on 2025-07-01 (§9); it has no costs on 2025-06-30',
      },
    ]);
    const split = splitCost(a, '1.00', { date: '2025-07-01', serviceArea: 'x' });
    expect(split.reasons.map((r) => r.code)).not.toContain('service_area_start_unknown');
  });

  it('a start unknown with no day it must be in place by: never split', () => {
    expect(
      catchInputError(() => splitCost(a, '1.00', { date: '2030-01-01', serviceArea: 'y' }))
        .problems,
    ).toEqual([
      {
        path: 'date',
        code: 'area_start_unknown',
        message:
          'when Annet kontor starts is not known (§9); a split on 2030-01-01 could charge for an area that did not yet exist',
      },
    ]);
  });
});

describe('readings over a year, and faults that are not input errors', () => {
  const note = {
    id: 'n',
    clauses: ['§9'],
    question: 'Hvilken nøkkel?',
    reading: 'A.',
    readingId: 'a',
    alternatives: [{ id: 'b', reading: 'B.', consequence: 'C.' }],
  };
  const a: Agreement = {
    ...agreementWith([
      partyOf('0001', 1),
      partyOf('0002', 3),
      { ...partyOf('0003', 4), membership: { joined: '2025-09-01' } },
    ]),
    costKeys: [
      { kind: 'population', validFrom: '2025-01-01', clause: '§9' },
      {
        kind: 'population',
        validFrom: '2025-03-01',
        clause: '§9',
        reading: { note: 'n', reading: 'a' },
      },
      {
        kind: 'stated-shares',
        validFrom: '2025-06-01',
        clause: '§9',
        reading: { note: 'n', reading: 'b' },
        shares: { '0001': '1/2', '0002': '1/2' },
      },
    ],
    interpretations: [note],
  };

  it('a note that selects keys on several days of a year is reported once, with its alternative', () => {
    const s = settle(a, { year: 2025, amount: '365.00' });
    expect(s.reasons.filter((r) => r.code === 'reading_applied').map((r) => r.values)).toEqual([
      { note: 'n', reading: 'a', chosen: false },
    ]);
    // Under "b" the halves from 1 June leave 0003 (from 1 September) without a stated share.
    expect(s.alternatives).toEqual([{ note: 'n', reading: 'b', parties: null }]);
    expect(
      splitCost(a, '8.00', { date: '2025-09-01' }).reasons.filter(
        (r) => r.code === 'reading_applied',
      ),
    ).toHaveLength(1);
  });

  it('a fault that is not an input error is not taken for "no answer under that reading"', () => {
    expect(unlessInputError(() => 1)).toBe(1);
    expect(unlessInputError(() => costKeyOn(three, '2024-01-01'))).toBeNull();
    expect(() =>
      unlessInputError(() => {
        throw new TypeError('a fault');
      }),
    ).toThrow(TypeError);
  });

  it('an area key may state a share for the area’s participant outside the agreement', () => {
    const file = {
      ...three,
      serviceAreas: [
        {
          id: 'kemner',
          name: 'Kemner',
          clause: '§9',
          participants: ['0001'],
          otherParticipants: [{ municipality: { number: '0009', name: 'Utenfor' } }],
        },
      ],
      costKeys: [
        ...three.costKeys,
        {
          kind: 'stated-shares',
          validFrom: '2025-01-01',
          clause: '§9',
          serviceArea: 'kemner',
          shares: { '0001': '60', '0009': '40', '0008': '0' },
        },
      ],
    };
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'costKeys[1].shares["0008"]',
        code: 'unknown_party',
        message:
          'states a share for 0008, which is not among the parties or the participants of kemner',
      },
    ]);
    file.costKeys[1] = {
      ...file.costKeys[1],
      shares: { '0001': '60', '0009': '40' },
    } as (typeof file.costKeys)[number];
    const parsed = parseAgreement(file);
    expect(
      splitCost(parsed, '10.00', { serviceArea: 'kemner' }).parties.map((p) => [
        p.number,
        p.amount,
      ]),
    ).toEqual([
      ['0001', '6.00'],
      ['0009', '4.00'],
    ]);
  });

  it('a key that has ended and names no source says only when it ended', () => {
    const ended: Agreement = {
      ...three,
      costKeys: [
        { kind: 'population', validFrom: '2025-01-01', validUntil: '2025-06-30', clause: '§9' },
      ],
    };
    expect(
      catchInputError(() => splitCost(ended, '1.00', { date: '2025-07-01' })).problems[0]?.message,
    ).toBe(
      'no cost key of test-agreement applies on 2025-07-01: the key from 2025-01-01 (§9) applies only until 2025-06-30, and no other key applies on that date',
    );
  });

  it('a reading whose key a later key has replaced changes nothing, and gives no alternative', () => {
    const later: Agreement = {
      ...a,
      costKeys: [
        { kind: 'population', validFrom: '2025-01-01', clause: '§9' },
        {
          kind: 'stated-shares',
          validFrom: '2025-03-01',
          clause: '§9',
          reading: { note: 'n', reading: 'b' },
          shares: { '0001': '1/2', '0002': '1/2' },
        },
        { kind: 'population', validFrom: '2025-06-01', clause: '§9' },
      ],
    };
    expect(splitCost(later, '4.00', { date: '2025-07-01' }).alternatives).toEqual([]);
    expect(ownershipShares(later, { date: '2025-07-01' }).alternatives).toEqual([]);
    expect(splitCost(later, '4.00', { date: '2025-04-01' }).alternatives).toHaveLength(1);
  });

  it('a typed key that names a note the agreement does not have never applies', () => {
    const orphan: Agreement = {
      ...three,
      costKeys: [
        ...three.costKeys,
        {
          kind: 'stated-shares',
          validFrom: '2025-06-01',
          clause: '§9',
          reading: { note: 'zz', reading: 'x' },
          shares: {},
        },
      ],
    };
    const split = splitCost(orphan, '10.00', { date: '2025-07-01' });
    expect(split.parties.map((p) => p.amount)).toEqual(['1.00', '3.00', '6.00']);
    expect(split.alternatives).toEqual([]);
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
