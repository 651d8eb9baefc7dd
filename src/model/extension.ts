import type { Agreement } from './agreement.js';

/**
 * An agreement's own rule: a check or computation that only one agreement
 * needs, kept in that agreement's folder (`src/agreements/<id>/`) instead of
 * the engine. This is the one extension point for agreement-specific code:
 * the engine knows no agreement, and such a rule reads everything it
 * depends on (clauses, terms, bodies) from the agreement's data. The
 * handbook's traceability lists the rule beside the clauses it declares.
 *
 * @typeParam Input - what the caller gives the rule besides the agreement.
 * @typeParam Output - what the rule returns (e.g. findings with reasons).
 * @example
 * const boardRule: AgreementRule<Board, Finding[]> = {
 *   id: 'validateMyBoard',
 *   agreement: 'my-agreement',
 *   clauses: (agreement) => agreement.organs?.filter((o) => o.id === 'styre').map((o) => o.clause) ?? [],
 *   run: (agreement, board) => [],
 * };
 * boardRule.clauses(helseplattformen); //=> ['§6']
 */
export interface AgreementRule<Input, Output> {
  /** The name the rule's function is exported under, listed in the handbook beside its clauses. */
  readonly id: string;
  /** The id of the agreement the rule belongs to. */
  readonly agreement: string;
  /** The clauses the rule computes, read from the agreement's data (never written in the rule's code). */
  clauses(agreement: Agreement): readonly string[];
  /** Runs the rule; bad input throws one `AgreementInputError` listing every problem. */
  run(agreement: Agreement, input: Input): Output;
}

/**
 * Any {@link AgreementRule}, whatever its input and output: what a list of
 * an agreement's rules holds.
 *
 * @example
 * const rules: readonly AnyAgreementRule[] = [helseplattformenBoard];
 */
export type AnyAgreementRule = AgreementRule<never, unknown>;
