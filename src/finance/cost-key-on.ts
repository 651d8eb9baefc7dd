import type { Agreement } from '../model/agreement.js';
import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import { assertDate } from '../rules/membership.js';

/**
 * The cost key (fordelingsnøkkel) in force on a date: the latest of the
 * agreement's keys whose `validFrom` is on or before the date — for a
 * service area, among that area's own keys if it has any.
 *
 * @throws {@link AgreementInputError} for an invalid date, or if no key
 *   applies yet on that date.
 *
 * @example
 * costKeyOn(helseplattformen, '2025-06-30').clause; //=> '§9'
 */
export function costKeyOn(agreement: Agreement, date: IsoDate, serviceArea?: string): CostKey {
  assertDate(date, 'date');
  // A service area's own keys, if it has any; otherwise the agreement's general keys.
  const area =
    serviceArea !== undefined && agreement.costKeys.some((key) => key.serviceArea === serviceArea)
      ? serviceArea
      : undefined;
  let found: CostKey | undefined;
  for (const key of agreement.costKeys) {
    if (
      key.serviceArea === area &&
      key.validFrom <= date &&
      (found === undefined || key.validFrom >= found.validFrom)
    )
      found = key;
  }
  if (found === undefined) {
    const first = agreement.costKeys
      .filter((key) => key.serviceArea === area)
      .map((key) => key.validFrom)
      .sort()[0];
    throw new AgreementInputError(
      [
        {
          path: 'date',
          code: 'no_cost_key',
          message: `no cost key of ${agreement.id} applies on ${date} (the first applies from ${first})`,
        },
      ],
      'No cost key on that date',
    );
  }
  return found;
}
