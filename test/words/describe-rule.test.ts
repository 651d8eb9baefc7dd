import { describe, expect, it } from 'vitest';
import { describeRule } from '../../src/words/explain.js';

describe('rules in words (bokmål, the default), as the CLI prints them', () => {
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
      'kvalifisert flertall: minst 2/3 av avgitte stemmer',
    ],
    [
      {
        kind: 'qualified-majority',
        fraction: { numerator: 3, denominator: 4 },
        of: 'all-seats',
        clause: '§1',
      },
      'kvalifisert flertall: minst 3/4 av alle medlemmene',
    ],
    [
      {
        kind: 'qualified-majority',
        fraction: { numerator: 1, denominator: 2 },
        of: 'all-seats',
        threshold: 'more-than',
        clause: '§1',
      },
      'kvalifisert flertall: mer enn 1/2 av alle medlemmene',
    ],
  ] as const)('%j', (rule, words) => {
    expect(describeRule(rule, 'nb')).toBe(words);
    expect(describeRule(rule)).toBe(words);
  });
});

describe('rules in words (English), as the CLI prints them under --lang en', () => {
  it.each([
    [
      { kind: 'simple-majority', tie: 'chair-decides', clause: '§5' },
      "simple majority, the leader's casting vote in a tie",
    ],
    [
      { kind: 'simple-majority', tie: 'rejected', consensusSought: true, clause: '§6' },
      'consensus sought, else simple majority, the motion falls in a tie',
    ],
    [
      { kind: 'simple-majority', tie: 'lot', clause: '§5' },
      'simple majority, drawing lots in a tie',
    ],
    [{ kind: 'unanimity', of: 'all-seats', clause: '§15' }, 'unanimity of all members'],
    [{ kind: 'unanimity', of: 'present', clause: '§15' }, 'unanimity of those present'],
    [{ kind: 'consensus', clause: '§6' }, 'consensus (no votes against)'],
    [{ kind: 'consensus-else-chair', clause: '§4.3' }, 'consensus, else the leader decides'],
    [
      {
        kind: 'qualified-majority',
        fraction: { numerator: 2, denominator: 3 },
        of: 'votes-cast',
        clause: '§1',
      },
      'qualified majority: at least 2/3 of votes cast',
    ],
    [
      {
        kind: 'qualified-majority',
        fraction: { numerator: 3, denominator: 4 },
        of: 'all-seats',
        clause: '§1',
      },
      'qualified majority: at least 3/4 of all members',
    ],
    [
      {
        kind: 'qualified-majority',
        fraction: { numerator: 1, denominator: 2 },
        of: 'all-seats',
        threshold: 'more-than',
        clause: '§1',
      },
      'qualified majority: more than 1/2 of all members',
    ],
  ] as const)('%j', (rule, words) => {
    expect(describeRule(rule, 'en')).toBe(words);
  });
});
