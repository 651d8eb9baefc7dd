import { sha256Hex } from '../internal/sha256.js';
import type { Agreement } from '../model/agreement.js';
import type { Clause } from '../model/clause.js';
import type { IsoDate } from '../model/iso-date.js';
import { isMemberOn } from '../rules/membership.js';
import { citing, type Reason } from '../rules/reason.js';

/**
 * A stable fingerprint of a text: SHA-256 of its clauses (reference, title,
 * text, in order), as 64 hex digits. Two councils that adopt texts with the
 * same fingerprint have adopted the identical text; any edit changes it.
 *
 * @example
 * textFingerprint(helseplattformen.clauses).length; //=> 64
 * textFingerprint(helseplattformen.clauses) === textFingerprint(helseplattformen.clauses); //=> true
 */
export function textFingerprint(clauses: readonly Clause[]): string {
  return sha256Hex(JSON.stringify(clauses.map((c) => [c.ref, c.title, c.text])));
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
 * const status: AdoptionStatus = adoptionStatus(helseplattformen, { fingerprint, decisions, date: '2025-01-01' });
 */
export interface AdoptionStatus {
  readonly agreement: string;
  readonly fingerprint: string;
  /** Every council has adopted the identical text by `date`. */
  readonly complete: boolean;
  /** Parties whose council has not adopted by `date`. */
  readonly missing: readonly string[];
  /** Parties whose council adopted a different text. */
  readonly differentText: readonly string[];
  /** The day the last council adopted, when complete. */
  readonly completedOn: IsoDate | null;
  readonly reasons: readonly Reason[];
}

/**
 * Whether an agreement or an amendment has been adopted by every council,
 * all with the identical text. Helseplattformen §15: "Endringer må i tillegg
 * vedtas av de deltakende kommuners kommunestyrer"; the municipal lawyer's
 * presentation: "Alle samarbeidende kommuner må vedta samme samarbeidsavtale
 * og tilhørende kostnadsfordeling – uredigert!". Reports the councils that
 * are missing and those that adopted a different text.
 *
 * @param options.fingerprint - the text to be adopted ({@link textFingerprint}).
 * @param options.date - the day to ask about; decisions after it do not count.
 * @see Helseplattformen §15, §13; presentation "Viktige forutsetninger"
 * @example
 * adoptionStatus(helseplattformen, { fingerprint, decisions: [], date: '2025-01-01' }).missing.length; //=> 34
 */
export function adoptionStatus(
  agreement: Agreement,
  options: {
    readonly fingerprint: string;
    readonly decisions: readonly CouncilDecision[];
    readonly date: IsoDate;
  },
): AdoptionStatus {
  // The parties at the time of the change (§15 "samtlige parter på endringstidspunktet"); before
  // the agreement starts, the parties it starts with.
  const parties = agreement.parties.filter((p) =>
    options.date < agreement.validFrom
      ? p.membership.joined === agreement.validFrom
      : isMemberOn(p, options.date),
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
  const complete = missing.length === 0 && differentText.length === 0;
  const cite = citing(agreement.id);
  const clause = agreement.lifecycle?.amendment?.clause ?? agreement.clauses[0]?.ref ?? '';
  const reasons: Reason[] = [];
  if (complete) {
    reasons.push(
      cite(clause, 'adoption_complete', {
        councils: parties.length,
        fingerprint: options.fingerprint,
      }),
    );
  }
  if (missing.length > 0) reasons.push(cite(clause, 'adoption_missing', { missing }));
  if (differentText.length > 0) {
    reasons.push(
      cite(clause, 'adoption_different_text', {
        councils: differentText,
        fingerprint: options.fingerprint,
      }),
    );
  }
  return {
    agreement: agreement.id,
    fingerprint: options.fingerprint,
    complete,
    missing,
    differentText,
    completedOn: complete ? completedOn : null,
    reasons,
  };
}
