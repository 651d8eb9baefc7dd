/**
 * The numbers behind the consistency findings of `check`: sums, tables,
 * clauses, bodies, the statutory checklist (kommuneloven), open
 * interpretation questions; and behind `verifyInvoice`'s comparison of an
 * invoice with the split.
 *
 * @example
 * const values: AnalysisReasonValues['organ_without_rule'] = { organ: 'styret' };
 */
export interface AnalysisReasonValues {
  readonly stated_sum_not_100: {
    /** What does not sum: the percentages printed in a table, or the shares a key states. */
    readonly of: 'table-percents' | 'stated-shares';
    /** The table's name (`null`: it has none, or `of` is `'stated-shares'`). */
    readonly table: string | null;
    /** A dot-decimal number or a fraction ("100.01", "3/4"), without the unit. */
    readonly sum: string;
    readonly expected: string;
    readonly unit: 'percent' | 'fraction';
    /** The index (from 0) of the key's part whose stated shares these are; absent for a whole key or a table. */
    readonly part?: number;
  };
  /**
   * Parties missing from the agreement's table (`table`: its name; `null`: it
   * has none), or from the shares a part of a key states (`part`: its index,
   * from 0).
   */
  readonly party_not_in_table: {
    readonly table: string | null;
    readonly parties: readonly string[];
    readonly part?: number;
  };
  /**
   * A part of a key (`part`: its index, from 0) is split by a measured
   * quantity: a split needs each participant's quantities of the measure,
   * given with the call (the CLI's `split --quantities`).
   */
  readonly quantities_needed: {
    readonly measure: string;
    readonly name: string;
    readonly unit: string;
    readonly part: number;
  };
  readonly clause_parties_differ: {
    readonly clause: string;
    readonly notParties: readonly string[];
    readonly notInClause: readonly string[];
  };
  readonly organ_without_rule: { readonly organ: string };
  readonly organ_without_seats: { readonly organ: string };
  /**
   * The settings a body leaves unstated (`settings`: its quorum, what a tie
   * does, deputies, abstention), each filled by the statute's rule: the
   * statutes (`source`), and whether LEGAL.md verifies all their wording.
   */
  readonly statutory_defaults_apply: {
    readonly organ: string;
    readonly settings: readonly ('quorum' | 'tie' | 'deputies' | 'abstention')[];
    readonly source: string;
    readonly verified: boolean;
  };
  readonly statutory_item_missing: {
    readonly form: string;
    /** What the agreement is expected to state, by id (each language words it). */
    readonly item: StatutoryItemId;
    readonly source: string;
    /**
     * Whether the item is verified against the statute; absent where the
     * whole checklist is unverified.
     */
    readonly verified?: boolean;
  };
  readonly statutory_checklist: {
    readonly form: string;
    readonly items: number;
    readonly source: string;
    /** How many of the items are verified against the statute; absent when none is. */
    readonly verifiedItems?: number;
  };
  /**
   * A form of kommuneloven 1992, and the forms of the law of 2018 that took
   * its place (`verified`: whether the source verifies that).
   */
  readonly form_of_repealed_law: {
    readonly form: string;
    readonly replacedBy: readonly string[];
    readonly source: string;
    readonly verified: boolean;
  };
  /** A notice period for withdrawal longer than the statute allows the agreement to require. */
  readonly notice_longer_than_statute: {
    readonly form: string;
    readonly months: number;
    readonly statutoryMonths: number;
    readonly source: string;
    readonly verified: boolean;
  };
  /** `inferred`: no clause of the agreement states the form; the encoding infers it. */
  readonly outside_statutory_forms: { readonly form: string; readonly inferred: boolean };
  /** A text still marked to be filled in (`mark`, e.g. "FYLL INN"), by its path in the file. */
  readonly fill_in_left: { readonly path: string; readonly mark: string };
  readonly interpretation_open: { readonly note: string; readonly question: string };
  /** No amount was given: the invoice's sum (`lines` lines) is the amount split (verifyInvoice). */
  readonly invoice_sum_as_amount: { readonly amount: string; readonly lines: number };
  /** The invoice's lines sum to `invoicedSum`, not to the amount split; `difference` = invoicedSum − amount. */
  readonly invoice_sum_differs: {
    readonly amount: string;
    readonly invoicedSum: string;
    readonly difference: string;
  };
  /** A party invoiced another amount than the split gives it; `difference` = invoiced − expected. */
  readonly invoice_deviates: {
    readonly number: string;
    readonly name: string;
    readonly expected: string;
    readonly invoiced: string;
    readonly difference: string;
  };
  /** A party the split gives an amount above zero, with no line on the invoice. */
  readonly invoice_party_missing: {
    readonly number: string;
    readonly name: string;
    readonly expected: string;
  };
  /** A line for a kommunenummer that is not among the parties of the split. */
  readonly invoice_party_extra: { readonly number: string; readonly invoiced: string };
  /** Every party's line is the amount the split gives it (`parties`: how many parties; `amount`: the sum). */
  readonly invoice_matches: { readonly parties: number; readonly amount: string };
}

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
  | 'withdrawal-and-termination'
  | 'adopted-by-council'
  | 'head-office'
  | 'purpose';
