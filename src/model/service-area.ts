import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { ClauseRefSchema } from './clause.js';
import { IsoDateSchema } from './iso-date.js';
import { atLeast, atMost, maxChars, notEmpty } from './limits.js';
import { KommunenummerSchema, MunicipalitySchema } from './municipality.js';

/**
 * Schema for a {@link ServiceArea} (samarbeidsområde, tjenesteområde).
 *
 * @example
 * ServiceAreaSchema.safeParse({ id: 'barnevern', name: 'Felles barnevern', clause: '§4 A i', participants: ['5025'] }).success;
 * //=> true
 */
export const ServiceAreaSchema = z.strictObject({
  id: z.string({ error: 'must be an id of lowercase letters, digits and hyphens' }).check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be an id of lowercase letters, digits and hyphens',
    }),
  ),
  name: z.string().check(notEmpty(), maxChars(300)),
  group: z.exactOptional(z.string().check(maxChars(100))),
  clause: ClauseRefSchema,
  participants: z.nullable(
    z
      .array(KommunenummerSchema)
      .check(z.describe('The parties in this area; null when the agreement does not list them.')),
  ),
  otherParticipants: z.exactOptional(
    z
      .array(
        z.strictObject({
          municipality: MunicipalitySchema,
          population: z.exactOptional(z.int().check(atLeast(0), atMost(100_000_000))),
        }),
      )
      .check(
        z.describe(
          'Municipalities in this area that are not parties to the agreement (e.g. Tolga in the kemnerkontor).',
        ),
      ),
  ),
  host: z.exactOptional(
    KommunenummerSchema.check(
      z.describe('The host municipality (vertskommune) of the area, when known.'),
    ),
  ),
  start: z.exactOptional(
    z
      .strictObject({
        date: z.nullable(
          IsoDateSchema.check(
            z.describe('The first day of the area; null when the sources do not give it.'),
          ),
        ),
        noLaterThan: z.exactOptional(
          IsoDateSchema.check(
            z.describe(
              'The day by which the agreement says the area is to be in place (e.g. "iverksettes … innen 1.1.2020"), when its own start is unknown.',
            ),
          ),
        ),
        clause: ClauseRefSchema,
      })
      .check(
        z.describe(
          'When the area starts, for an area the agreement adds later: before its start it has no costs to split.',
        ),
      ),
  ),
  ownAgreementClause: z.exactOptional(
    ClauseRefSchema.check(
      z.describe(
        "The clause saying the area's own agreement (særavtale) sets its budget and cost split; every split of the area then says so.",
      ),
    ),
  ),
  hostSource: z.exactOptional(
    z
      .string()
      .check(
        notEmpty(),
        maxChars(1000),
        z.describe(
          'Where the host fact comes from when the agreement text does not state it (a council decision, a news page); without it, a host is taken to be stated by the agreement.',
        ),
      ),
  ),
  note: z.exactOptional(z.string().check(maxChars(2000))),
});

/**
 * A service area (samarbeidsområde) with its own participants: the parties
 * in it, any municipalities outside the agreement that take part, its host
 * (vertskommune) when known, and its clause. Costs of an area are split among
 * its participants by the cost key for that area (or the agreement's).
 * `participants: null` means the agreement does not list them. `start`
 * gives the first day of an area added later (or marks it unknown, with the
 * day the agreement says it is to be in place by); `ownAgreementClause`
 * cites the clause that leaves the area's budget and split to its own
 * agreement.
 *
 * @example
 * const area: ServiceArea = { id: 'nav', name: 'Felles NAV-kontor', clause: '§4 C i', participants: ['5025', '5026'] };
 */
export interface ServiceArea extends ServiceAreaData {}

/** The data as the schema gives it, deeply read-only: what {@link ServiceArea} extends (an interface, so that the API reference links it). */
type ServiceAreaData = DeepReadonly<z.output<typeof ServiceAreaSchema>>;
