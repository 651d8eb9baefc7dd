import * as z from 'zod/mini';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import { schemaProblems } from '../model/schema-problems.js';

/**
 * A population table (folketall per kommune) read from Statistics Norway
 * (Statistisk sentralbyrå, SSB): inhabitants per municipality on one
 * reference date, with where the figures come from.
 *
 * `values` holds municipalities only (four-digit kommunenummer), sorted by
 * kommunenummer; names are SSB's labels without the parallel Sami or Kven
 * name ("Trondheim - Tråante" becomes "Trondheim").
 *
 * @example
 * const table: PopulationTable = {
 *   source: 'Statistisk sentralbyrå',
 *   table: '07459',
 *   updated: '2024-02-21T07:00:00Z',
 *   referenceDate: '2024-01-01',
 *   values: [{ number: '5001', name: 'Trondheim', population: 214_565 }],
 * };
 */
export interface PopulationTable {
  /** Who publishes the figures, as the answer says: `'Statistisk sentralbyrå'`. */
  readonly source: string;
  /** The statbank table (statistikkbanktabell): `'07459'`. */
  readonly table: string;
  /** When SSB last updated the table (ISO 8601, as SSB gives it), or `null` if the answer does not say. */
  readonly updated: string | null;
  /** The day the population is counted (folkemengde per 1. januar): `'YYYY-01-01'`. */
  readonly referenceDate: IsoDate;
  /** Inhabitants (innbyggere) per municipality, sorted by kommunenummer. */
  readonly values: readonly {
    readonly number: string;
    readonly name: string;
    readonly population: number;
  }[];
}

/** The one statbank table whose figures are population per 1 January by municipality. */
const TABLE = '07459';

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
const DatasetSchema = z.looseObject({
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

type Dataset = z.infer<typeof DatasetSchema>;

/** One dimension after decoding: its codes in position order, and its labels. */
interface Decoded {
  readonly codes: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * Reads Statistics Norway's JSON-stat 2.0 answer for statbank table 07459
 * (Befolkning, etter region, kjønn, alder, statistikkvariabel og år) into a
 * {@link PopulationTable}: folkemengde per 1 January per municipality.
 *
 * The answer must be a JSON-stat 2.0 dataset (`"version": "2.0"`, `"class":
 * "dataset"`) from table 07459 in which only the region dimension varies:
 * one statistics variable (`ContentsCode`), one year (`Tid`; choose one with
 * `options.year` when the answer has several), and sex (`Kjonn`) and age
 * (`Alder`) left out of the query, so that SSB sums over them. A breakdown
 * dimension that is present, even with a single category, is rejected: one
 * category of it is a part (women, say), not the total.
 *
 * The flat `value` list is decoded row-major over `id` and `size`, with each
 * category's position from `category.index` (a list of codes or an object
 * from code to position). Regions that are not municipalities (the whole
 * country `0`, counties such as `50`) are skipped, and so are cells SSB marks
 * `"."` (the region did not exist that year). Names keep the part before
 * `" - "`.
 *
 * @throws {@link AgreementInputError} listing every problem with its path:
 * not JSON-stat, wrong version, another table, `size` and `value` that do not
 * match, a missing dimension, several years without `options.year`, values
 * that are missing or not whole numbers ≥ 0.
 * @example
 * const answer = JSON.parse(await (await fetch(url, { method: 'POST', body })).text());
 * const table = populationFromJsonStat(answer);
 * table.referenceDate; //=> '2024-01-01'
 * table.values[1]; //=> { number: '5001', name: 'Trondheim', population: 214565 }
 *
 * populationFromJsonStat(twoYears, { year: '2024' }).referenceDate; //=> '2024-01-01'
 */
export function populationFromJsonStat(
  input: unknown,
  options: { readonly year?: string } = {},
): PopulationTable {
  const subject = 'Invalid SSB population data (JSON-stat)';
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new AgreementInputError(
      [
        {
          path: '',
          code: 'not_json_stat',
          message:
            'is not a JSON-stat dataset: expected an object with version, class, id, size, dimension and value',
        },
      ],
      subject,
    );
  }
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) throw new AgreementInputError(schemaProblems(parsed, input), subject);
  const dataset = parsed.data;

  const structure = structureProblems(dataset);
  if (structure.problems.length > 0) throw new AgreementInputError(structure.problems, subject);
  const dimensions = structure.dimensions;

  const problems: InputProblem[] = [];
  const table = tableNumber(dataset, problems);
  const geo = roleDimension(dataset, 'geo', 'Region', problems);
  const time = roleDimension(dataset, 'time', 'Tid', problems);
  const metric = dataset.role?.metric?.[0] ?? 'ContentsCode';
  for (const [i, id] of dataset.id.entries()) {
    if (id === geo || id === time) continue;
    const { codes, labels } = dimensions[i] as Decoded;
    const path = formatPath(['dimension', id]);
    if (id !== metric) {
      problems.push({
        path,
        code: 'not_eliminated',
        message: `selects ${describeCodes(codes, labels)}, so the figures are a part, not the total: leave ${id} out of the query and SSB sums over it`,
      });
    } else if (codes.length !== 1) {
      problems.push({
        path,
        code: 'not_singleton',
        message: `has ${describeCodes(codes, labels)}; select one, so that only the region varies`,
      });
    }
  }
  const year =
    time === undefined
      ? undefined
      : chooseYear(time, dimensions[dataset.id.indexOf(time)] as Decoded, options, problems);
  if (problems.length > 0 || geo === undefined || time === undefined || year === undefined) {
    throw new AgreementInputError(problems, subject);
  }

  const values = municipalityValues(dataset, dimensions, geo, time, year, problems);
  if (problems.length > 0) throw new AgreementInputError(problems, subject);
  return {
    source: dataset.source,
    table,
    updated: dataset.updated ?? null,
    referenceDate: `${year.code}-01-01`,
    values,
  };
}

