import { costKeyOn } from '../finance/cost-key-on.js';
import { type OwnershipShares, ownershipShares } from '../finance/ownership-shares.js';
import { parseShare } from '../finance/share-weights.js';
import { gcd } from '../internal/gcd.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { DecisionRule, Matter, Organ } from '../model/organ.js';
import { trust } from '../model/trusted.js';
import { applyCheckedEvents } from '../rules/apply-events.js';
import { checkedAgreement, missingRule, OptionsReader } from '../rules/input.js';
import { memberOn } from '../rules/membership.js';
import { citing, type Reason } from '../rules/reason.js';
import { statedTableReasons } from './stated-table.js';

/**
 * Options for {@link admit}.
 *
 * @example
 * const options: AdmitOptions = {
 *   municipality: { number: '1811', name: 'Bindal' },
 *   population: 1400,
 *   date: '2026-07-01',
 *   conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: true },
 * };
 */
export interface AdmitOptions {
  readonly municipality: { readonly number: string; readonly name: string };
  /** Inhabitants at the agreement's population reference date (e.g. 1 January 2024). */
  readonly population: number;
  /** The day the admission takes effect; defaults to the agreement's start. */
  readonly date?: IsoDate;
  /**
   * The admission conditions (vilkår) the agreement defines, by id: `true`
   * met, `false` not met; or a list of the ids met. A condition not given
   * is unknown, never assumed.
   */
  readonly conditionsMet?: Readonly<Record<string, boolean>> | readonly string[];
  /**
   * The new table of stated shares (kommunenummer → a percentage like
   * "40.07" or a fraction like "1/3") the admitting body has decided, for
   * every party from the admission date, the new one included: needed where
   * the agreement sets the new party's share by a new table
   * (`newcomerShare.by: 'stated-table'`), or where the cost key in force
   * states the shares and the agreement sets no other way.
   */
  readonly statedShares?: Readonly<Record<string, string>>;
}

/**
 * One admission condition and whether the candidate meets it; see {@link admit}.
 *
 * @example
 * const options: AdmitOptions = { municipality: { number: '1811', name: 'Bindal' }, population: 1400 };
 * const condition: AdmissionCondition | undefined = admit(helseplattformen, options).conditions[0];
 * [condition?.id, condition?.status]; //=> ['aksjonaer', 'unknown']
 */
export interface AdmissionCondition {
  readonly id: string;
  /** The condition in bokmål, completing "the municipality …". */
  readonly text: string;
  readonly clause: string;
  /** Part of what protects the candidate against opposition. */
  readonly protects: boolean;
  /** `met`, `not-met`, or `unknown` when the caller did not say. */
  readonly status: 'met' | 'not-met' | 'unknown';
}

/**
 * An admission worked out; see {@link admit}.
 *
 * @example
 * const options: AdmitOptions = { municipality: { number: '1811', name: 'Bindal' }, population: 1400 };
 * const result: Admission = admit(helseplattformen, options);
 * result.eligibility; //=> 'unknown'
 */
export interface Admission {
  readonly agreement: string;
  readonly municipality: { readonly number: string; readonly name: string };
  /** The agreement's clause on admission (e.g. `'§14'`). */
  readonly clause: string;
  /** Every condition the agreement defines, each met, not met or unknown. */
  readonly conditions: readonly AdmissionCondition[];
  /**
   * `met` only when every condition was given and met; `not-met` when one
   * was given as not met; otherwise `unknown`.
   */
  readonly eligibility: 'met' | 'not-met' | 'unknown';
  /** `eligibility === 'met'`: every condition was checked and met. */
  readonly eligible: boolean;
  /**
   * Protected against opposition (existing parties may not oppose it): `yes`
   * when every protecting condition is met, `no` when one is not, `unknown`
   * otherwise; `null` when the agreement protects no candidate.
   */
  readonly protectedFromOpposition: 'yes' | 'no' | 'unknown' | null;
  /** The conditions given as not met, by id. */
  readonly missing: readonly string[];
  /** The conditions not given, by id: whether they are met is unknown. */
  readonly notGiven: readonly string[];
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
 * What admitting a municipality (opptak) means: each admission condition the
 * agreement defines (`lifecycle.admission.conditions`), met, not met or not
 * given (unknown); whether the candidate is protected against opposition
 * (every condition marked `protects` met); how the admission is decided (the
 * body and matter the agreement names); and every party's share from the
 * admission date, the new party's by its population at the agreement's
 * population reference date. Never claims more than was checked: a
 * condition not given is unknown.
 *
 * @remarks For example, Helseplattformen §14 and §1.3: existing parties "kan
 * ikke motsette seg" a municipality that has made the Samarbeidsavtalen and
 * the tjenesteavtale; admission by unanimity in the representantskap; the
 * new party's share "skal følge andel innbyggere pr 1.1.2024".
 *
 * @throws {@link AgreementInputError} for an invalid agreement or options,
 *   an agreement without admission rules, a condition id the agreement does
 *   not define, a municipality that is already a party, or a bad date.
 * @example
 * const a = admit(helseplattformen, {
 *   municipality: { number: '1811', name: 'Bindal' }, population: 1400, date: '2026-07-01',
 *   conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: true },
 * });
 * [a.eligibility, a.protectedFromOpposition]; //=> ['unknown', 'yes']
 * a.procedure.rule; //=> { kind: 'unanimity', of: 'all-seats', clause: '§14' }
 * a.sharesAfter.totalPopulation; //=> 536912
 */
