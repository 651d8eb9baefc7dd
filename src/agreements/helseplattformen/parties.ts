import type { Party } from '../../model/party.js';

/** First day of the agreement; see the interpretation note `start-date`. */
export const VALID_FROM = '2025-01-01';

function party(
  number: string,
  name: string,
  population: number,
  statedPercent: string,
  extra: { roles?: readonly ('kontorkommune' | 'vertskommune')[] } = {},
): Party {
  return {
    municipality: { number, name },
    population,
    statedPercent,
    membership: { joined: VALID_FROM },
    ...extra,
  };
}

/**
 * The 34 owner municipalities (eierkommuner), in the order of tabell 9.1, with
 * the population per 1 January 2024 and the share (eierandel %) the table
 * prints. Trondheim is the kontorkommune (§2, §11).
 *
 * @see Helseplattformen §1.3, §9 (tabell 9.1)
 */
export const parties: readonly Party[] = [
  party('5001', 'Trondheim', 214_565, '40.07', { roles: ['kontorkommune'] }),
  party('1505', 'Kristiansund', 24_404, '4.56'),
  party('1506', 'Molde', 32_816, '6.13'),
  party('1508', 'Ålesund', 58_509, '10.93'),
  party('1511', 'Vanylven', 3026, '0.57'),
  party('1531', 'Sula', 9720, '1.82'),
  party('1535', 'Vestnes', 7147, '1.33'),
  party('1539', 'Rauma', 7299, '1.36'),
  party('1547', 'Aukra', 3678, '0.69'),
  party('1560', 'Tingvoll', 3041, '0.57'),
  party('1563', 'Sunndal', 7227, '1.35'),
  party('1566', 'Surnadal', 5953, '1.11'),
  party('1573', 'Smøla', 2159, '0.40'),
  party('1578', 'Fjord', 2492, '0.47'),
  party('1579', 'Hustadvika', 13_437, '2.51'),
  party('1580', 'Haram', 9357, '1.75'),
  party('5021', 'Oppdal', 7389, '1.38'),
  party('5022', 'Rennebu', 2484, '0.46'),
  party('5025', 'Røros', 5685, '1.06'),
  party('5026', 'Holtålen', 2035, '0.38'),
  party('5027', 'Midtre Gauldal', 6140, '1.15'),
  party('5028', 'Melhus', 17_560, '3.28'),
  party('5029', 'Skaun', 8484, '1.58'),
  party('5032', 'Selbu', 4216, '0.79'),
  party('5033', 'Tydal', 773, '0.14'),
  party('5037', 'Levanger', 20_574, '3.84'),
  party('5038', 'Verdal', 15_193, '2.84'),
  party('5054', 'Indre Fosen', 10_023, '1.87'),
  party('5055', 'Heim', 6093, '1.14'),
  party('5056', 'Hitra', 5323, '0.99'),
  party('5057', 'Ørland', 10_522, '1.96'),
  party('5058', 'Åfjord', 4339, '0.81'),
  party('5061', 'Rindal', 1958, '0.37'),
  party('3430', 'Os', 1891, '0.35'),
];