/** `id`, `size`, `dimension` and `value` agree, and every category has one position. */
function structureProblems(dataset: Dataset): {
  problems: InputProblem[];
  dimensions: Decoded[];
} {
  const problems: InputProblem[] = [];
  const dimensions: Decoded[] = [];
  if (dataset.size.length !== dataset.id.length) {
    problems.push({
      path: 'size',
      code: 'size_mismatch',
      message: `has ${dataset.size.length} entries, but id names ${dataset.id.length} dimensions`,
    });
  }
  const seen = new Set<string>();
  for (const [i, id] of dataset.id.entries()) {
    if (seen.has(id)) {
      problems.push({
        path: `id[${i}]`,
        code: 'duplicate_dimension',
        message: `names ${id} a second time`,
      });
    }
    seen.add(id);
    const dimension = Object.hasOwn(dataset.dimension, id) ? dataset.dimension[id] : undefined;
    if (dimension === undefined) {
      problems.push({
        path: formatPath(['dimension', id]),
        code: 'missing_dimension',
        message: `is missing: id names the dimension ${id}, but dimension has no entry for it`,
      });
      dimensions.push({ codes: [], labels: {} });
      continue;
    }
    const decoded = decodeCategories(id, dimension.category, problems);
    dimensions.push(decoded);
    const size = dataset.size[i];
    if (size !== undefined && size !== decoded.codes.length) {
      problems.push({
        path: `size[${i}]`,
        code: 'size_mismatch',
        message: `is ${size}, but dimension ${id} has ${decoded.codes.length} ${decoded.codes.length === 1 ? 'category' : 'categories'}`,
      });
    }
  }
  const cells = dataset.size.reduce((product, n) => product * n, 1);
  if (Array.isArray(dataset.value)) {
    if (dataset.value.length !== cells) {
      problems.push({
        path: 'value',
        code: 'size_mismatch',
        message: `has ${dataset.value.length} values, but size [${dataset.size.join(', ')}] needs ${cells}`,
      });
    }
  } else {
    for (const key of Object.keys(dataset.value)) {
      if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= cells) {
        problems.push({
          path: formatPath(['value', key]),
          code: 'size_mismatch',
          message: `is not a position in the cube: size [${dataset.size.join(', ')}] has positions 0 to ${cells - 1}`,
        });
      }
    }
  }
  return { problems, dimensions };
}