export function admit(input: Agreement, options: AdmitOptions): Admission {
  const agreement = checkedAgreement(input);
  const read = new OptionsReader(options);
  const who = new OptionsReader(read.raw('municipality'), 'municipality', read.isObject);
  const number = who.text('number', true);
  const name = who.text('name', true);
  read.problems.push(...who.problems);
  const population = read.raw('population');
  if (read.isObject && (!Number.isSafeInteger(population) || (population as number) < 0)) {
    read.problems.push({
      path: 'population',
      code: 'invalid_population',
      message: 'must be a whole number ≥ 0',
    });
  }
  const given = read.date('date', false);
  const rules = agreement.lifecycle?.admission;
  if (rules === undefined) {
    read.problems.push(
      missingRule(agreement, 'admission', 'no_admission_rule', 'states no rules for admission'),
    );
  }
  const organ = agreement.organs?.find((o) => o.id === rules?.organ);
  const matter = organ?.matters.find((m) => m.id === rules?.matter);
  if (rules !== undefined && matter === undefined) {
    // Parsing rejects this; an agreement built in code could still have it.
    read.problems.push({
      path: 'agreement.lifecycle.admission',
      code: 'unknown_admission_matter',
      message: `names matter "${rules.matter}" of body "${rules.organ}", which ${agreement.id} does not have`,
    });
  }
  const facts = conditionFacts(read, rules?.conditions ?? []);
  const table = statedSharesOption(read);
  read.done(
    rules === undefined
      ? 'No admission rule'
      : matter === undefined
        ? 'Unknown admission matter'
        : 'Cannot admit',
  );
  const admission = rules as NonNullable<typeof rules>;
  const date = given ?? agreement.validFrom;
  const applied = applyCheckedEvents(agreement, [
    {
      type: 'admission',
      party: { number: number as string, name: name as string, population: population as number },
      effectiveDate: date,
    },
  ]);
  const candidate = `${number} ${name}`;
  const cite = citing(agreement.id);
  const conditions: AdmissionCondition[] = admission.conditions.map((c) => {
    const fact = facts.get(c.id);
    const status = fact === undefined ? 'unknown' : fact ? 'met' : 'not-met';
    return { id: c.id, text: c.text, clause: c.clause, protects: c.protects, status };
  });
  const ids = (status: AdmissionCondition['status']) =>
    conditions.filter((c) => c.status === status);
  const missing = ids('not-met');
  const notGiven = ids('unknown');
  const eligibility =
    missing.length > 0 ? 'not-met' : notGiven.length > 0 ? 'unknown' : ('met' as const);
  const protecting = conditions.filter((c) => c.protects);
  const protectedFromOpposition =
    protecting.length === 0
      ? null
      : protecting.some((c) => c.status === 'not-met')
        ? 'no'
        : protecting.some((c) => c.status === 'unknown')
          ? 'unknown'
          : ('yes' as const);
  const share = newcomerShare(agreement, applied.agreement, {
    date,
    candidate: { number: number as string, name: name as string },
    population: population as number,
    table,
    decidedBy: (organ as Organ).name.toLowerCase(),
  });
  const sharesAfter = ownershipShares(share.after, { date });
  const reasons: Reason[] = conditions.map((c) =>
    cite(c.clause, 'admission_condition', { candidate, condition: c.text, status: c.status }),
  );
  reasons.push(
    eligibility === 'met'
      ? cite(admission.clause, 'admission_eligible', { candidate })
      : eligibility === 'not-met'
        ? cite(admission.clause, 'admission_not_eligible', {
            candidate,
            missing: missing.map((c) => c.text),
          })
        : cite(admission.clause, 'admission_eligibility_unknown', {
            candidate,
            unknown: notGiven.map((c) => c.text),
          }),
  );
  if (protectedFromOpposition !== null) {
    reasons.push(
      cite(admission.clause, 'admission_protection', {
        candidate,
        status: protectedFromOpposition,
        conditions: protecting.map((c) => c.text),
      }),
    );
  }
  reasons.push(
    share.reason,
    ...statedTableReasons(agreement, date, {
      clause: admission.clause,
      change: 'admission',
      decidedBy: (organ as Organ).name.toLowerCase(),
      note: admission.sharesNote ?? null,
    }),
  );
  const rule: DecisionRule = (matter as Matter).rule;
  return {
    agreement: agreement.id,
    municipality: { number: number as string, name: name as string },
    clause: admission.clause,
    conditions,
    eligibility,
    eligible: eligibility === 'met',
    protectedFromOpposition,
    missing: missing.map((c) => c.id),
    notGiven: notGiven.map((c) => c.id),
    procedure: {
      organ: admission.organ,
      matter: admission.matter,
      rule,
      reasons: [
        cite(rule.clause, 'admission_vote', {
          organ: (organ as Organ).name.toLowerCase(),
          rule,
        }),
      ],
    },
    sharesAfter,
    reasons,
  };
}

