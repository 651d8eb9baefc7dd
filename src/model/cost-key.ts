import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { ClauseRefSchema } from './clause.js';
import { IsoDateSchema } from './iso-date.js';
import { KommunenummerSchema } from './municipality.js';

/** A percentage as a dot-decimal string from 0 to 100 with at most four decimals, e.g. "40.07". */
const PercentSchema = z
  .string({ error: 'must be a percentage as a dot-decimal string, e.g. "40.07"' })
  .check(
    z.regex(/^(?:100(?:\.0{1,4})?|\d{1,2}(?:\.\d{1,4})?)$/, {
      error: 'must be a percentage from 0 to 100 as a dot-decimal string, e.g. "40.07"',
    }),
  );

/**
 * Schema for a population cost key ({@link CostKey} of kind `population`).
 *
 * @example
 * PopulationCostKeySchema.safeParse({ kind: 'population', validFrom: '2025-01-01', clause: '§9' }).success;
 * //=> true
 */
export const PopulationCostKeySchema = z.strictObject({
  kind: z.literal('population', { error: 'must be "population"' }),
  validFrom: IsoDateSchema.check(z.describe('First day the key applies.')),
  clause: ClauseRefSchema,
  statedTable: z.exactOptional(
    z
      .strictObject({
        name: z.exactOptional(
          z
            .string({ error: 'must be the name of the table, e.g. "Tabell 9.1"' })
            .check(z.minLength(1, { error: 'must not be empty' }), z.maxLength(100)),
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
          'What the agreement itself prints for this key (e.g. Helseplattformen "Tabell 9.1"), kept to check the computed figures against.',
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
export const CostKeySchema = z.discriminatedUnion('kind', [PopulationCostKeySchema], {
  error: 'must be a cost key with a known "kind" ("population")',
});

/**
 * A cost key (kostnadsfordelingsnøkkel, fordelingsnøkkel): how shared costs
 * are divided among the parties, the clause that says so, and the date from
 * which it applies. An agreement may have several keys over time; the one
 * in force on a date is the latest whose `validFrom` is on or before it.
 *
 * Kind `population`: each party pays in proportion to its inhabitants at the
 * agreement's population reference date. `statedTable` records what the
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
