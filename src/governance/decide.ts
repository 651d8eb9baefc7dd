import { isIsoDate } from '../internal/iso-date.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import type { InterpretationNote } from '../model/interpretation.js';
import type { IsoDate } from '../model/iso-date.js';
import type { Meeting } from '../model/meeting.js';
import type { DecisionRule, Matter, Organ, QuorumRule } from '../model/organ.js';
import type { Region } from '../model/region.js';
import { regionMembershipProblems } from '../model/region-problems.js';
import { applyDecisionRule } from '../rules/decision-rules.js';
import { memberOn } from '../rules/membership.js';
import { checkQuorum } from '../rules/quorum.js';
import { citing, type Reason } from '../rules/reason.js';
import {
  type Attendance,
  seatsVoting,
  type Tally,
  tally,
  type Vote,
  type VoteRecord,
} from '../rules/vote-record.js';

/**
 * Options for {@link decide}.
 *
 * @example
 * const options: DecideOptions = { organ: 'representantskap', matter: 'budget', meeting };
 */
export interface DecideOptions {
  /** The body, e.g. `'representantskap'`. */
  readonly organ: string;
  /** The category of matter, e.g. `'agreement-amendment'`. */
  readonly matter: string;
  readonly meeting: Meeting;
  /** The region division, for a body with a seat per region, when the agreement gives none. */
  readonly regions?: readonly Region[];
  /** Readings of interpretation notes to apply instead of those chosen in the data: note id → reading id. */
  readonly readings?: Readonly<Record<string, string>>;
}

/**
 * A decision (vedtak) and everything behind it.
 *
 * @example
 * const decision: Decision = decide(helseplattformen, options);
 * decision.adopted; //=> true
 */
export interface Decision {
  readonly agreement: string;
  readonly organ: string;
  readonly matter: string;
  readonly date: IsoDate;
  /** The meeting could decide (vedtaksfør). */
  readonly quorate: boolean;
  /** Adopted (vedtatt): quorate, and the rule carried. */
  readonly adopted: boolean;
  /** The decision rule applied, with its clause. */
  readonly rule: DecisionRule;
  readonly quorum: QuorumRule;
  readonly tally: Tally;
  /** A tie was broken by the presiding person's vote (dobbeltstemme). */
  readonly tieBrokenByChair: boolean;
  /** No consensus, and the chair's position decided (DigiTrøndelag §4.3). */
  readonly decidedByChair: boolean;
  /** The seat of the person who presided. */
  readonly presiding: string;
  /** Every condition met or failed, each with its clause: quorum, rule, tie-break, readings. */
  readonly reasons: readonly Reason[];
}

/**
 * Decides a matter at a meeting of one of the agreement's bodies: checks the
 * meeting against the body's seats, then its quorum, then applies the rule
 * for the matter's category, and reports every condition, not only the
 * first that failed. A decision that is not quorate is never adopted.
 *
 * The meeting is checked first; each of these is an input error naming the
 * seat: an unknown seat, a seat attended by both its member and its deputy,
 * a deputy where the body has none, a ballot from a seat not present, two
 * ballots for one seat, an abstention where members must vote, a present
 * member without a vote where members must vote, a presiding person who is
 * not present, and a "leader" presiding from a seat attended by its deputy.
 *
 * Who breaks a tie when the leader is absent is an explicit reading: give
 * `presidingRole: 'deputy-leader'` (or `'other'`) in the meeting, and the
 * body's `chair.standIn` note says whether that person's vote decides a tie
 * (Helseplattformen: the presiding person's, as kommuneloven's møteleder;
 * selectable with `readings: { 'chair-absent-casting-vote': 'leader-only' }`).
 *
 * @see Helseplattformen §5, §6, §13–§15; DigiTrøndelag §4.1–§4.3
 * @throws {@link AgreementInputError} for an unknown organ, matter or
 *   reading, a body with seats per region and no region division, or a
 *   meeting that does not fit the body.
 *
 * @example
 * const decision = decide(helseplattformen, {
 *   organ: 'representantskap',
 *   matter: 'budget',
 *   meeting: {
 *     date: '2025-03-12',
 *     presiding: '5001',
 *     attendance: { '5001': 'member', '1505': 'member', '1506': 'deputy' },
 *     ballots: { '5001': 'for', '1505': 'against', '1506': 'for' },
 *   },
 * });
 * decision.quorate; //=> false (3 of 34 present; at least 17 required)
 * decision.adopted; //=> false
 * decision.reasons.map((r) => r.code); //=> ['quorum_not_met', 'majority_adopted']
 */
