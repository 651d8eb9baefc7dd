import type { DecisionRule } from '../model/organ.js';

/**
 * The numbers behind each kind of reason, by its stable code. Tests and
 * programs read these; the sentences are made from them.
 *
 * @example
 * const values: ReasonValues['cost_key_population'] = {
 *   referenceDate: '2024-01-01', totalPopulation: 535512, parties: 34, table: 'Tabell 9.1', source: null,
 * };
 */
export interface ReasonValues {
  /** Which parties take part on the date (deltakere). */
  readonly parties_active: { readonly date: string; readonly count: number };
  /** Costs follow the population at the reference date. */
  readonly cost_key_population: {
    readonly referenceDate: string | null;
    readonly totalPopulation: number;
    readonly parties: number;
    readonly table: string | null;
    /** Where the key comes from when it is not the agreement text (a later decision, a web page). */
    readonly source: string | null;
  };
  readonly cost_key_fixed_and_population: {
    readonly fixedPercent: string;
    readonly populationPercent: string;
    readonly parties: number;
    readonly totalPopulation: number;
    readonly source: string | null;
  };
  readonly cost_key_per_inhabitant: {
    readonly rate: string;
    readonly totalPopulation: number;
    readonly parties: number;
    readonly source: string | null;
    /** The last day the rate applies, when its source limits it. */
    readonly validUntil: string | null;
  };
  readonly cost_key_stated_shares: {
    readonly parties: number;
    readonly source: string | null;
    /** The agreement says to scale the members' stated shares to the whole, and they were. */
    readonly scaled: boolean;
  };
  readonly service_area: { readonly area: string; readonly participants: readonly string[] };
  /** The area's own agreement (særavtale) sets its budget and split; the split here is the framework's key. */
  readonly service_area_own_agreement: { readonly area: string };
  /** The area's start is not known; the agreement says it is to be in place by `noLaterThan`. */
  readonly service_area_start_unknown: { readonly area: string; readonly noLaterThan: string };
  /** Percentages rounded half up to two decimals, as the agreement's table (if any) does. */
  readonly percent_half_up: { readonly sum: string; readonly table: string | null };
  /** A second rounding by largest remainder that always sums to 100.00. */
  readonly percent_largest_remainder: { readonly sum: string };
  /** The percentages the agreement states do not sum to the total it states. */
  readonly stated_percent_sum: {
    readonly table: string | null;
    readonly statedSum: string;
    readonly statedTotal: string;
  };
  /** The agreement's table describes other members than those on the date. */
  readonly stated_table_not_applicable: {
    readonly table: string | null;
    readonly date: string;
    readonly tableDate: string;
  };
  /** The total population the agreement prints differs from the sum of the parties' populations. */
  readonly stated_total_population: {
    readonly table: string | null;
    readonly stated: number;
    readonly computed: number;
  };
  /** Printed percentages that differ from the computed share rounded half up to the same decimals. */
  readonly stated_percent_differs: {
    readonly table: string | null;
    readonly differences: readonly {
      readonly number: string;
      readonly name: string;
      readonly stated: string;
      readonly computed: string;
    }[];
  };
  /** The body could decide (vedtaksfør). */
  readonly quorum_met: QuorumValues;
  /** The body could not decide (ikke vedtaksfør). */
  readonly quorum_not_met: QuorumValues;
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
  readonly tie_lot: { readonly votes: number };
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
  /** The rule applied follows a reading of the agreement that can be changed. */
  readonly reading_applied: {
    readonly note: string;
    readonly reading: string;
    readonly chosen: boolean;
  };
  /** Board composition by region (an agreement's own board rule, e.g. a kommunedirektør per region). */
  readonly board_region_without_member: { readonly region: string };
  readonly board_region_several_members: {
    readonly region: string;
    readonly members: readonly string[];
  };
  readonly board_member_outside_region: { readonly region: string; readonly member: string };
  readonly board_deputy_missing: { readonly region: string; readonly single: boolean };
  readonly board_deputy_outside_region: { readonly region: string; readonly deputy: string };
  readonly board_deputy_is_member: { readonly region: string; readonly deputy: string };
  readonly board_unknown_region: { readonly region: string };
  readonly board_party_without_region: { readonly parties: readonly string[] };
  readonly board_leader_not_member: {
    readonly role: 'leader' | 'deputy-leader';
    readonly number: string;
  };
  readonly board_leaders_same_region: { readonly region: string };
  /** The leaders' term is not the number of years the agreement sets (`years`): it should end on `expected`. */
  readonly board_term_length: {
    readonly from: string;
    readonly to: string;
    readonly expected: string;
    readonly years: number;
  };
  readonly board_valid: {
    readonly regions: number;
    /** Regions of one municipality, which have nobody left to be the deputy. */
    readonly withoutDeputy: readonly string[];
  };
  readonly board_not_a_member: {
    readonly role: 'member' | 'deputy' | 'leader' | 'deputy-leader';
    readonly number: string;
    readonly date: string;
  };
  readonly board_regions_invalid: { readonly problems: readonly string[] };
  readonly board_leader_missing: { readonly role: 'leader' | 'deputy-leader' };
  readonly board_leader_is_deputy_leader: { readonly number: string };
  /** Lifecycle (withdrawal, admission, adoption, validity, breach, settlement, deflator). */
  readonly withdrawal_effective: {
    readonly noticeSentOn: string;
    readonly months: number;
    readonly effectiveDate: string;
    readonly lastFinancedDate: string;
  };
  readonly share_redistributed: { readonly party: string; readonly remaining: number };
  /**
   * The agreement prints the shares in a table; after the change they follow
   * its rule (and, for an admission, a decision of `decidedBy`), not the table.
   */
  readonly shares_stated_in_table: {
    readonly table: string | null;
    readonly change: 'withdrawal' | 'admission';
    readonly decidedBy: string | null;
    readonly note: string | null;
  };
  readonly extra_costs_charged: { readonly party: string; readonly amount: string };
  /** One admission condition (its text, completing "the municipality …"): met, not met or not given. */
  readonly admission_condition: {
    readonly candidate: string;
    readonly condition: string;
    readonly status: 'met' | 'not-met' | 'unknown';
  };
  /** Every admission condition was given and is met. */
  readonly admission_eligible: { readonly candidate: string };
  readonly admission_not_eligible: {
    readonly candidate: string;
    readonly missing: readonly string[];
  };
  /** No condition is given as not met, but some are not given. */
  readonly admission_eligibility_unknown: {
    readonly candidate: string;
    readonly unknown: readonly string[];
  };
  /** Whether existing parties may oppose the candidate, by the protecting conditions. */
  readonly admission_protection: {
    readonly candidate: string;
    readonly status: 'yes' | 'no' | 'unknown';
    readonly conditions: readonly string[];
  };
  /** The body that decides an admission and its decision rule (as data; each language words it). */
  readonly admission_vote: { readonly organ: string; readonly rule: DecisionRule };
  readonly admission_share: {
    readonly candidate: string;
    readonly population: number;
    readonly referenceDate: string | null;
    readonly effectiveDate: string;
  };
  /** Every party adopted the text: by its council when `councilsMustAdopt`, else by its consent. */
  readonly adoption_complete: {
    readonly councils: number;
    readonly fingerprint: string;
    readonly councilsMustAdopt: boolean;
  };
  /** Every listed party adopted the text, but the agreement does not list all its parties. */
  readonly adoption_parties_unknown: {
    readonly known: number;
    readonly note: string;
    readonly councilsMustAdopt: boolean;
  };
  readonly adoption_missing: {
    readonly missing: readonly string[];
    readonly councilsMustAdopt: boolean;
  };
  readonly adoption_different_text: {
    readonly councils: readonly string[];
    readonly fingerprint: string;
    readonly councilsMustAdopt: boolean;
  };
  readonly in_force: {
    readonly date: string;
    readonly validFrom: string;
    readonly validUntil: string | null;
  };
  readonly not_in_force: {
    readonly date: string;
    readonly validFrom: string;
    readonly validUntil: string | null;
  };
  readonly breach_complaint_open: { readonly awareOn: string; readonly deadline: string };
  readonly breach_complaint_in_time: {
    readonly awareOn: string;
    readonly deadline: string;
    readonly complainedOn: string;
  };
  readonly breach_complaint_late: {
    readonly awareOn: string;
    readonly deadline: string;
    readonly complainedOn: string | null;
    readonly claimKept: boolean;
  };
  readonly termination_needs_all_others: { readonly party: string; readonly others: number };
  readonly deadline_due: { readonly due: string; readonly who: string; readonly duty: Duty };
  readonly settlement_by_days: {
    readonly year: number;
    readonly days: number;
    readonly periods: number;
  };
  readonly settlement_no_members: { readonly days: number };
  readonly deflator_applied: {
    readonly fromYear: number;
    readonly toYear: number;
    readonly factor: string;
    /** Each year's deflator, its status and where it was published (worded per language). */
    readonly years: readonly {
      readonly year: number;
      readonly percent: string;
      readonly status: 'estimate' | 'revised-estimate' | 'outturn-derived' | 'final';
      readonly published: string;
    }[];
  };
  /** The document the agreement names for its price adjustment is not among the sources. */
  readonly deflator_method_not_in_sources: {
    readonly document: string;
    readonly note: string | null;
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
  /** Consistency findings of `check`. */
  readonly stated_sum_not_100: {
    /** What does not sum: the percentages printed in a table, or the shares a key states. */
    readonly of: 'table-percents' | 'stated-shares';
    /** The table's name (`null`: it has none, or `of` is `'stated-shares'`). */
    readonly table: string | null;
    /** A dot-decimal number or a fraction ("100.01", "3/4"), without the unit. */
    readonly sum: string;
    readonly expected: string;
    readonly unit: 'percent' | 'fraction';
  };
  /** Parties missing from the agreement's table (`table`: its name; `null`: it has none). */
  readonly party_not_in_table: {
    readonly table: string | null;
    readonly parties: readonly string[];
  };
  readonly clause_parties_differ: {
    readonly clause: string;
    readonly notParties: readonly string[];
    readonly notInClause: readonly string[];
  };
  readonly organ_without_rule: { readonly organ: string };
  readonly organ_without_seats: { readonly organ: string };
  readonly statutory_item_missing: {
    readonly form: string;
    /** What the agreement is expected to state, by id (each language words it). */
    readonly item: StatutoryItemId;
    readonly source: string;
  };
  readonly statutory_checklist: {
    readonly form: string;
    readonly items: number;
    readonly source: string;
  };
  /** `inferred`: no clause of the agreement states the form; the encoding infers it. */
  readonly outside_statutory_forms: { readonly form: string; readonly inferred: boolean };
  readonly interpretation_open: { readonly note: string; readonly question: string };
  /** The amount split by the key, floored to whole øre, leftover øre by largest remainder. */
  readonly split_largest_remainder: {
    readonly amount: string;
    readonly parties: number;
    readonly leftoverOre: number;
    /**
     * What the parts follow: ownership shares (eierandeler, where the agreement
     * states ownership), the cost key (kostnadsandeler), or days of membership
     * and the key on each day (a year's settlement).
     */
    readonly by: 'ownership' | 'cost-key' | 'days';
  };
}

/**
 * A dated duty (plikt) as data: as the agreement's calendar states it (its own
 * words, `what`), or one the rules derive from a withdrawal (the last day the
 * party finances, the day its withdrawal takes effect). Each language words it.
 *
 * @example
 * const duty: Duty = { kind: 'withdrawal-effective' };
 */
export type Duty =
  | { readonly kind: 'stated'; readonly what: string }
  | { readonly kind: 'last-financed-day' }
  | { readonly kind: 'withdrawal-effective' };

/**
 * What a statutory form's agreement is expected to state (a checklist item
 * of `check`), by id: e.g. `'office-municipality'` (kontorkommune).
 *
 * @example
 * const item: StatutoryItemId = 'borrowing';
 */
export type StatutoryItemId =
  | 'name'
  | 'participants'
  | 'office-municipality'
  | 'tasks-and-authority'
  | 'council-members-per-participant'
  | 'contributions'
  | 'shares-stated'
  | 'borrowing'
  | 'council'
  | 'host-municipality'
  | 'delegated-tasks'
  | 'financial-settlement'
  | 'withdrawal-and-termination';

/**
 * The numbers behind a quorum reason.
 *
 * @example
 * const values: QuorumValues = { rule: 'fraction-present', seats: 34, present: 16, required: 17, deputies: 0, missing: [] };
 */
export interface QuorumValues {
  readonly rule: 'fraction-present' | 'all-seats' | 'none';
  readonly seats: number;
  readonly present: number;
  readonly required: number;
  /** Seats attended by a deputy, counted for their member. */
  readonly deputies: number;
  readonly missing: readonly string[];
}

/**
 * Votes counted.
 *
 * @example
 * const votes: CountValues = { for: 9, against: 8, abstain: 0 };
 */
export interface CountValues {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  /** Seats that voted against and are counted as for under the reading applied (included in `for`). */
  readonly countedAsFor?: readonly string[];
}

/**
 * The numbers behind a qualified-majority reason.
 *
 * @example
 * const values: QualifiedValues = { for: 20, base: 30, required: 20, numerator: 2, denominator: 3, of: 'votes-cast' };
 */
export interface QualifiedValues {
  readonly for: number;
  readonly base: number;
  readonly required: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly of: 'votes-cast' | 'all-seats';
  /** Seats that voted against and are counted as for under the reading applied (included in `for`). */
  readonly countedAsFor?: readonly string[];
}

/**
 * A stable reason code, e.g. `'cost_key_population'`.
 *
 * @example
 * const code: ReasonCode = 'percent_largest_remainder';
 */
export type ReasonCode = keyof ReasonValues;

/**
 * Why an outcome is what it is (begrunnelse): a stable code, the numbers
 * behind it and the clause of the agreement it rests on. It carries no
 * words: `explain(reason, 'nb')` (or `'en'`) makes the sentence when asked.
 *
 * @example
 * const [first] = ownershipShares(helseplattformen).reasons;
 * first?.clause; //=> '§1.3'
 * first?.values; //=> { date: '2025-01-01', count: 34 }
 */
export type Reason = { [C in ReasonCode]: ReasonOf<C> }[ReasonCode];

/**
 * A {@link Reason} of one code.
 *
 * @example
 * const halfUp = ownershipShares(helseplattformen).reasons.find(
 *   (r): r is ReasonOf<'percent_half_up'> => r.code === 'percent_half_up',
 * );
 * halfUp?.values.sum; //=> '100.01'
 */
export interface ReasonOf<C extends ReasonCode> {
  readonly code: C;
  /** The agreement the clause belongs to, e.g. `'helseplattformen'`. */
  readonly agreement: string;
  /** The clause, as the agreement writes it, e.g. `'§9'`. */
  readonly clause: string;
  readonly values: ReasonValues[C];
}

/**
 * Builds a reason: code, agreement, clause and values, no words (internal to
 * the rules).
 *
 * @internal
 */
export function reason<C extends ReasonCode>(
  agreement: string,
  clause: string,
  code: C,
  values: ReasonValues[C],
): ReasonOf<C> {
  return { code, agreement, clause, values };
}

/**
 * A reason builder bound to one agreement, as {@link citing} makes it.
 *
 * @example
 * const cite: Cite = citing('helseplattformen');
 */
export type Cite = <C extends ReasonCode>(
  clause: string,
  code: C,
  values: ReasonValues[C],
) => Reason;

/**
 * Binds the reason builder to an agreement id, for calling the rule building
 * blocks ({@link checkQuorum}, {@link applyDecisionRule}) directly.
 *
 * @example
 * const cite = citing('helseplattformen');
 * cite('§5', 'tie_rejected', { votes: 3 });
 * //=> { code: 'tie_rejected', agreement: 'helseplattformen', clause: '§5', values: { votes: 3 } }
 */
export function citing(agreement: string): Cite {
  return (clause, code, values) => reason(agreement, clause, code, values) as Reason;
}
