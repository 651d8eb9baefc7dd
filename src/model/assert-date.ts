import { isIsoDate } from '../internal/iso-date.js';
import { AgreementInputError } from './errors.js';
import type { IsoDate } from './iso-date.js';

/**
 * Throws an input error unless `value` is an existing `YYYY-MM-DD` date: the
 * one date check of a public function, made on entry. What it lets through
 * is passed on to rules that trust it and never check it again.
 * Internal: no schemas here, so that an app that imports only `splitCost`
 * bundles no zod.
 *
 * @internal
 * @throws {@link AgreementInputError} with code `invalid_date` at `path`.
 *
 * @example
 * assertDate('2024-02-29', 'date'); // passes
 * assertDate('2025-02-29', 'date'); // throws: date: must be a date YYYY-MM-DD that exists in the calendar: "2025-02-29"
 */
export function assertDate(value: unknown, path: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new AgreementInputError(
      [
        {
          path,
          code: 'invalid_date',
          message: `must be a date YYYY-MM-DD that exists in the calendar: ${JSON.stringify(String(value).slice(0, 40))}`,
        },
      ],
      'Invalid date',
    );
  }
}
