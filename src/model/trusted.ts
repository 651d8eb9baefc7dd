/**
 * Objects that came out of a parse function (`parseMeeting`, …): their
 * content is already validated, so the rule functions trust them instead of
 * checking them again. Any other object (a plain JavaScript caller's) is
 * validated once, on entry.
 */
const parsed = new WeakSet<object>();

/**
 * Marks a value as validated by a parse function and returns it.
 *
 * @internal
 */
export function markParsed<T extends object>(value: T): T {
  parsed.add(value);
  return value;
}

/**
 * Whether a value came out of a parse function.
 *
 * @internal
 */
export function wasParsed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && parsed.has(value);
}
