import type { DecisionRule } from '../../model/organ.js';

/**
 * The numbers behind the reasons of an agreement over time: withdrawal
 * (uttreden), admission (opptak), adoption, validity, breach and deadlines.
 *
 * @example
 * const values: LifecycleReasonValues['admission_eligible'] = { candidate: '5001' };
 */
export interface LifecycleReasonValues {
  readonly withdrawal_effective: {
    readonly noticeSentOn: string;
    readonly months: number;
    readonly effectiveDate: string;
    readonly lastFinancedDate: string;
  };
  /** The notice period, counted from the day the notice was sent or received, and the day it runs out. */
  readonly withdrawal_notice_period: {
    readonly countedFrom: 'sent' | 'received';
    readonly noticeDate: string;
    readonly period: number;
    readonly unit: 'months' | 'years';
    readonly periodEnd: string;
  };
  /** The minimum membership from joining, and whether it puts the withdrawal later than the notice period. */
  readonly withdrawal_minimum_membership: {
    readonly joined: string;
    readonly period: number;
    readonly unit: 'months' | 'years';
    readonly earliest: string;
    readonly applies: boolean;
  };
  /** The withdrawal takes effect at a turn of the year after the period (`from`). */
  readonly withdrawal_takes_effect: {
    readonly takesEffect: 'next-1-january' | 'end-of-calendar-year';
    readonly from: string;
    readonly effectiveDate: string;
  };
  /**
   * A statutory right to withdraw with `months` of written notice whatever
   * the agreement says; `applies` when it gives an earlier date than the
   * agreement; `verified` false where LEGAL.md marks the statute unverified.
   */
  readonly withdrawal_statute: {
    readonly statute: string;
    readonly law: string;
    readonly section: string;
    readonly months: number;
    readonly verified: boolean;
    readonly agreementDate: string;
    readonly statutoryDate: string;
    readonly applies: boolean;
  };
  /** The day the withdrawal takes effect, after every rule on timing. */
  readonly withdrawal_effective_date: {
    readonly effectiveDate: string;
    readonly lastFinancedDate: string;
  };
  /**
   * The leaver's share goes to the others: by the population of those who
   * remain (a key by population), by the cost key worked out for them, or by
   * the ownership the agreement states.
   */
  /**
   * The agreement states ownership shares, and those of the members who
   * remain no longer make up the whole (`sum`): they must be stated anew.
   */
  readonly ownership_restatement_needed: {
    readonly party: string;
    readonly remaining: number;
    readonly sum: string;
  };
  readonly share_redistributed: {
    readonly party: string;
    readonly remaining: number;
    readonly basis: 'population' | 'cost-key' | 'stated-ownership';
  };
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
  /** The shares from the admission are the new table the admitting body decided, given with the admission. */
  readonly admission_share_stated_table: {
    readonly candidate: string;
    readonly decidedBy: string;
    readonly effectiveDate: string;
    readonly parties: number;
  };
  /**
   * Under a key of stated shares, the new party's share is its population of
   * the whole (`population` of `totalPopulation`); the others' stated shares
   * are scaled to the rest.
   */
  readonly admission_share_by_population: {
    readonly candidate: string;
    readonly population: number;
    readonly totalPopulation: number;
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
