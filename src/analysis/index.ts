/**
 * Analyses of an agreement (the `kommunesamarbeid/analysis` entry): `check`
 * (is the file a valid agreement, and what the findings on it are),
 * `whatIf` (each party's share if one party left), `verifyInvoice` (does
 * an invoice charge each party what the split gives it) and `runScenarios`
 * (a scenario file's expected outcomes against the agreement's).
 *
 * @example
 * import { check } from 'kommunesamarbeid/analysis';
 * import { helseplattformen } from 'kommunesamarbeid/agreements';
 * check(helseplattformen).valid; //=> true
 *
 * @packageDocumentation
 */

export { parseScenarioFile } from '../model/scenario.js';
export {
  SCENARIO_KINDS,
  type Scenario,
  type ScenarioFile,
  ScenarioFileSchema,
  type ScenarioKind,
} from '../model/scenario-schema.js';
export { type CheckReport, check } from './check.js';
export {
  type RunScenariosOptions,
  runScenarios,
  type ScenarioDifference,
  type ScenarioResult,
} from './scenarios.js';
export {
  type InvoiceCheck,
  type InvoiceDeviation,
  type InvoicedParty,
  type InvoiceExtra,
  type InvoiceMissing,
  type VerifyInvoiceOptions,
  verifyInvoice,
} from './verify.js';
export { type WhatIf, type WhatIfLine, whatIf } from './what-if.js';
