import type { DecisionRule, Organ, QuorumRule } from '../model/organ.js';
import type { Cite, Reason } from './reason.js';

/**
 * A rule of the statute that applies where an agreement says nothing: the
 * law, its section, and whether LEGAL.md verifies its wording (the 2018
 * kommuneloven's meeting rules are recalled, not verified).
 *
 * @example
 * const statute: StatutoryRule = { law: 'kommuneloven', section: '§ 11-9', verified: false };
 */
export interface StatutoryRule {
  readonly law: string;
  readonly section: string;
  readonly verified: boolean;
}

/**
 * kommuneloven 2018 § 11-9 (UNVERIFIED wording, LEGAL.md §1.5): a body
 * decides only when at least half its members are present; a simple
 * majority of the votes cast; at a tie the chair's vote decides, except in
 * elections, decided by lot (as the verified 1992 §§ 35, 38).
 */
export const MEETING_RULES: StatutoryRule = {
  law: 'kommuneloven',
  section: '§ 11-9',
  verified: false,
};

/**
 * kommuneloven 2018 § 8-1 (UNVERIFIED, LEGAL.md §1.5): members must vote
 * (stemmeplikt), and deputies attend in a member's place.
 */
export const MEMBERS_DUTIES: StatutoryRule = {
  law: 'kommuneloven',
  section: '§ 8-1',
  verified: false,
};

/** The clause a reason cites for a statutory rule: the law and its section, never a clause of the agreement. */
export function statuteClause(statute: StatutoryRule): string {
  return `${statute.law} ${statute.section}`;
}

/**
 * The quorum where the agreement states none: at least half the members
 * present (kommuneloven § 11-9, not verified).
 *
 * @example
 * STATUTORY_QUORUM.kind; //=> 'fraction-present'
 */
export const STATUTORY_QUORUM: QuorumRule = {
  kind: 'fraction-present',
  fraction: { numerator: 1, denominator: 2 },
  clause: statuteClause(MEETING_RULES),
};

/**
 * What a body may leave unstated, each then filled by a rule of the
 * statute: its quorum, what a tie does, whether deputies may attend in a
 * member's place, whether members may abstain.
 *
 * @example
 * const subject: StatutorySubject = 'tie';
 */
export type StatutorySubject = 'quorum' | 'tie' | 'deputies' | 'abstention';

/**
 * The statute whose rule applies where the agreement leaves `subject`
 * unstated: the meeting rules (§ 11-9) for the quorum and a tie, the
 * members' duties (§ 8-1) for deputies and abstention.
 *
 * @example
 * statuteOf('deputies').section; //=> '§ 8-1'
 */
export function statuteOf(subject: StatutorySubject): StatutoryRule {
  return subject === 'quorum' || subject === 'tie' ? MEETING_RULES : MEMBERS_DUTIES;
}

/** Whether a rule, or one of the parts of an all-of rule, is a simple majority that does not say what a tie does. */
function leavesTie(rule: DecisionRule): boolean {
  if (rule.kind === 'all-of') return rule.rules.some(leavesTie);
  return rule.kind === 'simple-majority' && rule.tie === undefined;
}

/**
 * The settings a body leaves to the statute, in the order quorum, tie,
 * deputies, abstention: no quorum stated; a matter decided by a simple
 * majority (under any reading, or as a part of a rule that must all hold)
 * that does not say what a tie does; no rule on deputies; no rule on
 * abstention. Exactly where `decide` applies {@link statutoryDefault}.
 *
 * @example
 * settingsLeftToStatute({
 *   id: 'styre',
 *   name: 'Styret',
 *   clause: '§5',
 *   seats: { perParty: true, clause: '§5' },
 *   abstention: { allowed: false, clause: '§5' },
 *   matters: [{ id: 'drift', name: 'Drift', rule: { kind: 'simple-majority', clause: '§5' } }],
 * });
 * //=> ['quorum', 'tie', 'deputies']
 */
export function settingsLeftToStatute(organ: Organ): StatutorySubject[] {
  const settings: StatutorySubject[] = [];
  if (organ.quorum === undefined) settings.push('quorum');
  if (
    organ.matters.some(
      (m) => leavesTie(m.rule) || Object.values(m.reading?.rules ?? {}).some(leavesTie),
    )
  ) {
    settings.push('tie');
  }
  if (organ.deputies === undefined) settings.push('deputies');
  if (organ.abstention === undefined) settings.push('abstention');
  return settings;
}

/**
 * A reason saying that the agreement leaves something unsaid and the
 * statute's rule was applied: what (`subject`), the rule applied, and the
 * statute, marked unverified where LEGAL.md marks it.
 *
 * @example
 * statutoryDefault(citing('x'), 'tie', 'lot').clause; //=> 'kommuneloven § 11-9'
 */
export function statutoryDefault(
  cite: Cite,
  subject: StatutorySubject,
  applied: 'half-present' | 'chair-decides' | 'lot' | 'allowed' | 'not-allowed',
): Reason {
  const statute = statuteOf(subject);
  return cite(statuteClause(statute), 'statutory_default', {
    subject,
    applied,
    law: statute.law,
    section: statute.section,
    verified: statute.verified,
  });
}
