import { describe, expect, it } from 'vitest';
import type { DecisionRule } from '../../src/model/organ.js';
import { applyDecisionRule } from '../../src/rules/decision-rules.js';
import { citing } from '../../src/rules/reason.js';
import {
  MEETING_RULES,
  MEMBERS_DUTIES,
  STATUTORY_QUORUM,
  settingsLeftToStatute,
  statuteClause,
  statuteOf,
  statutoryDefault,
} from '../../src/rules/statutory-defaults.js';
import { record } from '../helpers/vote-records.js';
import { words } from '../helpers/words.js';

const cite = citing('test');
const chair = { decides: true, clause: '§1' };
const unsaid: DecisionRule = { kind: 'simple-majority', clause: '§2' };

describe('statutory defaults where the agreement says nothing', () => {
  it('the statute is cited, never a clause of the agreement, and marked unverified (LEGAL.md §1.5)', () => {
    expect([statuteClause(MEETING_RULES), statuteClause(MEMBERS_DUTIES)]).toEqual([
      'kommuneloven § 11-9',
      'kommuneloven § 8-1',
    ]);
    expect(STATUTORY_QUORUM).toEqual({
      kind: 'fraction-present',
      fraction: { numerator: 1, denominator: 2 },
      clause: 'kommuneloven § 11-9',
    });
    expect(statutoryDefault(cite, 'abstention', 'not-allowed')).toEqual({
      code: 'statutory_default',
      agreement: 'test',
      clause: 'kommuneloven § 8-1',
      values: {
        subject: 'abstention',
        applied: 'not-allowed',
        law: 'kommuneloven',
        section: '§ 8-1',
        verified: false,
      },
    });
  });

  it('a tie, rule unsaid: the chair decides, the reason says the statute applied', () => {
    const o = applyDecisionRule(unsaid, record('FFAA'), chair, cite);
    expect([o.adopted, o.tieBrokenByChair, o.drawLots]).toEqual([true, true, false]);
    expect(o.reasons).toEqual([
      {
        code: 'statutory_default',
        agreement: 'test',
        clause: 'kommuneloven § 11-9',
        values: {
          subject: 'tie',
          applied: 'chair-decides',
          law: 'kommuneloven',
          section: '§ 11-9',
          verified: false,
        },
      },
      {
        code: 'tie_chair_decides',
        agreement: 'test',
        clause: 'kommuneloven § 11-9',
        values: { votes: 2, chair: 's0', chairVote: 'for' },
      },
    ]);
    expect(words(o.reasons[0])).toEqual({
      nb: 'Avtalen sier ikke hva stemmelikhet gjør; lovens regel gjelder: møteleders stemme er avgjørende (kommuneloven § 11-9; ordlyden er ikke verifisert).',
      en: "The agreement does not say what a tie does; the statute's rule applies: the chair's vote decides (kommuneloven § 11-9; wording not verified).",
    });
    // The chair abstaining: no casting vote, cited to the statute too.
    const none = applyDecisionRule(unsaid, record('XFFAA'), chair, cite);
    expect(none.reasons.map((r) => [r.code, r.clause])).toEqual([
      ['statutory_default', 'kommuneloven § 11-9'],
      ['tie_no_casting_vote', 'kommuneloven § 11-9'],
    ]);
  });

  it('a tie in an election, rule unsaid: lots, the reason saying it is an election', () => {
    const o = applyDecisionRule(unsaid, record('FFAA'), chair, cite, true);
    expect([o.adopted, o.tieBrokenByChair, o.drawLots]).toEqual([false, false, true]);
    expect(o.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      [
        'statutory_default',
        'kommuneloven § 11-9',
        { subject: 'tie', applied: 'lot', law: 'kommuneloven', section: '§ 11-9', verified: false },
      ],
      ['tie_lot', 'kommuneloven § 11-9', { votes: 2, election: true }],
    ]);
    expect(words(o.reasons[0])?.en).toBe(
      "The agreement does not say what a tie does; the statute's rule applies: in an election a tie is settled by lot (kommuneloven § 11-9; wording not verified).",
    );
  });

  it('no tie: no default is needed, and none is reported', () => {
    expect(
      applyDecisionRule(unsaid, record('FFA-'), chair, cite).reasons.map((r) => [r.code, r.clause]),
    ).toEqual([['majority_adopted', '§2']]);
  });

  it('words for every subject, verified or not', () => {
    const all = [
      statutoryDefault(cite, 'quorum', 'half-present'),
      statutoryDefault(cite, 'deputies', 'allowed'),
      statutoryDefault(cite, 'abstention', 'not-allowed'),
    ];
    expect(all.map((r) => words(r)?.nb)).toEqual([
      'Avtalen sier ikke når organet er vedtaksført; lovens regel gjelder: minst halvparten av medlemmene må være til stede (kommuneloven § 11-9; ordlyden er ikke verifisert).',
      'Avtalen sier ikke om varamedlemmer kan møte; lovens regel gjelder: et varamedlem møter i et medlems sted (kommuneloven § 8-1; ordlyden er ikke verifisert).',
      'Avtalen sier ikke om medlemmene kan avstå; lovens regel gjelder: medlemmene har stemmeplikt (kommuneloven § 8-1; ordlyden er ikke verifisert).',
    ]);
    expect(all.map((r) => words(r)?.en)).toEqual([
      "The agreement does not say when the body can decide; the statute's rule applies: at least half the members must be present (kommuneloven § 11-9; wording not verified).",
      "The agreement does not say whether deputies may attend; the statute's rule applies: a deputy attends in a member's place (kommuneloven § 8-1; wording not verified).",
      "The agreement does not say whether members may abstain; the statute's rule applies: members must vote (kommuneloven § 8-1; wording not verified).",
    ]);
    const verified = cite('kommuneloven § 11-9', 'statutory_default', {
      subject: 'quorum',
      applied: 'half-present',
      law: 'kommuneloven',
      section: '§ 11-9',
      verified: true,
    });
    expect(words(verified)).toEqual({
      nb: 'Avtalen sier ikke når organet er vedtaksført; lovens regel gjelder: minst halvparten av medlemmene må være til stede (kommuneloven § 11-9).',
      en: "The agreement does not say when the body can decide; the statute's rule applies: at least half the members must be present (kommuneloven § 11-9).",
    });
  });
});

describe('the settings left to the statute, and the statute of each', () => {
  it("the quorum and a tie by the meeting rules, deputies and abstention by the members' duties", () => {
    expect((['quorum', 'tie', 'deputies', 'abstention'] as const).map(statuteOf)).toEqual([
      MEETING_RULES,
      MEETING_RULES,
      MEMBERS_DUTIES,
      MEMBERS_DUTIES,
    ]);
  });

  it('a body stating nothing leaves all four; a tie only where a simple majority does not say', () => {
    const organ = {
      id: 'styre',
      name: 'Styret',
      clause: '§5',
      seats: { perParty: true, clause: '§5' },
      matters: [{ id: 'a', name: 'A', rule: unsaid }],
    };
    expect(settingsLeftToStatute(organ)).toEqual(['quorum', 'tie', 'deputies', 'abstention']);
    expect(
      settingsLeftToStatute({
        ...organ,
        quorum: STATUTORY_QUORUM,
        deputies: { allowed: true },
        abstention: { allowed: false },
        matters: [
          { id: 'a', name: 'A', rule: { kind: 'consensus', clause: '§2' } },
          { id: 'b', name: 'B', rule: { ...unsaid, tie: 'rejected' } },
        ],
      }),
    ).toEqual([]);
  });
});
