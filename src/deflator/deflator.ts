import Decimal from 'decimal.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, type InputProblem } from '../model/errors.js';
import { type AmountInput, formatAmount, parseAmount } from '../rules/money.js';
import { citing, type Reason } from '../rules/reason.js';
import { DEFLATOR_SOURCE, type DeflatorValue, MUNICIPAL_DEFLATOR } from './data.js';

export { DEFLATOR_SOURCE, type DeflatorValue, MUNICIPAL_DEFLATOR } from './data.js';

/**
 * A private Decimal, so the library never changes decimal.js's global
 * settings. Each yearly factor (1 + p/100, p with at most six decimals) has
 * at most 12 significant digits, so a product over at most 300 years needs at
 * most 3 600: the factor is exact.
 */
const D = Decimal.clone({ precision: 4000, rounding: Decimal.ROUND_HALF_UP });
const PERCENT = /^-?\d{1,3}(?:\.\d{1,6})?$/;

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
 * @throws {@link index!AgreementInputError} for a bad amount, years out of order, or a year without a value.
 * @see Helseplattformen §9; {@link DEFLATOR_SOURCE}
 * @example
 * const result = adjustForDeflator('1000000.00', { fromYear: 2021, toYear: 2023 });
 * result.years.map((y) => [y.year, y.status, y.percent]);
 * //=> [[2022, 'final', '6.7'], [2023, 'outturn-derived', '4.3']]
 * // 1.067 × 1.043:
 * [result.factor, result.adjusted]; //=> ['1.112881', '1112881.00']
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
  const clause = options.agreement?.clause ?? rule?.clause ?? DEFLATOR_SOURCE;
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
