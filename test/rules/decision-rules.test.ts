import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionRule } from '../../src/model/organ.js';
import { applyDecisionRule } from '../../src/rules/decision-rules.js';
import { citing } from '../../src/rules/reason.js';
import type { VoteRecord } from '../../src/rules/vote-record.js';
import { record, weighted } from '../helpers/vote-records.js';
import { words } from '../helpers/words.js';

const cite = citing('test');
const chair = { decides: true, clause: '§1' };

const adopted = (rule: DecisionRule, spec: string, presiding = 0) =>
  applyDecisionRule(rule, record(spec, presiding), chair, cite).adopted;

const majority: DecisionRule = { kind: 'simple-majority', tie: 'chair-decides', clause: '§1' };

describe('decision rules (worked by hand)', () => {
  it('simple majority of votes cast: abstentions do not count', () => {
    expect(adopted(majority, 'FFAXX')).toBe(true);
    expect(adopted(majority, 'FAAX-')).toBe(false);
  });

  it('simple majority, tie: the chair’s vote decides, automatically', () => {
    expect(adopted(majority, 'FA', 0)).toBe(true);
    expect(adopted(majority, 'FA', 1)).toBe(false);
    // the chair abstained: no casting vote, the proposal falls
    const d = applyDecisionRule(majority, record('XFA', 0), chair, cite);
    expect([d.adopted, d.tieBrokenByChair, d.reasons.at(-1)?.code]).toEqual([
      false,
      false,
      'tie_no_casting_vote',
    ]);
  });

  it('simple majority with tie = rejected: a tie falls whatever the chair votes', () => {
    expect(adopted({ ...majority, tie: 'rejected' }, 'FA', 0)).toBe(false);
  });

  it('unanimity of all seats vs of those present', () => {
    expect(adopted({ kind: 'unanimity', of: 'all-seats', clause: '§1' }, 'FFF-')).toBe(false);
    expect(adopted({ kind: 'unanimity', of: 'present', clause: '§1' }, 'FFF-')).toBe(true);
    expect(adopted({ kind: 'unanimity', of: 'present', clause: '§1' }, 'FFX-')).toBe(false);
  });

  it('consensus: nobody against, somebody for', () => {
    expect(adopted({ kind: 'consensus', clause: '§1' }, 'FXX')).toBe(true);
    expect(adopted({ kind: 'consensus', clause: '§1' }, 'FFA')).toBe(false);
    expect(adopted({ kind: 'consensus', clause: '§1' }, 'XXX')).toBe(false);
  });

  it('consensus else the chair decides', () => {
    const rule: DecisionRule = { kind: 'consensus-else-chair', clause: '§1' };
    expect(adopted(rule, 'FAA', 0)).toBe(true);
    expect(adopted(rule, 'AFF', 0)).toBe(false);
  });

  it('qualified majority: 2/3 of votes cast, or of all seats', () => {
    const cast: DecisionRule = {
      kind: 'qualified-majority',
      fraction: { numerator: 2, denominator: 3 },
      of: 'votes-cast',
      clause: '§1',
    };
    const seats: DecisionRule = { ...cast, of: 'all-seats' };
    expect(adopted(cast, 'FFAXX-')).toBe(true); // 2 of 3 cast ≥ 2/3
    expect(adopted(seats, 'FFAXX-')).toBe(false); // 2 of 6 seats < 4
    expect(adopted(seats, 'FFFFA-')).toBe(true); // 4 of 6 seats
  });
});

const ruleArb: fc.Arbitrary<DecisionRule> = fc.oneof(
  fc.constantFrom<DecisionRule>(
    { kind: 'simple-majority', tie: 'chair-decides', clause: '§1' },
    { kind: 'simple-majority', tie: 'rejected', clause: '§1' },
    { kind: 'simple-majority', tie: 'chair-decides', consensusSought: true, clause: '§1' },
    { kind: 'unanimity', of: 'all-seats', clause: '§1' },
    { kind: 'unanimity', of: 'present', clause: '§1' },
    { kind: 'consensus', clause: '§1' },
    { kind: 'consensus-else-chair', clause: '§1' },
  ),
  fc
    .tuple(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
      fc.constantFrom('votes-cast' as const, 'all-seats' as const),
    )
    .map(([a, b, of]) => ({
      kind: 'qualified-majority' as const,
      fraction: { numerator: Math.min(a, b), denominator: Math.max(a, b) },
      of,
      clause: '§1',
    })),
);