/** The codes of a dimension in position order, from `category.index` (list or object) or, for one category, `category.label`. */
function decodeCategories(
  id: string,
  category: Dataset['dimension'][string]['category'],
  problems: InputProblem[],
): Decoded {
  const labels = category.label ?? {};
  const path = ['dimension', id, 'category', 'index'];
  const index = category.index;
  if (index === undefined) {
    const codes = Object.keys(labels);
    if (codes.length !== 1) {
      problems.push({
        path: formatPath(path),
        code: 'required',
        message: 'is required when the dimension has more or fewer than one category',
      });
    }
    return { codes, labels };
  }
  if (Array.isArray(index)) {
    const first = new Map<string, number>();
    for (const [i, code] of index.entries()) {
      const earlier = first.get(code);
      if (earlier !== undefined) {
        problems.push({
          path: formatPath([...path, i]),
          code: 'duplicate_category',
          message: `repeats the code ${JSON.stringify(code)} of position ${earlier}`,
        });
      } else first.set(code, i);
    }
    return { codes: index, labels };
  }
  const entries = Object.entries(index);
  const codes: (string | undefined)[] = new Array(entries.length).fill(undefined);
  for (const [code, position] of entries) {
    if (position >= entries.length || codes[position] !== undefined) {
      problems.push({
        path: formatPath([...path, code]),
        code: 'invalid_index',
        message:
          position >= entries.length
            ? `is position ${position}, but there are only ${entries.length} categories (positions 0 to ${entries.length - 1})`
            : `is position ${position}, which ${JSON.stringify(codes[position])} already has`,
      });
    } else codes[position] = code;
  }
  return { codes: codes.filter((code): code is string => code !== undefined), labels };
}

/** The table number, from `extension.px.tableid` or the title `"07459: …"`; it must be 07459. */
function tableNumber(dataset: Dataset, problems: InputProblem[]): string {
  const fromPx = dataset.extension?.px?.tableid;
  const fromLabel = /^(\d{5}):/.exec(dataset.label ?? '')?.[1];
  const table = fromPx ?? fromLabel;
  const path = fromPx !== undefined ? 'extension.px.tableid' : 'label';
  if (table === undefined) {
    problems.push({
      path,
      code: 'required',
      message: `must name the statbank table, e.g. "${TABLE}: Befolkning, etter region, statistikkvariabel og år"`,
    });
    return TABLE;
  }
  if (table !== TABLE) {
    problems.push({
      path,
      code: 'wrong_table',
      message: `is table ${table}; expected SSB table ${TABLE} (population per 1 January by region)`,
    });
  }
  return table;
}

/** The dimension with a role (`role.geo[0]`, else SSB's usual id), which must be in `id`. */
function roleDimension(
  dataset: Dataset,
  role: 'geo' | 'time',
  usual: string,
  problems: InputProblem[],
): string | undefined {
  const named = dataset.role?.[role]?.[0];
  const id = named ?? usual;
  if (dataset.id.includes(id)) return id;
  problems.push({
    path: named === undefined ? formatPath(['dimension', id]) : `role.${role}[0]`,
    code: 'missing_dimension',
    message:
      named === undefined
        ? `is missing: the answer has no ${role === 'geo' ? 'region' : 'year'} dimension ${id} (id is [${dataset.id.join(', ')}])`
        : `names ${id}, which is not among the dimensions in id`,
  });
  return undefined;
}

