import type { Agreement } from '../../model/agreement.js';
import type { InputProblem } from '../../model/errors.js';
import type { NormalMeeting } from '../../model/meeting.js';
import type { DecisionRule, Matter, Organ } from '../../model/organ.js';
import type { Region } from '../../model/region.js';
import type { RuleOutcome } from '../../rules/decision-rules.js';
import { memberOn } from '../../rules/membership.js';
import { type MemberCount, type QuorumOutcome, quorumOf } from '../../rules/quorum.js';
import { type Cite, citing } from '../../rules/reason.js';
import { STATUTORY_QUORUM, statutoryDefault } from '../../rules/statutory-defaults.js';
import { type Tally, tally, type VoteRecord } from '../../rules/vote-record.js';
import { candidateProblems } from './candidate.js';
import { memberProblems, membersCounted } from './members.js';
import type { CheckedOptions } from './options.js';
import type { Notes } from './readings.js';
import { checkMeeting, type MeetingCheck } from './record.js';
import { type Seats, seatsOf } from './seats.js';
import type { CouncilsMustAdopt, Decision } from './types.js';
import { weightsOf } from './weights.js';

/**
 * One call of {@link decide}: the agreement, the body, the matter and the
 * meeting, and what follows from them whatever the readings, worked out
 * once for the decision and all its alternatives.
 */
export interface Sitting {
  readonly agreement: Agreement;
  readonly organ: Organ;
  readonly matter: Matter;
  readonly meeting: NormalMeeting;
  readonly regions: readonly Region[] | undefined;
  readonly notes: Notes;
  readonly cite: Cite;
  readonly preparation: Decision['preparation'];
  readonly councils: CouncilsMustAdopt | null;
  /** The meeting checked against the body, by the end date a reading gives the agreement (most have one). */
  readonly checked: Map<string | undefined, CheckedMeeting>;
  /** Each rule applied so far, to the record as counted, with or without a casting vote. */
  readonly ruled: {
    readonly rule: DecisionRule;
    readonly voted: VoteRecord;
    readonly decides: boolean;
    readonly outcome: RuleOutcome;
  }[];
}

/** The meeting checked against the body's seats on its date, and counted: once per end date. */
export interface CheckedMeeting {
  readonly seats: Seats;
  readonly check: MeetingCheck;
  readonly candidateProblems: readonly InputProblem[];
  readonly quorum: QuorumOutcome;
  /** The votes as cast. */
  readonly tally: Tally;
}

/** What a call of {@link decide} works on, before any reading is applied. */
export function sittingOf(
  agreement: Agreement,
  organ: Organ,
  matter: Matter,
  options: CheckedOptions,
  notes: Notes,
): Sitting {
  const { meeting } = options.meeting;
  return {
    agreement,
    organ,
    matter,
    meeting: options.meeting,
    regions: options.regions,
    notes,
    cite: citing(agreement.id),
    preparation:
      organ.preparedBy === undefined
        ? null
        : meeting.prepared === undefined
          ? 'unknown'
          : meeting.prepared
            ? 'prepared'
            : 'not-prepared',
    councils: councilsMustAdoptFor(agreement, organ, matter, meeting.date),
    checked: new Map(),
    ruled: [],
  };
}

/** The meeting checked against the body while the agreement applies until `validUntil`. */
export function checkedUnder(sitting: Sitting, validUntil: string | undefined): CheckedMeeting {
  const known = sitting.checked.get(validUntil);
  if (known !== undefined) return known;
  const { agreement, organ, matter, meeting } = sitting;
  const seats = seatsOf(agreement, organ, meeting.meeting.date, sitting.regions, validUntil);
  let check = checkMeeting(meeting, organ, seats);
  // Weighted votes (only where the body has them): the record carries the weights, and the tally their sums.
  const weighing = weightsOf(agreement, organ, seats.seats, meeting.meeting.date);
  if (weighing.table !== undefined) {
    const record = { ...check.record, weights: weighing.table };
    check = { ...check, record, tally: tally(record) };
  }
  // The members present, where the quorum counts members rather than seats.
  const counted = membersCounted(agreement, organ, meeting.meeting, check.record);
  const checked: CheckedMeeting = {
    seats,
    check,
    // The candidate's, the members' of a party's seat (who attends it, who holds its vote, whether they are listed), and the weights'.
    candidateProblems: [
      ...candidateProblems(agreement, matter, meeting.meeting.candidate, seats.seats),
      ...memberProblems(organ, meeting.meeting, check.record),
      ...(counted?.problems ?? []),
      ...weighing.problems,
    ],
    quorum: quorumUnder(organ, check, sitting.cite, counted?.count),
    tally: check.tally,
  };
  sitting.checked.set(validUntil, checked);
  return checked;
}

/**
 * The agreement's amendment or dissolution procedure for this body and
 * matter, when it requires every kommunestyre to adopt the decision too.
 */
function councilsMustAdoptFor(
  agreement: Agreement,
  organ: Organ,
  matter: Matter,
  date: string,
): CouncilsMustAdopt | null {
  const lifecycle = agreement.lifecycle;
  for (const procedure of [lifecycle?.amendment, lifecycle?.dissolution]) {
    if (
      procedure?.councilsMustAdopt === true &&
      procedure.organ === organ.id &&
      procedure.matter === matter.id
    ) {
      const councils = agreement.parties.filter((p) => memberOn(p, date)).length;
      return { clause: procedure.clause, councils };
    }
  }
  return null;
}

/**
 * The meeting's quorum under the body's rule, or, where the agreement states
 * none, under the statute's (at least half the members present), its first
 * reason saying so.
 */
function quorumUnder(
  organ: Organ,
  check: MeetingCheck,
  cite: Cite,
  members: MemberCount | undefined,
): QuorumOutcome {
  if (organ.quorum !== undefined) {
    return quorumOf(organ.quorum, check.record, check.deputies, cite, organ.clause, members);
  }
  const outcome = quorumOf(STATUTORY_QUORUM, check.record, check.deputies, cite, organ.clause);
  return {
    quorate: outcome.quorate,
    reasons: [statutoryDefault(cite, 'quorum', 'half-present'), ...outcome.reasons],
  };
}
