import { type OwnershipShares, ownershipShares } from '../finance/ownership-shares.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { DecisionRule } from '../model/organ.js';
import { describeRuleNb } from '../rules/describe-rule.js';
import { citing, type Reason } from '../rules/reason.js';
import { applyEvents } from './apply-events.js';

/**
 * Options for {@link admit}.
 *
 * @example
 * const options: AdmitOptions = {
 *   municipality: { number: '1811', name: 'Bindal' },
 *   population: 1400,
 *   date: '2026-07-01',
 *   joinedSamarbeidsavtalen: true,
 *   hasTjenesteavtale: true,
 * };
 */
export interface AdmitOptions {
  readonly municipality: { readonly number: string; readonly name: string };
  /** Inhabitants at the agreement's population reference date (Helseplattformen: 1 January 2024). */
  readonly population: number;
  /** The day the admission takes effect; defaults to the agreement's start. */
  readonly date?: IsoDate;
  readonly joinedSamarbeidsavtalen?: boolean;
  readonly hasTjenesteavtale?: boolean;
}

/**
 * An admission worked out; see {@link admit}.
 *
 * @example
 * const result: Admission = admit(helseplattformen, options);
 * result.eligible; //=> true
 */
export interface Admission {
  readonly agreement: string;
  readonly municipality: { readonly number: string; readonly name: string };
  /** Meets the conditions, so existing parties may not oppose it (§14). */
  readonly eligible: boolean;
  /** The conditions not met, by id (`samarbeidsavtalen`, `tjenesteavtale`). */
  readonly missing: readonly string[];
  /** The body, matter and rule that decide the admission. */
  readonly procedure: {
    readonly organ: string;
    readonly matter: string;
    readonly rule: DecisionRule;
    readonly reasons: readonly Reason[];
  };
  /** Every party's ownership share from the admission date, the new party included. */
  readonly sharesAfter: OwnershipShares;
  readonly reasons: readonly Reason[];
}

/**
 * What admitting a municipality (opptak) means under Helseplattformen §14:
 * whether it is eligible (it has joined the Samarbeidsavtalen and has a
 * tjenesteavtale with Helseplattformen AS — then "eksisterende parter kan
 * ikke motsette seg"), how it is decided (unanimity in the
 * representantskapet), and every party's share from the admission date, the
 * new party's from its population per 1 January 2024 ("skal følge andel
 * innbyggere pr 1.1.2024"), the agreement's fixed reference date.
 *
 * @see Helseplattformen §14, §5 c
 * @throws {@link AgreementInputError} for an agreement without admission
 *   rules or whose rules name a body or matter it does not have, a
 *   municipality that is already a party, or a bad date.
 * @example
 * const a = admit(helseplattformen, {
 *   municipality: { number: '1811', name: 'Bindal' }, population: 1400, date: '2026-07-01',
 *   joinedSamarbeidsavtalen: true, hasTjenesteavtale: true,
 * });
 * a.eligible; //=> true
 * a.procedure.rule; //=> { kind: 'unanimity', of: 'all-seats', clause: '§14' }
 * a.sharesAfter.totalPopulation; //=> 536912
 */
export function admit(agreement: Agreement, options: AdmitOptions): Admission {
  const rules = agreement.lifecycle?.admission;
  if (rules === undefined) {
    throw new AgreementInputError(
      [
        {
          path: 'agreement.lifecycle.admission',
          code: 'no_admission_rule',
          message: `${agreement.id} states no rules for admission`,
        },
      ],
      'No admission rule',
    );
  }
  const organ = agreement.organs?.find((o) => o.id === rules.organ);
  const matter = organ?.matters.find((m) => m.id === rules.matter);
  if (organ === undefined || matter === undefined) {
    // Parsing rejects this; a typed agreement could still have it.
    throw new AgreementInputError(
      [
        {
          path: 'agreement.lifecycle.admission',
          code: 'unknown_admission_matter',
          message: `names matter "${rules.matter}" of body "${rules.organ}", which ${agreement.id} does not have`,
        },
      ],
      'Unknown admission matter',
    );
  }
  const date = options.date ?? agreement.validFrom;
  const { number, name } = options.municipality;
  const applied = applyEvents(agreement, [
    {
      type: 'admission',
      party: { number, name, population: options.population },
      effectiveDate: date,
    },
  ]);
  const facts: Record<string, boolean | undefined> = {
    samarbeidsavtalen: options.joinedSamarbeidsavtalen,
    tjenesteavtale: options.hasTjenesteavtale,
  };
  const missing = rules.conditions.filter((c) => facts[c.id] !== true);
  const candidate = `${number} ${name}`;
  const cite = citing(agreement.id);
  const rule: DecisionRule = matter.rule;
  const organName = organ.name;
  return {
    agreement: agreement.id,
    municipality: { number, name },
    eligible: missing.length === 0,
    missing: missing.map((c) => c.id),
    procedure: {
      organ: rules.organ,
      matter: rules.matter,
      rule,
      reasons: [
        cite(rule.clause, 'admission_vote', {
          organ: organName.toLowerCase(),
          rule: describeRuleNb(rule),
        }),
      ],
    },
    sharesAfter: ownershipShares(applied.agreement, { date }),
    reasons: [
      missing.length === 0
        ? cite(rules.clause, 'admission_eligible', { candidate })
        : cite(rules.clause, 'admission_not_eligible', {
            candidate,
            missing: missing.map((c) => c.text),
          }),
      cite(rules.clause, 'admission_share', {
        candidate,
        population: options.population,
        referenceDate: agreement.populationReferenceDate ?? null,
        effectiveDate: date,
      }),
    ],
  };
}
