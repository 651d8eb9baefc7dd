import { ceilDiv } from '../internal/ceil-div.js';
import type { DecisionRule } from '../model/organ.js';
import { thresholdOf } from './quorum.js';
import type { Cite, Reason } from './reason.js';
import { MEETING_RULES, statuteClause, statutoryDefault } from './statutory-defaults.js';
import {
  seatsByVote,
  seatsVoting,
  type Tally,
  tally,
  type Vote,
  type VoteRecord,
} from './vote-record.js';

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
 *   or more than that with `threshold: 'more-than'`, and more for than
 *   against (so a fraction of one half or less never adopts a tie or a
 *   minority); the reason's `required` is the larger of the two counts.
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
  election = false,
): RuleOutcome {
  return ruleOutcome(rule, record, tally(record), chair, cite, election);
}

/**
 * {@link applyDecisionRule} with the record's tally already counted (`count`
 * is `tally(record)`), for a caller that has it: the rule does not count the
 * votes again.
 *
 * @internal
 */
export function ruleOutcome(
  rule: DecisionRule,
  record: VoteRecord,
  count: Tally,
  chair: ChairVote,
  cite: Cite,
  election = false,
): RuleOutcome {
  // Votes against counted as for under a reading: every reason that reports them says so.
  const countedAsFor =
    record.countedAsFor !== undefined && record.countedAsFor.length > 0
      ? record.countedAsFor
      : undefined;
  const consensus = count.against === 0 && count.for > 0;

  switch (rule.kind) {
    case 'simple-majority': {
      const sought = rule.consensusSought
        ? cite(rule.clause, 'consensus_sought', {
            reached: consensus,
            against: seatsVoting(record, 'against'),
          })
        : undefined;
      let decided: Reason;
      let adopted = false;
      let tieBrokenByChair = false;
      let drawLots = false;
      // A tie rule the agreement leaves unsaid: the statute's (the chair decides; an election, lots).
      const tie = rule.tie ?? (election ? 'lot' : 'chair-decides');
      const byStatute = rule.tie === undefined && count.for === count.against;
      const tieClause = byStatute ? statuteClause(MEETING_RULES) : undefined;
      if (count.for !== count.against) {
        adopted = count.for > count.against;
        const votes =
          countedAsFor === undefined
            ? { for: count.for, against: count.against, abstain: count.abstain }
            : { for: count.for, against: count.against, abstain: count.abstain, countedAsFor };
        decided = cite(rule.clause, adopted ? 'majority_adopted' : 'majority_rejected', votes);
      } else if (tie === 'rejected') {
        decided = cite(rule.clause, 'tie_rejected', { votes: count.for });
      } else if (tie === 'lot') {
        drawLots = true;
        decided = cite(
          tieClause ?? rule.clause,
          'tie_lot',
          election ? { votes: count.for, election } : { votes: count.for },
        );
      } else {
        const chairVote = chair.decides ? voteOf(record, record.presiding) : 'abstain';
        if (chairVote === 'abstain') {
          const why = chair.decides
            ? 'chair-abstained'
            : chair.noLeader === true
              ? 'no-leader'
              : 'stand-in-without-casting-vote';
          decided = cite(tieClause ?? chair.clause, 'tie_no_casting_vote', {
            votes: count.for,
            chair: record.presiding,
            why,
          });
        } else {
          adopted = chairVote === 'for';
          tieBrokenByChair = true;
          decided = cite(tieClause ?? chair.clause, 'tie_chair_decides', {
            votes: count.for,
            chair: record.presiding,
            chairVote,
          });
        }
      }
      const reasons = sought === undefined ? [decided] : [sought, decided];
      if (byStatute)
        reasons.splice(
          reasons.length - 1,
          0,
          statutoryDefault(cite, 'tie', election ? 'lot' : 'chair-decides'),
        );
      return made(adopted, reasons, tieBrokenByChair, false, drawLots);
    }
    case 'unanimity': {
      const required = rule.of === 'all-seats' ? count.seats : count.present;
      if (required > 0 && count.for === required) {
        const values =
          countedAsFor === undefined
            ? { of: rule.of, for: count.for, required }
            : { of: rule.of, for: count.for, required, countedAsFor };
        return made(true, [cite(rule.clause, 'unanimity_met', values)]);
      }
      const seats = seatsByVote(record);
      return made(false, [
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
        ? made(true, [consensusReached(rule.clause, count, countedAsFor, cite)])
        : made(false, [
            cite(rule.clause, 'consensus_not_reached', {
              for: count.for,
              against: seatsVoting(record, 'against'),
            }),
          ]);
    case 'consensus-else-chair': {
      if (consensus) return made(true, [consensusReached(rule.clause, count, countedAsFor, cite)]);
      const noConsensus = cite(rule.clause, 'consensus_not_reached', {
        for: count.for,
        against: seatsVoting(record, 'against'),
      });
      if (!chair.decides) {
        return made(false, [
          noConsensus,
          cite(chair.clause, 'no_chair_decision', { presiding: record.presiding }),
        ]);
      }
      const chairVote = voteOf(record, record.presiding);
      return made(
        chairVote === 'for',
        [noConsensus, cite(chair.clause, 'chair_decides', { chair: record.presiding, chairVote })],
        false,
        true,
      );
    }
    case 'qualified-majority': {
      const base = rule.of === 'votes-cast' ? count.for + count.against : count.seats;
      const { numerator, denominator } = rule.fraction;
      const threshold = rule.threshold ?? 'at-least';
      const share = base * numerator;
      const byFraction =
        threshold === 'more-than'
          ? Math.floor(share / denominator) + 1
          : ceilDiv(share, denominator);
      // A qualified majority is a majority first: more for than against, whatever the fraction,
      // so the votes required are the larger of the two and the reason never contradicts itself.
      const required = Math.max(byFraction, count.against + 1);
      const adopted = count.for >= required;
      const values = {
        for: count.for,
        against: count.against,
        base,
        required,
        numerator,
        denominator,
        of: rule.of,
        threshold,
        ...(countedAsFor === undefined ? {} : { countedAsFor }),
      };
      return made(adopted, [
        cite(rule.clause, adopted ? 'qualified_met' : 'qualified_not_met', values),
      ]);
    }
    case 'weighted-majority': {
      // Without weights (a caller's record, not a body's), every seat weighs one.
      const weight = count.weight ?? {
        by: 'seats' as const,
        for: count.for,
        against: count.against,
        total: count.seats,
      };
      const base = rule.of === 'votes-cast' ? weight.for + weight.against : weight.total;
      const { numerator, denominator } = rule.fraction ?? HALF;
      const threshold = rule.threshold ?? (rule.fraction === undefined ? 'more-than' : 'at-least');
      // A majority first: more weight for than against, whatever the fraction.
      const required = Math.max(
        thresholdOf(base, numerator, denominator, threshold),
        weight.against + 1,
      );
      const adopted = weight.for >= required;
      const values = {
        by: weight.by,
        for: weight.for,
        against: weight.against,
        base,
        required,
        numerator,
        denominator,
        of: rule.of,
        threshold,
        ...(countedAsFor === undefined ? {} : { countedAsFor }),
      };
      return made(adopted, [
        cite(rule.clause, adopted ? 'weighted_met' : 'weighted_not_met', values),
      ]);
    }
    case 'all-of': {
      // Every part on the same votes; adopted only when every part is, and the reasons name each part met or failed.
      const reasons: Reason[] = [];
      const met: number[] = [];
      const failed: number[] = [];
      let tieBrokenByChair = false;
      let decidedByChair = false;
      // Lots decide only when every part that did not carry awaits them.
      let drawLots = false;
      let settled = true;
      rule.rules.forEach((part, i) => {
        const outcome = ruleOutcome(part, record, count, chair, cite, election);
        reasons.push(...outcome.reasons);
        if (outcome.adopted) met.push(i + 1);
        else {
          failed.push(i + 1);
          if (outcome.drawLots) drawLots = true;
          else settled = false;
        }
        tieBrokenByChair ||= outcome.tieBrokenByChair;
        decidedByChair ||= outcome.decidedByChair;
      });
      const adopted = failed.length === 0;
      drawLots &&= settled;
      reasons.push(
        cite(rule.clause, adopted ? 'all_of_met' : 'all_of_not_met', {
          parts: rule.rules.length,
          met,
          failed,
        }),
      );
      return made(adopted, reasons, tieBrokenByChair, decidedByChair, drawLots);
    }
  }
}

/** A majority: more than one half. */
const HALF = { numerator: 1, denominator: 2 } as const;

/** A rule's outcome, its fields always in the same order. */
function made(
  adopted: boolean,
  reasons: readonly Reason[],
  tieBrokenByChair = false,
  decidedByChair = false,
  drawLots = false,
): RuleOutcome {
  return { adopted, tieBrokenByChair, decidedByChair, drawLots, reasons };
}

/** Consensus reached: the votes for and abstaining, and any against counted as for. */
function consensusReached(
  clause: string,
  count: Tally,
  countedAsFor: readonly string[] | undefined,
  cite: Cite,
): Reason {
  return cite(
    clause,
    'consensus_reached',
    countedAsFor === undefined
      ? { for: count.for, abstain: count.abstain }
      : { for: count.for, abstain: count.abstain, countedAsFor },
  );
}

/** The vote of a seat: a seat absent, or present without a vote, abstains. */
function voteOf(record: VoteRecord, seat: string): Vote {
  return record.attending.has(seat) ? (record.votes.get(seat) ?? 'abstain') : 'abstain';
}
