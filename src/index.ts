/**
 * kommunesamarbeid: agreement-as-code for Norwegian inter-municipal
 * cooperation (interkommunalt samarbeid).
 *
 * @packageDocumentation
 */

// The encoded agreements
export { digitrondelag } from './agreements/digitrondelag/index.js';
export {
  type Board,
  helseplattformenBoard,
  validateHelseplattformenBoard,
} from './agreements/helseplattformen/board.js';
export { helseplattformen } from './agreements/helseplattformen/index.js';
export { khsVestreViken } from './agreements/khs-vestre-viken/index.js';
export { rorosOsHoltalen } from './agreements/roros-os-holtalen/index.js';
// Documentation: handbooks and traceability
export { type HandbookOptions, handbook } from './docs/handbook.js';
export {
  type ClauseTrace,
  clauseCoverage,
  ruleClauses,
  titleCites,
  traceClauses,
  traceProblems,
} from './docs/traceability.js';
export { type ApportionPart, type ApportionWeight, apportion } from './finance/apportion.js';
export { costKeyOn } from './finance/cost-key-on.js';
// Lifecycle: withdrawal, admission, adoption, validity, breach, deadlines, settlement
export {
  adjustForDeflator,
  type DeflatorAdjustment,
  type DeflatorValue,
  MUNICIPAL_DEFLATOR,
} from './finance/deflator.js';
// Money and shares
export { type AmountInput, formatAmount, parseAmount } from './finance/money.js';
export {
  type OwnershipShares,
  type OwnershipSharesOptions,
  ownershipShares,
  type PartyShare,
  type SharesAlternative,
} from './finance/ownership-shares.js';
export {
  type Settlement,
  type SettlementAlternative,
  type SettlementLine,
  type SettleOptions,
  settle,
} from './finance/settle.js';
export {
  type CostPart,
  type CostSplit,
  type CostSplitAlternative,
  type SplitCostOptions,
  splitCost,
} from './finance/split-cost.js';
export { type WhatIf, type WhatIfLine, whatIf } from './finance/what-if.js';
// Governance
export { decide } from './governance/decide/index.js';
export type {
  CouncilsMustAdopt,
  DecideOptions,
  Decision,
  DecisionAlternative,
} from './governance/decide/types.js';
export type { Finding } from './governance/finding.js';
export {
  checkHostAssignment,
  type HostRoles,
  hostRoles,
  mergerConsequence,
} from './governance/host-roles.js';
export type { DeepReadonly } from './internal/deep-readonly.js';
export {
  type Admission,
  type AdmissionCondition,
  type AdmitOptions,
  admit,
} from './lifecycle/admit.js';
export {
  type AdoptionOptions,
  type AdoptionStatus,
  adoptionStatus,
  type CouncilDecision,
  textFingerprint,
} from './lifecycle/adoption.js';
export { type AppliedEvents, applyEvents } from './lifecycle/apply-events.js';
export {
  type BreachComplaint,
  type BreachComplaintOptions,
  breachComplaint,
  terminationRequirement,
} from './lifecycle/breach.js';
export { type Deadline, deadlines } from './lifecycle/deadlines.js';
export { type InForce, isInForce } from './lifecycle/in-force.js';
export { type Withdrawal, type WithdrawOptions, withdraw } from './lifecycle/withdraw.js';
export { type WithdrawalDates, withdrawalEffectiveDate } from './lifecycle/withdrawal-date.js';
// The model: schemas, types, parsing, errors
export { type Agreement, AgreementSchema } from './model/agreement.js';
export { type CheckReport, check } from './model/check.js';
export { type Clause, ClauseRefSchema, ClauseSchema } from './model/clause.js';
export {
  type CostKey,
  CostKeySchema,
  FixedAndPopulationCostKeySchema,
  PerInhabitantCostKeySchema,
  PopulationCostKeySchema,
  StatedSharesCostKeySchema,
} from './model/cost-key.js';
export { AgreementInputError, formatPath, type InputProblem } from './model/errors.js';
export { type MembershipEvent, MembershipEventSchema, parseEvents } from './model/events.js';
export type { AgreementRule, AnyAgreementRule } from './model/extension.js';
export { type InterpretationNote, InterpretationNoteSchema } from './model/interpretation.js';
export { type IsoDate, IsoDateSchema } from './model/iso-date.js';
export { LEGAL_FORMS, type LegalForm } from './model/legal-form.js';
export { type Lifecycle, LifecycleSchema } from './model/lifecycle.js';
export { type Meeting, MeetingSchema, parseMeeting } from './model/meeting.js';
export {
  KommunenummerSchema,
  type Municipality,
  MunicipalitySchema,
} from './model/municipality.js';
export {
  type DecisionRule,
  DecisionRuleSchema,
  type Matter,
  MatterSchema,
  type Organ,
  OrganSchema,
  type QuorumRule,
  QuorumRuleSchema,
} from './model/organ.js';
export {
  type ParseAgreementResult,
  parseAgreement,
  safeParseAgreement,
} from './model/parse-agreement.js';
export { parseRegions } from './model/parse-regions.js';
export { type Party, PartySchema } from './model/party.js';
export {
  comparePopulationToParties,
  type PopulationTable,
  partiesWithPopulation,
  populationFromJsonStat,
} from './model/population-jsonstat.js';
export { type Region, RegionSchema } from './model/region.js';
export { type ServiceArea, ServiceAreaSchema } from './model/service-area.js';
export {
  applyDecisionRule,
  type ChairVote,
  type RuleOutcome,
} from './rules/decision-rules.js';
// Rules and explanations
export { isMemberOn, membersOn } from './rules/membership.js';
export { checkQuorum, type QuorumOutcome } from './rules/quorum.js';
export type {
  Duty,
  Reason,
  ReasonCode,
  ReasonOf,
  ReasonValues,
  StatutoryItemId,
} from './rules/reason.js';
export {
  type Cite,
  type CountValues,
  citing,
  type QualifiedValues,
  type QuorumValues,
} from './rules/reason.js';
export {
  type Attendance,
  type Tally,
  tally,
  type Vote,
  type VoteRecord,
} from './rules/vote-record.js';
// Words: the sentences of reasons, rules and duties, in the language asked
export {
  describeDuty,
  describeRule,
  explain,
  explainAll,
  type Lang,
  type Messages,
} from './words/explain.js';
