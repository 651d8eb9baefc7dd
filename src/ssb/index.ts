/**
 * Statistics Norway's population table 07459 in JSON-stat 2.0 (the
 * `kommunesamarbeid/ssb` entry): read it, and set or compare the parties'
 * populations.
 *
 * @example
 * import { populationFromJsonStat } from 'kommunesamarbeid/ssb';
 * const table = populationFromJsonStat(await (await fetch(url)).json());
 *
 * @packageDocumentation
 */

export { comparePopulationToParties, partiesWithPopulation } from './compare.js';
export { populationFromJsonStat } from './population-jsonstat.js';
export { partiesWithPopulations, populationsFromJsonStat } from './population-years.js';
export type { PopulationTable } from './table.js';
