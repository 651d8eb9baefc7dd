import * as z from 'zod/mini';
import { AgreementInputError } from './errors.js';
import { type Region, RegionSchema } from './region.js';
import { schemaProblems } from './schema-problems.js';

/**
 * Schema for a regions file: a region division (regioninndeling), a list of
 * {@link Region} (`schema/regions.json` is generated from it).
 *
 * @example
 * RegionsSchema.safeParse([{ id: 'nord', name: 'Nord', municipalities: ['5001'] }]).success; //=> true
 */
export const RegionsSchema = z
  .array(RegionSchema)
  .check(z.minLength(1, { error: 'must list at least one region' }));

/**
 * Reads a region division (regioninndeling) from JSON: a list of regions,
 * each with an id, a name and its municipalities' kommunenummer.
 *
 * @throws {@link AgreementInputError} listing every problem with its path.
 * @example
 * parseRegions([{ id: 'nord', name: 'Nord', municipalities: ['5001'] }]);
 * //=> [{ id: 'nord', name: 'Nord', municipalities: ['5001'] }]
 */
export function parseRegions(input: unknown): Region[] {
  const parsed = RegionsSchema.safeParse(input);
  if (!parsed.success)
    throw new AgreementInputError(schemaProblems(parsed, input), 'Invalid regions');
  return parsed.data;
}
