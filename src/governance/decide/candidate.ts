import type { Agreement } from '../../model/agreement.js';
import { formatPath, type InputProblem } from '../../model/errors.js';
import type { Meeting } from '../../model/meeting.js';
import type { Matter } from '../../model/organ.js';
import type { Cite, Reason } from '../../rules/reason.js';
import { seatsVoting, type VoteRecord } from '../../rules/vote-record.js';
import { own, type Readings } from './readings.js';

type Candidate = NonNullable<Meeting['candidate']>;

/**
 * Why a meeting's candidate does not fit: a matter that admits nobody, a
 * candidate that is a party already (holds a seat), a condition id the
 * agreement does not define.
 */
export function candidateProblems(
  agreement: Agreement,
  matter: Matter,
  candidate: Candidate | undefined,
  seats: readonly string[],
): InputProblem[] {
  const problems: InputProblem[] = [];
  if (candidate === undefined) return problems;
  if (matter.candidateProtected === undefined) {
    problems.push({
      path: 'meeting.candidate',
      code: 'candidate_not_applicable',
      message: `matter ${matter.id} has no candidate; a candidate belongs to an admission`,
    });
  } else if (seats.includes(candidate.number) || seats.includes(`${candidate.number}-1`)) {
    problems.push({
      path: 'meeting.candidate.number',
      code: 'candidate_already_party',
      message: `${candidate.number} is already a party`,
    });
  }
  const defined = agreement.lifecycle?.admission?.conditions ?? [];
  for (const id of Object.keys(candidate.conditionsMet ?? {})) {
    if (!defined.some((c) => c.id === id)) {
      problems.push({
        path: formatPath(['meeting', 'candidate', 'conditionsMet', id]),
        code: 'unknown_condition',
        message: `is not an admission condition of the agreement (it has: ${defined.map((c) => c.id).join(', ') || 'none'})`,
      });
    }
  }
  return problems;
}

/**
 * The candidate's protection under the readings applied: a candidate that
 * meets every protecting condition may not be opposed, and a vote against it
 * is flagged; what the vote does is the reading's (`opposition`). Returns
 * the reasons, and the record as counted (votes against as for where the
 * reading says so).
 */
export function protectCandidate(
  agreement: Agreement,
  protection: NonNullable<Matter['candidateProtected']>,
  candidate: Candidate,
  record: VoteRecord,
  readings: Readings,
  cite: Cite,
): { readonly reasons: readonly Reason[]; readonly voted: VoteRecord } {
  const { clause, note, opposition } = protection;
  const name = `${candidate.number} ${candidate.name}`;
  const met = candidate.conditionsMet ?? {};
  const protecting = (agreement.lifecycle?.admission?.conditions ?? []).filter((c) => c.protects);
  const missing = protecting.filter((c) => own(met, c.id) === false);
  const unknown = protecting.filter((c) => own(met, c.id) === undefined);
  if (protecting.length === 0 || missing.length > 0 || unknown.length > 0) {
    return {
      reasons: [
        cite(clause, 'candidate_not_eligible', {
          candidate: name,
          missing: missing.map((c) => c.id),
          missingTexts: missing.map((c) => c.text),
          unknown: unknown.map((c) => c.id),
          unknownTexts: unknown.map((c) => c.text),
        }),
      ],
      voted: record,
    };
  }
  const opposed = seatsVoting(record, 'against');
  if (opposed.length === 0) return { reasons: [], voted: record };
  const reading = readings.of(note) ?? '';
  const effect = own(opposition, reading) ?? 'count-as-cast';
  const reasons = [
    cite(clause, 'candidate_opposed', {
      candidate: name,
      seats: opposed,
      reading,
      effect,
      conditions: protecting.map((c) => c.text),
    }),
  ];
  if (effect !== 'count-as-for') return { reasons, voted: record };
  const votes = new Map(record.votes);
  for (const seat of opposed) votes.set(seat, 'for');
  return { reasons, voted: { ...record, votes, countedAsFor: opposed } };
}
