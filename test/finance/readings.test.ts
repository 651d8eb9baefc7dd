import { describe, expect, it } from 'vitest';
import { assertReadings, keyApplies, readingIdsOf, readingOf } from '../../src/finance/readings.js';
import type { CostKey } from '../../src/model/cost-key.js';
import { smallAgreement } from '../fixtures/small-agreement.js';
import { catchInputError } from '../helpers/errors.js';

const agreement = smallAgreement();
const [note] = agreement.interpretations ?? [];

describe('readings of the interpretation notes, for the cost keys', () => {
  it('readingIdsOf: the default reading, then the alternatives that have an id', () => {
    if (note === undefined) throw new Error('the fixture has a note');
    expect(readingIdsOf(note)).toEqual(['ma-stemme', 'kan-avsta']);
    const { readingId: _, ...withoutDefault } = note;
    expect(
      readingIdsOf({ ...withoutDefault, alternatives: [{ reading: 'X.', consequence: 'Y.' }] }),
    ).toEqual([]);
  });

  it('assertReadings: none given is none; readings of a note are returned as given', () => {
    expect(assertReadings(agreement, undefined)).toBeUndefined();
    const given = { stemmeplikt: 'kan-avsta' };
    expect(assertReadings(agreement, given)).toBe(given);
  });

  it('assertReadings: not an object, an unknown note and an unknown reading are each named', () => {
    for (const readings of [null, [], 'kan-avsta']) {
      expect(catchInputError(() => assertReadings(agreement, readings)).problems).toEqual([
        {
          path: 'readings',
          code: 'invalid_type',
          message: 'must be an object: { "<note id>": "<reading id>" }',
        },
      ]);
    }
    const error = catchInputError(() =>
      assertReadings(agreement, { ukjent: 'x', stemmeplikt: 'nei', 'stemmeplikt ': 1 }),
    );
    expect(error.message.split('\n')[0]).toBe('Invalid readings (3 problems):');
    expect(error.problems).toEqual([
      {
        path: 'readings.stemmeplikt',
        code: 'unknown_reading',
        message: '"nei" is not a reading of stemmeplikt (its readings: ma-stemme, kan-avsta)',
      },
      {
        path: 'readings.ukjent',
        code: 'unknown_note',
        message: 'names no interpretation note with selectable readings (those with: stemmeplikt)',
      },
      {
        path: 'readings["stemmeplikt "]',
        code: 'unknown_note',
        message: 'names no interpretation note with selectable readings (those with: stemmeplikt)',
      },
    ]);
  });

  it('readingOf: the reading chosen, else the note’s default, else none', () => {
    expect(readingOf(agreement, { stemmeplikt: 'kan-avsta' }, 'stemmeplikt')).toBe('kan-avsta');
    expect(readingOf(agreement, {}, 'stemmeplikt')).toBe('ma-stemme');
    expect(readingOf(agreement, undefined, 'stemmeplikt')).toBe('ma-stemme');
    expect(readingOf(agreement, undefined, 'ukjent')).toBeUndefined();
  });

  it('keyApplies: a key without a reading always; a key with one only under it', () => {
    const plain: CostKey = { kind: 'population', validFrom: '2025-01-01', clause: '§2' };
    const underAlternative: CostKey = {
      ...plain,
      reading: { note: 'stemmeplikt', reading: 'kan-avsta' },
    };
    expect(keyApplies(agreement, plain, undefined)).toBe(true);
    expect(keyApplies(agreement, underAlternative, undefined)).toBe(false);
    expect(keyApplies(agreement, underAlternative, { stemmeplikt: 'kan-avsta' })).toBe(true);
  });
});