export function decide(agreement: Agreement, options: DecideOptions): Decision {
  const organ = findOrgan(agreement, options.organ);
  const matter = findMatter(organ, options.matter);
  const notes = new Map((agreement.interpretations ?? []).map((note) => [note.id, note]));
  const problems = readingProblems(options.readings, notes);
  const readingOf = (noteId: string): string | undefined =>
    own(options.readings ?? {}, noteId) ?? notes.get(noteId)?.readingId;
  const abstentionNote = organ.abstention.note;
  const abstentionReading = abstentionNote === undefined ? undefined : readingOf(abstentionNote);
  const abstentionAllowed =
    (abstentionReading === undefined
      ? undefined
      : own(organ.abstention.allowedByReading ?? {}, abstentionReading)) ??
    organ.abstention.allowed;
  const seats = seatsOf(agreement, organ, options, problems);
  const record = checkMeeting(options.meeting, organ, seats, abstentionAllowed, problems);
  const candidate = options.meeting.candidate;
  if (candidate !== undefined) {
    if (matter.candidateProtected === undefined) {
      problems.push({
        path: 'meeting.candidate',
        code: 'candidate_not_applicable',
        message: `matter ${matter.id} has no candidate; a candidate belongs to an admission`,
      });
    } else if (seats.includes(candidate.number)) {
      problems.push({
        path: 'meeting.candidate.number',
        code: 'candidate_already_party',
        message: `${candidate.number} is already a party`,
      });
    }
  }
  if (problems.length > 0 || record === null) {
    throw new AgreementInputError(problems, `Cannot decide in ${organ.id}`);
  }
  const cite = citing(agreement.id);
  const reasons: Reason[] = [];

  const quorum = checkQuorum(organ.quorum, record, cite, organ.clause);
  reasons.push(...quorum.reasons);

  let rule = matter.rule;
  if (matter.reading !== undefined) {
    const reading = readingOf(matter.reading.note);
    rule = (reading === undefined ? undefined : own(matter.reading.rules, reading)) ?? matter.rule;
    reasons.push(
      cite(rule.clause, 'reading_applied', {
        note: matter.reading.note,
        reading: reading ?? '',
        chosen: options.readings?.[matter.reading.note] !== undefined,
      }),
    );
  }

  const role = options.meeting.presidingRole ?? 'leader';
  let chairDecides = true;
  if (role !== 'leader' && organ.chair?.standIn !== undefined) {
    const reading = readingOf(organ.chair.standIn.note) ?? '';
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

  let voted = record;
  if (matter.candidateProtected !== undefined && candidate !== undefined) {
    const { clause, note } = matter.candidateProtected;
    const name = `${candidate.number} ${candidate.name}`;
    if (!candidate.joinedSamarbeidsavtalen || !candidate.hasTjenesteavtale) {
      reasons.push(
        cite(clause, 'candidate_not_eligible', {
          candidate: name,
          joinedSamarbeidsavtalen: candidate.joinedSamarbeidsavtalen,
          hasTjenesteavtale: candidate.hasTjenesteavtale,
        }),
      );
    } else {
      const opposed = seatsVoting(record, 'against');
      if (opposed.length > 0) {
        const reading = readingOf(note) ?? '';
        reasons.push(
          cite(clause, 'candidate_opposed', { candidate: name, seats: opposed, reading }),
        );
        if (reading === 'count-as-for') {
          const votes = new Map(record.votes);
          for (const seat of opposed) votes.set(seat, 'for');
          voted = { ...record, votes };
        }
      }
    }
  }

  const outcome = applyDecisionRule(
    rule,
    voted,
    {
      decides: chairDecides && organ.chair !== undefined,
      clause: organ.chair?.clause ?? organ.clause,
      noLeader: organ.chair === undefined,
    },
    cite,
  );
  reasons.push(...outcome.reasons);
  return {
    agreement: agreement.id,
    organ: organ.id,
    matter: matter.id,
    date: options.meeting.date,
    quorate: quorum.quorate,
    adopted: quorum.quorate && outcome.adopted,
    rule,
    quorum: organ.quorum,
    tally: tally(record),
    tieBrokenByChair: outcome.tieBrokenByChair,
    decidedByChair: outcome.decidedByChair,
    presiding: record.presiding,
    reasons,
  };
}

function findOrgan(agreement: Agreement, id: string): Organ {
  const organs = agreement.organs ?? [];
  const organ = organs.find((o) => o.id === id);
  if (organ !== undefined) return organ;
  throw new AgreementInputError(
    [
      {
        path: 'organ',
        code: 'unknown_organ',
        message: `${agreement.id} has no organ "${id}"${
          organs.length === 0 ? '' : ` (its organs: ${organs.map((o) => o.id).join(', ')})`
        }`,
      },
    ],
    'Unknown organ',
  );
}

function findMatter(organ: Organ, id: string): Matter {
  const matter = organ.matters.find((m) => m.id === id);
  if (matter !== undefined) return matter;
  throw new AgreementInputError(
    [
      {
        path: 'matter',
        code: 'unknown_matter',
        message:
          organ.matters.length === 0
            ? `the agreement states no decision rule for ${organ.id} (${organ.clause})`
            : `${organ.id} has no matter "${id}" (its matters: ${organ.matters.map((m) => m.id).join(', ')})`,
      },
    ],
    'Unknown matter',
  );
}

function readingProblems(
  readings: Readonly<Record<string, string>> | undefined,
  notes: ReadonlyMap<string, InterpretationNote>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const [noteId, reading] of Object.entries(readings ?? {})) {
    const note = notes.get(noteId);
    const offered = note === undefined ? [] : readingIds(note);
    if (offered.length === 0) {
      problems.push({
        path: formatPath(['readings', noteId]),
        code: 'unknown_note',
        message: `names no interpretation note with selectable readings (those with: ${[
          ...notes.values(),
        ]
          .filter((n) => readingIds(n).length > 0)
          .map((n) => n.id)
          .join(', ')})`,
      });
    } else if (!offered.includes(reading)) {
      problems.push({
        path: formatPath(['readings', noteId]),
        code: 'unknown_reading',
        message: `"${reading}" is not a reading of ${noteId} (its readings: ${offered.join(', ')})`,
      });
    }
  }
  return problems;
}

