import type { Party } from '../../model/party.js';

/** First day of the agreement; see the interpretation note `start-date`. */
export const VALID_FROM = '2025-01-01';

/**
 * Tabell 9.1 (§9) row by row, as the agreement prints it: kommunenummer,
 * name, population per 1 January 2024, eierandel %.
 */
const TABELL_9_1: readonly (readonly [
  number: string,
  name: string,
  population: number,
  percent: string,
])[] = [
  ['5001', 'Trondheim', 214_565, '40.07'],
  ['1505', 'Kristiansund', 24_404, '4.56'],
  ['1506', 'Molde', 32_816, '6.13'],
  ['1508', 'Ålesund', 58_509, '10.93'],
  ['1511', 'Vanylven', 3026, '0.57'],
  ['1531', 'Sula', 9720, '1.82'],
  ['1535', 'Vestnes', 7147, '1.33'],
  ['1539', 'Rauma', 7299, '1.36'],
  ['1547', 'Aukra', 3678, '0.69'],
  ['1560', 'Tingvoll', 3041, '0.57'],
  ['1563', 'Sunndal', 7227, '1.35'],
  ['1566', 'Surnadal', 5953, '1.11'],
  ['1573', 'Smøla', 2159, '0.40'],
  ['1578', 'Fjord', 2492, '0.47'],
  ['1579', 'Hustadvika', 13_437, '2.51'],
  ['1580', 'Haram', 9357, '1.75'],
  ['5021', 'Oppdal', 7389, '1.38'],
  ['5022', 'Rennebu', 2484, '0.46'],
  ['5025', 'Røros', 5685, '1.06'],
  ['5026', 'Holtålen', 2035, '0.38'],
  ['5027', 'Midtre Gauldal', 6140, '1.15'],
  ['5028', 'Melhus', 17_560, '3.28'],
  ['5029', 'Skaun', 8484, '1.58'],
  ['5032', 'Selbu', 4216, '0.79'],
  ['5033', 'Tydal', 773, '0.14'],
  ['5037', 'Levanger', 20_574, '3.84'],
  ['5038', 'Verdal', 15_193, '2.84'],
  ['5054', 'Indre Fosen', 10_023, '1.87'],
  ['5055', 'Heim', 6093, '1.14'],
  ['5056', 'Hitra', 5323, '0.99'],
  ['5057', 'Ørland', 10_522, '1.96'],
  ['5058', 'Åfjord', 4339, '0.81'],
  ['5061', 'Rindal', 1958, '0.37'],
  ['3430', 'Os', 1891, '0.35'],
];

/**
 * The 34 owner municipalities (eierkommuner), in the order of tabell 9.1, with
 * the population per 1 January 2024. Trondheim is the kontorkommune (§2, §11).
 *
 * @see Helseplattformen §1.3, §9 (tabell 9.1)
 */
export const parties: readonly Party[] = TABELL_9_1.map(([number, name, population]) => ({
  municipality: { number, name },
  population,
  membership: { joined: VALID_FROM },
  ...(number === '5001' ? { roles: ['kontorkommune'] as const } : {}),
}));

/** The eierandel % of each party as tabell 9.1 prints it, by kommunenummer. */
export const statedPercents: Readonly<Record<string, string>> = Object.fromEntries(
  TABELL_9_1.map(([number, , , percent]) => [number, percent]),
);
