import type { Agreement } from '../model/agreement.js';
import { assertDate } from '../model/assert-date.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { Party } from '../model/party.js';

// The rules: on a date already checked (by parsing, or once on entry to a
// public function). They never check it again.

/**
 * Whether a party is a member (deltaker) on a date: from the day it joined,
 * up to but not including the day its withdrawal takes effect. The rule
 * behind {@link isMemberOn}, for a date already checked, so that a loop over
 * the parties does not check it once per party.
 *
 * @internal
 */
export function memberOn(party: Party, date: IsoDate): boolean {
  const { joined, withdrawn } = party.membership;
  return joined <= date && (withdrawn === undefined || date < withdrawn);
}

/**
 * The parties that are members on a date already checked, in the
 * agreement's order: the rule behind {@link membersOn}.
 *
 * @internal
 * @throws {@link AgreementInputError} as {@link membersOn}, except for the date's form.
 */
export function membersOnDay(agreement: Agreement, date: IsoDate): readonly Party[] {
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

// The public functions: each checks the date once, then applies the rule.

/**
 * Whether a party is a member (deltaker) on a date: from the day it joined,
 * up to but not including the day its withdrawal takes effect. From that day
 * on it no longer finances the cooperation (Helseplattformen §12: "opphører
 * … plikt til finansiering fra og med dato for uttreden").
 *
 * @throws {@link AgreementInputError} if `date` is not a valid ISO date.
 *
 * @example
 * const party: Party = {
 *   municipality: { number: '1508', name: 'Ålesund' },
 *   membership: { joined: '2025-01-01', withdrawn: '2026-03-15' },
 * };
 * isMemberOn(party, '2026-03-14'); //=> true
 * isMemberOn(party, '2026-03-15'); //=> false
 */
export function isMemberOn(party: Party, date: IsoDate): boolean {
  assertDate(date, 'date');
  return memberOn(party, date);
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
  return membersOnDay(agreement, date);
}
