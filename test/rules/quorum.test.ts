import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuorumRule } from '../../src/model/organ.js';
import { checkQuorum } from '../../src/rules/quorum.js';
import { citing } from '../../src/rules/reason.js';
import { record } from '../helpers/vote-records.js';

const cite = citing('test');

describe('quorum (vedtaksførhet)', () => {
  it('quorum: ⌈fraction × seats⌉ present; all seats; none', () => {
    const half: QuorumRule = {
      kind: 'fraction-present',
      fraction: { numerator: 1, denominator: 2 },
      clause: '§1',
    };
    expect(checkQuorum(half, record('FF---'), cite, '§1').quorate).toBe(false); // 2 < 3
    expect(checkQuorum(half, record('FFF--'), cite, '§1').quorate).toBe(true);
    expect(
      checkQuorum({ kind: 'all-seats', clause: '§1' }, record('FFFX-'), cite, '§1').quorate,
    ).toBe(false);
    expect(checkQuorum({ kind: 'none' }, record('F----'), cite, '§9').reasons[0]?.clause).toBe(
      '§9',
    );
  });

  it('a seat attended by its deputy counts once, and is reported as a deputy', () => {
    const half: QuorumRule = {
      kind: 'fraction-present',
      fraction: { numerator: 1, denominator: 2 },
      clause: '§1',
    };
    const base = record('FFA--');
    const attending = new Map([
      ['s0', 'member' as const],
      ['s1', 'deputy' as const],
      ['s2', 'deputy' as const],
    ]);
    expect(checkQuorum(half, { ...base, attending }, cite, '§1')).toEqual({
      quorate: true,
      reasons: [
        {
          code: 'quorum_met',
          agreement: 'test',
          clause: '§1',
          values: {
            rule: 'fraction-present',
            seats: 5,
            present: 3,
            required: 3,
            deputies: 2,
            missing: ['s3', 's4'],
          },
        },
      ],
    });
  });

  it('quorum of two thirds: ⌈2/3 × 5⌉ = 4', () => {
    const twoThirds: QuorumRule = {
      kind: 'fraction-present',
      fraction: { numerator: 2, denominator: 3 },
      clause: '§1',
    };
    expect(checkQuorum(twoThirds, record('FFF--'), cite, '§1').reasons[0]?.values).toMatchObject({
      required: 4,
      present: 3,
    });
    expect(checkQuorum(twoThirds, record('FFFX-'), cite, '§1').quorate).toBe(true);
  });

  it('property: a fraction of the seats is quorate exactly when present × denominator ≥ numerator × seats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (attends, a, b) => {
          const fraction = { numerator: Math.min(a, b), denominator: Math.max(a, b) };
          const spec = attends.map((here) => (here ? 'F' : '-')).join('');
          const present = attends.filter(Boolean).length;
          const rule: QuorumRule = { kind: 'fraction-present', fraction, clause: '§1' };
          expect(checkQuorum(rule, record(spec, attends.indexOf(true)), cite, '§1').quorate).toBe(
            present * fraction.denominator >= fraction.numerator * attends.length,
          );
        },
      ),
    );
  });
});
