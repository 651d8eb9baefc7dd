import type { InputProblem } from '../errors.js';
import { valueAt } from '../schema-problems.js';

/** A JSON object of the raw input. */
export type Json = Record<string, unknown>;

/** Whether a raw value is a JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A raw value as a list: the list itself, or empty when it is not one. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The raw value at a path of field names, or undefined where it stops. */
export function field(value: unknown, ...path: string[]): unknown {
  return valueAt(value, path);
}

/**
 * Indexes each item's string key by where it is first listed, and reports
 * every later listing of the same key as a problem.
 */
export function firstListings(
  items: readonly unknown[],
  keyOf: (item: unknown) => unknown,
  duplicate: (key: string, index: number, first: number) => InputProblem,
  problems: InputProblem[],
): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (typeof key !== 'string') return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else problems.push(duplicate(key, i, earlier));
  });
  return first;
}
