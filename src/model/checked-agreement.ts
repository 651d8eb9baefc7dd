import { type Agreement, AgreementSchema } from './agreement.js';
import { AgreementInputError } from './errors.js';
import { schemaProblems } from './schema-problems.js';
import { isTrusted } from './trusted.js';

/**
 * Checks, on entry to a rule function (decide, the lifecycle functions), an agreement that may not have
 * come from parsing (a plain JavaScript caller) against the agreement schema
 * (every field of the right type and form), reporting every problem under
 * `agreement.…`. Returns the checked agreement, so that the function never
 * works on a half-formed object. The relations between fields that
 * {@link parseAgreement} also checks (a population for every party under a
 * population key, say) are left to the functions that need them, which
 * report them in their own terms.
 *
 * @internal
 * @throws {@link AgreementInputError} listing every problem.
 */
export function checkedAgreement(agreement: unknown): Agreement {
  if (isTrusted(agreement)) return agreement as Agreement;
  const result = AgreementSchema.safeParse(agreement);
  // A caller's own object is checked on every call: its owner may change it in between.
  if (result.success) return agreement as Agreement;
  throw new AgreementInputError(
    schemaProblems(result, agreement).map((p) => ({ ...p, path: under('agreement', p.path) })),
    'Invalid agreement',
  );
}

/** A path inside `root`: `parties[0]` under `agreement` is `agreement.parties[0]`. */
function under(root: string, path: string): string {
  if (path === '') return root;
  return path.startsWith('[') ? `${root}${path}` : `${root}.${path}`;
}
