import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { maxChars, maxEntries, notEmpty } from './limits.js';
import { KommunenummerSchema } from './municipality.js';

/**
 * Schema for a {@link Region}.
 *
 * @example
 * RegionSchema.safeParse({ id: 'nord', name: 'Nord', municipalities: ['5001'] }).success; //=> true
 */
export const RegionSchema = z.strictObject({
  id: z.string({ error: 'must be a region id of lowercase letters, digits and hyphens' }).check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be a region id of lowercase letters, digits and hyphens',
    }),
    maxChars(80),
  ),
  name: z.string({ error: 'must be text' }).check(notEmpty(), maxChars(200)),
  municipalities: z
    .array(KommunenummerSchema)
    .check(z.minLength(1, { error: 'must list at least one municipality' }), maxEntries(10_000)),
});

/**
 * A region (region, underliggende regionsinndeling): a group of parties that
 * holds one seat on a board. Helseplattformen §6 groups the municipalities in
 * regions "basert på det som til en hver tid er vurdert som hensiktsmessig";
 * the division is data, supplied by the user, because the sources do not
 * give the one in force.
 *
 * @example
 * const region: Region = { id: 'trondheim', name: 'Trondheim', municipalities: ['5001'] };
 */
export interface Region extends RegionData {}

/** The data as the schema gives it, deeply read-only: what {@link Region} extends (an interface, so that the API reference links it). */
type RegionData = DeepReadonly<z.output<typeof RegionSchema>>;
