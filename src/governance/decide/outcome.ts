import type { InputProblem } from '../../model/errors.js';
import type { DecisionRule } from '../../model/organ.js';
import { type RuleOutcome, ruleOutcome } from '../../rules/decision-rules.js';
import type { Reason } from '../../rules/reason.js';
import { STATUTORY_QUORUM, statutoryDefault } from '../../rules/statutory-defaults.js';
import { validUntilUnder } from '../../rules/validity.js';
import { type Tally, tally, type VoteRecord } from '../../rules/vote-record.js';
import { protectCandidate } from './candidate.js';
import { holderReasons } from './members.js';
import { abstentionAllowedUnder, own, type Readings } from './readings.js';
import { meetingProblems } from './record.js';
import { checkedUnder, type Sitting } from './sitting.js';
import type { Decision, DecisionAlternative } from './types.js';

/** A decision under one set of readings, before its readings and alternatives are added. */
export type Outcome = Omit<Decision, 'readings' | 'alternatives'> & {
  /** The votes as counted under these readings (votes against a protected candidate may count as for). */
  readonly countedTally: Tally;
};

/**
 * The meeting decided under one set of readings: the problems that keep it
 * from fitting the body under them, or the outcome. The seats, the vote
 * record, the quorum and the tally come from the sitting (worked out once);
 * what runs here is what the readings change: which abstentions are
 * allowed, the rule, the stand-in's casting vote, a lapse in preparation,
 * the candidate's protection.
 */
export function decideUnder(
  sitting: Sitting,
  readings: Readings,
): Outcome | { readonly problems: readonly InputProblem[] } {
  const { agreement, organ, matter, cite } = sitting;
  const meeting = sitting.meeting.meeting;
  const abstentionAllowed = abstentionAllowedUnder(organ, readings);
  // The end date under the reading applied of the note it depends on (DigiTrøndelag §6 "frem til 2022").
  const endNote = agreement.validUntilByReading?.note;
  const validUntil = validUntilUnder(
    agreement,
    endNote === undefined ? undefined : readings.of(endNote),
  );
  const checked = checkedUnder(sitting, validUntil);
  const faults = meetingProblems(checked.check, abstentionAllowed);
  // A body without seats always has a problem (no seats, no region division, or outside the agreement's period).
  if (
    checked.seats.problems.length > 0 ||
    faults.length > 0 ||
    checked.candidateProblems.length > 0
  ) {
    return { problems: [...checked.seats.problems, ...faults, ...checked.candidateProblems] };
  }
  const record = checked.check.record;

  let rule = matter.rule;
  let ruleReading: string | undefined;
  if (matter.reading !== undefined) {
    ruleReading = readings.of(matter.reading.note);
    rule =
      (ruleReading === undefined ? undefined : own(matter.reading.rules, ruleReading)) ??
      matter.rule;
  }
  const reasons: Reason[] = [...checked.quorum.reasons];
  if (!checked.quorum.quorate) {
    // A meeting that is not quorate decides nothing: no rule is applied, and no reason speaks of the vote.
    return outcomeOf(sitting, rule, checked.tally, record.presiding, {
      quorate: false,
      adopted: false,
      tieBrokenByChair: false,
      decidedByChair: false,
      drawLots: false,
      councilsMustAdopt: null,
      reasons,
      countedTally: checked.tally,
    });
  }

  if (matter.reading !== undefined) {
    reasons.push(
      cite(rule.clause, 'reading_applied', {
        note: matter.reading.note,
        reading: ruleReading ?? '',
        chosen: readings.chosen(matter.reading.note),
      }),
    );
  }

  // What the agreement leaves unsaid about its members, filled by the statute's rule (and said so).
  if (organ.abstention === undefined) {
    reasons.push(statutoryDefault(cite, 'abstention', 'not-allowed'));
  }
  if (organ.deputies === undefined && checked.check.deputies > 0) {
    reasons.push(statutoryDefault(cite, 'deputies', 'allowed'));
  }
  if (meeting.members !== undefined) reasons.push(...holderReasons(organ, meeting, cite));

  const role = meeting.presidingRole ?? 'leader';
  let chairDecides = true;
  if (role === 'designee' && organ.chair?.designee !== undefined) {
    reasons.push(
      cite(organ.chair.designee.clause, 'designee_presides', { presiding: record.presiding }),
    );
  } else if (role !== 'leader' && role !== 'designee' && organ.chair?.standIn !== undefined) {
    const reading = readings.of(organ.chair.standIn.note) ?? '';
    chairDecides = own(organ.chair.standIn.castingVote, reading) ?? true;
    reasons.push(
      cite(organ.chair.clause, 'stand_in_presides', {
        presiding: record.presiding,
        role,
        castingVote: chairDecides,
        reading,
      }),
    );
  }

  let voidedByProcedure = false;
  const preparedBy = organ.preparedBy;
  if (preparedBy !== undefined && meeting.prepared !== undefined) {
    const by = {
      by: preparedBy.organ,
      byName: agreement.organs?.find((o) => o.id === preparedBy.organ)?.name ?? preparedBy.organ,
    };
    if (meeting.prepared) {
      reasons.push(cite(preparedBy.clause, 'case_prepared', by));
    } else {
      const reading = preparedBy.note === undefined ? undefined : readings.of(preparedBy.note);
      voidedByProcedure =
        (reading === undefined ? undefined : own(preparedBy.voidByReading ?? {}, reading)) ?? false;
      reasons.push(
        cite(preparedBy.clause, 'case_not_prepared', { ...by, voided: voidedByProcedure }),
      );
    }
  }

  let voted = record;
  const candidate = meeting.candidate;
  if (matter.candidateProtected !== undefined && candidate !== undefined) {
    const protection = protectCandidate(
      agreement,
      matter.candidateProtected,
      candidate,
      record,
      readings,
      cite,
    );
    reasons.push(...protection.reasons);
    voted = protection.voted;
  }

  const counted = voted === record ? checked.tally : tally(voted);
  const outcome = ruled(sitting, rule, voted, counted, chairDecides && organ.chair !== undefined);
  // A vote the reading applied voids (a case not prepared) decides nothing: no reason speaks of it as valid.
  if (!voidedByProcedure) reasons.push(...outcome.reasons);
  const adopted = outcome.adopted && !voidedByProcedure;
  const councils = sitting.councils;
  if (councils !== null && adopted) {
    reasons.push(cite(councils.clause, 'councils_must_adopt', { councils: councils.councils }));
  }
  return outcomeOf(sitting, rule, checked.tally, record.presiding, {
    quorate: true,
    adopted,
    tieBrokenByChair: outcome.tieBrokenByChair && !voidedByProcedure,
    decidedByChair: outcome.decidedByChair && !voidedByProcedure,
    drawLots: outcome.drawLots && !voidedByProcedure,
    councilsMustAdopt: councils,
    reasons,
    countedTally: counted,
  });
}

