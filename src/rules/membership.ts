import { isIsoDate } from '../internal/iso-date.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { Party } from '../model/party.js';

/**
 * Whether a party is a member (deltaker) on a date: from the day it joined,
 * up to but not including the day its withdrawal takes effect. From that day
 * on it no longer finances the cooperation (Helseplattformen §12: "opphører
 * … plikt til finansiering fra og med dato for uttreden").
 *
 * @throws {@link AgreementInputError} if `date` is not a valid ISO date.
 *
 * @example
 * isMemberOn({ ...party, membership: { joined: '2025-01-01', withdrawn: '2026-03-15' } }, '2026-03-14'); //=> true
 * isMemberOn({ ...party, membership: { joined: '2025-01-01', withdrawn: '2026-03-15' } }, '2026-03-15'); //=> false
 */
export function isMemberOn(party: Party, date: IsoDate): boolean {
  assertDate(date, 'date');
  return memberOn(party, date);
}

/**
 * {@link isMemberOn} for a date the caller has already checked, so that a
 * loop over the parties does not check it once per party.
 *
 * @internal
 */
export function memberOn(party: Party, date: IsoDate): boolean {
  const { joined, withdrawn } = party.membership;
  return joined <= date && (withdrawn === undefined || date < withdrawn);
}

/**
 * The parties that are members on a date, in the agreement's order.
 *
 * @throws {@link AgreementInputError} if `date` is not a valid ISO date, if
 *   no party is a member on that date, or if the date is before the agreement's
 *   list of parties is sourced (`partiesKnownFrom`): membership then is unknown.
 *
 * @example
 * membersOn(helseplattformen, '2025-01-01').length; //=> 34
 */
export function membersOn(agreement: Agreement, date: IsoDate): readonly Party[] {
  assertDate(date, 'date');
  const known = agreement.partiesKnownFrom;
  if (known !== undefined && date < known.date) {
    throw new AgreementInputError(
      [
        {
          path: 'date',
          code: 'membership_unknown',
          message: `who was a party of ${agreement.id} on ${date} is unknown: the list of parties is sourced only from ${known.date} (interpretation note "${known.note}")`,
        },
      ],
      'Membership unknown on that date',
    );
  }
  const members = agreement.parties.filter((party) => memberOn(party, date));
  if (members.length === 0) {
    throw new AgreementInputError(
      [
        {
          path: 'date',
          code: 'no_members',
          message: `no party of ${agreement.id} is a member on ${date} (the agreement applies from ${agreement.validFrom})`,
        },
      ],
      'No parties on that date',
    );
  }
  return members;
}

/** Throws an input error unless `value` is an existing `YYYY-MM-DD` date. */
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
