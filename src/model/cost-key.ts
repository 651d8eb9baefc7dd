import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { ClauseRefSchema } from './clause.js';
import { IsoDateSchema } from './iso-date.js';
import { maxChars, maxEntries } from './limits.js';
import { KommunenummerSchema } from './municipality.js';

/** A percentage as a dot-decimal string from 0 to 100 with at most four decimals, e.g. "40.07". */
const PercentSchema = z
  .string({ error: 'must be a percentage as a dot-decimal string, e.g. "40.07"' })
  .check(
    z.regex(/^(?:100(?:\.0{1,4})?|\d{1,2}(?:\.\d{1,4})?)$/, {
      error: 'must be a percentage from 0 to 100 as a dot-decimal string, e.g. "40.07"',
    }),
  );

const ServiceAreaIdSchema = z
  .string({ error: 'must be a service area id of lowercase letters, digits and hyphens' })
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be a service area id of lowercase letters, digits and hyphens',
    }),
  );

const NoteIdSchema = z
  .string({ error: 'must be an id of lowercase letters, digits and hyphens' })
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be an id of lowercase letters, digits and hyphens',
    }),
    maxChars(80),
  );

/** An id of lowercase letters, digits and hyphens, e.g. a measure or pool id. */
function IdSchemaOf(what: string) {
  return z.string({ error: `must be a ${what} id of lowercase letters, digits and hyphens` }).check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `must be a ${what} id of lowercase letters, digits and hyphens`,
    }),
    maxChars(80),
  );
}

/** An amount in NOK as a dot-decimal string with at most two decimals, e.g. "10000.00". */
const NokSchema = z
  .string({ error: 'must be an amount in NOK, e.g. "10000.00"' })
  .check(
    z.regex(/^\d{1,13}(?:\.\d{1,2})?$/, { error: 'must be an amount in NOK, e.g. "10000.00"' }),
  );

/** A percentage like "40.07" or a fraction like "1/3". */
const ShareSchema = z
  .string({ error: 'must be a percentage like "40.07" or a fraction like "1/3"' })
  .check(
    z.regex(/^(?:\d{1,3}(?:\.\d{1,6})?|\d{1,9}\/[1-9]\d{0,8})$/, {
      error: 'must be a percentage like "40.07" or a fraction like "1/3"',
    }),
  );

/**
 * Schema for the date whose population figures a key reads: 1 January of
 * the budget year (the year of the day split), 1 January of the year before,
 * or a fixed date. Without it, the agreement's `populationReferenceDate`.
 *
 * @example
 * PopulationDateSchema.safeParse('year-before').success; //=> true
 */
export const PopulationDateSchema = z
  .union([z.enum(['budget-year', 'year-before']), IsoDateSchema], {
    error: 'must be "budget-year", "year-before" or a date YYYY-MM-DD',
  })
  .check(
    z.describe(
      'Which population figures the key reads: "budget-year" (1 January of the year of the day split), "year-before" (1 January of the year before) or a fixed date; the parties\' `populations` give the figures. Without it, the figures at the agreement\'s `populationReferenceDate`.',
    ),
  );

/**
 * The date whose population figures a key reads; see {@link PopulationDateSchema}.
 *
 * @example
 * const at: PopulationDate = 'budget-year';
 */
export type PopulationDate = z.output<typeof PopulationDateSchema>;

