import { formatPath, type InputProblem } from '../../model/errors.js';
import type { MeetingEntries, NormalMeeting } from '../../model/meeting.js';
import type { Organ } from '../../model/organ.js';
import { MEMBERS_DUTIES, statuteClause } from '../../rules/statutory-defaults.js';
import {
  type Attendance,
  type Tally,
  tallyOf,
  type Vote,
  type VoteRecord,
} from '../../rules/vote-record.js';
import { SeatIndex, SeatMap } from './seat-map.js';
import type { Seats } from './seats.js';

/**
 * A meeting checked against a body's seats: its vote record, and every way
 * it does not fit the body. Problems that only arise where members must vote
 * are marked, so that a reading allowing abstention drops them without
 * checking the meeting again.
 */
export interface MeetingCheck {
  readonly record: VoteRecord;
  /** The record counted (`tally(record)`), as the ballots were checked. */
  readonly tally: Tally;
  /** The seats attended by a deputy, counted as the attendance was checked. */
  readonly deputies: number;
  readonly problems: readonly CheckedProblem[];
}

/** A problem of the meeting, and whether it is one only where members may not abstain. */
export interface CheckedProblem {
  readonly problem: InputProblem;
  readonly ifAbstentionForbidden: boolean;
}

/** The problems of a checked meeting where abstention is allowed or not, in the order found. */
export function meetingProblems(check: MeetingCheck, abstentionAllowed: boolean): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const { problem, ifAbstentionForbidden } of check.problems) {
    if (!(ifAbstentionForbidden && abstentionAllowed)) problems.push(problem);
  }
  return problems;
}

/**
 * Checks a meeting against the body's seats and rules, once: unknown seats,
 * a seat attended twice or by both its member and its deputy, deputies
 * where the body has none, ballots from seats not present or twice for one
 * seat, abstentions and missing ballots (marked: they depend on the reading
 * of the duty to vote), and who presides.
 */
