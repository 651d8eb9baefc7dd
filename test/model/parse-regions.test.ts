import { describe, expect, it } from 'vitest';
import { parseRegions } from '../../src/model/parse-regions.js';
import { problemsOf } from '../helpers/errors.js';

describe('parseRegions', () => {
  it('reads a region division and names every problem', () => {
    expect(parseRegions([{ id: 'nord', name: 'Nord', municipalities: ['5001'] }])).toHaveLength(1);
    expect(
      problemsOf(() => parseRegions([{ id: 'Nord!', name: 'Nord', municipalities: ['501'] }])),
    ).toEqual([
      ['[0].id', 'invalid_format'],
      ['[0].municipalities[0]', 'invalid_format'],
    ]);
    expect(problemsOf(() => parseRegions([]))).toEqual([['', 'too_small']]);
  });
});
