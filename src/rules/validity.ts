import type { Agreement } from '../model/agreement.js';
import type { IsoDate } from '../model/iso-date.js';

/**
 * The last day an agreement applies under a reading of the note its end
 * date depends on (`validUntilByReading`, e.g. DigiTrøndelag §6 "frem til
 * 2022"): the date the reading gives, else `validUntil` (also when the
 * reading is `undefined`, the agreement has no such note, or the reading
 * gives no date of its own).
 *
 * @example
 * validUntilUnder(digitrondelag, 'until-2022'); //=> '2021-12-31'
 * validUntilUnder(digitrondelag, undefined); //=> '2022-12-31'
 */
export function validUntilUnder(
  agreement: Agreement,
  reading: string | undefined,
): IsoDate | undefined {
  const dates = agreement.validUntilByReading?.dates ?? {};
  return reading !== undefined && Object.hasOwn(dates, reading)
    ? dates[reading]
    : agreement.validUntil;
}