/** What every kind of key has: when it applies, the clause, and (optionally) the service area it is for. */
const keyBase = {
  validFrom: IsoDateSchema.check(z.describe('First day the key applies.')),
  validUntil: z.exactOptional(
    IsoDateSchema.check(
      z.describe(
        "Last day the key applies, when its source limits it (e.g. a rate stated for one year); after it, no key of this key's scope applies until a later one starts.",
      ),
    ),
  ),
  clause: ClauseRefSchema,
  serviceArea: z.exactOptional(
    ServiceAreaIdSchema.check(
      z.describe(
        'The service area this key is for; without it the key applies to the whole agreement.',
      ),
    ),
  ),
  source: z.exactOptional(
    z
      .string({ error: 'must be text' })
      .check(
        maxChars(500),
        z.describe(
          'Where the key comes from when it is not the agreement text itself (a later decision, a web page); shown in every reason that uses the key.',
        ),
      ),
  ),
  reading: z.exactOptional(
    z
      .strictObject({ note: NoteIdSchema, reading: NoteIdSchema })
      .check(
        z.describe(
          "The key applies only under this reading of an interpretation note (selected with the `readings` option or the note's default).",
        ),
      ),
  ),
  ownership: z.exactOptional(
    z
      .boolean({ error: 'must be true or false' })
      .check(
        z.describe(
          'The agreement calls these shares ownership shares (eierandeler); otherwise they are cost shares (kostnadsandeler).',
        ),
      ),
  ),
  pool: z.exactOptional(
    IdSchemaOf('cost pool').check(
      z.describe(
        'The cost pool this key is for (an id of `costPools`, e.g. "investments"); without it the key applies to costs of no named pool.',
      ),
    ),
  ),
  limits: z.exactOptional(
    z
      .record(
        KommunenummerSchema,
        z.strictObject({
          floor: z.exactOptional(
            NokSchema.check(z.describe('The least the party pays of any amount split, in NOK.')),
          ),
          cap: z.exactOptional(
            NokSchema.check(z.describe('The most the party pays of any amount split, in NOK.')),
          ),
        }),
      )
      .check(
        z.describe(
          'A floor and/or cap per party, in NOK (kroner with at most two decimals), by kommunenummer: { "5001": { "floor": "10000.00", "cap": "500000.00" } }. A party below its floor or above its cap pays the floor or cap; the rest is split among the others by the key, until no bound is crossed.',
        ),
      ),
  ),
};

/**
 * Schema for a population cost key ({@link CostKey} of kind `population`).
 *
 * @example
 * PopulationCostKeySchema.safeParse({ kind: 'population', validFrom: '2025-01-01', clause: '§9' }).success;
 * //=> true
 */
export const PopulationCostKeySchema = z.strictObject({
  kind: z.literal('population', { error: 'must be "population"' }),
  ...keyBase,
  populationDate: z.exactOptional(PopulationDateSchema),
  statedTable: z.exactOptional(
    z
      .strictObject({
        name: z.exactOptional(
          z
            .string({ error: 'must be the name of the table, e.g. "Tabell 9.1"' })
            .check(z.minLength(1, { error: 'must not be empty' }), maxChars(100)),
        ),
        percents: z.exactOptional(
          z
            .record(KommunenummerSchema, PercentSchema)
            .check(
              z.describe(
                'The share of each party as the agreement prints it, by kommunenummer: { "5001": "40.07" }.',
              ),
            ),
        ),
        totalPopulation: z.exactOptional(
          z
            .int({ error: 'must be a whole number ≥ 0' })
            .check(
              z.minimum(0, { error: 'must be a whole number ≥ 0' }),
              z.maximum(1_000_000_000_000, { error: 'must be at most 1 000 000 000 000' }),
            ),
        ),
        totalPercent: z.exactOptional(PercentSchema),
      })
      .check(
        z.describe(
          'What the agreement itself prints for this key (e.g. a table such as "Tabell 9.1"), kept to check the computed figures against.',
        ),
      ),
  ),
});

/**
 * Schema for a {@link CostKey} (kostnadsfordelingsnøkkel).
 *
 * @example
 * CostKeySchema.safeParse({ kind: 'population', validFrom: '2025-01-01', clause: '§9' }).success;
 * //=> true
 */
/**
 * Schema for a cost key split into a fixed part shared equally and the rest
 * by population (Røros–Os–Holtålen from 2019 under one reading: 40 % fixed,
 * 60 % by population). The two parts must sum to 100 %: never rescaled.
 *
 * @example
 * FixedAndPopulationCostKeySchema.safeParse({
 *   kind: 'fixed-and-population', validFrom: '2019-01-01', clause: '§8 B', fixedPercent: '40', populationPercent: '60',
 * }).success; //=> true
 */
export const FixedAndPopulationCostKeySchema = z.strictObject({
  kind: z.literal('fixed-and-population'),
  ...keyBase,
  populationDate: z.exactOptional(PopulationDateSchema),
  fixedPercent: PercentSchema.check(
    z.describe('The part split equally among the participants, e.g. "40".'),
  ),
  populationPercent: PercentSchema.check(z.describe('The part split by population, e.g. "60".')),
});

/**
 * Schema for a fixed amount per inhabitant (KHS 2015: kr 2 per innbygger).
 *
 * @example
 * PerInhabitantCostKeySchema.safeParse({ kind: 'per-inhabitant', validFrom: '2015-01-01', clause: 'KHS', ratePerInhabitant: '2.00' }).success;
 * //=> true
 */
