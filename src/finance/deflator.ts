import Decimal from 'decimal.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, type InputProblem } from '../model/errors.js';
import { citing, type Reason } from '../rules/reason.js';
import { type AmountInput, formatAmount, parseAmount } from './money.js';

/**
 * A private Decimal, so the library never changes decimal.js's global
 * settings. Each yearly factor (1 + p/100, p with at most six decimals) has
 * at most 12 significant digits, so a product over at most 300 years needs at
 * most 3 600: the factor is exact.
 */
const D = Decimal.clone({ precision: 4000, rounding: Decimal.ROUND_HALF_UP });
const PERCENT = /^-?\d{1,3}(?:\.\d{1,6})?$/;

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
 * The municipal deflator values in LEGAL.md §3 (Finance Ministry figures as
 * reported by KS, the county governors and the government), with their
 * sources and status. Not every year has a final figure; 2026 has none.
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

const RANK = { estimate: 0, 'revised-estimate': 1, 'outturn-derived': 2, final: 3 } as const;

/**
 * A price adjustment; see {@link adjustForDeflator}.
 *
 * @example
 * const adjusted: DeflatorAdjustment = adjustForDeflator('1000000.00', { fromYear: 2024, toYear: 2025 });
 */
export interface DeflatorAdjustment {
  readonly amount: string;
  readonly fromYear: number;
  readonly toYear: number;
  /** The compounded factor, exact, e.g. '1.039'. */
  readonly factor: string;
  /** The adjusted amount, rounded half up to whole øre. */
  readonly adjusted: string;
  /** The value used for each year, the best-status one. */
  readonly years: readonly DeflatorValue[];
  readonly reasons: readonly Reason[];
}

/**
 * Price-adjusts an amount by the municipal deflator (prisjustering med
 * kommunal deflator), compounded year by year: from `fromYear` prices to
 * `toYear` prices the factor is Π (1 + growth of year y) for y from
 * fromYear + 1 to toYear. For each year the most final value is used (final,
 * then outturn, then revised estimate, then estimate). The factor is exact
 * (decimal, never binary floating point); the result is rounded half up to
 * whole øre. Helseplattformen §9: "Prisjusteringer (kommunal deflator) vil
 * følge de samme prinsippene som er fastsatt i Tjenesteavtalen" (whose Bilag 5
 * is not among the sources: this function is the general mechanism).
 *
 * @param options.series - your own values; defaults to {@link MUNICIPAL_DEFLATOR}.
 * @param options.agreement - the agreement to cite: an {@link Agreement} with
 *   `priceAdjustment` (its clause is cited, and when the document that governs
 *   the adjustment is not among the sources a second reason says so), or an id
 *   and clause, e.g. `{ id: 'helseplattformen', clause: '§9' }`.
 * @throws {@link AgreementInputError} for a bad amount, years out of order, or a year without a value.
 * @see Helseplattformen §9; LEGAL.md §3
 * @example
 * adjustForDeflator('1000000.00', { fromYear: 2021, toYear: 2023 });
 * //=> { factor: '1.112881', adjusted: '1112881.00', years: [2022 final 6.7, 2023 outturn 4.3], … }
 */
export function adjustForDeflator(
  amount: AmountInput,
  options: {
    readonly fromYear: number;
    readonly toYear: number;
    readonly series?: readonly DeflatorValue[];
    readonly agreement?: {
      readonly id: string;
      readonly clause?: string;
      readonly priceAdjustment?: Agreement['priceAdjustment'];
    };
  },
): DeflatorAdjustment {
  const ore = parseAmount(amount, 'amount');
  const { fromYear, toYear } = options;
  const series = options.series ?? MUNICIPAL_DEFLATOR;
  const isYear = (y: number) => Number.isInteger(y) && y >= 1900 && y <= 2200;
  const yearProblems: InputProblem[] = [];
  for (const name of ['fromYear', 'toYear'] as const) {
    if (!isYear(options[name])) {
      yearProblems.push({
        path: name,
        code: 'invalid_years',
        message: 'must be a year from 1900 to 2200',
      });
    }
  }
  if (yearProblems.length === 0 && toYear < fromYear) {
    yearProblems.push({
      path: 'toYear',
      code: 'invalid_years',
      message: `must not be before fromYear (${fromYear})`,
    });
  }
  if (yearProblems.length > 0) throw new AgreementInputError(yearProblems, 'Invalid years');
  const seriesProblems = series.flatMap((value, i) => {
    const bad = (field: string, message: string) => [
      { path: `series[${i}].${field}`, code: 'invalid_value', message },
    ];
    if (typeof value.percent !== 'string' || !PERCENT.test(value.percent)) {
      return bad(
        'percent',
        'must be a dot-decimal percentage with at most six decimals, e.g. "4.1"',
      );
    }
    if (value.percent.startsWith('-') && !new D(value.percent).gt(-100)) {
      return bad('percent', 'must be above −100');
    }
    if (!Object.hasOwn(RANK, value.status)) {
      return bad('status', 'must be "estimate", "revised-estimate", "outturn-derived" or "final"');
    }
    return [];
  });
  if (seriesProblems.length > 0) {
    throw new AgreementInputError(seriesProblems, 'Invalid deflator series');
  }
  const used: DeflatorValue[] = [];
  const missing: number[] = [];
  for (let year = fromYear + 1; year <= toYear; year++) {
    let best: DeflatorValue | undefined;
    for (const value of series) {
      if (value.year === year && (best === undefined || RANK[value.status] >= RANK[best.status]))
        best = value;
    }
    if (best === undefined) missing.push(year);
    else used.push(best);
  }
  if (missing.length > 0) {
    throw new AgreementInputError(
      missing.map((year) => ({
        path: `series[${year}]`,
        code: 'no_deflator_value',
        message: `no deflator value for ${year}`,
      })),
      'Deflator values missing',
    );
  }
  let factor = new D(1);
  for (const value of used) factor = factor.times(new D(value.percent).dividedBy(100).plus(1));
  const adjusted = new D(ore.toString()).times(factor).toDecimalPlaces(0, D.ROUND_HALF_UP);
  const adjustedOre = BigInt(adjusted.toFixed(0));
  const cite = citing(options.agreement?.id ?? 'kommunal-deflator');
  const rule = options.agreement?.priceAdjustment;
  const clause = options.agreement?.clause ?? rule?.clause ?? 'LEGAL.md §3';
  return {
    amount: formatAmount(ore),
    fromYear,
    toYear,
    factor: factor.toFixed(),
    adjusted: formatAmount(adjustedOre),
    years: used,
    reasons: [
      cite(clause, 'deflator_applied', {
        fromYear,
        toYear,
        factor: factor.toFixed(),
        years: used.map(({ year, percent, status, published }) => ({
          year,
          percent,
          status,
          published,
        })),
      }),
      ...(rule === undefined || rule.inSources
        ? []
        : [
            cite(clause, 'deflator_method_not_in_sources', {
              document: rule.governedBy,
              note: rule.note ?? null,
            }),
          ]),
    ],
  };
}
