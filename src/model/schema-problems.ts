import type * as z from 'zod/mini';
import { formatPath, type InputProblem } from './errors.js';

/** The problems of a failed `safeParse`, in our paths and words; none for a success. */
export function schemaProblems(
  result:
    | { readonly success: true }
    | { readonly success: false; readonly error: { readonly issues: readonly z.core.$ZodIssue[] } },
  input: unknown,
): InputProblem[] {
  return result.success ? [] : result.error.issues.flatMap((issue) => describeIssue(issue, input));
}

/** Turns a zod issue into problems with our paths and words. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): InputProblem[] {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      code: 'unknown_field',
      message: 'is not a known field (check the spelling against the JSON Schema in schema/)',
    }));
  }
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_union') &&
    valueAt(input, issue.path) === undefined
  ) {
    return [{ path, code: 'required', message: 'is required' }];
  }
  if (issue.code === 'invalid_union') {
    // A union reports the issues of every alternative. When the value has the
    // shape of one alternative (a map, say, rather than a list), its issues
    // are the useful ones; otherwise our wording of the union says it all.
    // An alternative has the shape when it got inside the value: an issue
    // with the value itself (a type, a format, a literal) is not enough.
    const shaped = issue.errors.find((alternative) =>
      alternative.some((inner) => inner.path.length > 0),
    );
    if (shaped !== undefined) {
      return shaped.flatMap((inner) =>
        describeIssue(
          { ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue,
          input,
        ),
      );
    }
    return [{ path, code: issue.code, message: issue.message }];
  }
  const message =
    issue.message === 'Invalid input' && issue.code === 'invalid_type'
      ? `must be ${article(issue.expected)}`
      : issue.message;
  return [{ path, code: issue.code, message }];
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
