/**
 * kommunesamarbeid: agreement-as-code for Norwegian inter-municipal
 * cooperation (interkommunalt samarbeid). This entry is the engine; the
 * built-in agreements are in `kommunesamarbeid/agreements`, handbook and
 * traceability in `kommunesamarbeid/docs`, the SSB population reader in
 * `kommunesamarbeid/ssb` and the municipal deflator in
 * `kommunesamarbeid/deflator`, the sentences of reasons (bokmål, English) in
 * `kommunesamarbeid/words`, and the analyses of an agreement (`check`,
 * `whatIf`) in `kommunesamarbeid/analysis`.
 *
 * @packageDocumentation
 */

export { type ApportionPart, type ApportionWeight, apportion } from './finance/apportion.js';
export { costKeyOn } from './finance/cost-key-on.js';
export {
  type LiabilityShares,
  type LiabilitySharesOptions,
  liabilityShares,
} from './finance/liability-shares.js';
export {
  type OwnershipShares,
  type OwnershipSharesOptions,
  ownershipShares,
  type PartyShare,
  type SharesAlternative,
} from './finance/ownership-shares.js';
export type { MeasuredQuantities, Quantities } from './finance/quantities.js';
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
export { decide } from './governance/decide/index.js';
export type {
  CouncilsMustAdopt,
  DecideOptions,
  DecideOptionsFor,
  Decision,
  DecisionAlternative,
} from './governance/decide/types.js';
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
export {
  type BreachComplaint,
  type BreachComplaintOptions,
  breachComplaint,
  terminationRequirement,
} from './lifecycle/breach.js';
export { type Deadline, deadlines } from './lifecycle/deadlines.js';
export { type InForce, isInForce } from './lifecycle/in-force.js';
export { type Withdrawal, type WithdrawOptions, withdraw } from './lifecycle/withdraw.js';
export { type Agreement, AgreementSchema } from './model/agreement.js';
export type {
  AgreementWith,
  BodyIds,
  MatterIdOf,
  OrganIdOf,
  OrganWithIds,
} from './model/bodies.js';
export { type Clause, ClauseRefSchema, ClauseSchema } from './model/clause.js';
export {
  type CostKey,
  CostKeySchema,
  type CostPool,
  CostPoolSchema,
  FixedAndPopulationCostKeySchema,
  type Measure,
  MeasureSchema,
  PartBasisSchema,
  PartsCostKeySchema,
  PerInhabitantCostKeySchema,
  PopulationCostKeySchema,
  StatedSharesCostKeySchema,
} from './model/cost-key.js';
export { AgreementInputError, formatPath, type InputProblem } from './model/errors.js';
export { type MembershipEvent, MembershipEventSchema, parseEvents } from './model/events.js';
export type { AgreementRule, AnyAgreementRule } from './model/extension.js';
export { type InterpretationNote, InterpretationNoteSchema } from './model/interpretation.js';
export {
  type Invoice,
  type InvoiceLine,
  InvoiceLineSchema,
  InvoiceSchema,
  parseInvoice,
} from './model/invoice.js';
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
export { type Ownership, OwnershipSchema } from './model/ownership.js';
export {
  type ParseAgreementResult,
  parseAgreement,
  safeParseAgreement,
} from './model/parse-agreement.js';
export { parseRegions } from './model/parse-regions.js';
export { type Party, PartySchema } from './model/party.js';
export { type Region, RegionSchema } from './model/region.js';
export { type ServiceArea, ServiceAreaSchema } from './model/service-area.js';
export { type AppliedEvents, applyEvents } from './rules/apply-events.js';
export {
  applyDecisionRule,
  type ChairVote,
  type RuleOutcome,
} from './rules/decision-rules.js';
export type { Finding } from './rules/finding.js';
export { isMemberOn, membersOn } from './rules/membership.js';
export { type AmountInput, formatAmount, parseAmount } from './rules/money.js';
export { checkQuorum, type MemberCount, type QuorumOutcome } from './rules/quorum.js';
export type {
  AnalysisReasonValues,
  BoardReasonValues,
  DeflatorReasonValues,
  Duty,
  FinanceReasonValues,
  GovernanceReasonValues,
  LifecycleReasonValues,
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
  type PopulationDateValues,
  type QualifiedValues,
  type QuorumValues,
  type WeightedValues,
  type WeightQuorumValues,
} from './rules/reason.js';
export {
  type Attendance,
  type Tally,
  tally,
  type Vote,
  type VoteRecord,
  type WeightTable,
  type WeightTally,
} from './rules/vote-record.js';
export {
  type WithdrawalDates,
  type WithdrawalNotice,
  withdrawalEffectiveDate,
} from './rules/withdrawal-date.js';
