import { describe, expect, it } from 'vitest';
import { selectableReadings } from '../../src/rules/readings.js';

describe('selectableReadings', () => {
  it('the default reading first, then each alternative with an id', () => {
    expect(
      selectableReadings({
        readingId: 'a',
        alternatives: [{ id: 'b' }, {}, { id: 'c' }],
      }),
    ).toEqual(['a', 'b', 'c']);
  });

  it('a note without a reading id, or no note, offers none', () => {
    expect(selectableReadings({ alternatives: [{ id: 'b' }] })).toEqual([]);
    expect(selectableReadings(undefined)).toEqual([]);
  });
});
