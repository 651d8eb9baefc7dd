import type { IsoDate } from '../model/iso-date.js';

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
