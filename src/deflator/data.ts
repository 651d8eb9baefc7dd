/**
 * The municipal deflator (kommunal deflator) as published: dated values, each
 * with where it was published and its address. Data, not code: a new budget
 * adds a value here.
 *
 * Sources: the Finance Ministry's national budget (NB) and revised national
 * budget (RNB) figures, as reported by KS (ks.no, «Kommunal deflator»), the
 * county governors and the government (regjeringen.no); each value names its
 * own address in `source`.
 */

/**
 * What a price adjustment by {@link MUNICIPAL_DEFLATOR} cites when no
 * agreement is given: the public source of the series.
 *
 * @example
 * DEFLATOR_SOURCE; //=> 'Kommunal deflator (Finansdepartementet, NB/RNB)'
 */
export const DEFLATOR_SOURCE = 'Kommunal deflator (Finansdepartementet, NB/RNB)';

/**
 * One published value of the municipal deflator (kommunal deflator): the
 * year it is for, the growth in percent, how final it is, and where it was
 * published.
 *
 * @example
 * const value: DeflatorValue = { year: 2022, percent: '6.7', status: 'final', published: 'RNB23', source: 'https://www.ks.no/…' };
 */
export interface DeflatorValue {
  readonly year: number;
  /** Growth in percent, as a dot-decimal string: '4.1'. */
  readonly percent: string;
  /** `final` beats `outturn-derived`, which beats `revised-estimate`, which beats `estimate`. */
  readonly status: 'estimate' | 'revised-estimate' | 'outturn-derived' | 'final';
  readonly published: string;
  readonly source: string;
}

/**
 * The municipal deflator values (Finance Ministry figures as reported by
 * KS, the county governors and the government), with their sources and
 * status. Not every year has a final figure; 2026 has none.
 * Callers may supply their own series.
 *
 * @example
 * MUNICIPAL_DEFLATOR.filter((v) => v.year === 2022).map((v) => v.percent); //=> ['2.5', '5.3', '6.7']
 */
export const MUNICIPAL_DEFLATOR: readonly DeflatorValue[] = [
  {
    year: 2019,
    percent: '2.8',
    status: 'estimate',
    published: 'NB19',
    source:
      'https://kommunal-rapport.no/politikk/2018/10/her-er-vinnerne-og-taperne-i-statsbudsjettet',
  },
  {
    year: 2020,
    percent: '3.1',
    status: 'estimate',
    published: 'NB20',
    source:
      'https://www.fylkesmannen.no/Trondelag/Kommunal-styring/Kommuneokonomi/statsbudsjettet-2020/',
  },
  {
    year: 2021,
    percent: '2.7',
    status: 'estimate',
    published: 'NB21',
    source:
      'https://www.ks.no/fagomrader/okonomi/sjefokonomens-side/kommunal-deflator-bruk-oppbygging-og-anslag/',
  },
  {
    year: 2021,
    percent: '3.3',
    status: 'revised-estimate',
    published: 'NB22',
    source:
      'https://www.ks.no/fagomrader/okonomi/sjefokonomens-side/kommunal-deflator-bruk-oppbygging-og-anslag/',
  },
  {
    year: 2022,
    percent: '2.5',
    status: 'estimate',
    published: 'NB22',
    source: 'https://www.ks.no/fagomrader/okonomi/sjefokonomens-side/kommunal-deflator-for-2022/',
  },
  {
    year: 2022,
    percent: '5.3',
    status: 'revised-estimate',
    published: 'NB23',
    source:
      'https://www.ks.no/fagomrader/okonomi/sjefokonomens-side/kommunal-deflator-for-2023-og-2024/',
  },
  {
    year: 2022,
    percent: '6.7',
    status: 'final',
    published: 'RNB23',
    source:
      'https://www.ks.no/fagomrader/okonomi/sjefokonomens-side/kommunal-deflator-for-2023-og-2024/',
  },
  {
    year: 2023,
    percent: '3.7',
    status: 'estimate',
    published: 'NB23',
    source:
      'https://www.ks.no/fagomrader/okonomi/sjefokonomens-side/kommunal-deflator-for-2023-og-2024/',
  },
  {
    year: 2023,
    percent: '5.2',
    status: 'revised-estimate',
    published: 'RNB23',
    source:
      'https://www.ks.no/fagomrader/okonomi/sjefokonomens-side/kommunal-deflator-for-2023-og-2024/',
  },
  {
    year: 2023,
    percent: '4.3',
    status: 'outturn-derived',
    published: 'KS 2024 (RNB 2023 anslo 0,9 prosentpoeng for høyt)',
    source:
      'https://ks.no/fagomrader/okonomi/sjefokonomens-side/kommunal-deflator-for-2024-og-2025',
  },
  {
    year: 2024,
    percent: '4.3',
    status: 'estimate',
    published: 'RNB24',
    source:
      'https://ks.no/fagomrader/okonomi/sjefokonomens-side/kommunal-deflator-for-2024-og-2025',
  },
  {
    year: 2025,
    percent: '4.1',
    status: 'estimate',
    published: 'NB25',
    source: 'https://www.regjeringen.no/no/dokumenter/prop.-142-s-20242025/id3100616/?ch=2',
  },
  {
    year: 2025,
    percent: '3.9',
    status: 'revised-estimate',
    published: 'RNB25',
    source: 'https://www.regjeringen.no/no/dokumenter/prop.-142-s-20242025/id3100616/?ch=2',
  },
];
