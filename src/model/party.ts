import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { IsoDateSchema } from './iso-date.js';
import { maxChars, notEmpty } from './limits.js';
import { MunicipalitySchema } from './municipality.js';

/**
 * Schema for a {@link Party} (deltaker, eierkommune).
 *
 * @example
 * PartySchema.safeParse({
 *   municipality: { number: '5033', name: 'Tydal' },
 *   population: 773,
 *   membership: { joined: '2025-01-01' },
 * }).success; //=> true
 */
export const PartySchema = z.strictObject({
  municipality: MunicipalitySchema,
  population: z.exactOptional(
    z
      .int({ error: 'must be a whole number ≥ 0' })
      .check(
        z.minimum(0, { error: 'must be a whole number ≥ 0' }),
        z.maximum(100_000_000, { error: 'must be at most 100 000 000' }),
        z.describe(
          "Inhabitants (innbyggere) at the agreement's population reference date; required when a cost key is by population.",
        ),
      ),
  ),
  populations: z.exactOptional(
    z
      .record(
        IsoDateSchema,
        z
          .int({ error: 'must be a whole number ≥ 0' })
          .check(
            z.minimum(0, { error: 'must be a whole number ≥ 0' }),
            z.maximum(100_000_000, { error: 'must be at most 100 000 000' }),
          ),
      )
      .check(
        z.describe(
          'Inhabitants (innbyggere) per reference date, e.g. { "2024-01-01": 773, "2025-01-01": 780 }: the figures a key that names its date (`populationDate`: 1 January of the budget year, of the year before, or a fixed date) reads. `population` is the figure at the agreement\'s `populationReferenceDate`.',
        ),
      ),
  ),
  membership: z.strictObject({
    joined: IsoDateSchema.check(z.describe('First day as a party (tiltredelse).')),
    noticeSentOn: z.exactOptional(
      IsoDateSchema.check(z.describe('Day the written notice of withdrawal was sent (varsel).')),
    ),
    noticeReceivedOn: z.exactOptional(
      IsoDateSchema.check(
        z.describe('Day the written notice of withdrawal was received (varsel mottatt).'),
      ),
    ),
    withdrawn: z.exactOptional(
      IsoDateSchema.check(
        z.describe('Day the withdrawal takes effect (uttreden); no longer a party from this day.'),
      ),
    ),
  }),
  region: z.exactOptional(
    z.string({ error: 'must be a region id as text' }).check(notEmpty(), maxChars(100)),
  ),
  roles: z.exactOptional(
    z.array(
      z.enum(['kontorkommune', 'vertskommune', 'ledende-kommune'], {
        error: 'must be "kontorkommune", "vertskommune" or "ledende-kommune"',
      }),
    ),
  ),
});

/**
 * A party to the agreement (deltaker, eierkommune): a municipality, its
 * population at the agreement's reference date (and, in `populations`, at
 * other reference dates: figures over time, per party), its membership
 * period, and any roles it holds (kontorkommune, vertskommune).
 *
 * A party is a member from `membership.joined` (inclusive) until
 * `membership.withdrawn` (exclusive): the day a withdrawal takes effect is the
 * first day it no longer finances the cooperation.
 *
 * @example
 * const tydal: Party = {
 *   municipality: { number: '5033', name: 'Tydal' },
 *   population: 773,
 *   membership: { joined: '2025-01-01' },
 * };
 */
export interface Party extends PartyData {}

/** The data as the schema gives it, deeply read-only: what {@link Party} extends (an interface, so that the API reference links it). */
type PartyData = DeepReadonly<z.output<typeof PartySchema>>;
