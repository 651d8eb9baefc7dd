import { ceilDiv } from '../internal/ceil-div.js';
import type { QuorumRule } from '../model/organ.js';
import type { Cite, Reason } from './reason.js';
import { seatsAbsent, type VoteRecord } from './vote-record.js';

/**
 * Whether a meeting can decide, and why.
 *
 * @example
 * const outcome: QuorumOutcome = { quorate: true, reasons: [] };
 */
export interface QuorumOutcome {
  readonly quorate: boolean;
  readonly reasons: readonly Reason[];
}

/**
 * The members of a body whose parties have several members each: all of
 * them, and those present at the meeting (for a quorum that counts members,
 * `counts: 'members'`).
 *
 * @example
 * // 4 parties of 3 members each; 7 members present:
 * const members: MemberCount = { all: 12, present: 7 };
 */
export interface MemberCount {
  readonly all: number;
  readonly present: number;
}

/**
 * Decides whether a meeting is quorate (vedtaksfør) under a quorum rule. A
 * seat counts as present when its member or its deputy attends: a deputy
 * attending in a member's place counts for that seat, never as an extra one
 * (Helseplattformen §5: "minst halvparten av dets medlemmer, inkludert
 * varamedlemmer"). With `fraction-present`, at least ⌈fraction × seats⌉ seats
 * must be present (17 of 34 for one half); with `all-seats`, every seat
 * (Helseplattformen §6: every region by its member or its deputy). A
 * fraction that counts members (`counts: 'members'`) is of `members.all`,
 * and `members.present` must reach it; without `members` the seats are the
 * members (one member per seat, or a vote for every member).
 *
 * @param fallbackClause - the clause to cite when the rule names none (no quorum requirement).
 * @param members - all the members and those present, for a quorum that counts members.
 *
 * @see Helseplattformen §5, §6
 * @example
 * // 34 seats, 17 attended:
 * const seats = helseplattformen.parties.map((p) => p.municipality.number);
 * const attending = new Map(seats.slice(0, 17).map((seat) => [seat, 'member' as const]));
 * const record: VoteRecord = { seats, attending, votes: new Map(), presiding: '5001' };
 * checkQuorum(
 *   { kind: 'fraction-present', fraction: { numerator: 1, denominator: 2 }, clause: '§5' },
 *   record,
 *   citing('helseplattformen'),
 *   '§5',
 * ).quorate; //=> true
 */
export function checkQuorum(
  rule: QuorumRule,
  record: VoteRecord,
  cite: Cite,
  fallbackClause: string,
  members?: MemberCount,
): QuorumOutcome {
  let deputies = 0;
  for (const attendance of record.attending.values()) if (attendance === 'deputy') deputies++;
  return quorumOf(rule, record, deputies, cite, fallbackClause, members);
}

/**
 * {@link checkQuorum} with the seats attended by a deputy already counted
 * (`deputies`), for a caller that counted them as it read the attendance.
 *
 * @internal
 */
export function quorumOf(
  rule: QuorumRule,
  record: VoteRecord,
  deputies: number,
  cite: Cite,
  fallbackClause: string,
  members?: MemberCount,
): QuorumOutcome {
  const seats = record.seats.length;
  const present = record.attending.size;
  const missing = seatsAbsent(record);
  let bySeats: QuorumOutcome;
  if (rule.kind === 'none') {
    const values = { rule: 'none', seats, present, required: 0, deputies, missing } as const;
    bySeats = {
      quorate: true,
      reasons: [cite(rule.clause ?? fallbackClause, 'quorum_met', values)],
    };
  } else if (rule.kind === 'fraction-present' && rule.counts === 'members') {
    // Members, not seats: of all the members, those present (without figures, the seats are the members).
    const all = members?.all ?? seats;
    const membersPresent = members?.present ?? present;
    const required = ceilDiv(all * rule.fraction.numerator, rule.fraction.denominator);
    const quorate = membersPresent >= required;
    const values = {
      rule: rule.kind,
      seats,
      present,
      required,
      deputies,
      missing,
      counts: 'members',
      members: all,
      membersPresent,
    } as const;
    bySeats = {
      quorate,
      reasons: [cite(rule.clause, quorate ? 'quorum_met' : 'quorum_not_met', values)],
    };
  } else {
    const required =
      rule.kind === 'all-seats'
        ? seats
        : ceilDiv(seats * rule.fraction.numerator, rule.fraction.denominator);
    const quorate = present >= required;
    const values = { rule: rule.kind, seats, present, required, deputies, missing };
    bySeats = {
      quorate,
      reasons: [cite(rule.clause, quorate ? 'quorum_met' : 'quorum_not_met', values)],
    };
  }
  const part = rule.weight;
  if (part === undefined || record.weights === undefined) return bySeats;
  // The part by weight: the weight of the seats present against a share of the weight of all seats.
  const weights = record.weights;
  let held = 0;
  for (const seat of record.attending.keys()) held += weights.units.get(seat) ?? 0;
  const { numerator, denominator } = part.fraction;
  const threshold = part.threshold ?? 'at-least';
  const required = thresholdOf(weights.total, numerator, denominator, threshold);
  const met = held >= required;
  const values = {
    by: weights.by,
    present: held,
    total: weights.total,
    required,
    numerator,
    denominator,
    threshold,
  };
  return {
    quorate: bySeats.quorate && met,
    reasons: [
      ...bySeats.reasons,
      cite(part.clause, met ? 'quorum_weight_met' : 'quorum_weight_not_met', values),
    ],
  };
}

/**
 * The least whole number that is at least (`at-least`), or more than
 * (`more-than`), `numerator/denominator` of `base`: exact, in integers.
 *
 * @internal
 */
export function thresholdOf(
  base: number,
  numerator: number,
  denominator: number,
  threshold: 'at-least' | 'more-than',
): number {
  const share = base * numerator;
  return threshold === 'more-than'
    ? Math.floor(share / denominator) + 1
    : ceilDiv(share, denominator);
}
