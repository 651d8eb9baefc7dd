import { ceilDiv } from '../internal/ceil-div.js';
import type { DecisionRule } from '../model/organ.js';
import type { Cite, Reason } from './reason.js';
import { seatsByVote, seatsVoting, tally, type VoteRecord } from './vote-record.js';

/**
 * Whether the presiding person's vote decides where the rule gives the chair
 * a say (a tie under `simple-majority` with `tie: 'chair-decides'`, or no
 * consensus under `consensus-else-chair`), and the clause that gives it.
 *
 * @example
 * const chair: ChairVote = { decides: true, clause: '§5' };
 */
export interface ChairVote {
  /**
   * False when a stand-in presides and the reading chosen denies a stand-in
   * the casting vote, or when the body has no leader at all.
   */
  readonly decides: boolean;
  readonly clause: string;
  /** True when the body has no leader (the agreement names none), so nobody holds a casting vote. */
  readonly noLeader?: boolean;
}

/**
 * What a decision rule made of the votes.
 *
 * @example
 * const outcome: RuleOutcome = { adopted: true, tieBrokenByChair: false, decidedByChair: false, drawLots: false, reasons: [] };
 */
export interface RuleOutcome {
  readonly adopted: boolean;
  /** A tie was broken by the presiding person's vote (dobbeltstemme). */
  readonly tieBrokenByChair: boolean;
  /** There was no consensus and the chair's position decided (DigiTrøndelag §4.3). */
  readonly decidedByChair: boolean;
  /** A tie under `tie: 'lot'`: the votes do not decide; lots are drawn (and `adopted` is false until they are). */
  readonly drawLots: boolean;
  readonly reasons: readonly Reason[];
}

/**
 * Applies a decision rule to the votes of a meeting (a quorate one or not:
 * quorum is checked separately, and {@link decide} reports both). Only seats
 * present vote; a present seat without a vote abstains.
 *
 * - `simple-majority`: adopted when more vote for than against. At a tie the
 *   presiding person's vote decides automatically when the rule says
 *   `chair-decides` (the chair cannot decline it; if the chair abstained
 *   there is no casting vote and the proposal falls); with `rejected` a tie
 *   falls; with `lot` a tie is settled by drawing lots, which the votes cannot
 *   tell (`drawLots`).
 * - `unanimity`: every seat (`all-seats`), or every one present (`present`),
 *   votes for.
 * - `consensus`: nobody votes against and at least one votes for.
 * - `consensus-else-chair`: consensus, or else the chair's own vote decides.
 * - `qualified-majority`: votes for ≥ fraction × votes cast (or × all seats),
 *   and more for than against (so a fraction of one half or less never
 *   adopts a tie or a minority).
 *
 * @see Helseplattformen §5, §6, §13–§15; DigiTrøndelag §4.3; LEGAL.md §1.5
 * @example
 * // 2 for, 2 against, the presiding seat (5001) among those for:
 * const record: VoteRecord = {
 *   seats: ['5001', '1505', '1506', '1508'],
 *   attending: new Map([['5001', 'member'], ['1505', 'member'], ['1506', 'member'], ['1508', 'member']]),
 *   votes: new Map([['5001', 'for'], ['1505', 'for'], ['1506', 'against'], ['1508', 'against']]),
 *   presiding: '5001',
 * };
 * const rule: DecisionRule = { kind: 'simple-majority', tie: 'chair-decides', clause: '§5' };
 * const o = applyDecisionRule(rule, record, { decides: true, clause: '§5' }, citing('helseplattformen'));
 * [o.adopted, o.tieBrokenByChair, o.decidedByChair, o.reasons.map((r) => r.code)];
 * //=> [true, true, false, ['tie_chair_decides']]
 */
