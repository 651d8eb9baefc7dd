import { AgreementInputError, type InputProblem } from '../model/errors.js';
import { roleDimension, structureProblems } from './decode.js';
import { populationFromJsonStat } from './population-jsonstat.js';
import { DatasetSchema, type Decoded } from './schema.js';
import type { PopulationTable } from './table.js';

/**
 * Reads an SSB JSON-stat 2.0 answer for table 07459 with several years into
 * one {@link PopulationTable} per year (folkemengde per 1 January of each),
 * in the answer's order of years; every table is read as
 * {@link populationFromJsonStat} reads one year.
 *
 * @throws {@link index!AgreementInputError} as {@link populationFromJsonStat} does.
 * @example
 * // An answer for 2024, 2025 and 2026:
 * const tables = populationsFromJsonStat(await (await fetch(url, { method: 'POST', body })).json());
 * tables.map((t) => t.referenceDate); //=> ['2024-01-01', '2025-01-01', '2026-01-01']
 */
export function populationsFromJsonStat(input: unknown): PopulationTable[] {
  return yearsOf(input).map((year) => populationFromJsonStat(input, { year }));
}

/** The year codes of the answer's time dimension; the reader's own error when it has none to read. */
function yearsOf(input: unknown): readonly string[] {
  const parsed = DatasetSchema.safeParse(input);
  if (parsed.success) {
    const dataset = parsed.data;
    const { problems, dimensions } = structureProblems(dataset);
    const time = roleDimension(dataset, 'time', 'Tid', problems);
    if (problems.length === 0 && time !== undefined) {
      return (dimensions[dataset.id.indexOf(time)] as Decoded).codes;
    }
  }
  // Not a readable answer: the one-year reader throws the problems with their paths.
  return [populationFromJsonStat(input).referenceDate.slice(0, 4)];
}

/**
 * Gives each party its populations per reference date (`populations`) from
 * several tables, one per date: new party objects, the figures of other dates
 * they already have kept, in the same order; the input is never modified.
 *
 * @throws {@link index!AgreementInputError} naming every party and date a
 * table has no figure for (path `parties[i].municipality.number`).
 * @example
 * const answer = await (await fetch(url, { method: 'POST', body })).json();
 * const parties = partiesWithPopulations(agreement.parties, populationsFromJsonStat(answer));
 * parties[0].populations; //=> { '2024-01-01': 1000, '2025-01-01': 1100, '2026-01-01': 1300 }
 */
export function partiesWithPopulations<
  P extends {
    readonly municipality: { readonly number: string };
    readonly populations?: Readonly<Record<string, number>>;
  },
>(parties: readonly P[], tables: readonly PopulationTable[]): P[] {
  const byDate = tables.map(
    (table) => [table, new Map(table.values.map((row) => [row.number, row.population]))] as const,
  );
  const problems: InputProblem[] = [];
  const result = parties.map((party, i) => {
    const populations: Record<string, number> = { ...party.populations };
    for (const [table, figures] of byDate) {
      const population = figures.get(party.municipality.number);
      if (population === undefined) {
        problems.push({
          path: `parties[${i}].municipality.number`,
          code: 'missing_population',
          message: `is ${party.municipality.number}, which has no figure in the population table (SSB ${table.table}, ${table.referenceDate})`,
        });
      } else populations[table.referenceDate] = population;
    }
    return { ...party, populations };
  });
  if (problems.length > 0) {
    throw new AgreementInputError(problems, 'The population tables do not cover every party');
  }
  return result;
}
