import type { Agreement } from '../../model/agreement.js';
import { checkedAgreement } from '../../model/checked-agreement.js';
import { AgreementInputError } from '../../model/errors.js';
import { alternativesOf } from './alternatives.js';
import { checkOptions, findMatter, findOrgan } from './options.js';
import { decideUnder, decisionOf } from './outcome.js';
import { notesOf, readingProblems, readingsOf } from './readings.js';
import { sittingOf } from './sitting.js';
import type { DecideOptions, DecideOptionsFor, Decision } from './types.js';

export type {
  CouncilsMustAdopt,
  DecideOptions,
  DecideOptionsFor,
  Decision,
  DecisionAlternative,
} from './types.js';

/**
 * Decides a matter at a meeting of one of the agreement's bodies: checks the
 * meeting against the body's seats, then its quorum, then applies the rule
 * for the matter's category, and reports every condition, not only the
 * first that failed. A decision that is not quorate is never adopted, and
 * its reasons speak only of the quorum.
 *
 * The meeting is checked first; each of these is an input error naming the
 * seat: an unknown seat, a seat attended by both its member and its deputy,
 * a deputy where the body has none, a ballot from a seat not present, two
 * ballots for one seat, an abstention where members must vote, a present
 * member without a vote where members must vote, a presiding person who is
 * not present, a "leader" presiding from a seat attended by its deputy, and
 * a "leader" presiding from another seat than the one the agreement gives
 * the leader (`chair.seat`; a person the leader designated presides as
 * `presidingRole: 'designee'` where the agreement allows it), and, where
 * the quorum counts members (`counts: 'members'`), a party's seat attended
 * without its members listed (`meeting.members`).
 *
 * Who breaks a tie when the leader is absent is an explicit reading: give
 * `presidingRole: 'deputy-leader'` (or `'other'`) in the meeting, and the
 * body's `chair.standIn` note says whether that person's vote decides a tie
 * (Helseplattformen: the presiding person's, as kommuneloven's møteleder;
 * selectable with `readings: { 'chair-absent-casting-vote': 'leader-only' }`).
 *
 * Every interpretation note the outcome depends on is reported with the
 * reading applied (`readings`), and the outcome under each of its other
 * readings (`alternatives`). Where the agreement's amendment or dissolution
 * procedure names this body and matter and requires every kommunestyre to
 * adopt it, the decision says so (`councilsMustAdopt`, reason
 * `councils_must_adopt`).
 *
 * For a built-in agreement (an {@link AgreementWith}), `organ` and `matter`
 * take only its ids ({@link DecideOptionsFor}): an editor completes them,
 * and a typo does not compile. For any other `Agreement` they are text,
 * checked when it runs.
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
 * // 3 of 34 present; at least 17 required
 * decision.quorate; //=> false
 * decision.adopted; //=> false
 * decision.reasons.map((r) => r.code); //=> ['quorum_not_met']
 */
export function decide<A extends Agreement>(input: A, options: DecideOptionsFor<A>): Decision {
  // The agreement, the options and the meeting, each checked once (what parsing returned is trusted).
  const agreement = checkedAgreement(input);
  const checked = checkOptions(options as DecideOptions);
  // The body and the matter.
  const organ = findOrgan(agreement, checked.organ);
  const matter = findMatter(organ, checked.matter);
  // The readings the caller chose, against the agreement's notes.
  const notes = notesOf(agreement);
  const chosen = checked.readings ?? {};
  const readingErrors = readingProblems(chosen, notes);
  // The meeting against the body's seats, then its quorum and the rule, under the readings applied.
  const sitting = sittingOf(agreement, organ, matter, checked, notes);
  const applied = new Map<string, string>();
  const decision = decideUnder(sitting, readingsOf(notes, chosen, applied));
  if ('problems' in decision || readingErrors.length > 0) {
    const problems = 'problems' in decision ? decision.problems : [];
    throw new AgreementInputError([...readingErrors, ...problems], `Cannot decide in ${organ.id}`);
  }
  if (!decision.quorate) return decisionOf(decision, {}, []);
  // Each other reading of the notes the decision depended on, one at a time.
  const alternatives = alternativesOf(sitting, chosen, applied, decision);
  return decisionOf(decision, Object.fromEntries(applied), alternatives);
}
