import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../src/agreements/digitrondelag/index.js';
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

const three = agreementWith([partyOf('0001', 100), partyOf('0002', 300), partyOf('0003', 600)]);

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