/**
 * The rule applied to the votes, once per call for each rule, record as
 * counted and casting vote: a reading that changes none of them (it allows
 * abstention, say, and nobody abstained) shares the decision's outcome.
 */
function ruled(
  sitting: Sitting,
  rule: DecisionRule,
  voted: VoteRecord,
  counted: Tally,
  decides: boolean,
): RuleOutcome {
  for (const known of sitting.ruled) {
    if (known.rule === rule && known.voted === voted && known.decides === decides) {
      return known.outcome;
    }
  }
  const { organ, cite } = sitting;
  const outcome = ruleOutcome(
    rule,
    voted,
    counted,
    { decides, clause: organ.chair?.clause ?? organ.clause, noLeader: organ.chair === undefined },
    cite,
    sitting.matter.election === true,
  );
  sitting.ruled.push({ rule, voted, decides, outcome });
  return outcome;
}

/** What the vote made of the meeting under the readings. */
type Made = Pick<
  Outcome,
  | 'quorate'
  | 'adopted'
  | 'tieBrokenByChair'
  | 'decidedByChair'
  | 'drawLots'
  | 'councilsMustAdopt'
  | 'reasons'
  | 'countedTally'
>;

/**
 * The outcome as one object literal, its fields always in the same order
 * (the JSON the CLI prints), and without spreading: an object spread into
 * another is copied key by key, which costs more than the rule itself.
 */
function outcomeOf(
  sitting: Sitting,
  rule: DecisionRule,
  cast: Tally,
  presiding: string,
  made: Made,
): Outcome {
  return {
    agreement: sitting.agreement.id,
    preparation: sitting.preparation,
    organ: sitting.organ.id,
    matter: sitting.matter.id,
    date: sitting.meeting.meeting.date,
    rule,
    quorum: sitting.organ.quorum ?? STATUTORY_QUORUM,
    tally: cast,
    presiding,
    quorate: made.quorate,
    adopted: made.adopted,
    tieBrokenByChair: made.tieBrokenByChair,
    decidedByChair: made.decidedByChair,
    drawLots: made.drawLots,
    councilsMustAdopt: made.councilsMustAdopt,
    reasons: made.reasons,
    countedTally: made.countedTally,
  };
}

/** A decision from its outcome, with the readings applied and the alternatives. */
export function decisionOf(
  outcome: Outcome,
  readings: Readonly<Record<string, string>>,
  alternatives: readonly DecisionAlternative[],
): Decision {
  return {
    agreement: outcome.agreement,
    preparation: outcome.preparation,
    organ: outcome.organ,
    matter: outcome.matter,
    date: outcome.date,
    rule: outcome.rule,
    quorum: outcome.quorum,
    tally: outcome.tally,
    presiding: outcome.presiding,
    quorate: outcome.quorate,
    adopted: outcome.adopted,
    tieBrokenByChair: outcome.tieBrokenByChair,
    decidedByChair: outcome.decidedByChair,
    drawLots: outcome.drawLots,
    councilsMustAdopt: outcome.councilsMustAdopt,
    reasons: outcome.reasons,
    readings,
    alternatives,
  };
}