/** A meeting spec with at least one seat present; the chair is a present seat. */
const specArb = fc
  .array(fc.constantFrom('F', 'A', 'X', '-'), { minLength: 1, maxLength: 12 })
  .filter((cs) => cs.some((c) => c !== '-'))
  .chain((cs) => {
    const present = cs.flatMap((c, i) => (c === '-' ? [] : [i]));
    return fc.tuple(fc.constant(cs.join('')), fc.constantFrom(...present));
  });

describe('decision rules (properties)', () => {
  it('turning one vote from against to for never turns adopted into rejected', () => {
    fc.assert(
      fc.property(ruleArb, specArb, fc.nat(), (rule, [spec, presiding], pick) => {
        const againsts = [...spec].flatMap((c, i) => (c === 'A' ? [i] : []));
        fc.pre(againsts.length > 0);
        const i = againsts[pick % againsts.length] as number;
        const flipped = `${spec.slice(0, i)}F${spec.slice(i + 1)}`;
        if (adopted(rule, spec, presiding)) expect(adopted(rule, flipped, presiding)).toBe(true);
      }),
    );
  });

  it('the order of the ballots changes nothing', () => {
    fc.assert(
      fc.property(ruleArb, specArb, (rule, [spec, presiding]) => {
        const r = record(spec, presiding);
        const reversed: VoteRecord = {
          ...r,
          attending: new Map([...r.attending].reverse()),
          votes: new Map([...r.votes].reverse()),
        };
        expect(applyDecisionRule(rule, reversed, chair, cite)).toEqual(
          applyDecisionRule(rule, r, chair, cite),
        );
      }),
    );
  });
});

describe('decision rules (edge cases)', () => {
  it('consensus else chair: a stand-in without the leader’s power decides nothing', () => {
    const d = applyDecisionRule(
      { kind: 'consensus-else-chair', clause: '§1' },
      record('FA', 0),
      { decides: false, clause: '§2' },
      cite,
    );
    expect([d.adopted, d.decidedByChair, d.reasons.at(-1)?.code]).toEqual([
      false,
      false,
      'no_chair_decision',
    ]);
  });

  it('a qualified majority of one half (or less) never adopts a tie or a minority', () => {
    const half: DecisionRule = {
      kind: 'qualified-majority',
      fraction: { numerator: 1, denominator: 2 },
      of: 'votes-cast',
      clause: '§1',
    };
    expect(adopted(half, 'FA')).toBe(false);
    expect(adopted({ ...half, fraction: { numerator: 1, denominator: 3 } }, 'FAA')).toBe(false);
    expect(adopted(half, 'FFA')).toBe(true);
  });
});

