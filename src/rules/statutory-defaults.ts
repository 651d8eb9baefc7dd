import type { QuorumRule } from '../model/organ.js';
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
 * A reason saying that the agreement leaves something unsaid and the
 * statute's rule was applied: what (`subject`), the rule applied, and the
 * statute, marked unverified where LEGAL.md marks it.
 *
 * @example
 * statutoryDefault(citing('x'), 'tie', 'lot').clause; //=> 'kommuneloven § 11-9'
 */
export function statutoryDefault(
  cite: Cite,
  subject: 'quorum' | 'tie' | 'deputies' | 'abstention',
  applied: 'half-present' | 'chair-decides' | 'lot' | 'allowed' | 'not-allowed',
): Reason {
  const statute = subject === 'quorum' || subject === 'tie' ? MEETING_RULES : MEMBERS_DUTIES;
  return cite(statuteClause(statute), 'statutory_default', {
    subject,
    applied,
    law: statute.law,
    section: statute.section,
    verified: statute.verified,
  });
}
