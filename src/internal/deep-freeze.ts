/** The roots that {@link deepFreeze} froze, with everything below them. */
const frozen = new WeakSet<object>();

/**
 * Freezes a value and everything reachable from it (objects and arrays), and
 * remembers the root, so that a check made once on it stays true: nobody can
 * change it afterwards. Returns the same value.
 *
 * @example
 * const a = deepFreeze({ parties: [{ population: 1 }] });
 * Object.isFrozen(a.parties[0]); //=> true
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Reflect.ownKeys(item))
      stack.push((item as Record<PropertyKey, unknown>)[key]);
  }
  if (value !== null && typeof value === 'object') frozen.add(value);
  return value;
}

/**
 * Whether {@link deepFreeze} froze this value (so a check of it cannot go
 * stale). A value frozen some other way, perhaps only at its top, is not.
 *
 * @example
 * isDeeplyFrozen(deepFreeze({ a: [1] })); //=> true
 * isDeeplyFrozen(Object.freeze({ a: [1] })); //=> false
 */
export function isDeeplyFrozen(value: unknown): boolean {
  return value !== null && typeof value === 'object' && frozen.has(value);
}