function readingIds(note: InterpretationNote): string[] {
  return note.readingId === undefined
    ? []
    : [note.readingId, ...note.alternatives.flatMap((a) => (a.id === undefined ? [] : [a.id]))];
}

/** The seats of a body on the meeting's date: one per party, per region, and the named ones. */
function seatsOf(
  agreement: Agreement,
  organ: Organ,
  options: DecideOptions,
  problems: InputProblem[],
): string[] {
  const date = options.meeting.date;
  if (!isIsoDate(date)) {
    problems.push({
      path: 'meeting.date',
      code: 'invalid_date',
      message: 'must be a date YYYY-MM-DD that exists in the calendar',
    });
    return [];
  }
  if (
    date < agreement.validFrom ||
    (agreement.validUntil !== undefined && date > agreement.validUntil)
  ) {
    problems.push({
      path: 'meeting.date',
      code: 'outside_validity',
      message: `${date} is outside the period ${agreement.id} applies (${agreement.validFrom} to ${
        agreement.validUntil ?? 'no end date'
      })`,
    });
    return [];
  }
  const seats: string[] = [];
  if (organ.seats.perParty) {
    for (const party of agreement.parties) {
      if (memberOn(party, date)) seats.push(party.municipality.number);
    }
  }
  if (organ.seats.perRegion) {
    const regions = options.regions ?? agreement.regions;
    if (regions === undefined || regions.length === 0) {
      problems.push({
        path: 'regions',
        code: 'missing_regions',
        message: `${organ.id} has one seat per region (${organ.seats.clause}), and ${agreement.id} gives no region division: supply the regions`,
      });
    } else {
      const members = new Set(
        agreement.parties.filter((p) => memberOn(p, date)).map((p) => p.municipality.number),
      );
      problems.push(...regionMembershipProblems(regions, members, 'regions'));
      for (const region of regions) seats.push(region.id);
    }
  }
  for (const seat of organ.seats.fixed ?? []) seats.push(seat.id);
  const first = new Map<string, number>();
  seats.forEach((seat, i) => {
    if (first.has(seat)) {
      problems.push({
        path: 'regions',
        code: 'duplicate_seat',
        message: `seat id ${seat} is used twice (a region id repeated, or the same as a named seat)`,
      });
    } else first.set(seat, i);
  });
  if (seats.length === 0 && !problems.some((p) => p.code === 'missing_regions')) {
    problems.push({
      path: 'organ',
      code: 'no_seats',
      message: `${organ.id} has no seats on ${date} (no parties are members, and it has no named seats)`,
    });
  }
  return seats;
}

