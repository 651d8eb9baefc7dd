/**
 * kommunesamarbeid: agreement-as-code for Norwegian inter-municipal
 * cooperation (interkommunalt samarbeid).
 *
 * @packageDocumentation
 */

// The encoded agreements
export { helseplattformen } from './agreements/helseplattformen/index.js';
export { type ApportionPart, type ApportionWeight, apportion } from './finance/apportion.js';
export { costKeyOn } from './finance/cost-key-on.js';
// Money and shares
export { type AmountInput, formatAmount, parseAmount } from './finance/money.js';
export {
  type OwnershipShares,
  type OwnershipSharesOptions,
  ownershipShares,
  type PartyShare,
} from './finance/ownership-shares.js';
export {
  type CostPart,
  type CostSplit,
  type SplitCostOptions,
  splitCost,
} from './finance/split-cost.js';
// The model: schemas, types, parsing, errors
export { type Agreement, AgreementSchema } from './model/agreement.js';
export { type Clause, ClauseRefSchema, ClauseSchema } from './model/clause.js';
export { type CostKey, CostKeySchema, PopulationCostKeySchema } from './model/cost-key.js';
export { AgreementInputError, formatPath, type InputProblem } from './model/errors.js';
export { type InterpretationNote, InterpretationNoteSchema } from './model/interpretation.js';
export { type IsoDate, IsoDateSchema } from './model/iso-date.js';
export { LEGAL_FORMS, type LegalForm } from './model/legal-form.js';
export { type Municipality, MunicipalitySchema } from './model/municipality.js';
export {
  type ParseAgreementResult,
  parseAgreement,
  safeParseAgreement,
} from './model/parse-agreement.js';
export { type Party, PartySchema } from './model/party.js';
// Rules and explanations
export { isMemberOn, membersOn } from './rules/membership.js';
export type { Messages, Reason, ReasonCode, ReasonOf, ReasonValues } from './rules/reason.js';
