import { deepFreeze } from '../internal/deep-freeze.js';

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
 * Marks an input as checked, and freezes it deeply so that the check cannot
 * go stale (nobody can change it afterwards).
 *
 * @internal
 */
export function trust(input: object): void {
  trusted.add(deepFreeze(input));
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
