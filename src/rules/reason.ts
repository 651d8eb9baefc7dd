import { AgreementInputError } from '../model/errors.js';
import type { AnalysisReasonValues } from './reasons/analysis.js';
import type { BoardReasonValues } from './reasons/board.js';
import type { DeflatorReasonValues } from './reasons/deflator.js';
import type { FinanceReasonValues } from './reasons/finance.js';
import type { GovernanceReasonValues } from './reasons/governance.js';
import type { LifecycleReasonValues } from './reasons/lifecycle.js';

export type { AnalysisReasonValues, StatutoryItemId } from './reasons/analysis.js';
export type { BoardReasonValues } from './reasons/board.js';
export type { DeflatorReasonValues } from './reasons/deflator.js';
export type { FinanceReasonValues, PopulationDateValues } from './reasons/finance.js';
export type { GovernanceReasonValues } from './reasons/governance.js';
export type { Duty, LifecycleReasonValues } from './reasons/lifecycle.js';
export type {
  CountValues,
  QualifiedValues,
  QuorumValues,
  WeightedValues,
  WeightQuorumValues,
} from './reasons/votes.js';

/**
 * The numbers behind each kind of reason, by its stable code. Tests and
 * programs read these; the sentences are made from them. Each domain keeps
 * its codes in its own interface in src/rules/reasons/, which this one
 * extends: a feature adds its codes there.
 *
 * @example
 * const values: ReasonValues['cost_key_population'] = {
 *   referenceDate: '2024-01-01', totalPopulation: 535512, parties: 34, table: 'Tabell 9.1', source: null,
 * };
 */
export interface ReasonValues
  extends FinanceReasonValues,
    GovernanceReasonValues,
    BoardReasonValues,
    LifecycleReasonValues,
    DeflatorReasonValues,
    AnalysisReasonValues {}

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
  if (typeof agreement !== 'string') {
    throw new AgreementInputError(
      [{ path: 'agreement', code: 'invalid_type', message: "must be the agreement's id as text" }],
      'Cannot cite',
    );
  }
  return (clause, code, values) => reason(agreement, clause, code, values) as Reason;
}
