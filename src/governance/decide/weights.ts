import { ownershipShares } from '../../finance/ownership-shares.js';
import { gcd } from '../../internal/gcd.js';
import type { Agreement } from '../../model/agreement.js';
import type { InputProblem } from '../../model/errors.js';
import type { IsoDate } from '../../model/iso-date.js';
import type { Organ } from '../../model/organ.js';
import { memberOn } from '../../rules/membership.js';
import type { WeightTable } from '../../rules/vote-record.js';

/** The weights of a body's seats, or why they cannot be had. */
export interface Weighing {
  readonly table: WeightTable | undefined;
  readonly problems: readonly InputProblem[];
}

/**
 * The vote weight of each seat of a body on a date, in whole units
 * (`organ.weights`): a party's seat (every member's seat, where each member
 * votes) weighs the party's ownership share, population or stated weight; a
 * named or regional seat weighs what the stated table gives it, else
 * nothing. Ownership shares are fractions over the members' total; their
 * numerators over a common denominator are the units. Stated decimals are
 * scaled to whole numbers by their longest fraction. Undefined table for a
 * body whose votes are not weighted.
 */
export function weightsOf(
  agreement: Agreement,
  organ: Organ,
  seats: readonly string[],
  date: IsoDate,
): Weighing {
  const weights = organ.weights;
  if (weights === undefined || seats.length === 0) return { table: undefined, problems: [] };
  const problems: InputProblem[] = [];
  const byParty = new Map<string, bigint>();
  let stated = new Map<string, bigint>();
  if (weights.by === 'stated') {
    stated = statedUnits(weights.stated ?? {});
  } else if (weights.by === 'population') {
    for (const party of agreement.parties) {
      if (!memberOn(party, date)) continue;
      const number = party.municipality.number;
      if (party.population === undefined) {
        problems.push({
          path: `organs.${organ.id}.weights`,
          code: 'no_population',
          message: `${organ.id}'s votes weigh population (${weights.clause}), and ${agreement.id} gives no population for ${number}`,
        });
      } else byParty.set(number, BigInt(party.population));
    }
  } else {
    const shares = ownershipShares(agreement, { date }).parties;
    let common = 1n;
    for (const { share } of shares) {
      const d = BigInt(share.denominator);
      common = (common / gcd(common, d)) * d;
    }
    for (const { number, share } of shares) {
      byParty.set(number, (BigInt(share.numerator) * common) / BigInt(share.denominator));
    }
  }
  const each = organ.seats.members?.votes === 'each-member';
  const units = new Map<string, number>();
  let total = 0n;
  for (const seat of seats) {
    const party = each ? seat.slice(0, seat.lastIndexOf('-')) : seat;
    const weight = stated.get(seat) ?? stated.get(party) ?? byParty.get(party) ?? 0n;
    if (weights.by === 'stated' && !stated.has(seat) && !stated.has(party)) {
      problems.push({
        path: `organs.${organ.id}.weights.stated`,
        code: 'no_weight',
        message: `${organ.id} states no weight for the seat ${seat} (${weights.clause})`,
      });
    }
    units.set(seat, Number(weight));
    total += weight;
  }
  if (total === 0n && problems.length === 0) {
    problems.push({
      path: `organs.${organ.id}.weights`,
      code: 'no_weight',
      message: `the seats of ${organ.id} weigh nothing together on ${date} (${weights.clause})`,
    });
  }
  // Every comparison multiplies a weight by a fraction's numerator (≤ 1000): it must stay exact.
  if (total * 1000n > BigInt(Number.MAX_SAFE_INTEGER)) {
    problems.push({
      path: `organs.${organ.id}.weights`,
      code: 'weights_too_fine',
      message: `the weights of ${organ.id} need more than 15 digits to hold exactly (${weights.clause})`,
    });
  }
  return { table: { by: weights.by, units, total: Number(total) }, problems };
}

/** Stated decimals as whole units: each scaled by ten to the longest fraction's number of digits. */
function statedUnits(stated: Readonly<Record<string, string>>): Map<string, bigint> {
  const entries = Object.keys(stated).map((seat) => [seat, stated[seat] as string] as const);
  let digits = 0;
  for (const [, value] of entries) {
    const point = value.indexOf('.');
    if (point >= 0) digits = Math.max(digits, value.length - point - 1);
  }
  const units = new Map<string, bigint>();
  for (const [seat, value] of entries) {
    const [whole = '0', fraction = ''] = value.split('.');
    units.set(seat, BigInt(whole + fraction.padEnd(digits, '0')));
  }
  return units;
}
