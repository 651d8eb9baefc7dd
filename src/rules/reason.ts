import { messagesEn } from './messages-en.js';
import { messagesNb } from './messages-nb.js';

/**
 * The numbers behind each kind of reason, by its stable code. Tests and
 * programs read these; the sentences are made from them.
 *
 * @example
 * const values: ReasonValues['cost_key_population'] = {
 *   referenceDate: '2024-01-01', totalPopulation: 535512, parties: 34, table: 'Tabell 9.1',
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
  };
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
  /** The amount split by the key, floored to whole øre, leftover øre by largest remainder. */
  readonly split_largest_remainder: {
    readonly amount: string;
    readonly parties: number;
    readonly leftoverOre: number;
  };
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
 * behind it, the clause of the agreement it rests on, and the sentence in
 * Norwegian bokmål (`text.nb`) and English (`text.en`).
 *
 * @example
 * const [first] = ownershipShares(helseplattformen).reasons;
 * first?.clause; //=> '§1.3'
 * first?.text.nb; //=> '34 kommuner er deltakere per 1. januar 2025.'
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
  readonly text: { readonly nb: string; readonly en: string };
}

/**
 * Sentences for each reason code, one table per language.
 *
 * @example
 * const messages: Messages = messagesNb;
 */
export type Messages = { readonly [C in ReasonCode]: (values: ReasonValues[C]) => string };

/** Builds a reason with its sentences (internal to the rules). */
export function reason<C extends ReasonCode>(
  agreement: string,
  clause: string,
  code: C,
  values: ReasonValues[C],
): ReasonOf<C> {
  const nb = messagesNb[code] as (v: ReasonValues[C]) => string;
  const en = messagesEn[code] as (v: ReasonValues[C]) => string;
  return { code, agreement, clause, values, text: { nb: nb(values), en: en(values) } };
}
