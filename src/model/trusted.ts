/**
 * Agreements known to be well formed: those {@link parseAgreement} returned,
 * and those a rule function has checked once by hand. A rule function handed
 * any other object checks it on entry. Held weakly, so an agreement that is
 * no longer used is not kept alive. Internal: no schemas here, so that an app
 * that imports only `splitCost` bundles no zod.
 */
const trusted = new WeakSet<object>();

/**
 * Marks an agreement as checked.
 *
 * @internal
 */
export function trust(agreement: object): void {
  trusted.add(agreement);
}

/**
 * Whether an agreement has been checked (parsed, or checked by a rule function).
 *
 * @internal
 */
export function isTrusted(agreement: unknown): boolean {
  return typeof agreement === 'object' && agreement !== null && trusted.has(agreement);
}
