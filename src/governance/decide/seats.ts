import type { Agreement } from '../../model/agreement.js';
import type { InputProblem } from '../../model/errors.js';
import type { IsoDate } from '../../model/iso-date.js';
import type { Organ } from '../../model/organ.js';
import type { Region } from '../../model/region.js';
import { regionMembershipProblems } from '../../model/region-problems.js';
import { isTrusted } from '../../model/trusted.js';
import { memberOn } from '../../rules/membership.js';
import { SeatIndex } from './seat-map.js';

/** The seats of a body on a day, and why there are none or they do not fit. */
export interface Seats {
  readonly seats: readonly string[];
  /** The same seats, to look one up. */
  readonly index: SeatIndex;
  readonly problems: readonly InputProblem[];
}

/**
 * The seats of a body on the meeting's date: one per party, per region, and
 * the named ones. A date outside the period the agreement applies (ending
 * `validUntil`, under the reading applied) has none.
 */
export function seatsOf(
  agreement: Agreement,
  organ: Organ,
  date: IsoDate,
  given: readonly Region[] | undefined,
  validUntil: string | undefined,
): Seats {
  const problems: InputProblem[] = [];
  if (date < agreement.validFrom || (validUntil !== undefined && date > validUntil)) {
    problems.push({
      path: 'meeting.date',
      code: 'outside_validity',
      message: `${date} is outside the period ${agreement.id} applies (${agreement.validFrom} to ${
        validUntil ?? 'no end date'
      })`,
    });
    return { seats: [], index: new SeatIndex([]), problems };
  }
  const seats: string[] = [];
  if (organ.seats.perParty) {
    const members = organ.seats.members;
    // Where every member votes, each member has a seat of its own: <kommunenummer>-1 … <kommunenummer>-<count>.
    const each = members?.votes === 'each-member' ? members.count : 0;
    for (const party of agreement.parties) {
      if (!memberOn(party, date)) continue;
      const number = party.municipality.number;
      if (each === 0) seats.push(number);
      else for (let i = 1; i <= each; i++) seats.push(`${number}-${i}`);
    }
  }
  let missingRegions = false;
  if (organ.seats.perRegion) {
    const regions = given ?? agreement.regions;
    if (regions === undefined || regions.length === 0) {
      missingRegions = true;
      problems.push({
        path: 'regions',
        code: 'missing_regions',
        message: `${organ.id} has one seat per region (${organ.seats.clause}), and ${agreement.id} gives no region division: supply the regions`,
      });
    } else {
      const from = organ.seats.regionMembers;
      const members =
        from?.of === 'any-municipality'
          ? ANY_MUNICIPALITY
          : new Set(
              agreement.parties.filter((p) => memberOn(p, date)).map((p) => p.municipality.number),
            );
      problems.push(...regionMembershipProblems(regions, members, 'regions'));
      if (from?.excludingFixedSeats === true) {
        problems.push(...fixedSeatProblems(organ, regions, from.clause));
      }
      for (const region of regions) seats.push(region.id);
    }
  }
  const fixed = organ.seats.fixed ?? [];
  for (const seat of fixed) seats.push(seat.id);
  // A parsed agreement's parties are distinct (parsing checked it): a seat per party is not looked for twice.
  const index = new SeatIndex(
    seats,
    !organ.seats.perRegion && fixed.length === 0 && isTrusted(agreement),
  );
  for (const seat of index.repeated) {
    problems.push({
      path: 'regions',
      code: 'duplicate_seat',
      message: `seat id ${seat} is used twice (a region id repeated, or the same as a named seat)`,
    });
  }
  if (seats.length === 0 && !missingRegions) {
    problems.push({
      path: 'organ',
      code: 'no_seats',
      message: `${organ.id} has no seats on ${date} (no parties are members, and it has no named seats)`,
    });
  }
  return { seats, index, problems };
}

/** Regions may name any municipality (the agreement does not list its participants). */
const ANY_MUNICIPALITY = { has: (_number: string) => true };

/**
 * The regional seats are for the municipalities that hold no named seat
 * ("blant de øvrige deltakende kommuner"): a region naming one is an error.
 */
function fixedSeatProblems(
  organ: Organ,
  regions: readonly Region[],
  clause: string,
): InputProblem[] {
  const seatOf = new Map<string, string>();
  for (const seat of organ.seats.fixed ?? []) {
    if (seat.municipality !== undefined) seatOf.set(seat.municipality, seat.id);
  }
  const problems: InputProblem[] = [];
  regions.forEach((region, i) => {
    region.municipalities.forEach((number, j) => {
      const seat = seatOf.get(number);
      if (seat !== undefined) {
        problems.push({
          path: `regions[${i}].municipalities[${j}]`,
          code: 'holds_named_seat',
          message: `${number} holds the seat ${seat} of ${organ.id}; the regional seats are for the other municipalities (${clause})`,
        });
      }
    });
  });
  return problems;
}