/** The one year to read: `options.year`, or the only year in the answer. */
function chooseYear(
  time: string,
  { codes }: Decoded,
  options: { readonly year?: string },
  problems: InputProblem[],
): { code: string; position: number } | undefined {
  const segments = ['dimension', time, 'category', 'index'];
  const path = formatPath(segments);
  let position: number;
  if (options.year !== undefined) {
    position = codes.indexOf(options.year);
    if (position < 0) {
      problems.push({
        path: 'options.year',
        code: 'unknown_year',
        message: `is ${options.year}, which the answer does not have; it has ${codes.join(', ') || 'no year'}`,
      });
      return undefined;
    }
  } else if (codes.length !== 1) {
    problems.push({
      path,
      code: codes.length === 0 ? 'no_year' : 'several_years',
      message:
        codes.length === 0
          ? 'has no year'
          : `has ${codes.length} years (${codes.join(', ')}): choose one with options.year`,
    });
    return undefined;
  } else position = 0;
  const code = codes[position] as string;
  if (!/^\d{4}$/.test(code)) {
    problems.push({
      path: formatPath([...segments, position]),
      code: 'invalid_year',
      message: `is ${JSON.stringify(code)}, not a year YYYY`,
    });
    return undefined;
  }
  return { code, position };
}

/** The municipalities' cells for the chosen year, checked and sorted by kommunenummer. */
function municipalityValues(
  dataset: Dataset,
  dimensions: readonly Decoded[],
  geo: string,
  time: string,
  year: { code: string; position: number },
  problems: InputProblem[],
): { number: string; name: string; population: number }[] {
  // Row-major: the last dimension in `id` varies fastest.
  const strides = dataset.size.map((_, i) =>
    dataset.size.slice(i + 1).reduce((product, n) => product * n, 1),
  );
  const geoAt = dataset.id.indexOf(geo);
  const timeAt = dataset.id.indexOf(time);
  const region = dimensions[geoAt] as Decoded;
  const rows: { number: string; name: string; population: number }[] = [];
  for (const [position, number] of region.codes.entries()) {
    if (!/^\d{4}$/.test(number)) continue; // the whole country, counties, other aggregates
    const cell =
      position * (strides[geoAt] as number) + year.position * (strides[timeAt] as number);
    const value = cellValue(dataset.value, cell);
    const label = Object.hasOwn(region.labels, number) ? region.labels[number] : undefined;
    const where = `${number}${label === undefined ? '' : ` ${label}`} in ${year.code}`;
    const path = Array.isArray(dataset.value)
      ? `value[${cell}]`
      : formatPath(['value', String(cell)]);
    if (value === null) {
      const symbol = statusOf(dataset.status, cell);
      if (symbol === '.') continue; // the region did not exist that year
      problems.push({
        path,
        code: 'missing_value',
        message: `is missing${symbol === undefined ? '' : ` (status ${JSON.stringify(symbol)})`}: no figure for ${where}`,
      });
      continue;
    }
    if (!Number.isSafeInteger(value) || value < 0) {
      problems.push({
        path,
        code: 'invalid_value',
        message: `must be a whole number ≥ 0 (inhabitants of ${where}), got ${value}`,
      });
      continue;
    }
    if (label === undefined) {
      problems.push({
        path: formatPath(['dimension', geo, 'category', 'label', number]),
        code: 'required',
        message: `is required: the name of municipality ${number}`,
      });
      continue;
    }
    rows.push({ number, name: withoutParallelName(label), population: value });
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({
      path: formatPath(['dimension', geo, 'category', 'index']),
      code: 'no_municipalities',
      message: 'has no municipality (four-digit kommunenummer) with a figure',
    });
  }
  // A code is in the index once (a repeated one is rejected), so no two rows have one number.
  return rows.sort((a, b) => (a.number < b.number ? -1 : 1));
}

/** A list or an object from position to value: either is read by the position (no list or object inherits a numeric key). */
function cellValue(value: Readonly<Record<number, number | null>>, cell: number): number | null {
  return value[cell] ?? null;
}

