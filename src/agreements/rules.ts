import type { AnyAgreementRule } from '../model/extension.js';
import { helseplattformenBoard } from './helseplattformen/board.js';

/**
 * The built-in agreements' own rules ({@link index!AgreementRule}), each naming
 * its agreement: the handbook's traceability reads the clauses they declare.
 * An agreement folder that adds a rule lists it here.
 *
 * @example
 * builtInRules.map((r) => [r.agreement, r.id]); //=> [['helseplattformen', 'validateHelseplattformenBoard']]
 */
export const builtInRules: readonly AnyAgreementRule[] = [helseplattformenBoard];