export const PerInhabitantCostKeySchema = z.strictObject({
  kind: z.literal('per-inhabitant'),
  ...keyBase,
  populationDate: z.exactOptional(PopulationDateSchema),
  ratePerInhabitant: z
    .string({ error: 'must be an amount in NOK, e.g. "2.00"' })
    .check(z.regex(/^\d{1,9}(?:\.\d{1,2})?$/, { error: 'must be an amount in NOK, e.g. "2.00"' })),
});

/**
 * Schema for shares stated in the agreement, not derived from population:
 * a percentage ("40.07") or a fraction ("1/3") per kommunenummer.
 *
 * @example
 * StatedSharesCostKeySchema.safeParse({
 *   kind: 'stated-shares', validFrom: '2025-01-01', clause: '§9', shares: { '5001': '1/2', '5025': '1/2' },
 * }).success; //=> true
 */
export const StatedSharesCostKeySchema = z.strictObject({
  kind: z.literal('stated-shares'),
  ...keyBase,
  shares: z.record(KommunenummerSchema, ShareSchema),
  scaleToWhole: z.exactOptional(
    z
      .boolean({ error: 'must be true or false' })
      .check(
        z.describe(
          'The agreement says to scale the stated shares of the members to the whole (e.g. after a withdrawal). Without it, shares that do not sum to the whole are an input error.',
        ),
      ),
  ),
});

/**
 * Schema for the basis of one part of a `parts` key: split equally, by
 * population, by shares the agreement states (as a `stated-shares` key), or
 * by a measured quantity (usage) of a measure the agreement declares.
 *
 * @example
 * PartBasisSchema.safeParse({ kind: 'measured', measure: 'cases' }).success; //=> true
 */
export const PartBasisSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('equal') }),
    z.strictObject({ kind: z.literal('population') }),
    z.strictObject({
      kind: z.literal('stated-shares'),
      shares: z.record(KommunenummerSchema, ShareSchema),
      scaleToWhole: z.exactOptional(
        z
          .boolean({ error: 'must be true or false' })
          .check(z.describe('Scale the stated shares of the members to the whole of the part.')),
      ),
    }),
    z.strictObject({
      kind: z.literal('measured'),
      measure: IdSchemaOf('measure').check(
        z.describe('The id of a measure the agreement declares in `measures`.'),
      ),
    }),
  ],
  {
    error:
      'must be a basis with a known "kind" ("equal", "population", "stated-shares", "measured")',
  },
);

/**
 * Schema for a cost key made of parts: each part a share of the cost (a
 * percentage or a fraction) split on its own basis. The parts must sum to
 * exactly the whole (checked by {@link parseAgreement}). A part by
 * population may name its own `populationDate`, in place of the key's.
 *
 * @example
 * PartsCostKeySchema.safeParse({
 *   kind: 'parts', validFrom: '2026-01-01', clause: '§7',
 *   parts: [{ share: '40', basis: { kind: 'equal' } }, { share: '60', basis: { kind: 'population' } }],
 * }).success; //=> true
 */
export const PartsCostKeySchema = z.strictObject({
  kind: z.literal('parts'),
  ...keyBase,
  populationDate: z.exactOptional(PopulationDateSchema),
  parts: z
    .array(
      z.strictObject({
        share: ShareSchema.check(
          z.describe('The part of the cost, a percentage ("40") or a fraction ("2/5").'),
        ),
        basis: PartBasisSchema,
        clause: z.exactOptional(
          ClauseRefSchema.check(z.describe("The part's own clause, when it has one.")),
        ),
        populationDate: z.exactOptional(
          PopulationDateSchema.check(
            z.describe(
              'For a part by population only: the date whose figures this part reads ("budget-year", "year-before" or a fixed date), in place of the key\'s `populationDate` (e.g. 40 % equal, 60 % by the population of 1 January of the year before, while another part reads the budget year).',
            ),
          ),
        ),
      }),
    )
    .check(
      z.minLength(1, { error: 'must list at least one part' }),
      maxEntries(50),
      z.describe('The parts of the key; their shares sum to the whole.'),
    ),
});

/**
 * Schema for a measure (a measured quantity, e.g. m³ of water, cases, users,
 * hours) that a part of a cost key can be split by; the quantities per party
 * are given per call.
 *
 * @example
 * MeasureSchema.safeParse({ id: 'cases', name: 'Saker', unit: 'saker', clause: '§7' }).success; //=> true
 */
