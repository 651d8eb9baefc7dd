/**
 * Inputs known to be well formed: those a parse function returned
 * (`parseAgreement`, `parseMeeting`), and agreements a rule function has
 * checked once by hand. A rule function handed any other object checks it on
 * entry, once. Held weakly, so an input that is no longer used is not kept
 * alive. Internal: no schemas here, so that an app that imports only
 * `splitCost` bundles no zod.
 */
const trusted = new WeakSet<object>();

/**
 * Marks an input as checked. What is marked is typed read-only
 * (`DeepReadonly`) and must not be changed afterwards: a caller's own object
 * is never marked, and is checked on every call instead.
 *
 * @internal
 */
export function trust(input: object): void {
  trusted.add(input);
}

/**
 * A built-in agreement: checked by the test suite against the same schema as
 * any file, and trusted by the rule functions as if it had been parsed.
 *
 * @internal
 */
export function builtIn<T extends object>(agreement: T): T {
  trust(agreement);
  return agreement;
}

/**
 * Whether an input has been checked (parsed, or checked by a rule function).
 *
 * @internal
 */
export function isTrusted(input: unknown): boolean {
  // A WeakSet holds objects only: anything else is simply not in it.
  return trusted.has(input as object);
}
