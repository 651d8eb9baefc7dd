/**
 * Size and range checks for the schemas, each with a message that says what
 * the limit is. A check without a message of its own would be reported with
 * its type's message ("must be the title as text" for a title that is merely
 * too long) or, where the type has none, as "Invalid input". Internal.
 */
import * as z from 'zod/mini';
import { groupDigits } from '../internal/format-nb.js';

const count = (n: number) => groupDigits(String(n), ' ');

/** A text of at most `n` characters. */
export const maxChars = (n: number) =>
  z.maxLength(n, { error: `must be at most ${count(n)} characters` });

/** A list of at most `n` entries. */
export const maxEntries = (n: number) =>
  z.maxLength(n, { error: `must list at most ${count(n)} entries` });

/** A text that is not empty. */
export const notEmpty = () => z.minLength(1, { error: 'must not be empty' });

/** A number of at least `n`. */
export const atLeast = (n: number) => z.minimum(n, { error: `must be at least ${count(n)}` });

/** A number of at most `n`. */
export const atMost = (n: number) => z.maximum(n, { error: `must be at most ${count(n)}` });
