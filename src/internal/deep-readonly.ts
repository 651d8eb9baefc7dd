/**
 * Makes every property and array of a plain data type read-only, all the way
 * down: the library's data types are immutable.
 *
 * @example
 * const party: DeepReadonly<{ roles: string[] }> = { roles: ['kontorkommune'] };
 */
export type DeepReadonly<T> = T extends readonly (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
