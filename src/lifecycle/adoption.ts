import { sha256Hex } from '../internal/sha256.js';
import type { Agreement } from '../model/agreement.js';
import type { Clause } from '../model/clause.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import { checkedAgreement, OptionsReader } from '../rules/input.js';
import { memberOn } from '../rules/membership.js';
import { citing, type Reason } from '../rules/reason.js';

/**
 * A stable fingerprint of a text: SHA-256 of its clauses (reference, title,
 * text, in order), as 64 hex digits. Two councils that adopt texts with the
 * same fingerprint have adopted the identical text; any edit changes it.
 * Give the agreement, or its clauses: the fingerprint is the same.
 *
 * @throws {@link AgreementInputError} when given neither an agreement nor a
 *   list of clauses, or a clause without its `ref`, `title` or `text` as text
 *   (a plain JavaScript caller's mistake; the types rule it out).
 *
 * @example
 * textFingerprint(helseplattformen).length; //=> 64
 * textFingerprint(helseplattformen) === textFingerprint(helseplattformen.clauses); //=> true
 * textFingerprint('helseplattformen'); // throws: must be an agreement or its list of clauses
 */
export function textFingerprint(text: Agreement | readonly Clause[]): string {
  const clauses = clausesOf(text);
  return sha256Hex(JSON.stringify(clauses.map((c) => [c.ref, c.title, c.text])));
}

/** The clauses of {@link textFingerprint}'s input, each checked to be a clause as plain JavaScript may give it. */
function clausesOf(text: unknown): readonly Clause[] {
  const given: unknown =
    text !== null && typeof text === 'object' && !Array.isArray(text)
      ? (text as { clauses?: unknown }).clauses
      : text;
  const path = given === text ? '' : 'clauses';
  if (!Array.isArray(given)) {
    throw new AgreementInputError(
      [{ path, code: 'invalid_type', message: 'must be an agreement or its list of clauses' }],
      'Cannot fingerprint',
    );
  }
  const problems: InputProblem[] = [];
  given.forEach((clause: unknown, i) => {
    for (const field of ['ref', 'title', 'text'] as const) {
      const value =
        clause !== null && typeof clause === 'object'
          ? (clause as Record<string, unknown>)[field]
          : undefined;
      if (typeof value !== 'string') {
        problems.push({
          path: formatPath(path === '' ? [i, field] : [path, i, field]),
          code: 'invalid_type',
          message: `must be the clause's ${field} as text`,
        });
      }
    }
  });
  if (problems.length > 0) throw new AgreementInputError(problems, 'Cannot fingerprint');
  return given as readonly Clause[];
}

/**
 * One council's decision (kommunestyrevedtak): which text it adopted and when.
 *
 * @example
 * const decision: CouncilDecision = { party: '5001', adoptedOn: '2024-12-12', fingerprint: textFingerprint(helseplattformen.clauses) };
 */
export interface CouncilDecision {
  /** Kommunenummer. */
  readonly party: string;
  readonly adoptedOn: IsoDate;
  /** The fingerprint of the text it adopted ({@link textFingerprint}). */
  readonly fingerprint: string;
}

/**
 * Where an adoption stands; see {@link adoptionStatus}.
 *
 * @example
 * const fingerprint = textFingerprint(helseplattformen.clauses);
 * const decisions = [{ party: '5001', adoptedOn: '2024-12-12', fingerprint }];
 * const status: AdoptionStatus = adoptionStatus(helseplattformen, { fingerprint, decisions, date: '2025-01-01' });
 * [status.status, status.missing.length]; //=> ['pending', 33]
 */
export interface AdoptionStatus {
  readonly agreement: string;
  readonly fingerprint: string;
  /** The procedure asked about: an amendment (endring) or the dissolution (avvikling). */
  readonly procedure: 'amendment' | 'dissolution';
  /** The clause of that procedure. */
  readonly clause: string;
  /** The procedure needs a decision of every party's council (kommunestyre), not only the party's consent. */
  readonly councilsMustAdopt: boolean;
  /**
   * `complete`: every party has adopted the identical text by `date`;
   * `pending`: a listed party has not, or adopted another text;
   * `unknown`: every listed party has, but the agreement does not list all
   * its parties (`partiesNotAllKnown`), so whether all have is not known.
   */
  readonly status: 'complete' | 'pending' | 'unknown';
  /** `status === 'complete'`. */
  readonly complete: boolean;
  /** Parties that have not adopted by `date`. */
  readonly missing: readonly string[];
  /** Parties that adopted a different text. */
  readonly differentText: readonly string[];
  /** The day the last party adopted, when complete. */
  readonly completedOn: IsoDate | null;
  readonly reasons: readonly Reason[];
}

