/**
 * Handbook generation and traceability (the `kommunesamarbeid/docs` entry):
 * an agreement's handbook in Markdown or HTML, and which clause each rule and
 * test covers.
 *
 * @example
 * import { helseplattformen } from 'kommunesamarbeid/agreements';
 * import { handbook } from 'kommunesamarbeid/docs';
 * const { markdown } = handbook(helseplattformen, { testTitles: [], year: 2026, date: '2026-01-01', version: '0.1.0' });
 *
 * @packageDocumentation
 */

export { type HandbookOptions, handbook } from './handbook/index.js';
export { LEGAL_BASIS, type LegalSection, type LegalStatement } from './legal-basis.js';
export { readTestResults, type TestResult, type TestRun, type TestStatus } from './test-results.js';
export {
  type ClauseTrace,
  clauseCoverage,
  ruleClauses,
  titleCites,
  traceClauses,
  traceProblems,
} from './traceability.js';
