import { describe, expect, it } from 'vitest';
import { parseRegions } from '../../src/model/parse-regions.js';
import { describeRuleNb } from '../../src/rules/describe-rule.js';
import { problemsOf } from '../helpers/errors.js';

describe('rules in words (bokmål), as the CLI prints them', () => {
  it.each([
    [
      { kind: 'simple-majority', tie: 'chair-decides', clause: '§5' },
      'alminnelig flertall, leders dobbeltstemme ved stemmelikhet',
    ],
    [
      { kind: 'simple-majority', tie: 'rejected', consensusSought: true, clause: '§6' },
      'konsensus søkes, ellers alminnelig flertall, forslaget faller ved stemmelikhet',
    ],
    [
      { kind: 'simple-majority', tie: 'lot', clause: '§5' },
      'alminnelig flertall, loddtrekning ved stemmelikhet',
    ],
    [{ kind: 'unanimity', of: 'all-seats', clause: '§15' }, 'enstemmighet blant alle medlemmene'],
    [{ kind: 'unanimity', of: 'present', clause: '§15' }, 'enstemmighet blant de fremmøtte'],
    [{ kind: 'consensus', clause: '§6' }, 'konsensus (ingen stemmer mot)'],
    [{ kind: 'consensus-else-chair', clause: '§4.3' }, 'konsensus, ellers beslutter leder'],
    [
      {
        kind: 'qualified-majority',
        fraction: { numerator: 2, denominator: 3 },
        of: 'votes-cast',
        clause: '§1',
      },
      'kvalifisert flertall: 2/3 av avgitte stemmer',
    ],
    [
      {
        kind: 'qualified-majority',
        fraction: { numerator: 3, denominator: 4 },
        of: 'all-seats',
        clause: '§1',
      },
      'kvalifisert flertall: 3/4 av alle medlemmene',
    ],
  ] as const)('%j', (rule, words) => {
    expect(describeRuleNb(rule)).toBe(words);
  });
});

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
