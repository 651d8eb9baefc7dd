import { type Agreement, AgreementSchema } from './agreement.js';
import { consistencyProblems } from './consistency/index.js';
import { AgreementInputError } from './errors.js';
import { schemaProblems } from './schema-problems.js';
import { trust } from './trusted.js';

/**
 * The result of {@link safeParseAgreement}: the typed agreement, or the error
 * that lists every problem.
 *
 * @example
 * const result: ParseAgreementResult = safeParseAgreement(JSON.parse('{"id": "x"}'));
 * result.success; //=> false
 */
export type ParseAgreementResult =
  | { readonly success: true; readonly data: Agreement }
  | { readonly success: false; readonly error: AgreementInputError };

/**
 * Reads an agreement file (samarbeidsavtale as JSON data) and returns the
 * typed {@link Agreement}, or throws one {@link AgreementInputError} that
 * lists every problem with its path: wrong types and formats, unknown
 * fields, duplicate parties (and clauses, organs, interpretation notes and
 * readings), a total population of zero, membership dates out of order,
 * clause references that name no clause.
 *
 * The input is never modified; the result is a new object.
 *
 * @example
 * const agreement = parseAgreement(JSON.parse(readFileSync('avtale.json', 'utf8')));
 *
 * parseAgreement({ ...helseplattformen, parties: [] });
 * // throws AgreementInputError:
 * //   parties: must list at least one party
 */
export function parseAgreement(input: unknown): Agreement {
  const result = safeParseAgreement(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link parseAgreement}, but returns the error instead of throwing it.
 *
 * @example
 * const result = safeParseAgreement({ id: 'x' });
 * result.success; //=> false
 * if (!result.success) {
 *   result.error.problems.map((p) => p.path);
 *   //=> ['clauses', 'costKeys', 'legalForm', 'parties', 'title', 'validFrom']
 * }
 */
export function safeParseAgreement(input: unknown): ParseAgreementResult {
  const parsed = AgreementSchema.safeParse(input);
  const problems = [...schemaProblems(parsed, input), ...consistencyProblems(input)];
  if (problems.length > 0 || !parsed.success) {
    return { success: false, error: new AgreementInputError(problems, 'Invalid agreement') };
  }
  trust(parsed.data);
  return { success: true, data: parsed.data };
}
