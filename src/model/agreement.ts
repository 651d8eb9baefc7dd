import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { ClauseRefSchema, ClauseSchema } from './clause.js';
import { CostKeySchema, CostPoolSchema, MeasureSchema } from './cost-key.js';
import { InterpretationNoteSchema } from './interpretation.js';
import { IsoDateSchema } from './iso-date.js';
import { LEGAL_FORMS } from './legal-form.js';
import { LifecycleSchema } from './lifecycle.js';
import { maxChars, maxEntries, notEmpty } from './limits.js';
import { IdSchema, OrganSchema } from './organ.js';
import { OwnershipSchema } from './ownership.js';
import { PartySchema } from './party.js';
import { RegionSchema } from './region.js';
import { ServiceAreaSchema } from './service-area.js';

/**
 * Schema for an {@link Agreement} file, the source of `schema/agreement.json`.
 * Use {@link parseAgreement} rather than this schema directly: it also checks
 * what a schema cannot (duplicate parties, zero population, date order) and
 * reports every problem in one {@link AgreementInputError}.
 *
 * @example
 * AgreementSchema.safeParse({}).success; //=> false
 */
export const AgreementSchema = z.strictObject({
  $schema: z.exactOptional(
    z
      .string({ error: 'must be the address of the JSON Schema as text' })
      .check(
        maxChars(300),
        z.describe(
          'The JSON Schema of the file, for editors (e.g. "node_modules/kommunesamarbeid/schema/agreement.json"); the library ignores it.',
        ),
      ),
  ),
  $comment: z.exactOptional(
    z
      .array(z.string({ error: 'must be text' }).check(maxChars(2000)), {
        error: 'must be a list of lines of text',
      })
      .check(
        maxEntries(200),
        z.describe(
          'Notes for the people who edit the file (JSON has no comments), e.g. what each section means; the library ignores them.',
        ),
      ),
  ),
  id: z
    .string({
      error: 'must be an id of lowercase letters, digits and hyphens, e.g. "legevakt-nord"',
    })
    .check(
      z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'must be an id of lowercase letters, digits and hyphens, e.g. "legevakt-nord"',
      }),
      z.maxLength(80, { error: 'must be at most 80 characters' }),
      z.describe('Stable id of the agreement, cited in every reason, e.g. "legevakt-nord".'),
    ),
  title: z
    .string({ error: 'must be the title as text' })
    .check(z.minLength(1, { error: 'must not be empty' }), maxChars(300)),
  legalForm: z
    .enum(LEGAL_FORMS, {
      error: `must be one of: ${LEGAL_FORMS.map((f) => `"${f}"`).join(', ')}`,
    })
    .check(
      z.describe(
        'The legal form (samarbeidsform): a form of kommuneloven § 17-1, a network by agreement only ("avtalebasert-samarbeid"), or a form of kommuneloven 1992 (§ 27, § 28-1 b, § 28-1 c) for older agreements.',
      ),
    ),
  legalBasis: z.exactOptional(
    z
      .string({ error: 'must be text' })
      .check(
        maxChars(300),
        z.describe('The statute the form rests on, e.g. "kommuneloven kapittel 19".'),
      ),
  ),
  sources: z.exactOptional(
    z
      .array(
        z.strictObject({
          title: z
            .string({ error: 'must be the title of the document as text' })
            .check(notEmpty(), maxChars(300)),
          date: z.exactOptional(
            IsoDateSchema.check(z.describe('The date the document gives itself, if it gives one.')),
          ),
          url: z.exactOptional(
            z.string({ error: 'must be an address starting with https:// or http://' }).check(
              z.regex(/^https?:\/\/\S+$/, {
                error: 'must be an address starting with https:// or http://',
              }),
              maxChars(500),
              z.describe('Where the document was obtained, if the sources say.'),
            ),
          ),
          about: z.exactOptional(
            z
              .string({ error: 'must be text' })
              .check(
                maxChars(1000),
                z.describe('What the document is and what the data takes from it, in bokmål.'),
              ),
          ),
        }),
      )
      .check(
        maxEntries(50),
        z.describe(
          'The documents the data is taken from (kildedokumenter), the agreement text first: title, and the date and address only where the document gives them. The handbook names them in its header and print footer.',
        ),
      ),
  ),
  validFrom: IsoDateSchema.check(z.describe('First day the agreement applies.')),
  validUntil: z.exactOptional(
    IsoDateSchema.check(z.describe('Last day the agreement applies, if it has an end date.')),
  ),
  validUntilByReading: z.exactOptional(
    z
      .strictObject({
        note: IdSchema,
        dates: z.record(IdSchema, IsoDateSchema),
      })
      .check(
        z.describe(
          'The last day the agreement applies under each reading of the note (e.g. "frem til 2022": through 2022, or until 1 January 2022); the default reading\'s date is `validUntil`.',
        ),
      ),
  ),
  validityClause: z.exactOptional(
    ClauseRefSchema.check(
      z.describe('The clause that states how long the agreement applies, e.g. "§6".'),
    ),
  ),
  populationReferenceDate: z.exactOptional(
    IsoDateSchema.check(
      z.describe(
        'The day the parties\' populations are counted (e.g. "2024-01-01" for "per 1.1.2024"); required with a population cost key.',
      ),
    ),
  ),
  partiesClause: z.exactOptional(
    ClauseRefSchema.check(z.describe('The clause that names the parties, e.g. "§1.3".')),
  ),
  parties: z
    .array(PartySchema)
    .check(
      z.minLength(1, { error: 'must list at least one party' }),
      z.maxLength(10_000, { error: 'must list at most 10 000 parties (one per kommunenummer)' }),
    ),
  partiesNotAllKnown: z.exactOptional(
    z
      .strictObject({
        note: IdSchema.check(
          z.describe('The interpretation note that says which parties are missing.'),
        ),
      })
      .check(
        z.describe(
          'The sources do not name every party: `parties` holds only those known, and a question that needs all parties (every party agreeing to an amendment) is answered "unknown". The note says why.',
        ),
      ),
  ),
  partiesKnownFrom: z.exactOptional(
    z
      .strictObject({
        date: IsoDateSchema,
        note: IdSchema.check(
          z.describe('The interpretation note that says where the list comes from.'),
        ),
      })
      .check(
        z.describe(
          "The list of parties is sourced only from this date (e.g. a web page listing today's members, with today's kommunenummer): who was a member before it is unknown, and asking is an error, not an answer.",
        ),
      ),
  ),
  costKeys: z.array(CostKeySchema).check(maxEntries(100)),
  ownership: z.exactOptional(OwnershipSchema),
  measures: z.exactOptional(
    z
      .array(MeasureSchema)
      .check(
        maxEntries(100),
        z.describe(
          'Measured quantities (usage: m³, cases, users, hours) a cost key part can be split by; the figures are given per call.',
        ),
      ),
  ),
  costPools: z.exactOptional(
    z
      .array(CostPoolSchema)
      .check(
        maxEntries(50),
        z.describe(
          'Cost pools (e.g. operations and investments) whose costs are split by keys of their own (`pool` on a key).',
        ),
      ),
  ),
  regions: z.exactOptional(
    z
      .array(RegionSchema)
      .check(
        maxEntries(1000),
        z.describe('The region division, when the agreement gives one (seats per region).'),
      ),
  ),
  organs: z.exactOptional(z.array(OrganSchema).check(maxEntries(50))),
  serviceAreas: z.exactOptional(z.array(ServiceAreaSchema).check(maxEntries(500))),
  hostRoles: z.exactOptional(
    z
      .strictObject({ clause: ClauseRefSchema })
      .check(
        z.describe(
          'The host roles (vertskommuneansvar) for the service areas are spread among the parties by population, as the clause says.',
        ),
      ),
  ),
  obligations: z.exactOptional(
    z
      .array(
        z.strictObject({
          who: z.string().check(notEmpty(), maxChars(300)),
          duty: z.string().check(notEmpty(), maxChars(2000)),
          clause: ClauseRefSchema,
        }),
      )
      .check(
        maxEntries(200),
        z.describe('What each party or body must do (plikter), with the clause.'),
      ),
  ),
  priceAdjustment: z.exactOptional(
    z
      .strictObject({
        clause: ClauseRefSchema,
        governedBy: z
          .string()
          .check(
            notEmpty(),
            maxChars(300),
            z.describe(
              'The document whose principles the price adjustment follows, as the agreement names it.',
            ),
          ),
        inSources: z
          .boolean()
          .check(
            z.describe(
              'Whether that document is among the sources; if not, the method applied is the general one, not checked against it.',
            ),
          ),
        note: z.exactOptional(IdSchema),
      })
      .check(
        z.describe(
          'Price adjustment (prisjustering), e.g. by the municipal deflator, and the document that governs it.',
        ),
      ),
  ),
  lifecycle: z.exactOptional(LifecycleSchema),
  clauses: z.array(ClauseSchema).check(maxEntries(1000)),
  interpretations: z.exactOptional(z.array(InterpretationNoteSchema).check(maxEntries(500))),
});

// An interface, not an alias of the mapped type: the API reference then links
// `Agreement` in every signature instead of writing the whole type out.
/**
 * An inter-municipal cooperation agreement (samarbeidsavtale) as data: its
 * parties, its cost keys, its clauses with their Norwegian text, and the
 * interpretation notes where the text leaves a choice. Every rule function of
 * the library takes an `Agreement`; get one from a built-in agreement such as
 * `helseplattformen` (from `kommunesamarbeid/agreements`), or from a JSON file
 * through {@link parseAgreement}.
 *
 * @example
 * import { helseplattformen } from 'kommunesamarbeid';
 * helseplattformen.legalForm; //=> 'kommunalt-oppgavefellesskap'
 * helseplattformen.parties.length; //=> 34
 */
export interface Agreement extends AgreementData {}

/** The agreement's data as the schema gives it, deeply read-only: what {@link Agreement} extends. */
type AgreementData = DeepReadonly<z.output<typeof AgreementSchema>>;
