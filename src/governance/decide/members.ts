import type { Agreement } from '../../model/agreement.js';
import { formatPath, type InputProblem } from '../../model/errors.js';
import type { Meeting } from '../../model/meeting.js';
import type { Organ } from '../../model/organ.js';
import type { MemberCount } from '../../rules/quorum.js';
import type { Cite, Reason } from '../../rules/reason.js';
import type { VoteRecord } from '../../rules/vote-record.js';

/**
 * Why a meeting's members (who attends each party's seat, by role) do not
 * fit the body: members given where the body has one member per seat or a
 * vote for every member, a seat that is not attended, a role the body does
 * not name, more members than a seat has.
 */
export function memberProblems(organ: Organ, meeting: Meeting, record: VoteRecord): InputProblem[] {
  const problems: InputProblem[] = [];
  const given = meeting.members;
  if (given === undefined) return problems;
  const members = organ.seats.members;
  if (members === undefined || members.votes !== 'one-per-party') {
    problems.push({
      path: 'meeting.members',
      code: 'members_not_applicable',
      message: `${organ.id} has ${
        members === undefined ? 'one member per seat' : 'a seat and a vote for every member'
      }: give attendance and ballots by seat, without members`,
    });
    return problems;
  }
  const holders = members.holders;
  for (const seat of Object.keys(given)) {
    const roles = given[seat] as readonly string[];
    if (!record.attending.has(seat)) {
      problems.push({
        path: formatPath(['meeting', 'members', seat]),
        code: 'members_not_attending',
        message: `${seat} is not in attendance; list the members of seats attended only`,
      });
    }
    if (roles.length > members.count) {
      problems.push({
        path: formatPath(['meeting', 'members', seat]),
        code: 'too_many_members',
        message: `${seat} has ${members.count} members in ${organ.id} (${members.clause}), and ${roles.length} are listed`,
      });
    }
    roles.forEach((role, i) => {
      if (roles.indexOf(role) !== i) {
        problems.push({
          path: formatPath(['meeting', 'members', seat, i]),
          code: 'duplicate_member',
          message: `${role} is listed twice for ${seat}`,
        });
      }
    });
    // Without holders named, the agreement does not say who holds the vote: any member may.
    if (
      holders !== undefined &&
      record.votes.has(seat) &&
      !roles.some((role) => holders.includes(role))
    ) {
      problems.push({
        path: formatPath(['meeting', 'members', seat]),
        code: 'no_vote_holder',
        message: `none of the members attending for ${seat} holds its vote (${organ.id}, ${members.clause}: ${holders.join(
          ', ',
        )}), and ${seat} has a ballot`,
      });
    }
  }
  return problems;
}

/**
 * Who held each party's vote, for the seats whose members the meeting
 * lists: the first of the body's holders present, in the order the
 * agreement gives; `takesOver` when a holder before it is absent.
 */
export function holderReasons(organ: Organ, meeting: Meeting, cite: Cite): Reason[] {
  const reasons: Reason[] = [];
  const members = organ.seats.members;
  const given = meeting.members;
  const holders = members?.holders;
  if (members === undefined || holders === undefined || given === undefined) return reasons;
  for (const seat of Object.keys(given)) {
    const roles = given[seat] as readonly string[];
    const at = holders.findIndex((holder) => roles.includes(holder));
    if (at < 0) continue;
    reasons.push(
      cite(members.clause, 'vote_held_by', {
        seat,
        holder: holders[at] as string,
        takesOver: at > 0,
        absent: holders.slice(0, at),
      }),
    );
  }
  return reasons;
}

/**
 * The members counted for a quorum that counts members (`counts:
 * 'members'`) in a body whose parties have several members and one vote
 * each: a party's seat has the body's `count` of members, any other seat (a
 * named one, a region's) one; present are the members the meeting lists for
 * each party's seat attended, and one for any other seat attended. A party's
 * seat attended without its members listed cannot be counted: a problem
 * naming it, one for each such seat. `undefined` where the quorum counts
 * seats, or where every member votes (each seat is then a member).
 */
export function membersCounted(
  agreement: Agreement,
  organ: Organ,
  meeting: Meeting,
  record: VoteRecord,
): { readonly count: MemberCount; readonly problems: readonly InputProblem[] } | undefined {
  const quorum = organ.quorum;
  const members = organ.seats.members;
  if (
    quorum?.kind !== 'fraction-present' ||
    quorum.counts !== 'members' ||
    members?.votes !== 'one-per-party'
  ) {
    return undefined;
  }
  // The parties' seats (only the parties that are members on the day have one).
  const parties = new Set<string>();
  if (organ.seats.perParty) {
    for (const party of agreement.parties) parties.add(party.municipality.number);
  }
  const problems: InputProblem[] = [];
  let all = 0;
  let present = 0;
  for (const seat of record.seats) {
    const party = parties.has(seat);
    all += party ? members.count : 1;
    if (!record.attending.has(seat)) continue;
    if (!party) {
      present += 1;
      continue;
    }
    const listed = meeting.members?.[seat]?.length ?? 0;
    if (listed === 0) {
      problems.push({
        path: formatPath(['meeting', 'members', seat]),
        code: 'members_not_listed',
        message: `${seat} attends ${organ.id}, whose quorum counts members (${quorum.clause}): list the members attending for ${seat} in meeting.members`,
      });
    }
    present += listed;
  }
  return { count: { all, present }, problems };
}
