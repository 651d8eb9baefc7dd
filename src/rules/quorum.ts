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
 * Decides whether a meeting is quorate (vedtaksfør) under a quorum rule. A
 * seat counts as present when its member or its deputy attends: a deputy
 * attending in a member's place counts for that seat, never as an extra one
 * (Helseplattformen §5: "minst halvparten av dets medlemmer, inkludert
 * varamedlemmer"). With `fraction-present`, at least ⌈fraction × seats⌉ seats
 * must be present (17 of 34 for one half); with `all-seats`, every seat
 * (Helseplattformen §6: every region by its member or its deputy).
 *
 * @param fallbackClause - the clause to cite when the rule names none (no quorum requirement).
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
): QuorumOutcome {
  let deputies = 0;
  for (const attendance of record.attending.values()) if (attendance === 'deputy') deputies++;
  return quorumOf(rule, record, deputies, cite, fallbackClause);
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
): QuorumOutcome {
  const seats = record.seats.length;
  const present = record.attending.size;
  const missing = seatsAbsent(record);
  if (rule.kind === 'none') {
    const values = { rule: 'none', seats, present, required: 0, deputies, missing } as const;
    return { quorate: true, reasons: [cite(rule.clause ?? fallbackClause, 'quorum_met', values)] };
  }
  const required =
    rule.kind === 'all-seats'
      ? seats
      : ceilDiv(seats * rule.fraction.numerator, rule.fraction.denominator);
  const quorate = present >= required;
  const values = { rule: rule.kind, seats, present, required, deputies, missing };
  return {
    quorate,
    reasons: [cite(rule.clause, quorate ? 'quorum_met' : 'quorum_not_met', values)],
  };
}
