import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { ClauseRefSchema } from './clause.js';
import { IsoDateSchema } from './iso-date.js';

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
  table: z.exactOptional(
    z.string({ error: 'must be the name of the table, e.g. "Tabell 9.1"' }).check(z.maxLength(100)),
  ),
  statedTotal: z.exactOptional(
    z.strictObject({
      population: z.exactOptional(
        z
          .int({ error: 'must be a whole number ≥ 0' })
          .check(
            z.minimum(0, { error: 'must be a whole number ≥ 0' }),
            z.maximum(1_000_000_000, { error: 'must be at most 1 000 000 000' }),
          ),
      ),
      percent: z.exactOptional(
        z.string({ error: 'must be a percentage as a dot-decimal string, e.g. "100.00"' }).check(
          z.regex(/^\d{1,3}(?:\.\d{1,4})?$/, {
            error: 'must be a percentage as a dot-decimal string, e.g. "100.00"',
          }),
        ),
      ),
    }),
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
 * agreement's population reference date. `table` and `statedTotal` record
 * what the agreement itself prints (Helseplattformen: "Tabell 9.1", 535 512
 * inhabitants, "100.00%"), so that the computed figures can be checked
 * against it.
 *
 * @example
 * const key: CostKey = {
 *   kind: 'population',
 *   validFrom: '2025-01-01',
 *   clause: '§9',
 *   table: 'Tabell 9.1',
 *   statedTotal: { population: 535512, percent: '100.00' },
 * };
 */
export type CostKey = DeepReadonly<z.output<typeof CostKeySchema>>;
