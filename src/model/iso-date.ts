import * as z from 'zod/mini';

/**
 * A calendar date (dato) as an ISO string `YYYY-MM-DD`, e.g. `'2025-01-01'`.
 * Dates are strings at every edge of the library so that no result depends on
 * the process time zone; ISO strings also compare correctly as strings.
 *
 * @example
 * const start: IsoDate = '2025-01-01';
 */
export type IsoDate = string;

/**
 * Schema for an {@link IsoDate}: the day must exist in the calendar
 * (`2025-02-30` and `2025-13-01` are rejected).
 *
 * @example
 * IsoDateSchema.safeParse('2024-02-29').success; //=> true
 * IsoDateSchema.safeParse('2025-02-29').success; //=> false
 */
export const IsoDateSchema = z.iso
  .date({ error: 'must be a date YYYY-MM-DD that exists in the calendar' })
  .check(z.describe('A calendar date, ISO YYYY-MM-DD.'));