describe('decision rules: the reasons carry the numbers behind them', () => {
  const reasonsOf = (rule: DecisionRule, spec: string, presiding = 0, decides = true) =>
    applyDecisionRule(rule, record(spec, presiding), { decides, clause: '§2' }, cite).reasons.map(
      (r) => [r.code, r.clause, r.values],
    );

  it('majority, tie and casting vote', () => {
    expect(reasonsOf(majority, 'FFAX-')).toEqual([
      ['majority_adopted', '§1', { for: 2, against: 1, abstain: 1 }],
    ]);
    expect(reasonsOf(majority, 'AFFX-')).toEqual([
      ['majority_adopted', '§1', { for: 2, against: 1, abstain: 1 }],
    ]);
    expect(reasonsOf(majority, 'FA')).toEqual([
      ['tie_chair_decides', '§2', { votes: 1, chair: 's0', chairVote: 'for' }],
    ]);
    expect(reasonsOf({ ...majority, tie: 'rejected' }, 'FA')).toEqual([
      ['tie_rejected', '§1', { votes: 1 }],
    ]);
    expect(reasonsOf(majority, 'XFA')).toEqual([
      ['tie_no_casting_vote', '§2', { votes: 1, chair: 's0', why: 'chair-abstained' }],
    ]);
    expect(reasonsOf(majority, 'FA', 0, false)).toEqual([
      [
        'tie_no_casting_vote',
        '§2',
        { votes: 1, chair: 's0', why: 'stand-in-without-casting-vote' },
      ],
    ]);
    // a tie is not a majority: 1–1 without the chair's vote is not adopted
    expect(adopted({ ...majority, tie: 'rejected' }, 'AF', 1)).toBe(false);
  });

  it('unanimity, consensus, consensus else chair', () => {
    expect(reasonsOf({ kind: 'unanimity', of: 'all-seats', clause: '§1' }, 'FF')).toEqual([
      ['unanimity_met', '§1', { of: 'all-seats', for: 2, required: 2 }],
    ]);
    expect(reasonsOf({ kind: 'unanimity', of: 'all-seats', clause: '§1' }, 'FAX-')).toEqual([
      [
        'unanimity_not_met',
        '§1',
        { of: 'all-seats', for: 1, required: 4, against: ['s1'], abstain: ['s2'], absent: ['s3'] },
      ],
    ]);
    expect(adopted({ kind: 'unanimity', of: 'present', clause: '§1' }, '---')).toBe(false);
    expect(reasonsOf({ kind: 'consensus', clause: '§1' }, 'FX')).toEqual([
      ['consensus_reached', '§1', { for: 1, abstain: 1 }],
    ]);
    const cec: DecisionRule = { kind: 'consensus-else-chair', clause: '§1' };
    expect(reasonsOf(cec, 'FX')).toEqual([['consensus_reached', '§1', { for: 1, abstain: 1 }]]);
    expect(reasonsOf(cec, 'FA')).toEqual([
      ['consensus_not_reached', '§1', { for: 1, against: ['s1'] }],
      ['chair_decides', '§2', { chair: 's0', chairVote: 'for' }],
    ]);
    expect(reasonsOf(cec, 'FA', 0, false)).toEqual([
      ['consensus_not_reached', '§1', { for: 1, against: ['s1'] }],
      ['no_chair_decision', '§2', { presiding: 's0' }],
    ]);
  });

  it('qualified majority counts votes cast, not abstentions, and needs a base', () => {
    const cast: DecisionRule = {
      kind: 'qualified-majority',
      fraction: { numerator: 2, denominator: 3 },
      of: 'votes-cast',
      clause: '§1',
    };
    expect(reasonsOf(cast, 'FFFAXX')).toEqual([
      [
        'qualified_met',
        '§1',
        {
          for: 3,
          against: 1,
          base: 4,
          required: 3,
          numerator: 2,
          denominator: 3,
          of: 'votes-cast',
          threshold: 'at-least',
        },
      ],
    ]);
    expect(adopted(cast, 'XXX')).toBe(false);
    expect(adopted({ ...cast, fraction: { numerator: 1, denominator: 1 } }, 'FX')).toBe(true);
  });

  it('a majority of all members is more than half of all seats: 5 of 10 for, 3 against, is not adopted; 6 is', () => {
    const ofAll: DecisionRule = {
      kind: 'qualified-majority',
      fraction: { numerator: 1, denominator: 2 },
      of: 'all-seats',
      threshold: 'more-than',
      clause: '§1',
    };
    // 10 seats: more than 10/2 = 5 means at least 6 for, whatever the votes against.
    const values = (forVotes: number, against: number, required: number) => ({
      for: forVotes,
      against,
      base: 10,
      required,
      numerator: 1,
      denominator: 2,
      of: 'all-seats',
      threshold: 'more-than',
    });
    expect(reasonsOf(ofAll, 'FFFFFAAAXX')).toEqual([['qualified_not_met', '§1', values(5, 3, 6)]]);
    expect(reasonsOf(ofAll, 'FFFFFFAAAX')).toEqual([['qualified_met', '§1', values(6, 3, 6)]]);
    // "At least half" is met by 5 of 10 (and more for than against): the wording decides.
    expect(adopted({ ...ofAll, threshold: 'at-least' }, 'FFFFFAAAXX')).toBe(true);
    // More than 1/3 of 9 seats is 4 (3 is exactly a third).
    const third = { ...ofAll, fraction: { numerator: 1, denominator: 3 } };
    expect(adopted(third, 'FFFXXXXXX')).toBe(false);
    expect(adopted(third, 'FFFFXXXXX')).toBe(true);
  });

  it('a failed qualified majority never states a requirement its own votes meet', () => {
    const half: DecisionRule = {
      kind: 'qualified-majority',
      fraction: { numerator: 1, denominator: 2 },
      of: 'all-seats',
      clause: '§1',
    };
    // 5 for, 5 against of 10: 5 is at least half, but not more for than against, so 6 are required.
    const [reason] = applyDecisionRule(
      half,
      record('FFFFFAAAAA'),
      { decides: true, clause: '§2' },
      cite,
    ).reasons;
    expect([reason?.code, reason?.values]).toEqual([
      'qualified_not_met',
      {
        for: 5,
        against: 5,
        base: 10,
        required: 6,
        numerator: 1,
        denominator: 2,
        of: 'all-seats',
        threshold: 'at-least',
      },
    ]);
  });

  it('for any votes, a qualified majority is adopted exactly when its reason says the votes for reach what it requires', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('F', 'A', 'X', '-'), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('votes-cast' as const, 'all-seats' as const),
        fc.constantFrom('at-least' as const, 'more-than' as const),
        (votes, a, b, of, threshold) => {
          const [numerator, denominator] = a <= b ? [a, b] : [b, a];
          const rule: DecisionRule = {
            kind: 'qualified-majority',
            fraction: { numerator, denominator },
            of,
            threshold,
            clause: '§1',
          };
          const spec = votes.join('');
          const o = applyDecisionRule(rule, record(spec), { decides: true, clause: '§2' }, cite);
          const v = o.reasons[0]?.values as { for: number; required: number };
          // A second method: the threshold over the base by cross-multiplication, and for > against.
          const forVotes = votes.filter((x) => x === 'F').length;
          const against = votes.filter((x) => x === 'A').length;
          const base = of === 'votes-cast' ? forVotes + against : votes.length;
          const share = forVotes * denominator;
          const byFraction =
            threshold === 'more-than' ? share > base * numerator : share >= base * numerator;
          expect(o.adopted).toBe(byFraction && forVotes > against);
          expect(o.adopted).toBe(v.for >= v.required);
        },
      ),
    );
  });
});