export function applyDecisionRule(
  rule: DecisionRule,
  record: VoteRecord,
  chair: ChairVote,
  cite: Cite,
): RuleOutcome {
  const count = tally(record);
  const outcome = (adopted: boolean, reasons: Reason[], extra: Partial<RuleOutcome> = {}) => ({
    adopted,
    tieBrokenByChair: false,
    decidedByChair: false,
    drawLots: false,
    reasons,
    ...extra,
  });
  // Votes against counted as for under a reading: every reason that reports them says so.
  const counted =
    record.countedAsFor !== undefined && record.countedAsFor.length > 0
      ? { countedAsFor: record.countedAsFor }
      : {};
  const chairVote = record.attending.has(record.presiding)
    ? (record.votes.get(record.presiding) ?? 'abstain')
    : 'abstain';
  const consensus = count.against === 0 && count.for > 0;
  // The seats against, in seat order, for the reasons that name them (most rules' outcomes do not).
  const against = () => seatsVoting(record, 'against');

  switch (rule.kind) {
    case 'simple-majority': {
      const sought = rule.consensusSought
        ? [cite(rule.clause, 'consensus_sought', { reached: consensus, against: against() })]
        : [];
      const votes = { for: count.for, against: count.against, abstain: count.abstain, ...counted };
      if (count.for !== count.against) {
        const adopted = count.for > count.against;
        return outcome(adopted, [
          ...sought,
          cite(rule.clause, adopted ? 'majority_adopted' : 'majority_rejected', votes),
        ]);
      }
      if (rule.tie === 'rejected') {
        return outcome(false, [...sought, cite(rule.clause, 'tie_rejected', { votes: count.for })]);
      }
      if (rule.tie === 'lot') {
        return outcome(false, [...sought, cite(rule.clause, 'tie_lot', { votes: count.for })], {
          drawLots: true,
        });
      }
      if (!chair.decides || chairVote === 'abstain') {
        const why = chair.decides
          ? 'chair-abstained'
          : chair.noLeader === true
            ? 'no-leader'
            : 'stand-in-without-casting-vote';
        return outcome(false, [
          ...sought,
          cite(chair.clause, 'tie_no_casting_vote', {
            votes: count.for,
            chair: record.presiding,
            why,
          }),
        ]);
      }
      return outcome(
        chairVote === 'for',
        [
          ...sought,
          cite(chair.clause, 'tie_chair_decides', {
            votes: count.for,
            chair: record.presiding,
            chairVote,
          }),
        ],
        { tieBrokenByChair: true },
      );
    }
    case 'unanimity': {
      const required = rule.of === 'all-seats' ? count.seats : count.present;
      const adopted = required > 0 && count.for === required;
      if (adopted) {
        return outcome(true, [
          cite(rule.clause, 'unanimity_met', { of: rule.of, for: count.for, required, ...counted }),
        ]);
      }
      const seats = seatsByVote(record);
      return outcome(false, [
        cite(rule.clause, 'unanimity_not_met', {
          of: rule.of,
          for: count.for,
          required,
          against: seats.against,
          abstain: seats.abstain,
          absent: seats.absent,
        }),
      ]);
    }
    case 'consensus':
      return consensus
        ? outcome(true, [
            cite(rule.clause, 'consensus_reached', {
              for: count.for,
              abstain: count.abstain,
              ...counted,
            }),
          ])
        : outcome(false, [
            cite(rule.clause, 'consensus_not_reached', { for: count.for, against: against() }),
          ]);
    case 'consensus-else-chair': {
      if (consensus) {
        return outcome(true, [
          cite(rule.clause, 'consensus_reached', {
            for: count.for,
            abstain: count.abstain,
            ...counted,
          }),
        ]);
      }
      const noConsensus = cite(rule.clause, 'consensus_not_reached', {
        for: count.for,
        against: against(),
      });
      if (!chair.decides) {
        return outcome(false, [
          noConsensus,
          cite(chair.clause, 'no_chair_decision', { presiding: record.presiding }),
        ]);
      }
      return outcome(
        chairVote === 'for',
        [noConsensus, cite(chair.clause, 'chair_decides', { chair: record.presiding, chairVote })],
        { decidedByChair: true },
      );
    }
    case 'qualified-majority': {
      const base = rule.of === 'votes-cast' ? count.for + count.against : count.seats;
      const { numerator, denominator } = rule.fraction;
      const required = ceilDiv(base * numerator, denominator);
      // A qualified majority is a majority first: more for than against, whatever the fraction.
      const adopted = base > 0 && count.for >= required && count.for > count.against;
      const values = {
        for: count.for,
        base,
        required,
        numerator,
        denominator,
        of: rule.of,
        ...counted,
      };
      return outcome(adopted, [
        cite(rule.clause, adopted ? 'qualified_met' : 'qualified_not_met', values),
      ]);
    }
  }
}
