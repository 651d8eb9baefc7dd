import { check } from '../../src/analysis/check.js';
import type { Agreement } from '../../src/model/agreement.js';

/** The check of an agreement as a file would give it (a plain JSON copy, not the trusted object). */
export const report = (a: Agreement) => check(JSON.parse(JSON.stringify(a)));

/** The findings that are not information: [severity, code, clause]. */
export const notInfo = (a: Agreement) =>
  report(a)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.severity, f.code, f.clause]);

/** The codes of the findings that are information. */
export const infoCodes = (a: Agreement) =>
  report(a)
    .findings.filter((f) => f.severity === 'info')
    .map((f) => f.code);
