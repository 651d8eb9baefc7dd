import type { Agreement } from '../../model/agreement.js';
import type { MatterIdOf, OrganIdOf } from '../../model/bodies.js';
import type { IsoDate } from '../../model/iso-date.js';
import type { Meeting } from '../../model/meeting.js';
import type { DecisionRule, QuorumRule } from '../../model/organ.js';
import type { Region } from '../../model/region.js';
import type { Reason } from '../../rules/reason.js';
import type { Tally } from '../../rules/vote-record.js';

/**
 * Options for {@link decide}. `Organ` and `Matter` are the ids it may name:
 * `string` for an agreement read from a file, the ids themselves for a
 * built-in agreement ({@link DecideOptionsFor}).
 *
 * @example
 * const options: DecideOptions = {
 *   organ: 'representantskap',
 *   matter: 'budget',
 *   meeting: { date: '2025-03-12', presiding: '5001', attendance: { '5001': 'member' }, ballots: { '5001': 'for' } },
 * };
 * const agreement: Agreement = helseplattformen; // any agreement: string ids
 * decide(agreement, options).quorate; //=> false
 */
export interface DecideOptions<Organ extends string = string, Matter extends string = string> {
  /** The body, e.g. `'representantskap'`. */
  readonly organ: Organ;
  /** The category of matter, e.g. `'agreement-amendment'`. */
  readonly matter: Matter;
  readonly meeting: Meeting;
  /** The region division, for a body with a seat per region, when the agreement gives none. */
  readonly regions?: readonly Region[];
  /** Readings of interpretation notes to apply instead of those chosen in the data: note id → reading id. */
  readonly readings?: Readonly<Record<string, string>>;
}

/**
 * The options {@link decide} takes for an agreement of type `A`: for a
 * built-in agreement, an organ it has and a matter of that organ, so that an
 * editor completes them and a typo is a type error; for any other
 * `Agreement`, any text (checked when it runs).
 *
 * @example
 * const options: DecideOptionsFor<typeof helseplattformen> = {
 *   organ: 'styre', // 'styret' would not compile
 *   matter: 'recommendation', // nor would 'budget', a matter of the representantskap
 *   meeting: { date: '2025-03-12', presiding: 'nord', attendance: { nord: 'member' }, ballots: { nord: 'for' } },
 * };
 * options.organ; //=> 'styre'
 */
export type DecideOptionsFor<A extends Agreement> = {
  [O in OrganIdOf<A>]: DecideOptions<O, MatterIdOf<A, O>>;
}[OrganIdOf<A>];

/**
 * The outcome of the same meeting under another reading of one
 * interpretation note (tolkning), all other readings as applied.
 *
 * @example
 * // 30 of the 34 parties present, all for an amendment (§15: consensus).
 * const present = helseplattformen.parties.slice(0, 30).map((p) => p.municipality.number);
 * const decision = decide(helseplattformen, {
 *   organ: 'representantskap',
 *   matter: 'agreement-amendment',
 *   meeting: {
 *     date: '2025-03-12',
 *     presiding: '5001',
 *     attendance: Object.fromEntries(present.map((seat) => [seat, 'member'])),
 *     ballots: Object.fromEntries(present.map((seat) => [seat, 'for'])),
 *   },
 * });
 * decision.adopted; //=> false
 * const other = decision.alternatives.find((a) => a.reading === 'present');
 * [other?.note, other?.adopted, other?.differs]; //=> ['consensus-scope', true, true]
 */
export interface DecisionAlternative {
  /** The interpretation note. */
  readonly note: string;
  /** The other reading of it. */
  readonly reading: string;
  /**
   * False when the meeting does not fit the body under this reading (e.g. an
   * abstention where the reading says members must vote); `problems` then
   * says why, and `adopted` is false.
   */
  readonly valid: boolean;
  readonly quorate: boolean;
  readonly adopted: boolean;
  /** The outcome turns on drawing lots under this reading. */
  readonly drawLots: boolean;
  /** The outcome (adopted, or lots) differs from the decision's. */
  readonly differs: boolean;
  /** The rule under this reading. */
  readonly rule: DecisionRule;
  /** The votes as counted under this reading (votes against a protected candidate may count as for). */
  readonly tally: Tally;
  readonly reasons: readonly Reason[];
  /** Why the meeting does not fit the body under this reading (paths and codes). */
  readonly problems: readonly { readonly path: string; readonly code: string }[];
}

