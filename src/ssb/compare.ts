import { AgreementInputError, type InputProblem } from '../model/errors.js';
import type { PopulationTable } from './table.js';

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
 * const table: PopulationTable = {
 *   source: 'Statistisk sentralbyrå',
 *   table: '07459',
 *   updated: '2024-02-21T07:00:00Z',
 *   referenceDate: '2024-01-01',
 *   values: [
 *     { number: '5001', name: 'Trondheim', population: 214_565 },
 *     { number: '5035', name: 'Stjørdal', population: 25_000 },
 *   ],
 * };
 * const { missing, extra, renamed } = comparePopulationToParties(table, helseplattformen.parties);
 * [missing.length, extra, renamed]; //=> [33, ['5035'], []]
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
 * @throws {@link index!AgreementInputError} naming every party the table has no
 * figure for (path `parties[i].municipality.number`).
 * @example
 * const table: PopulationTable = {
 *   source: 'Statistisk sentralbyrå',
 *   table: '07459',
 *   updated: '2024-02-21T07:00:00Z',
 *   referenceDate: '2024-01-01',
 *   values: [
 *     { number: '5001', name: 'Trondheim', population: 214_565 },
 *     { number: '5035', name: 'Stjørdal', population: 25_000 },
 *   ],
 * };
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
