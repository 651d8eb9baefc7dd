import { describe, expect, it } from 'vitest';
import type { DecisionRule } from '../../src/model/organ.js';
import { applyDecisionRule } from '../../src/rules/decision-rules.js';
import { citing } from '../../src/rules/reason.js';
import {
  seatsAbsent,
  seatsVoting,
  tally,
  type Vote,
  type VoteRecord,
} from '../../src/rules/vote-record.js';

const cite = citing('test');
const chair = { decides: true, clause: '§1' };

/**
 * Five seats: s0 and s1 vote for, s2 against, s3 attends without a ballot
 * (it abstains), s4 is absent; s3 presides.
 */
const silentChair: VoteRecord = {
  seats: ['s0', 's1', 's2', 's3', 's4'],
  attending: new Map([
    ['s0', 'member'],
    ['s1', 'deputy'],
    ['s2', 'member'],
    ['s3', 'member'],
  ]),
  votes: new Map([
    ['s0', 'for'],
    ['s1', 'for'],
    ['s2', 'against'],
  ]),
  presiding: 's3',
};

describe('a seat that attends without a ballot abstains', () => {
  it('in the count and in the lists of seats by vote', () => {
    expect(tally(silentChair)).toEqual({
      seats: 5,
      present: 4,
      for: 2,
      against: 1,
      abstain: 1,
      absent: 1,
    });
    expect(seatsVoting(silentChair, 'for')).toEqual(['s0', 's1']);
    expect(seatsVoting(silentChair, 'against')).toEqual(['s2']);
    expect(seatsVoting(silentChair, 'abstain')).toEqual(['s3']);
    expect(seatsAbsent(silentChair)).toEqual(['s4']);
  });

  it('a ballot from a seat that does not attend is not counted, and the seat is absent', () => {
    const record: VoteRecord = {
      ...silentChair,
      votes: new Map<string, Vote>([...silentChair.votes, ['s4', 'for']]),
    };
    expect(tally(record)).toMatchObject({ for: 2, absent: 1 });
    expect(seatsVoting(record, 'for')).toEqual(['s0', 's1']);
  });

  it('unanimity of those present fails on the silent seat, which is listed as abstaining', () => {
    const rule: DecisionRule = { kind: 'unanimity', of: 'present', clause: '§2' };
    const d = applyDecisionRule(rule, silentChair, chair, cite);
    expect(d.adopted).toBe(false);
    expect(d.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      [
        'unanimity_not_met',
        '§2',
        { of: 'present', for: 2, required: 4, against: ['s2'], abstain: ['s3'], absent: ['s4'] },
      ],
    ]);
  });

  it('a presiding seat with no ballot has no casting vote at a tie', () => {
    const tie: VoteRecord = {
      ...silentChair,
      votes: new Map([
        ['s0', 'for'],
        ['s2', 'against'],
      ]),
    };
    const rule: DecisionRule = { kind: 'simple-majority', tie: 'chair-decides', clause: '§2' };
    const d = applyDecisionRule(rule, tie, chair, cite);
    expect([d.adopted, d.tieBrokenByChair]).toEqual([false, false]);
    expect(d.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      ['tie_no_casting_vote', '§1', { votes: 1, chair: 's3', why: 'chair-abstained' }],
    ]);
  });
});