/**
 * Options for {@link adoptionStatus}.
 *
 * @example
 * const options: AdoptionOptions = { fingerprint: textFingerprint(helseplattformen.clauses), decisions: [], date: '2025-01-01' };
 */
export interface AdoptionOptions {
  /** The text to be adopted ({@link textFingerprint}). */
  readonly fingerprint: string;
  readonly decisions: readonly CouncilDecision[];
  /** The day to ask about; decisions after it do not count. */
  readonly date: IsoDate;
  /** Which procedure's rule applies: `amendment` (the default) or `dissolution`. */
  readonly procedure?: 'amendment' | 'dissolution';
}

/**
 * Whether an agreement, an amendment or a dissolution has been adopted by
 * every party, all with the identical text. Helseplattformen §15:
 * "Endringer må i tillegg vedtas av de deltakende kommuners kommunestyrer",
 * §13 for the dissolution; the municipal lawyer's presentation: "Alle
 * samarbeidende kommuner må vedta samme samarbeidsavtale og tilhørende
 * kostnadsfordeling – uredigert!". Where the procedure does not require the
 * councils (DigiTrøndelag §7: "skal gjøres skriftlig, og krever enighet
 * mellom alle avtalepartene"), a decision is the party's written consent,
 * and the reasons speak of parties, not councils. Reports the parties that
 * are missing and those that adopted a different text. When the agreement
 * does not list all its parties, agreement by every listed party is
 * `unknown`, never `complete`.
 *
 * @see Helseplattformen §15, §13; DigiTrøndelag §7; presentation "Viktige forutsetninger"
 * @throws {@link AgreementInputError} for an invalid agreement, options or
 *   decision, or a `dissolution` asked of an agreement that states no
 *   dissolution procedure.
 * @example
 * const fingerprint = textFingerprint(helseplattformen.clauses);
 * adoptionStatus(helseplattformen, { fingerprint, decisions: [], date: '2025-01-01' }).missing.length; //=> 34
 * // DigiTrøndelag lists Trondheim only: every listed party has adopted, but not every party is listed.
 * const text = textFingerprint(digitrondelag.clauses);
 * const trondheim = { party: '5001', adoptedOn: '2019-12-01', fingerprint: text };
 * adoptionStatus(digitrondelag, { fingerprint: text, decisions: [trondheim], date: '2020-01-01' }).status; //=> 'unknown'
 */
export function adoptionStatus(input: Agreement, options: AdoptionOptions): AdoptionStatus {
  const agreement = checkedAgreement(input);
  const read = new OptionsReader(options);
  const fingerprint = read.text('fingerprint', true);
  const date = read.date('date', true);
  const procedure = read.raw('procedure') ?? 'amendment';
  if (procedure !== 'amendment' && procedure !== 'dissolution') {
    read.problems.push({
      path: 'procedure',
      code: 'invalid_procedure',
      message: 'must be "amendment" or "dissolution"',
    });
  }
  const decisions = read.isObject ? checkedDecisions(read.raw('decisions'), read.problems) : [];
  const rule =
    procedure === 'dissolution' ? agreement.lifecycle?.dissolution : agreement.lifecycle?.amendment;
  if (procedure === 'dissolution' && rule === undefined) {
    read.problems.push({
      path: 'agreement.lifecycle.dissolution',
      code: 'no_dissolution_rule',
      message: `${agreement.id} states no procedure for dissolution`,
    });
  }
  read.done('Cannot tell the adoption');
  return status(agreement, {
    fingerprint: fingerprint as string,
    date: date as IsoDate,
    decisions,
    procedure: procedure as 'amendment' | 'dissolution',
    // Without an amendment rule, the question is the adoption of the agreement itself, by
    // every council (the presentation); its clause is the agreement's first.
    clause: rule?.clause ?? agreement.clauses[0]?.ref ?? '',
    councilsMustAdopt: rule?.councilsMustAdopt ?? true,
  });
}

