import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import { schemaProblems } from '../model/schema-problems.js';
import { chooseYear } from './choose-year.js';
import { describeCodes, roleDimension, structureProblems, tableNumber } from './decode.js';
import { DatasetSchema, type Decoded } from './schema.js';
import type { PopulationTable } from './table.js';
import { municipalityValues } from './values.js';

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
 * @throws {@link index!AgreementInputError} listing every problem with its path:
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
