import type {
  CountValues,
  QualifiedValues,
  QuorumValues,
  WeightedValues,
  WeightQuorumValues,
} from './votes.js';

/**
 * The numbers behind the reasons of decisions (vedtak) in a body: quorum,
 * the decision rule and its ties, who presides, preparation, the
 * candidate's protection; and of host roles (vertskommuneroller).
 *
 * @example
 * const values: GovernanceReasonValues['tie_rejected'] = { votes: 4 };
 */
export interface GovernanceReasonValues {
  /** The body could decide (vedtaksfør). */
  readonly quorum_met: QuorumValues;
  /** The body could not decide (ikke vedtaksfør). */
  readonly quorum_not_met: QuorumValues;
  /** The part of the quorum counted by weight is met. */
  readonly quorum_weight_met: WeightQuorumValues;
  /** The part of the quorum counted by weight is not met. */
  readonly quorum_weight_not_met: WeightQuorumValues;
  /** More votes for than against. */
  readonly majority_adopted: CountValues;
  /** No more votes for than against. */
  readonly majority_rejected: CountValues;
  /** A tie, decided by the presiding person's vote (dobbeltstemme). */
  readonly tie_chair_decides: {
    readonly votes: number;
    readonly chair: string;
    readonly chairVote: 'for' | 'against';
  };
  /** A tie, and the rule says a tie rejects. */
  readonly tie_rejected: { readonly votes: number };
  /** A tie settled by drawing lots (loddtrekning): the votes do not decide. */
  /** A tie settled by lot; `election` where the matter is an election. */
  readonly tie_lot: { readonly votes: number; readonly election?: boolean };
  /** A tie that no casting vote could break. */
  readonly tie_no_casting_vote: {
    readonly votes: number;
    readonly chair: string;
    readonly why: 'chair-abstained' | 'stand-in-without-casting-vote' | 'no-leader';
  };
  /** The clause asks for consensus first: was it reached? */
  readonly consensus_sought: { readonly reached: boolean; readonly against: readonly string[] };
  readonly unanimity_met: {
    readonly of: 'all-seats' | 'present';
    readonly for: number;
    readonly required: number;
    /** Seats that voted against and are counted as for under the reading applied. */
    readonly countedAsFor?: readonly string[];
  };
  readonly unanimity_not_met: {
    readonly of: 'all-seats' | 'present';
    readonly for: number;
    readonly required: number;
    readonly against: readonly string[];
    readonly abstain: readonly string[];
    readonly absent: readonly string[];
  };
  readonly consensus_reached: {
    readonly for: number;
    readonly abstain: number;
    readonly countedAsFor?: readonly string[];
  };
  readonly consensus_not_reached: { readonly for: number; readonly against: readonly string[] };
  /** No consensus, and the person presiding may not decide in the leader's place. */
  readonly no_chair_decision: { readonly presiding: string };
  /** No consensus: the chair's position decides. */
  readonly chair_decides: {
    readonly chair: string;
    readonly chairVote: 'for' | 'against' | 'abstain';
  };
  readonly qualified_met: QualifiedValues;
  readonly qualified_not_met: QualifiedValues;
  /** A majority of weight (or a qualified one) reached. */
  readonly weighted_met: WeightedValues;
  /** A majority of weight (or a qualified one) not reached. */
  readonly weighted_not_met: WeightedValues;
  /** Every part of an all-of rule holds (parts counted from 1, in the order the rule lists them). */
  readonly all_of_met: {
    readonly parts: number;
    readonly met: readonly number[];
    readonly failed: readonly number[];
  };
  /** Some part of an all-of rule fails: the parts met and failed, counted from 1. */
  readonly all_of_not_met: {
    readonly parts: number;
    readonly met: readonly number[];
    readonly failed: readonly number[];
  };
  /** Someone other than the leader presides. */
  readonly stand_in_presides: {
    readonly presiding: string;
    readonly role: 'deputy-leader' | 'other';
    readonly castingVote: boolean;
    readonly reading: string;
  };
  /** A person the leader designated presides, with the leader's powers (DigiTrøndelag §4.2). */
  readonly designee_presides: { readonly presiding: string };
  /** The case was treated first by the body the agreement requires. */
  readonly case_prepared: { readonly by: string; readonly byName: string };
  /** The case was not treated first by the body the agreement requires; `voided`: under the reading applied, nothing is adopted. */
  readonly case_not_prepared: {
    readonly by: string;
    readonly byName: string;
    readonly voided: boolean;
  };
  /** The body's vote is not final until every kommunestyre has adopted the same decision. */
  readonly councils_must_adopt: { readonly councils: number };
  /**
   * Votes against a candidate the parties may not oppose: `effect` is what
   * such a vote does under the reading applied; `conditions`, the texts of
   * the protecting conditions the candidate meets.
   */
  readonly candidate_opposed: {
    readonly candidate: string;
    readonly seats: readonly string[];
    readonly reading: string;
    readonly effect: 'count-as-for' | 'count-as-cast';
    readonly conditions: readonly string[];
  };
  /**
   * The candidate is not shown to meet every condition that protects it:
   * the protecting conditions not met and not given, by id, with their texts.
   */
  readonly candidate_not_eligible: {
    readonly candidate: string;
    readonly missing: readonly string[];
    readonly missingTexts: readonly string[];
    readonly unknown: readonly string[];
    readonly unknownTexts: readonly string[];
  };
  readonly host_unknown_area: { readonly area: string };
  readonly host_not_participant: { readonly area: string; readonly host: string };
  /** The assignment names another host than the one the data records (with the record's source). */
  readonly host_contradicts_data: {
    readonly area: string;
    readonly host: string;
    readonly recorded: string;
    readonly source: string | null;
  };
  readonly host_missing: { readonly area: string };
  readonly host_roles_uneven: {
    readonly roles: number;
    /** Each member whose roles differ by more than one from its fair number (rimelig antall). */
    readonly uneven: readonly {
      readonly name: string;
      readonly roles: number;
      readonly fair: number;
    }[];
  };
  readonly merger_negotiation: { readonly merging: readonly string[]; readonly third: string };
  /**
   * The agreement does not say (`subject`), and the statute's rule was
   * applied (`applied`): the law and section, `verified` false where
   * LEGAL.md marks the wording unverified. The reason cites the statute,
   * never a clause of the agreement.
   */
  readonly statutory_default: {
    readonly subject: 'quorum' | 'tie' | 'deputies' | 'abstention';
    readonly applied: 'half-present' | 'chair-decides' | 'lot' | 'allowed' | 'not-allowed';
    readonly law: string;
    readonly section: string;
    readonly verified: boolean;
  };
  /**
   * A party's seat with several members: the member (by role) who held its
   * vote, `takesOver` when the holders before it (`absent`) were absent.
   */
  readonly vote_held_by: {
    readonly seat: string;
    readonly holder: string;
    readonly takesOver: boolean;
    readonly absent: readonly string[];
  };
}