export const MeasureSchema = z.strictObject({
  id: IdSchemaOf('measure'),
  name: z
    .string({ error: 'must be the name of the measure as text' })
    .check(z.minLength(1, { error: 'must not be empty' }), maxChars(200)),
  unit: z
    .string({ error: 'must be the unit as text, e.g. "m³"' })
    .check(z.minLength(1, { error: 'must not be empty' }), maxChars(50)),
  clause: ClauseRefSchema,
});

/**
 * A measure (måltall) a cost key part can be split by: id, name, unit and clause.
 *
 * @example
 * const measure: Measure = { id: 'cases', name: 'Saker', unit: 'saker', clause: '§7' };
 */
export type Measure = DeepReadonly<z.output<typeof MeasureSchema>>;

/**
 * Schema for a cost pool (e.g. operations, investments), whose costs are
 * split by the keys of that pool.
 *
 * @example
 * CostPoolSchema.safeParse({ id: 'investments', name: 'Investeringer', clause: '§8' }).success; //=> true
 */
export const CostPoolSchema = z.strictObject({
  id: IdSchemaOf('cost pool'),
  name: z
    .string({ error: 'must be the name of the pool as text' })
    .check(z.minLength(1, { error: 'must not be empty' }), maxChars(200)),
  clause: ClauseRefSchema,
});

/**
 * A cost pool (kostnadsområde, e.g. drift or investeringer): id, name, clause.
 *
 * @example
 * const pool: CostPool = { id: 'investments', name: 'Investeringer', clause: '§8' };
 */
export type CostPool = DeepReadonly<z.output<typeof CostPoolSchema>>;

/**
 * Schema for a {@link CostKey} (kostnadsfordelingsnøkkel), any kind.
 *
 * @example
 * CostKeySchema.safeParse({ kind: 'population', validFrom: '2025-01-01', clause: '§9' }).success; //=> true
 */
export const CostKeySchema = z.discriminatedUnion(
  'kind',
  [
    PopulationCostKeySchema,
    FixedAndPopulationCostKeySchema,
    PerInhabitantCostKeySchema,
    StatedSharesCostKeySchema,
    PartsCostKeySchema,
  ],
  {
    error:
      'must be a cost key with a known "kind" ("population", "fixed-and-population", "per-inhabitant", "stated-shares", "parts")',
  },
);

/**
 * A cost key (kostnadsfordelingsnøkkel, fordelingsnøkkel): how shared costs
 * are divided among the parties, the clause that says so, and the date from
 * which it applies. An agreement may have several keys over time; the one
 * in force on a date is the latest whose `validFrom` is on or before it.
 *
 * Kinds: `population` — each party pays in proportion to its inhabitants at
 * the agreement's population reference date; `fixed-and-population` — a
 * fixed part split equally and the rest by population; `per-inhabitant` — a
 * rate per inhabitant (the split of a total is then by population);
 * `stated-shares` — percentages or fractions stated in the agreement;
 * `parts` — parts of the cost, each a percentage or fraction split on its
 * own basis (equal, population, stated shares, or a measured quantity of a
 * declared measure), apportioned once by largest remainder. A per-inhabitant
 * key sets the amount itself: rate × population. `limits` gives a floor
 * and/or cap per party in NOK; `pool` names the cost pool the key is for. A key
 * with `serviceArea` applies to that area's participants only. `validUntil`
 * ends a key whose source limits it (a rate stated for one year), so that it
 * is not carried forward; `source` names where a key comes from when it is
 * not the agreement text, and every reason that uses it shows it; `reading`
 * makes a key apply only under one reading of an interpretation note;
 * `ownership` says the agreement calls the shares ownership shares
 * (eierandeler). Stated shares must make up the whole unless `scaleToWhole`
 * says the agreement scales them. `statedTable` records what the
 * agreement itself prints for the key (Helseplattformen: "Tabell 9.1", each
 * party's eierandel %, 535 512 inhabitants, "100.00%"), so that the computed
 * figures can be checked against it. The law expects the shares to be stated
 * in the agreement, in percent or as a fraction.
 *
 * @example
 * const key: CostKey = {
 *   kind: 'population',
 *   validFrom: '2025-01-01',
 *   clause: '§9',
 *   statedTable: {
 *     name: 'Tabell 9.1',
 *     percents: { '5001': '40.07', '1505': '4.56' },
 *     totalPopulation: 535512,
 *     totalPercent: '100.00',
 *   },
 * };
 */
export type CostKey = DeepReadonly<z.output<typeof CostKeySchema>>;