/** The conditions given, by id; a problem for an id the agreement does not define or a value that is not true or false. */
function conditionFacts(
  read: OptionsReader,
  defined: readonly { readonly id: string }[],
): Map<string, boolean> {
  const facts = new Map<string, boolean>();
  const raw = read.raw('conditionsMet');
  if (raw === undefined) return facts;
  let given: unknown = raw;
  if (Array.isArray(raw)) {
    // A list of ids: the conditions met; the others are not given (unknown).
    given = {};
    raw.forEach((id, i) => {
      if (typeof id === 'string') (given as Record<string, boolean>)[id] = true;
      else {
        read.problems.push({
          path: formatPath(['conditionsMet', i]),
          code: 'invalid_type',
          message: 'must be the id of a condition',
        });
      }
    });
  }
  if (given === null || typeof given !== 'object') {
    read.problems.push({
      path: 'conditionsMet',
      code: 'invalid_type',
      message:
        'must be a list of the condition ids met, or an object: condition id → true or false',
    });
    return facts;
  }
  for (const [id, value] of Object.entries(given)) {
    const path = formatPath(['conditionsMet', id]);
    if (!defined.some((c) => c.id === id)) {
      read.problems.push({
        path,
        code: 'unknown_condition',
        message: `is not an admission condition of the agreement (it has: ${defined.map((c) => c.id).join(', ') || 'none'})`,
      });
    } else if (typeof value !== 'boolean') {
      read.problems.push({ path, code: 'invalid_type', message: 'must be true or false' });
    } else facts.set(id, value);
  }
  return facts;
}

const SHARE = /^(?:\d{1,3}(?:\.\d{1,6})?|\d{1,9}\/[1-9]\d{0,8})$/;

/** The caller's new table of stated shares, checked: kommunenummer → a percentage or a fraction. */
function statedSharesOption(read: OptionsReader): Readonly<Record<string, string>> | undefined {
  const given = read.raw('statedShares');
  if (given === undefined) return undefined;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    read.problems.push({
      path: 'statedShares',
      code: 'invalid_type',
      message:
        'must be an object: kommunenummer → a percentage like "40.07" or a fraction like "1/3"',
    });
    return undefined;
  }
  const before = read.problems.length;
  for (const [number, value] of Object.entries(given)) {
    const path = formatPath(['statedShares', number]);
    if (!/^\d{4}$/.test(number)) {
      read.problems.push({
        path,
        code: 'invalid_type',
        message: 'must be named by a kommunenummer of four digits',
      });
    } else if (typeof value !== 'string' || !SHARE.test(value)) {
      read.problems.push({
        path,
        code: 'invalid_format',
        message: 'must be a percentage like "40.07" or a fraction like "1/3"',
      });
    }
  }
  return read.problems.length === before ? (given as Record<string, string>) : undefined;
}

/**
 * The agreement after the admission with the new party's share set by the
 * agreement's rule (`admission.newcomerShare`, by default the cost key in
 * force), and the reason that says how: a key by population takes the new
 * party's population as it is; a key of stated shares takes the new table
 * the body decided (given by the caller), or, where the share is by
 * population, gives the new party its share of the population of all the
 * parties then and scales the others' stated shares to the rest.
 */
