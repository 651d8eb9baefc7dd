/**
 * Analyses of an agreement (the `kommunesamarbeid/analysis` entry): `check`
 * (is the file a valid agreement, and what the findings on it are),
 * `whatIf` (each party's share if one party left) and `verifyInvoice` (does
 * an invoice charge each party what the split gives it).
 *
 * @example
 * import { check } from 'kommunesamarbeid/analysis';
 * import { helseplattformen } from 'kommunesamarbeid/agreements';
 * check(helseplattformen).valid; //=> true
 *
 * @packageDocumentation
 */

export { type CheckReport, check } from './check.js';
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
