import type { Agreement } from '../model/agreement.js';
import { attempt } from '../model/attempt.js';
import { checkedAgreement } from '../model/checked-agreement.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import type { InterpretationNote } from '../model/interpretation.js';
import type { IsoDate } from '../model/iso-date.js';
import { type Meeting, trustedMeeting } from '../model/meeting.js';
import type { DecisionRule, Matter, Organ, QuorumRule } from '../model/organ.js';
import { parseRegions } from '../model/parse-regions.js';
import type { Region } from '../model/region.js';
import { regionMembershipProblems } from '../model/region-problems.js';
import { applyDecisionRule } from '../rules/decision-rules.js';
import { memberOn } from '../rules/membership.js';
import { checkQuorum } from '../rules/quorum.js';
import { selectableReadings } from '../rules/readings.js';
import { citing, type Reason } from '../rules/reason.js';
import { validUntilUnder } from '../rules/validity.js';
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
 * The outcome of the same meeting under another reading of one
 * interpretation note (tolkning), all other readings as applied.
 *
 * @example
 * const [other] = decide(helseplattformen, options).alternatives;
 * other; //=> { note: 'consensus-scope', reading: 'present', valid: true, quorate: true, adopted: true, differs: true, … }
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
  /**
   * Adopted (vedtatt): quorate, and the rule carried. Where
   * `councilsMustAdopt` is set, adopted by the body only: not final until
   * every kommunestyre has adopted it too.
   */
  readonly adopted: boolean;
  /** The rule applied, with its clause. */
  readonly rule: DecisionRule;
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
 * `presidingRole: 'designee'` where the agreement allows it).
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
 * decision.reasons.map((r) => r.code); //=> ['quorum_not_met']
 */
export function decide(input: Agreement, options: DecideOptions): Decision {
  const agreement = checkedAgreement(input);
  const checked = checkOptions(options);
  const organ = findOrgan(agreement, checked.organ);
  const matter = findMatter(organ, checked.matter);
  const notes = new Map((agreement.interpretations ?? []).map((note) => [note.id, note]));
  const chosen = checked.readings ?? {};
  const problems = readingProblems(chosen, notes);
  const applied = new Map<string, string>();
  const { countedTally: _counted, ...base } = decideUnder(
    agreement,
    organ,
    matter,
    checked,
    notes,
    chosen,
    applied,
    problems,
  );
  if (!base.quorate) return { ...base, readings: {}, alternatives: [] };
  const alternatives: DecisionAlternative[] = [];
  for (const [noteId, reading] of applied) {
    const note = notes.get(noteId);
    for (const other of selectableReadings(note)) {
      if (other === reading) continue;
      alternatives.push(
        alternative(
          agreement,
          organ,
          matter,
          checked,
          notes,
          { ...chosen, [noteId]: other },
          base,
          {
            note: noteId,
            reading: other,
          },
        ),
      );
    }
  }
  return { ...base, readings: Object.fromEntries(applied), alternatives };
}

/** The same meeting under one other reading. */
function alternative(
  agreement: Agreement,
  organ: Organ,
  matter: Matter,
  options: DecideOptions,
  notes: ReadonlyMap<string, InterpretationNote>,
  readings: Readonly<Record<string, string>>,
  base: Omit<Decision, 'readings' | 'alternatives'>,
  which: { readonly note: string; readonly reading: string },
): DecisionAlternative {
  const result = attempt('', () =>
    decideUnder(agreement, organ, matter, options, notes, readings, new Map(), []),
  );
  if ('value' in result) {
    const other = result.value;
    return {
      ...which,
      valid: true,
      quorate: other.quorate,
      adopted: other.adopted,
      drawLots: other.drawLots,
      differs: other.adopted !== base.adopted || other.drawLots !== base.drawLots,
      rule: other.rule,
      tally: other.countedTally,
      reasons: other.reasons,
      problems: [],
    };
  }
  return {
    ...which,
    valid: false,
    quorate: base.quorate,
    adopted: false,
    drawLots: false,
    differs: base.adopted || base.drawLots,
    rule: base.rule,
    tally: base.tally,
    reasons: [],
    problems: result.problems.map(({ path, code }) => ({ path, code })),
  };
}