function status(
  agreement: Agreement,
  options: {
    readonly fingerprint: string;
    readonly decisions: readonly CouncilDecision[];
    readonly date: IsoDate;
    readonly procedure: 'amendment' | 'dissolution';
    readonly clause: string;
    readonly councilsMustAdopt: boolean;
  },
): AdoptionStatus {
  const { clause, councilsMustAdopt } = options;
  // The parties at the time of the change (§15 "samtlige parter på endringstidspunktet"); before
  // the agreement starts, the parties it starts with.
  const parties = agreement.parties.filter((p) =>
    options.date < agreement.validFrom
      ? p.membership.joined === agreement.validFrom
      : memberOn(p, options.date),
  );
  const missing: string[] = [];
  const differentText: string[] = [];
  let completedOn: string | null = null;
  for (const party of parties) {
    const decisions = options.decisions.filter(
      (d) => d.party === party.municipality.number && d.adoptedOn <= options.date,
    );
    // The first decision adopting this text counts, whatever else the council adopted.
    const adopted = decisions
      .filter((d) => d.fingerprint === options.fingerprint)
      .map((d) => d.adoptedOn)
      .sort()[0];
    if (adopted !== undefined) {
      if (completedOn === null || adopted > completedOn) completedOn = adopted;
    } else if (decisions.length > 0) differentText.push(party.municipality.number);
    else missing.push(party.municipality.number);
  }
  const allListed = missing.length === 0 && differentText.length === 0;
  const notAllKnown = agreement.partiesNotAllKnown;
  const outcome = !allListed ? 'pending' : notAllKnown === undefined ? 'complete' : 'unknown';
  const cite = citing(agreement.id);
  const reasons: Reason[] = [];
  if (outcome === 'complete') {
    reasons.push(
      cite(clause, 'adoption_complete', {
        councils: parties.length,
        fingerprint: options.fingerprint,
        councilsMustAdopt,
      }),
    );
  }
  if (outcome === 'unknown') {
    reasons.push(
      cite(clause, 'adoption_parties_unknown', {
        known: parties.length,
        note: (notAllKnown as { readonly note: string }).note,
        councilsMustAdopt,
      }),
    );
  }
  if (missing.length > 0) {
    reasons.push(cite(clause, 'adoption_missing', { missing, councilsMustAdopt }));
  }
  if (differentText.length > 0) {
    reasons.push(
      cite(clause, 'adoption_different_text', {
        councils: differentText,
        fingerprint: options.fingerprint,
        councilsMustAdopt,
      }),
    );
  }
  return {
    agreement: agreement.id,
    fingerprint: options.fingerprint,
    procedure: options.procedure,
    clause,
    councilsMustAdopt,
    status: outcome,
    complete: outcome === 'complete',
    missing,
    differentText,
    completedOn: outcome === 'complete' ? completedOn : null,
    reasons,
  };
}

/** The decisions given, each checked: a party, a date and a fingerprint, all text. */
function checkedDecisions(given: unknown, problems: InputProblem[]): CouncilDecision[] {
  if (!Array.isArray(given)) {
    problems.push({
      path: 'decisions',
      code: given === undefined ? 'required' : 'invalid_type',
      message: given === undefined ? 'is required' : 'must be a list of decisions',
    });
    return [];
  }
  const decisions: CouncilDecision[] = [];
  given.forEach((decision: unknown, i) => {
    const read = new OptionsReader(decision, `decisions[${i}]`);
    const party = read.text('party', true);
    const adoptedOn = read.date('adoptedOn', true);
    const fingerprint = read.text('fingerprint', true);
    problems.push(...read.problems);
    if (read.problems.length === 0) {
      decisions.push({
        party: party as string,
        adoptedOn: adoptedOn as IsoDate,
        fingerprint: fingerprint as string,
      });
    }
  });
  return decisions;
}