function newcomerShare(
  agreement: Agreement,
  applied: Agreement,
  input: {
    readonly date: IsoDate;
    readonly candidate: { readonly number: string; readonly name: string };
    readonly population: number;
    readonly table: Readonly<Record<string, string>> | undefined;
    readonly decidedBy: string;
  },
): { readonly after: Agreement; readonly reason: Reason } {
  const admission = agreement.lifecycle?.admission as NonNullable<
    NonNullable<Agreement['lifecycle']>['admission']
  >;
  const rule = admission.newcomerShare;
  const by = rule?.by ?? 'key';
  const clause = rule?.clause ?? admission.clause;
  const cite = citing(agreement.id);
  const { date, table, population } = input;
  const candidate = `${input.candidate.number} ${input.candidate.name}`;
  const key = costKeyOn(agreement, date);
  const stated = key.kind === 'stated-shares' ? key : undefined;
  const newTable = by === 'stated-table' || (by === 'key' && stated !== undefined);
  const members = applied.parties.filter((p) => memberOn(p, date));
  const problems: InputProblem[] = [];
  if (table !== undefined && !newTable) {
    problems.push({
      path: 'statedShares',
      code: 'stated_shares_not_expected',
      message: `${agreement.id} sets the new party's share by ${by === 'population' ? 'its population' : 'the cost key'} (${clause}), not by a new table`,
    });
  }
  if (newTable && table === undefined) {
    problems.push({
      path: 'statedShares',
      code: 'required',
      message: `${agreement.id} needs the new table of shares decided by ${input.decidedBy} (${clause}): the cost key in force on ${date} (${key.clause}) states the shares, and the new party has none`,
    });
  }
  if (newTable && table !== undefined) {
    for (const m of members) {
      if (!Object.hasOwn(table, m.municipality.number)) {
        problems.push({
          path: formatPath(['statedShares', m.municipality.number]),
          code: 'no_stated_share',
          message: `the new table states no share for ${m.municipality.number} ${m.municipality.name}, a party on ${date}`,
        });
      }
    }
    for (const number of Object.keys(table)) {
      if (!members.some((m) => m.municipality.number === number)) {
        problems.push({
          path: formatPath(['statedShares', number]),
          code: 'unknown_party',
          message: `${number} is not a party on ${date}`,
        });
      }
    }
  }
  const others = members.filter((m) => m.municipality.number !== input.candidate.number);
  if (by === 'population' && stated !== undefined) {
    for (const m of others) {
      if (m.population === undefined) {
        problems.push({
          path: formatPath(['agreement', 'parties', agreement.parties.indexOf(m), 'population']),
          code: 'population_missing',
          message: `the new party's share is by population, so the population of ${m.municipality.number} ${m.municipality.name} is needed`,
        });
      } else if (!Object.hasOwn(stated.shares, m.municipality.number)) {
        problems.push({
          path: 'costKeys',
          code: 'no_stated_share',
          message: `the key of ${stated.validFrom} (${stated.clause}) states no share for ${m.municipality.number} ${m.municipality.name}`,
        });
      }
    }
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Cannot set the new share');
  const withKey = (shares: Readonly<Record<string, string>>, scaleToWhole: boolean) => {
    const after: Agreement = {
      ...applied,
      costKeys: [
        ...applied.costKeys,
        {
          kind: 'stated-shares',
          validFrom: date,
          clause,
          shares,
          ...(key.validUntil === undefined ? {} : { validUntil: key.validUntil }),
          ...(scaleToWhole ? { scaleToWhole } : {}),
        },
      ],
    };
    // Made of the checked agreement, the shares checked above and exact fractions worked out
    // here (which may have more digits than a file may state): not checked again.
    trust(after);
    return after;
  };
  if (newTable) {
    return {
      after: withKey(table as Readonly<Record<string, string>>, false),
      reason: cite(clause, 'admission_share_stated_table', {
        candidate,
        decidedBy: input.decidedBy,
        effectiveDate: date,
        parties: members.length,
      }),
    };
  }
  const referenceDate = rule?.populationDate ?? agreement.populationReferenceDate ?? null;
  if (by === 'population' && stated !== undefined) {
    // The others' populations, then the new party's share p / (p + P); the rest, P / (p + P), by the stated shares.
    const total = others.reduce((sum, m) => sum + BigInt(m.population as number), 0n);
    const whole = total + BigInt(population);
    if (whole === 0n) {
      throw new AgreementInputError(
        [
          {
            path: 'population',
            code: 'zero_population',
            message: 'the parties have no inhabitants',
          },
        ],
        'Cannot set the new share',
      );
    }
    const shares: Record<string, string> = { [input.candidate.number]: `${population}/${whole}` };
    for (const m of others) {
      const [num, den] = parseShare(stated.shares[m.municipality.number] as string);
      shares[m.municipality.number] = fraction(num * total, den * whole);
    }
    return {
      after: withKey(shares, stated.scaleToWhole === true),
      reason: cite(clause, 'admission_share_by_population', {
        candidate,
        population,
        totalPopulation: Number(whole),
        referenceDate,
        effectiveDate: date,
      }),
    };
  }
  return {
    after: applied,
    reason: cite(clause, 'admission_share', {
      candidate,
      population,
      referenceDate,
      effectiveDate: date,
    }),
  };
}

/** `num/den` in lowest terms. */
function fraction(num: bigint, den: bigint): string {
  const divisor = gcd(num, den);
  return `${num / divisor}/${den / divisor}`;
}