/** `decide` under one set of readings, recording in `applied` each note it consulted. */
function decideUnder(
  agreement: Agreement,
  organ: Organ,
  matter: Matter,
  options: DecideOptions,
  notes: ReadonlyMap<string, InterpretationNote>,
  readings: Readonly<Record<string, string>>,
  applied: Map<string, string>,
  initialProblems: readonly InputProblem[],
): Omit<Decision, 'readings' | 'alternatives'> & { readonly countedTally: Tally } {
  const problems = [...initialProblems];
  const readingOf = (noteId: string): string | undefined => {
    const reading = own(readings, noteId) ?? notes.get(noteId)?.readingId;
    if (reading !== undefined) applied.set(noteId, reading);
    return reading;
  };
  const abstentionNote = organ.abstention.note;
  const abstentionReading = abstentionNote === undefined ? undefined : readingOf(abstentionNote);
  const abstentionAllowed =
    (abstentionReading === undefined
      ? undefined
      : own(organ.abstention.allowedByReading ?? {}, abstentionReading)) ??
    organ.abstention.allowed;
  // The end date under the reading applied of the note it depends on (DigiTrøndelag §6 "frem til 2022").
  const endNote = agreement.validUntilByReading?.note;
  const validUntil = validUntilUnder(
    agreement,
    endNote === undefined ? undefined : readingOf(endNote),
  );
  const seats = seatsOf(agreement, organ, options, validUntil, problems);
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
  }
  if (problems.length > 0 || record === null) {
    throw new AgreementInputError(problems, `Cannot decide in ${organ.id}`);
  }
  const cite = citing(agreement.id);
  const reasons: Reason[] = [];

  let rule = matter.rule;
  let ruleReading: string | undefined;
  if (matter.reading !== undefined) {
    ruleReading = readingOf(matter.reading.note);
    rule =
      (ruleReading === undefined ? undefined : own(matter.reading.rules, ruleReading)) ??
      matter.rule;
  }
  const preparation: Decision['preparation'] =
    organ.preparedBy === undefined
      ? null
      : options.meeting.prepared === undefined
        ? 'unknown'
        : options.meeting.prepared
          ? 'prepared'
          : 'not-prepared';
  const base = {
    agreement: agreement.id,
    preparation,
    organ: organ.id,
    matter: matter.id,
    date: options.meeting.date,
    rule,
    quorum: organ.quorum,
    tally: tally(record),
    presiding: record.presiding,
  };

  const quorum = checkQuorum(organ.quorum, record, cite, organ.clause);
  reasons.push(...quorum.reasons);
  if (!quorum.quorate) {
    // A meeting that is not quorate decides nothing: no rule is applied, and no reason speaks of the vote.
    return {
      ...base,
      quorate: false,
      adopted: false,
      tieBrokenByChair: false,
      decidedByChair: false,
      drawLots: false,
      councilsMustAdopt: null,
      reasons,
      countedTally: base.tally,
    };
  }

  if (matter.reading !== undefined) {
    reasons.push(
      cite(rule.clause, 'reading_applied', {
        note: matter.reading.note,
        reading: ruleReading ?? '',
        chosen: own(readings, matter.reading.note) !== undefined,
      }),
    );
  }

  const role = options.meeting.presidingRole ?? 'leader';
  let chairDecides = true;
  if (role === 'designee' && organ.chair?.designee !== undefined) {
    reasons.push(
      cite(organ.chair.designee.clause, 'designee_presides', { presiding: record.presiding }),
    );
  } else if (role !== 'leader' && role !== 'designee' && organ.chair?.standIn !== undefined) {
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

  let voidedByProcedure = false;
  const preparedBy = organ.preparedBy;
  if (preparedBy !== undefined && options.meeting.prepared !== undefined) {
    const by = {
      by: preparedBy.organ,
      byName: agreement.organs?.find((o) => o.id === preparedBy.organ)?.name ?? preparedBy.organ,
    };
    if (options.meeting.prepared) {
      reasons.push(cite(preparedBy.clause, 'case_prepared', by));
    } else {
      const reading = preparedBy.note === undefined ? undefined : readingOf(preparedBy.note);
      voidedByProcedure =
        (reading === undefined ? undefined : own(preparedBy.voidByReading ?? {}, reading)) ?? false;
      reasons.push(
        cite(preparedBy.clause, 'case_not_prepared', { ...by, voided: voidedByProcedure }),
      );
    }
  }

  let voted = record;
  if (matter.candidateProtected !== undefined && candidate !== undefined) {
    const { clause, note, opposition } = matter.candidateProtected;
    const name = `${candidate.number} ${candidate.name}`;
    const met = candidate.conditionsMet ?? {};
    const protecting = (agreement.lifecycle?.admission?.conditions ?? []).filter((c) => c.protects);
    const missing = protecting.filter((c) => own(met, c.id) === false);
    const unknown = protecting.filter((c) => own(met, c.id) === undefined);
    if (protecting.length === 0 || missing.length > 0 || unknown.length > 0) {
      reasons.push(
        cite(clause, 'candidate_not_eligible', {
          candidate: name,
          missing: missing.map((c) => c.id),
          missingTexts: missing.map((c) => c.text),
          unknown: unknown.map((c) => c.id),
          unknownTexts: unknown.map((c) => c.text),
        }),
      );
    } else {
      const opposed = seatsVoting(record, 'against');
      if (opposed.length > 0) {
        const reading = readingOf(note) ?? '';
        const effect = own(opposition, reading) ?? 'count-as-cast';
        reasons.push(
          cite(clause, 'candidate_opposed', {
            candidate: name,
            seats: opposed,
            reading,
            effect,
            conditions: protecting.map((c) => c.text),
          }),
        );
        if (effect === 'count-as-for') {
          const votes = new Map(record.votes);
          for (const seat of opposed) votes.set(seat, 'for');
          voted = { ...record, votes, countedAsFor: opposed };
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
  // A vote the reading applied voids (a case not prepared) decides nothing: no reason speaks of it as valid.
  if (!voidedByProcedure) reasons.push(...outcome.reasons);
  const adopted = outcome.adopted && !voidedByProcedure;
  const councils = councilsMustAdoptFor(agreement, organ, matter, options.meeting.date);
  if (councils !== null && adopted) {
    reasons.push(cite(councils.clause, 'councils_must_adopt', { councils: councils.councils }));
  }
  return {
    ...base,
    quorate: true,
    adopted,
    tieBrokenByChair: outcome.tieBrokenByChair && !voidedByProcedure,
    decidedByChair: outcome.decidedByChair && !voidedByProcedure,
    drawLots: outcome.drawLots && !voidedByProcedure,
    councilsMustAdopt: councils,
    reasons,
    countedTally: tally(voted),
  };
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

/** The options of {@link decide} as a plain JavaScript caller may give them: checked once, on entry. */
function checkOptions(options: DecideOptions): DecideOptions {
  const given: unknown = options;
  if (given === null || typeof given !== 'object') {
    throw new AgreementInputError(
      [{ path: '', code: 'invalid_options', message: 'must be an object of options' }],
      'Invalid options',
    );
  }
  const problems: InputProblem[] = [];
  const field = (name: string): unknown => (given as Record<string, unknown>)[name];
  for (const name of ['organ', 'matter'] as const) {
    if (typeof field(name) !== 'string') {
      problems.push({ path: name, code: 'invalid_type', message: 'must be an id (text)' });
    }
  }
  const readings = field('readings');
  if (readings !== undefined) {
    if (readings === null || typeof readings !== 'object' || Array.isArray(readings)) {
      problems.push({
        path: 'readings',
        code: 'invalid_type',
        message: 'must map interpretation note ids to reading ids',
      });
    } else {
      for (const [note, reading] of Object.entries(readings)) {
        if (typeof reading !== 'string') {
          problems.push({
            path: formatPath(['readings', note]),
            code: 'invalid_type',
            message: 'must be a reading id (text)',
          });
        }
      }
    }
  }
  const regions = field('regions');
  let checkedRegions: readonly Region[] | undefined;
  if (Array.isArray(regions) && regions.length === 0) {
    checkedRegions = []; // no division given: decide reports it for a body with a seat per region
  } else if (regions !== undefined) {
    const result = attempt('regions', () => parseRegions(regions));
    if ('problems' in result) problems.push(...result.problems);
    else checkedRegions = result.value;
  }
  const meeting = attempt('meeting', () => trustedMeeting(field('meeting')));
  if ('problems' in meeting) problems.push(...meeting.problems);
  if (problems.length > 0 || !('value' in meeting)) {
    const organ = field('organ');
    throw new AgreementInputError(
      problems,
      typeof organ === 'string' ? `Cannot decide in ${organ}` : 'Cannot decide',
    );
  }
  return {
    organ: options.organ,
    matter: options.matter,
    meeting: meeting.value,
    ...(checkedRegions === undefined ? {} : { regions: checkedRegions }),
    ...(readings === undefined ? {} : { readings: options.readings as Record<string, string> }),
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
  readings: Readonly<Record<string, string>>,
  notes: ReadonlyMap<string, InterpretationNote>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const [noteId, reading] of Object.entries(readings)) {
    const note = notes.get(noteId);
    const offered = selectableReadings(note);
    if (offered.length === 0) {
      problems.push({
        path: formatPath(['readings', noteId]),
        code: 'unknown_note',
        message: `names no interpretation note with selectable readings (those with: ${[
          ...notes.values(),
        ]
          .filter((n) => selectableReadings(n).length > 0)
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

/** The seats of a body on the meeting's date: one per party, per region, and the named ones. */
function seatsOf(
  agreement: Agreement,
  organ: Organ,
  options: DecideOptions,
  validUntil: string | undefined,
  problems: InputProblem[],
): string[] {
  const date = options.meeting.date;
  if (date < agreement.validFrom || (validUntil !== undefined && date > validUntil)) {
    problems.push({
      path: 'meeting.date',
      code: 'outside_validity',
      message: `${date} is outside the period ${agreement.id} applies (${agreement.validFrom} to ${
        validUntil ?? 'no end date'
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
      const from = organ.seats.regionMembers;
      const members =
        from?.of === 'any-municipality'
          ? ANY_MUNICIPALITY
          : new Set(
              agreement.parties.filter((p) => memberOn(p, date)).map((p) => p.municipality.number),
            );
      problems.push(...regionMembershipProblems(regions, members, 'regions'));
      if (from?.excludingFixedSeats === true) {
        problems.push(...fixedSeatProblems(organ, regions, from.clause));
      }
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

/** Regions may name any municipality (the agreement does not list its participants). */
const ANY_MUNICIPALITY = { has: (_number: string) => true };

/**
 * The regional seats are for the municipalities that hold no named seat
 * ("blant de øvrige deltakende kommuner"): a region naming one is an error.
 */
function fixedSeatProblems(
  organ: Organ,
  regions: readonly Region[],
  clause: string,
): InputProblem[] {
  const seatOf = new Map<string, string>();
  for (const seat of organ.seats.fixed ?? []) {
    if (seat.municipality !== undefined) seatOf.set(seat.municipality, seat.id);
  }
  const problems: InputProblem[] = [];
  regions.forEach((region, i) => {
    region.municipalities.forEach((number, j) => {
      const seat = seatOf.get(number);
      if (seat !== undefined) {
        problems.push({
          path: `regions[${i}].municipalities[${j}]`,
          code: 'holds_named_seat',
          message: `${number} holds the seat ${seat} of ${organ.id}; the regional seats are for the other municipalities (${clause})`,
        });
      }
    });
  });
  return problems;
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
  /** Seats with a ballot, known or not (so an unknown seat's ballot is not also a missing one). */
  const voted = new Set<string>();
  entriesOf(meeting.ballots, (e) => e.vote, 'ballots').forEach(([seat, vote, where]) => {
    voted.add(seat);
    if (unknown(seat, where)) return;
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
  const role = meeting.presidingRole ?? 'leader';
  const chair = organ.chair;
  if (role === 'designee' && chair?.designee === undefined) {
    problems.push({
      path: 'meeting.presidingRole',
      code: 'designee_not_allowed',
      message: `${organ.id}'s leader cannot designate someone to lead in their place${
        chair === undefined ? ` (${organ.id} has no leader)` : ` (${chair.clause})`
      }: give presidingRole "deputy-leader" or "other"`,
    });
  } else if (role === 'leader' && chair?.seat !== undefined && presiding !== chair.seat) {
    problems.push({
      path: 'meeting.presiding',
      code: 'leader_seat',
      message: `the leader of ${organ.id} sits for ${chair.seat} (${chair.clause}), and ${presiding} presides: give presidingRole ${
        chair.designee === undefined ? '' : '"designee" if the leader designated this person, or '
      }"other"`,
    });
  }
  if (!unknown(presiding, () => 'meeting.presiding')) {
    const as = attending.get(presiding);
    if (as === undefined && seats.length > 0) {
      problems.push({
        path: 'meeting.presiding',
        code: 'presiding_absent',
        message: `${presiding} presides but is not present (not in attendance)`,
      });
    } else if (as === 'deputy' && (role === 'leader' || role === 'deputy-leader')) {
      const title = role === 'deputy-leader' ? 'deputy leader' : 'leader';
      problems.push({
        path: 'meeting.presiding',
        code: 'leader_is_deputy',
        message: `the ${title} sits for ${presiding}, which is attended by its deputy: the ${title} is absent, so give presidingRole "other"${role === 'leader' ? ' or "deputy-leader"' : ''}`,
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

/** An own property of a plain record, never one inherited from Object.prototype. */
function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
