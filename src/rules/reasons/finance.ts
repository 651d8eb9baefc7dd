/**
 * The date of the population figures a key read, where the reason must say
 * more than the agreement's reference date: the key names its date
 * (`rule`: 1 January of the budget year, of the year before, or a fixed
 * date), or the only figures are of a date after the `day` split.
 *
 * @example
 * const at: PopulationDateValues = { date: '2026-01-01', rule: 'budget-year', day: '2026-06-01' };
 */
export interface PopulationDateValues {
  readonly date: string | null;
  readonly rule: 'reference-date' | 'budget-year' | 'year-before' | 'fixed';
  /** The day split. */
  readonly day: string;
}

/**
 * The numbers behind the reasons of shares and cost splits: the parties on
 * the date, the cost key (fordelingsnøkkel) and service area, rounding, the
 * tables the agreement prints, the interpretation reading applied, and a
 * year's settlement by days.
 *
 * @example
 * const values: FinanceReasonValues['percent_largest_remainder'] = { sum: '100.00' };
 */
export interface FinanceReasonValues {
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
    /** The date of the population figures, where it is not simply the agreement's reference date. */
    readonly populationDate?: PopulationDateValues;
  };
  readonly cost_key_fixed_and_population: {
    readonly fixedPercent: string;
    readonly populationPercent: string;
    readonly parties: number;
    readonly totalPopulation: number;
    readonly source: string | null;
    /** The date of the population figures, where it is not simply the agreement's reference date. */
    readonly populationDate?: PopulationDateValues;
  };
  readonly cost_key_per_inhabitant: {
    readonly rate: string;
    readonly totalPopulation: number;
    readonly parties: number;
    readonly source: string | null;
    /** The last day the rate applies, when its source limits it. */
    readonly validUntil: string | null;
    /** The date of the population figures, where it is not simply the agreement's reference date. */
    readonly populationDate?: PopulationDateValues;
  };
  readonly cost_key_stated_shares: {
    readonly parties: number;
    readonly source: string | null;
    /** The agreement says to scale the members' stated shares to the whole, and they were. */
    readonly scaled: boolean;
  };
  /** A key made of parts, each split on its own basis; the amount is apportioned once over all parts. */
  readonly cost_key_parts: {
    readonly parts: number;
    readonly parties: number;
    readonly source: string | null;
  };
  /** One part of a key made of parts: its share, its basis and the figures it used. */
  readonly cost_key_part: {
    /** The part of the cost, a percentage ("40") or a fraction ("2/5"). */
    readonly share: string;
    readonly basis: 'equal' | 'population' | 'stated-shares' | 'measured';
    /** The measure's id, for a measured part. */
    readonly measure: string | null;
    /** The measure's name, e.g. "Levert vann", for a measured part. */
    readonly name: string | null;
    readonly unit: string | null;
    /** The period the quantities were measured over, when given. */
    readonly period: { readonly from: string; readonly to: string } | null;
    readonly parties: number;
    /** The total population or measured quantity the part is split by (null for equal and stated shares). */
    readonly total: string | null;
    /** Each participant's stated share or measured quantity (null for equal and population). */
    readonly figures: readonly { readonly number: string; readonly value: string }[] | null;
    /** The date of the population figures, where it is not simply the agreement's reference date. */
    readonly populationDate?: PopulationDateValues;
  };
  /** A rate per inhabitant sets the amount: the rate times the participants' population. */
  readonly rate_sets_amount: {
    readonly rate: string;
    readonly totalPopulation: number;
    readonly amount: string;
  };
  /**
   * A rate per inhabitant sets a year's settlement: for each period, the rate
   * × the members' population × its days ÷ the days settled (`days`, the
   * days of all the periods); each party's amount rounded half up to whole
   * øre, and `amount` their sum.
   */
  readonly rate_sets_settlement: {
    readonly amount: string;
    readonly days: number;
    readonly periods: readonly {
      readonly from: string;
      readonly to: string;
      readonly days: number;
      readonly rate: string;
      readonly population: number;
    }[];
  };
  /** Parties held at their floor or cap; the rest split among the others by the key. */
  readonly cost_key_limits: {
    readonly limited: readonly {
      readonly number: string;
      readonly bound: 'floor' | 'cap';
      readonly amount: string;
    }[];
    /** The amount split by the key among the parties not held at a bound. */
    readonly rest: string;
  };
  /** The costs of a pool (e.g. investments) are split by that pool's key. */
  readonly cost_pool: {
    readonly pool: string;
    readonly name: string;
    /** Whether the pool has a key of its own; otherwise the key of no pool applies. */
    readonly ownKey: boolean;
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
  readonly settlement_by_days: {
    readonly year: number;
    readonly days: number;
    readonly periods: number;
  };
  readonly settlement_no_members: { readonly days: number };
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
  /** The rule applied follows a reading of the agreement that can be changed. */
  readonly reading_applied: {
    readonly note: string;
    readonly reading: string;
    readonly chosen: boolean;
  };
  /** The agreement states ownership shares (eierandeler) apart from its cost key; the shares shown are those. */
  readonly ownership_stated: { readonly parties: number };
  /**
   * Each party's liability share (ansvarsandel) is its ownership share: the
   * statute (`law`, e.g. "IKS-loven § 3") says so unless the agreement says
   * otherwise; `verified` as LEGAL.md marks it.
   */
  readonly liability_is_ownership: {
    readonly law: string;
    readonly verified: boolean;
    readonly basis: 'stated-ownership' | 'cost-key';
  };
}