/** Checks the meeting against the body's seats and rules; the record, or null after a problem. */
function checkMeeting(
  meeting: Meeting,
  organ: Organ,
  seats: readonly string[],
  abstentionAllowed: boolean,
  problems: InputProblem[],
): VoteRecord | null {
  const before = problems.length;
  if (!isCollection(meeting.attendance) || !isCollection(meeting.ballots)) {
    problems.push({
      path: 'meeting',
      code: 'invalid_meeting',
      message:
        'needs attendance and ballots, each a map by seat or a list (see schema/meeting.json)',
    });
    return null;
  }
  const known = new Set(seats);
  const shown = seats.length > 12 ? `${seats.slice(0, 12).join(', ')}, …` : seats.join(', ');
  const unknown = (seat: string, where: () => string) => {
    if (known.has(seat) || seats.length === 0) return false;
    problems.push({
      path: where(),
      code: 'unknown_seat',
      message: `${seat} is not a seat of ${organ.id} on ${meeting.date} (its seats: ${shown})`,
    });
    return true;
  };

  const attending = new Map<string, Attendance>();
  entriesOf(meeting.attendance, (e) => e.as, 'attendance').forEach(([seat, as, where]) => {
    if (unknown(seat, where)) return;
    if (as !== 'member' && as !== 'deputy') {
      problems.push({
        path: where(),
        code: 'invalid_value',
        message: 'must be "member" or "deputy"',
      });
      return;
    }
    const earlier = attending.get(seat);
    if (earlier !== undefined) {
      problems.push({
        path: where(),
        code: earlier === as ? 'duplicate_attendance' : 'member_and_deputy',
        message:
          earlier === as
            ? `${seat} is listed as attending twice`
            : `${seat} is recorded as attended by both its member and its deputy; only one of them holds the seat's vote: record the one who does`,
      });
      return;
    }
    if (as === 'deputy' && !organ.deputies.allowed) {
      problems.push({
        path: where(),
        code: 'deputy_not_allowed',
        message: `${organ.id} has no deputies (${organ.deputies.clause ?? organ.clause}): ${seat} can only be attended by its member`,
      });
    }
    attending.set(seat, as);
  });

  const votes = new Map<string, Vote>();
  /** Seats with a ballot, valid or not (so a bad ballot is not also a missing one). */
  const voted = new Set<string>();
  entriesOf(meeting.ballots, (e) => e.vote, 'ballots').forEach(([seat, vote, where]) => {
    if (unknown(seat, where)) return;
    if (vote !== 'for' && vote !== 'against' && vote !== 'abstain') {
      problems.push({
        path: where(),
        code: 'invalid_value',
        message: 'must be "for", "against" or "abstain"',
      });
      voted.add(seat);
      return;
    }
    if (votes.has(seat)) {
      problems.push({
        path: where(),
        code: 'two_ballots',
        message: `${seat} has two ballots; a seat has one vote`,
      });
      return;
    }
    votes.set(seat, vote);
    if (!attending.has(seat)) {
      problems.push({
        path: where(),
        code: 'ballot_from_absent',
        message: `${seat} voted but is not present (not in attendance)`,
      });
    }
    if (vote === 'abstain' && !abstentionAllowed) {
      problems.push({
        path: where(),
        code: 'abstention_not_allowed',
        message: `members of ${organ.id} must vote for or against (${organ.abstention.clause ?? organ.clause}); ${seat} abstained`,
      });
    }
  });
  if (!abstentionAllowed) {
    for (const seat of attending.keys()) {
      if (!votes.has(seat) && !voted.has(seat)) {
        problems.push({
          path: formatPath(['meeting', 'ballots', seat]),
          code: 'missing_ballot',
          message: `${seat} is present but did not vote; members of ${organ.id} must vote for or against`,
        });
      }
    }
  }

  const presiding = meeting.presiding;
  if (!unknown(presiding, () => 'meeting.presiding')) {
    const as = attending.get(presiding);
    if (as === undefined && seats.length > 0) {
      problems.push({
        path: 'meeting.presiding',
        code: 'presiding_absent',
        message: `${presiding} presides but is not present (not in attendance)`,
      });
    } else if (as === 'deputy' && (meeting.presidingRole ?? 'leader') !== 'other') {
      const role = meeting.presidingRole === 'deputy-leader' ? 'deputy leader' : 'leader';
      problems.push({
        path: 'meeting.presiding',
        code: 'leader_is_deputy',
        message: `the ${role} sits for ${presiding}, which is attended by its deputy: the ${role} is absent, so give presidingRole "other"${role === 'leader' ? ' or "deputy-leader"' : ''}`,
      });
    }
  }
  if (problems.length > before || seats.length === 0) return null;
  return { seats, attending, votes, presiding };
}

/**
 * A meeting's attendance or ballots as [seat, value, path] entries, whether
 * the file gives a map by seat or a list of entries. The path is a function:
 * it is written only for an error message, not for every seat of every call.
 */
function entriesOf<V, E extends { readonly seat: string }>(
  given: Readonly<Record<string, V>> | readonly E[],
  pick: (entry: E) => V,
  name: 'attendance' | 'ballots',
): [string, V, () => string][] {
  if (isList(given)) {
    return given.map((entry, i) => [entry.seat, pick(entry), () => `meeting.${name}[${i}]`]);
  }
  return Object.entries(given).map(([seat, value]) => [
    seat,
    value,
    () => formatPath(['meeting', name, seat]),
  ]);
}

function isList<E>(given: object): given is readonly E[] {
  return Array.isArray(given);
}

function isCollection(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

/** An own property of a plain record, never one inherited from Object.prototype. */
function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