/**
 * The kommunestyre decisions a vote of the body needs before it is final
 * (e.g. Helseplattformen §13 and §15: every council must also adopt it).
 *
 * @example
 * const councils: CouncilsMustAdopt = { clause: '§15', councils: 34 };
 */
export interface CouncilsMustAdopt {
  /** The clause that requires the councils' decisions. */
  readonly clause: string;
  /** How many kommunestyrer: every party's on the meeting's date. */
  readonly councils: number;
}

/**
 * A decision (vedtak) and everything behind it.
 *
 * @example
 * const everyone = helseplattformen.parties.map((p) => p.municipality.number);
 * const decision: Decision = decide(helseplattformen, {
 *   organ: 'representantskap',
 *   matter: 'budget',
 *   meeting: {
 *     date: '2025-03-12',
 *     presiding: '5001',
 *     attendance: Object.fromEntries(everyone.map((seat) => [seat, 'member'])),
 *     ballots: Object.fromEntries(everyone.map((seat) => [seat, 'for'])),
 *   },
 * });
 * decision.adopted; //=> true
 */
export interface Decision {
  readonly agreement: string;
  readonly organ: string;
  readonly matter: string;
  readonly date: IsoDate;
  /** The meeting could decide (vedtaksfør). */
  readonly quorate: boolean;
  /**
   * Adopted (vedtatt): quorate, and the rule carried. Where
   * `councilsMustAdopt` is set, adopted by the body only: not final until
   * every kommunestyre has adopted it too.
   */
  readonly adopted: boolean;
  /** The rule applied, with its clause. */
  readonly rule: DecisionRule;
  /** The quorum rule applied: the body's, or the statute's where the agreement states none (at least half the members, kommuneloven § 11-9, not verified). */
  readonly quorum: QuorumRule;
  /** The votes as cast (a vote against counted as for under a reading is still counted against here). */
  readonly tally: Tally;
  /** A tie was broken by the presiding person's vote (dobbeltstemme). */
  readonly tieBrokenByChair: boolean;
  /** No consensus, and the chair's position decided (DigiTrøndelag §4.3). */
  readonly decidedByChair: boolean;
  /** A tie settled by drawing lots: the votes do not decide (`adopted` is false until lots are drawn). */
  readonly drawLots: boolean;
  /** The seat of the person who presided. */
  readonly presiding: string;
  /**
   * Whether the case was treated first by the body the agreement requires
   * (`organ.preparedBy`, e.g. the board under Helseplattformen §6), as the
   * meeting says; `unknown` when the meeting does not say; null when the
   * agreement requires no such treatment.
   */
  readonly preparation: 'prepared' | 'not-prepared' | 'unknown' | null;
  /**
   * The body's vote is not final until every kommunestyre has adopted the
   * same decision (the agreement's amendment or dissolution procedure says
   * so); null when the body decides alone.
   */
  readonly councilsMustAdopt: CouncilsMustAdopt | null;
  /** The reading applied of every interpretation note the decision depended on: note id → reading id. */
  readonly readings: Readonly<Record<string, string>>;
  /**
   * The outcome under each other reading of those notes, one note changed
   * at a time; `differs` says at once whether a disagreement matters here.
   * Empty when the meeting is not quorate (no reading changes that).
   */
  readonly alternatives: readonly DecisionAlternative[];
  /**
   * Every condition met or failed, each with its clause: quorum, rule,
   * tie-break, readings. A meeting that is not quorate decides nothing, and
   * its reasons say only that.
   */
  readonly reasons: readonly Reason[];
}