describe('decision rules: votes against counted as for', () => {
  /** Each reason's values as [key, value] pairs, in order (the JSON the CLI prints). */
  const valuesOf = (rule: DecisionRule, spec: string, countedAsFor: readonly string[]) =>
    applyDecisionRule(rule, { ...record(spec), countedAsFor }, chair, cite).reasons.map((r) => [
      r.code,
      Object.entries(r.values),
    ]);

  it('every reason that reports the votes names the seats counted as for, after its own values', () => {
    const counted = ['s1'];
    expect(valuesOf(majority, 'FFAX', counted)).toEqual([
      [
        'majority_adopted',
        [
          ['for', 2],
          ['against', 1],
          ['abstain', 1],
          ['countedAsFor', ['s1']],
        ],
      ],
    ]);
    expect(valuesOf({ kind: 'unanimity', of: 'present', clause: '§1' }, 'FF-', counted)).toEqual([
      [
        'unanimity_met',
        [
          ['of', 'present'],
          ['for', 2],
          ['required', 2],
          ['countedAsFor', ['s1']],
        ],
      ],
    ]);
    const reached = [
      [
        'consensus_reached',
        [
          ['for', 2],
          ['abstain', 1],
          ['countedAsFor', ['s1']],
        ],
      ],
    ];
    expect(valuesOf({ kind: 'consensus', clause: '§1' }, 'FFX', counted)).toEqual(reached);
    expect(valuesOf({ kind: 'consensus-else-chair', clause: '§1' }, 'FFX', counted)).toEqual(
      reached,
    );
    const twoThirds: DecisionRule = {
      kind: 'qualified-majority',
      fraction: { numerator: 2, denominator: 3 },
      of: 'votes-cast',
      clause: '§1',
    };
    expect(valuesOf(twoThirds, 'FFA', counted)).toEqual([
      [
        'qualified_met',
        [
          ['for', 2],
          ['against', 1],
          ['base', 3],
          ['required', 2],
          ['numerator', 2],
          ['denominator', 3],
          ['of', 'votes-cast'],
          ['threshold', 'at-least'],
          ['countedAsFor', ['s1']],
        ],
      ],
    ]);
  });

  it('an empty list of seats counted as for is not reported', () => {
    expect(valuesOf(majority, 'FA-', [])).toEqual([
      [
        'tie_chair_decides',
        [
          ['votes', 1],
          ['chair', 's0'],
          ['chairVote', 'for'],
        ],
      ],
    ]);
    expect(valuesOf(majority, 'FFA', [])).toEqual([
      [
        'majority_adopted',
        [
          ['for', 2],
          ['against', 1],
          ['abstain', 0],
        ],
      ],
    ]);
  });
});

