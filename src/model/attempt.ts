import { AgreementInputError, type InputProblem } from './errors.js';

/**
 * Runs a parse function and returns its value, or the problems of the
 * {@link AgreementInputError} it threw under a path prefix, so that a caller
 * can gather every problem of several inputs into one error. Any other error
 * is not an input problem and is thrown on.
 *
 * @internal
 */
export function attempt<T>(
  prefix: string,
  parse: () => T,
): { readonly value: T } | { readonly problems: readonly InputProblem[] } {
  try {
    return { value: parse() };
  } catch (error) {
    if (!(error instanceof AgreementInputError)) throw error;
    return {
      problems: error.problems.map((p) => ({
        ...p,
        path: joinPath(prefix, p.path),
      })),
    };
  }
}

/** `'meeting'` + `'date'` → `'meeting.date'`; `'regions'` + `'[0]'` → `'regions[0]'`; an empty part adds nothing. */
function joinPath(prefix: string, path: string): string {
  if (prefix === '' || path === '') return `${prefix}${path}`;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
