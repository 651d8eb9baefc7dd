import * as z from 'zod/mini';

/** The one statbank table whose figures are population per 1 January by municipality. */
export const TABLE = '07459';

const text = (what: string) => z.string({ error: `must be ${what} as text` });

const CategorySchema = z.looseObject({
  index: z.optional(
    z.union(
      [
        z.array(text('a category code')),
        z.record(
          z.string(),
          z
            .int({ error: 'must be a position: a whole number ≥ 0' })
            .check(z.minimum(0, { error: 'must be a position: a whole number ≥ 0' })),
        ),
      ],
      { error: 'must be a list of category codes or an object from code to position' },
    ),
  ),
  label: z.optional(z.record(z.string(), text('a category label'))),
});

const DimensionSchema = z.looseObject({
  label: z.optional(text('the dimension label')),
  category: CategorySchema,
});

const Cell = z.nullable(z.number({ error: 'must be a number or null' }));

const Names = z.optional(z.array(text('a dimension id')));

/** JSON-stat 2.0 dataset (https://json-stat.org/full/), as far as this reader needs it. */
export const DatasetSchema = z.looseObject({
  version: z.literal('2.0', {
    error: 'must be "2.0": ask SSB for the format "json-stat2" (JSON-stat 2.0)',
  }),
  class: z.literal('dataset', { error: 'must be "dataset"' }),
  label: z.optional(text('the table title')),
  source: text('the publisher'),
  updated: z.optional(
    z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
      error: 'must be an ISO 8601 date or date-time, e.g. "2024-02-21T07:00:00Z"',
    }),
  ),
  id: z
    .array(text('a dimension id'))
    .check(z.minLength(1, { error: 'must list at least one dimension' })),
  size: z.array(
    z
      .int({ error: 'must be a whole number ≥ 0' })
      .check(z.minimum(0, { error: 'must be a whole number ≥ 0' })),
  ),
  role: z.optional(z.looseObject({ time: Names, geo: Names, metric: Names })),
  dimension: z.record(z.string(), DimensionSchema),
  value: z.union([z.array(Cell), z.record(z.string(), Cell)], {
    error: 'must be a list of numbers (or an object from position to number)',
  }),
  status: z.optional(
    z.union(
      [z.string(), z.array(z.nullable(z.string())), z.record(z.string(), z.nullable(z.string()))],
      { error: 'must be a status symbol, a list of them or an object from position to symbol' },
    ),
  ),
  extension: z.optional(
    z.looseObject({
      px: z.optional(z.looseObject({ tableid: z.optional(text('the table number')) })),
    }),
  ),
});

/** A JSON-stat dataset as the schema has parsed it. */
export type Dataset = z.infer<typeof DatasetSchema>;

/** One dimension after decoding: its codes in position order, and its labels. */
export interface Decoded {
  readonly codes: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
}