describe('majorities of weight and rules that must all hold', () => {
  const byWeight: DecisionRule = { kind: 'weighted-majority', of: 'votes-cast', clause: '§2' };
  const ofAll: DecisionRule = {
    kind: 'weighted-majority',
    of: 'all-weight',
    fraction: { numerator: 2, denominator: 3 },
    clause: '§3',
  };
  const members: DecisionRule = {
    kind: 'qualified-majority',
    fraction: { numerator: 1, denominator: 2 },
    of: 'all-seats',
    threshold: 'more-than',
    clause: '§4',
  };
  const double: DecisionRule = { kind: 'all-of', rules: [members, ofAll], clause: '§5' };
  const units = [50, 20, 15, 10, 5];
  const apply = (rule: DecisionRule, spec: string) =>
    applyDecisionRule(rule, weighted(spec, units), chair, cite);

  it('weights by hand: more than half the weight cast; at least 2/3 of all weight', () => {
    // For 50, against 20 + 15: cast 85, more than 42.5 → 43; more for than against → 36: 43.
    expect(apply(byWeight, 'FAA--').reasons[0]?.values).toEqual({
      by: 'stated',
      for: 50,
      against: 35,
      base: 85,
      required: 43,
      numerator: 1,
      denominator: 2,
      of: 'votes-cast',
      threshold: 'more-than',
    });
    expect(apply(byWeight, 'FAA--').adopted).toBe(true);
    // 50 for, 50 against: a tie of weight is no majority.
    expect(apply(byWeight, 'FAAAA').adopted).toBe(false);
    // All weight 100: at least 2/3 → 67; 50 + 15 = 65 for is not enough, 50 + 20 = 70 is.
    expect(apply(ofAll, 'F-F--').reasons[0]?.values).toMatchObject({
      for: 65,
      base: 100,
      required: 67,
    });
    expect(apply(ofAll, 'F-F--').adopted).toBe(false);
    expect(apply(ofAll, 'FF---').adopted).toBe(true);
    // A stated threshold: more than 2/3 of 99 (66) → 67.
    const moreThan: DecisionRule = { ...ofAll, threshold: 'more-than' } as DecisionRule;
    expect(
      applyDecisionRule(moreThan, weighted('FF---', [33, 33, 33]), chair, cite).reasons[0]?.values,
    ).toMatchObject({ for: 66, base: 99, required: 67, threshold: 'more-than' });
  });

  it('a record without weights: every seat weighs one', () => {
    expect(applyDecisionRule(byWeight, record('FFA--'), chair, cite).reasons[0]?.values).toEqual({
      by: 'seats',
      for: 2,
      against: 1,
      base: 3,
      required: 2,
      numerator: 1,
      denominator: 2,
      of: 'votes-cast',
      threshold: 'more-than',
    });
    expect(words(applyDecisionRule(byWeight, record('FFA--'), chair, cite).reasons[0])).toEqual({
      nb: 'Vedtatt etter vekt: 2 for og 1 mot av 3, vekten av de avgitte stemmene (hvert sete veier én); mer enn 1/2 og mer for enn mot krever minst 2 for.',
      en: 'Adopted by weight: 2 for and 1 against of 3, the weight of the votes cast (every seat weighing one); more than 1/2 and more for than against requires at least 2 for.',
    });
  });

  it('all-of: every part reported, then which parts held', () => {
    // Seats 2–4 for (45 of 100): 3 of 5 members (> 2.5), but 45 < 67.
    const o = apply(double, 'AFFF-');
    expect(o.reasons.map((r) => [r.code, r.clause])).toEqual([
      ['qualified_met', '§4'],
      ['weighted_not_met', '§3'],
      ['all_of_not_met', '§5'],
    ]);
    expect(o.reasons[2]?.values).toEqual({ parts: 2, met: [1], failed: [2] });
    const tie: DecisionRule = {
      kind: 'all-of',
      rules: [{ kind: 'simple-majority', tie: 'lot', clause: '§6' }, members],
      clause: '§5',
    };
    // 3 for, 2 against: both hold, no lots.
    expect(applyDecisionRule(tie, record('FFFAA'), chair, cite)).toMatchObject({
      adopted: true,
      drawLots: false,
    });
    // 2–2 and one absent: the simple majority awaits lots, and 2 of 5 members is no majority of all: no lots decide it.
    expect(applyDecisionRule(tie, record('FFAA-'), chair, cite)).toMatchObject({
      adopted: false,
      drawLots: false,
    });
    // A tie of 2–2 where the other part is a plain majority by weight that holds: lots decide.
    const lots: DecisionRule = {
      kind: 'all-of',
      rules: [{ kind: 'simple-majority', tie: 'lot', clause: '§6' }, { ...byWeight }],
      clause: '§5',
    };
    expect(applyDecisionRule(lots, weighted('FFAA', [5, 5, 1, 1]), chair, cite)).toMatchObject({
      adopted: false,
      drawLots: true,
    });
    // The chair's casting vote in a part is reported for the whole.
    const casting: DecisionRule = {
      kind: 'all-of',
      rules: [majority, { kind: 'consensus-else-chair', clause: '§7' }],
      clause: '§5',
    };
    expect(applyDecisionRule(casting, record('FFAA'), chair, cite)).toMatchObject({
      adopted: true,
      tieBrokenByChair: true,
      decidedByChair: true,
    });
  });

  it('property: a double majority is adopted iff both its parts are, applied alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('F', 'A', 'X', '-'), fc.integer({ min: 0, max: 100 })), {
          minLength: 1,
          maxLength: 10,
        }),
        (seats) => {
          const spec = seats.map(([v]) => v).join('');
          const w = seats.map(([, u]) => u);
          const r = weighted(spec, w);
          const whole = applyDecisionRule(double, r, chair, cite).adopted;
          const parts =
            applyDecisionRule(members, r, chair, cite).adopted &&
            applyDecisionRule(ofAll, r, chair, cite).adopted;
          expect(whole).toBe(parts);
        },
      ),
    );
  });

  it('property: a majority of weight by cross-multiplication, whatever the order of the seats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('F', 'A', 'X', '-'), fc.integer({ min: 0, max: 1000 })), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.integer(),
        (seats, seed) => {
          const forW = seats.reduce((s, [v, u]) => s + (v === 'F' ? u : 0), 0);
          const againstW = seats.reduce((s, [v, u]) => s + (v === 'A' ? u : 0), 0);
          // More than half of what is cast: 2 × for > for + against, i.e. for > against.
          const expected = 2 * forW > forW + againstW;
          const shuffled = [...seats].sort(
            (a, b) => ((a[1] * 31 + seed) % 7) - ((b[1] * 31 + seed) % 7),
          );
          for (const order of [seats, shuffled]) {
            const r = weighted(
              order.map(([v]) => v).join(''),
              order.map(([, u]) => u),
            );
            expect(applyDecisionRule(byWeight, r, chair, cite).adopted).toBe(expected);
          }
        },
      ),
    );
  });
});