export function checkMeeting(normal: NormalMeeting, organ: Organ, body: Seats): MeetingCheck {
  const { meeting } = normal;
  const problems: CheckedProblem[] = [];
  const hasSeats = body.seats.length > 0;
  // A body without seats (a problem already) names no seat unknown: the meeting's own seats stand in, so the other checks still run.
  const index = hasSeats
    ? body.index
    : new SeatIndex([...normal.attendance.seats, ...normal.ballots.seats]);
  const seats = body.seats;
  // A seat the body does not have (no place: only where it has seats) is named, and nothing else is said of it.

  const attending = new SeatMap<Attendance>(index);
  const attendance = normal.attendance;
  let deputies = 0;
  for (let i = 0; i < attendance.seats.length; i++) {
    const seat = attendance.seats[i] as string;
    const as = attendance.values[i] as Attendance;
    const place = index.placeOf(seat);
    if (place === undefined) {
      problems.push(unknownSeat(seat, pathOf(attendance, i), organ, meeting.date, seats));
      continue;
    }
    const earlier = attending.at(place);
    if (earlier !== undefined) {
      problems.push({
        problem: {
          path: pathOf(attendance, i),
          code: earlier === as ? 'duplicate_attendance' : 'member_and_deputy',
          message:
            earlier === as
              ? `${seat} is listed as attending twice`
              : `${seat} is recorded as attended by both its member and its deputy; only one of them holds the seat's vote: record the one who does`,
        },
        ifAbstentionForbidden: false,
      });
      continue;
    }
    if (as === 'deputy' && organ.deputies?.allowed === false) {
      problems.push({
        problem: {
          path: pathOf(attendance, i),
          code: 'deputy_not_allowed',
          message: `${organ.id} has no deputies (${organ.deputies?.clause ?? organ.clause}): ${seat} can only be attended by its member`,
        },
        ifAbstentionForbidden: false,
      });
    }
    if (as === 'deputy') deputies++;
    attending.setAt(place, as);
  }

  const votes = new SeatMap<Vote>(index);
  const ballots = normal.ballots;
  // The votes of the seats present, counted as they are checked.
  let inFavour = 0;
  let against = 0;
  // The ballots are most often given in the order of the attendance: the place of the seat attended at the same position is tried first.
  const attended = attending.places;
  for (let i = 0; i < ballots.seats.length; i++) {
    const seat = ballots.seats[i] as string;
    const vote = ballots.values[i] as Vote;
    const guess = attended[i];
    const place = guess !== undefined && index.places[guess] === seat ? guess : index.placeOf(seat);
    if (place === undefined) {
      problems.push(unknownSeat(seat, pathOf(ballots, i), organ, meeting.date, seats));
      continue;
    }
    if (votes.at(place) !== undefined) {
      problems.push({
        problem: {
          path: pathOf(ballots, i),
          code: 'two_ballots',
          message: `${seat} has two ballots; a seat has one vote`,
        },
        ifAbstentionForbidden: false,
      });
      continue;
    }
    votes.setAt(place, vote);
    if (attending.at(place) !== undefined) {
      if (vote === 'for') inFavour++;
      else if (vote === 'against') against++;
    } else {
      problems.push({
        problem: {
          path: pathOf(ballots, i),
          code: 'ballot_from_absent',
          message: `${seat} voted but is not present (not in attendance)`,
        },
        ifAbstentionForbidden: false,
      });
    }
    if (vote === 'abstain') {
      problems.push({
        problem: {
          path: pathOf(ballots, i),
          code: 'abstention_not_allowed',
          message: `members of ${organ.id} must vote for or against (${
            organ.abstention === undefined
              ? `${statuteClause(MEMBERS_DUTIES)}, the statute's rule where the agreement does not say; not verified`
              : (organ.abstention.clause ?? organ.clause)
          }); ${seat} abstained`,
        },
        ifAbstentionForbidden: true,
      });
    }
  }
  // A seat attended is a seat of the body: it has voted when it has a vote.
  for (const place of attending.places) {
    if (votes.at(place) === undefined) {
      const seat = index.places[place] as string;
      problems.push({
        problem: {
          path: formatPath(['meeting', 'ballots', seat]),
          code: 'missing_ballot',
          message: `${seat} is present but did not vote; members of ${organ.id} must vote for or against`,
        },
        ifAbstentionForbidden: true,
      });
    }
  }

  const presiding = meeting.presiding;
  const role = meeting.presidingRole ?? 'leader';
  const chair = organ.chair;
  if (role === 'designee' && chair?.designee === undefined) {
    problems.push(
      problemOf({
        path: 'meeting.presidingRole',
        code: 'designee_not_allowed',
        message: `${organ.id}'s leader cannot designate someone to lead in their place${
          chair === undefined ? ` (${organ.id} has no leader)` : ` (${chair.clause})`
        }: give presidingRole "deputy-leader" or "other"`,
      }),
    );
  } else if (role === 'leader' && chair?.seat !== undefined && presiding !== chair.seat) {
    problems.push(
      problemOf({
        path: 'meeting.presiding',
        code: 'leader_seat',
        message: `the leader of ${organ.id} sits for ${chair.seat} (${chair.clause}), and ${presiding} presides: give presidingRole ${
          chair.designee === undefined ? '' : '"designee" if the leader designated this person, or '
        }"other"`,
      }),
    );
  }
  const presidingPlace = index.placeOf(presiding);
  if (presidingPlace === undefined && hasSeats) {
    problems.push(unknownSeat(presiding, 'meeting.presiding', organ, meeting.date, seats));
  } else {
    const as = presidingPlace === undefined ? undefined : attending.at(presidingPlace);
    if (as === undefined && hasSeats) {
      problems.push(
        problemOf({
          path: 'meeting.presiding',
          code: 'presiding_absent',
          message: `${presiding} presides but is not present (not in attendance)`,
        }),
      );
    } else if (as === 'deputy' && (role === 'leader' || role === 'deputy-leader')) {
      const title = role === 'deputy-leader' ? 'deputy leader' : 'leader';
      problems.push(
        problemOf({
          path: 'meeting.presiding',
          code: 'leader_is_deputy',
          message: `the ${title} sits for ${presiding}, which is attended by its deputy: the ${title} is absent, so give presidingRole "other"${role === 'leader' ? ' or "deputy-leader"' : ''}`,
        }),
      );
    }
  }
  return {
    record: { seats, attending, votes, presiding },
    tally: tallyOf(seats.length, attending.size, inFavour, against),
    deputies,
    problems,
  };
}

/** A problem of the meeting whatever the duty to vote. */
function problemOf(problem: InputProblem): CheckedProblem {
  return { problem, ifAbstentionForbidden: false };
}

/** A seat the body does not have on the meeting's date, named with (some of) the body's seats. */
function unknownSeat(
  seat: string,
  path: string,
  organ: Organ,
  date: string,
  seats: readonly string[],
): CheckedProblem {
  const shown = seats.length > 12 ? `${seats.slice(0, 12).join(', ')}, …` : seats.join(', ');
  return problemOf({
    path,
    code: 'unknown_seat',
    message: `${seat} is not a seat of ${organ.id} on ${date} (its seats: ${shown})`,
  });
}

/**
 * The path of one entry of the attendance or the ballots, as the meeting
 * gave it: by index in a list, by seat in a map. Written only for a problem.
 */
function pathOf(entries: MeetingEntries<string>, i: number): string {
  return entries.listed
    ? `meeting.${entries.name}[${i}]`
    : formatPath(['meeting', entries.name, entries.seats[i] as string]);
}