function statusOf(status: Dataset['status'], cell: number): string | undefined {
  if (status === undefined) return undefined;
  if (typeof status === 'string') return status;
  if (Array.isArray(status)) return (status.length === 1 ? status[0] : status[cell]) ?? undefined;
  const key = String(cell);
  return Object.hasOwn(status, key) ? (status[key] ?? undefined) : undefined;
}

/** "Trondheim - Tråante" → "Trondheim": the name before the parallel Sami or Kven name. */
function withoutParallelName(label: string): string {
  return (label.split(' - ')[0] as string).trim();
}

function describeCodes(codes: readonly string[], labels: Readonly<Record<string, string>>): string {
  const shown = codes.slice(0, 5).map((code) => {
    const label = Object.hasOwn(labels, code) ? labels[code] : undefined;
    return label === undefined ? JSON.stringify(code) : `${JSON.stringify(code)} ${label}`;
  });
  const more = codes.length > 5 ? `, … (${codes.length} in all)` : '';
  const count = codes.length === 1 ? '1 category' : `${codes.length} categories`;
  return `${count}: ${shown.join(', ')}${more}`;
}

/**
 * Checks a population table against the agreement's parties (deltakere) by
 * kommunenummer. Municipality numbers change with mergers and splits
 * (kommunesammenslåing, deling), so a table for another year, or an
 * agreement written before a reform, can name other numbers than the table.
 *
 * - `missing`: kommunenummer of parties the table has no figure for, in party order;
 * - `extra`: kommunenummer in the table that are not parties, in table order;
 * - `renamed`: same number, different name (party name vs table name).
 *
 * @example
 * comparePopulationToParties(table, helseplattformen.parties);
 * //=> { missing: ['1505', '1506', …], extra: ['5035'], renamed: [] }
 */
export function comparePopulationToParties(
  table: PopulationTable,
  parties: readonly { readonly municipality: { readonly number: string; readonly name: string } }[],
): {
  missing: string[];
  extra: string[];
  renamed: { number: string; party: string; table: string }[];
} {
  const byNumber = new Map(table.values.map((row) => [row.number, row]));
  const partyNumbers = new Set(parties.map((party) => party.municipality.number));
  const missing: string[] = [];
  const renamed: { number: string; party: string; table: string }[] = [];
  const seen = new Set<string>();
  for (const { municipality } of parties) {
    if (seen.has(municipality.number)) continue;
    seen.add(municipality.number);
    const row = byNumber.get(municipality.number);
    if (row === undefined) missing.push(municipality.number);
    else if (row.name !== municipality.name) {
      renamed.push({ number: row.number, party: municipality.name, table: row.name });
    }
  }
  const extra = table.values.map((row) => row.number).filter((n) => !partyNumbers.has(n));
  return { missing, extra, renamed };
}

/**
 * Gives each party its population (innbyggertall) from the table: new party
 * objects with `population` set, in the same order; the input is never
 * modified.
 *
 * @throws {@link AgreementInputError} naming every party the table has no
 * figure for (path `parties[i].municipality.number`).
 * @example
 * const table = populationFromJsonStat(answer); // SSB 07459, 1 January 2024
 * partiesWithPopulation(helseplattformen.parties.slice(0, 1), table)[0].population; //=> 214565
 */
export function partiesWithPopulation<
  P extends { readonly municipality: { readonly number: string }; readonly population?: number },
>(parties: readonly P[], table: PopulationTable): P[] {
  const byNumber = new Map(table.values.map((row) => [row.number, row.population]));
  const problems: InputProblem[] = [];
  const result = parties.map((party, i) => {
    const population = byNumber.get(party.municipality.number);
    if (population === undefined) {
      problems.push({
        path: `parties[${i}].municipality.number`,
        code: 'missing_population',
        message: `is ${party.municipality.number}, which has no figure in the population table (SSB ${table.table}, ${table.referenceDate})`,
      });
      return party;
    }
    return { ...party, population };
  });
  if (problems.length > 0) {
    throw new AgreementInputError(problems, 'The population table does not cover every party');
  }
  return result;
}
