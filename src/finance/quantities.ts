import { isIsoDate } from '../internal/iso-date.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';

/**
 * The measured quantities of one measure (e.g. m³ of water, cases, users,
 * hours) for a period: a dot-decimal string ≥ 0 per kommunenummer, at most
 * six decimals, e.g. `{ '5001': '1234.5' }`.
 *
 * @example
 * const cases: MeasuredQuantities = { period: { from: '2025-01-01', to: '2025-12-31' }, values: { '5001': '120', '5025': '30' } };
 */
export interface MeasuredQuantities {
  /** The period the figures were measured over, shown in the reasons. */
  readonly period?: { readonly from: string; readonly to: string };
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Measured quantities by measure id, the data about the world a key with a
 * measured part needs on each call.
 *
 * @example
 * const quantities: Quantities = { cases: { values: { '5001': '120', '5025': '30' } } };
 */
export type Quantities = Readonly<Record<string, MeasuredQuantities>>;

const QUANTITY = /^\d{1,15}(?:\.\d{1,6})?$/;

/**
 * Checks the `quantities` option of a split: `undefined`, or an object from
 * measure id to `{ period?, values }` with values dot-decimal strings ≥ 0.
 * Every problem has its path (`quantities.<measure>.values.<nr>`).
 *
 * @internal
 */
export function assertQuantities(quantities: unknown): Quantities | undefined {
  if (quantities === undefined) return undefined;
  const problems: InputProblem[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(quantities)) {
    problems.push({
      path: 'quantities',
      code: 'invalid_type',
      message:
        'must be an object: { "<measure id>": { "values": { "<kommunenummer>": "123.4" } } }',
    });
  } else {
    for (const [measure, entry] of Object.entries(quantities)) {
      const at = ['quantities', measure];
      if (!isObject(entry)) {
        problems.push({
          path: formatPath(at),
          code: 'invalid_type',
          message: 'must be an object { period?, values }',
        });
        continue;
      }
      const { period, values } = entry;
      if (
        period !== undefined &&
        !(isObject(period) && isIsoDate(period['from']) && isIsoDate(period['to']))
      ) {
        problems.push({
          path: formatPath([...at, 'period']),
          code: 'invalid_period',
          message: 'must be { from, to } with dates YYYY-MM-DD',
        });
      }
      if (!isObject(values)) {
        problems.push({
          path: formatPath([...at, 'values']),
          code: 'invalid_type',
          message: 'must be an object from kommunenummer to a quantity, e.g. { "5001": "1234.5" }',
        });
        continue;
      }
      for (const [number, value] of Object.entries(values)) {
        if (typeof value !== 'string' || !QUANTITY.test(value)) {
          problems.push({
            path: formatPath([...at, 'values', number]),
            code: 'invalid_quantity',
            message: `must be a quantity ≥ 0 as a dot-decimal string with at most six decimals, e.g. "1234.5": ${JSON.stringify(String(value).slice(0, 40))}`,
          });
        }
      }
    }
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Invalid quantities');
  return quantities as Quantities;
}
