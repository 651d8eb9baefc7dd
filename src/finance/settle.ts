import { addDays, daysBetween } from '../internal/calendar.js';
import { gcd } from '../internal/gcd.js';
import type { Agreement } from '../model/agreement.js';
import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError, formatPath } from '../model/errors.js';
import type { MembershipEvent } from '../model/events.js';
import type { InterpretationNote } from '../model/interpretation.js';
import type { IsoDate } from '../model/iso-date.js';
import { type AppliedEvents, applyCheckedEvents } from '../rules/apply-events.js';
import { memberOn } from '../rules/membership.js';
import { type AmountInput, formatAmount, parseAmount } from '../rules/money.js';
import { citing, type Reason, type ReasonValues } from '../rules/reason.js';
import { assertAgreement, assertEvents, assertOptions } from './agreement-input.js';
import { assertPool, poolInForce } from './cost-key-on.js';
import { largestRemainder } from './largest-remainder.js';
import { type LimitedSplit, limitedSplit } from './limits.js';
import { assertQuantities, type Quantities } from './quantities.js';
import { assertReadings, keyApplies, type Readings, readingIdsOf, readingOf } from './readings.js';
import {
  type BasisOptions,
  type ShareBasis,
  shareBasis,
  unlessInputError,
  weightsOf,
} from './share-basis.js';

/**
 * The reading id of this function's method, settlement by calendar days. An
 * agreement whose interpretation note offers this reading has its note (and
 * the note's clause) cited in every settlement, with the note's other
 * readings reported as alternatives that one annual amount cannot compute.
 */
export const CALENDAR_DAYS_READING = 'calendar-days';

/**
 * Options for {@link settle}.
 *
 * @example
 * const options: SettleOptions = { year: 2026, amount: '12000000.00', events: [] };
 */
export interface SettleOptions {
  readonly year: number;
  /**
   * The year's actual cost to split (NOK); `null` where a rate per
   * inhabitant sets it (an amount given must then be the one the rate sets).
   */
  readonly amount: AmountInput | null;
  /** Withdrawals and admissions, in any order. */
  readonly events?: readonly MembershipEvent[];
  /** Readings of interpretation notes that decide which cost key applies (note id → reading id). */
  readonly readings?: Readings;
  /** The cost pool settled, for an agreement that declares pools (`costPools`). */
  readonly pool?: string;
  /** Measured quantities for a key with a measured part, as for {@link splitCost}. */
  readonly quantities?: Quantities;
}

/**
 * The settlement under another reading of a note: each party's amount, or
 * `null` when the reading cannot be computed from one annual amount (e.g.
 * actual costs incurred up to a withdrawal).
 *
 * @example
 * const other: SettlementAlternative = { note: 'settlement-by-calendar-day', reading: 'actual-costs', parties: null };
 */
export interface SettlementAlternative {
  readonly note: string;
  readonly reading: string;
  readonly parties: readonly { readonly number: string; readonly amount: string }[] | null;
}

/**
 * One party's settlement for the year.
 *
 * @example
 * const line: SettlementLine = settle(helseplattformen, { year: 2026, amount: 1000 }).parties[0];
 */
export interface SettlementLine {
  readonly number: string;
  readonly name: string;
  /** Days of the year the party was a member (and financed the cooperation). */
  readonly days: number;
  /** Its part of the year's cost (NOK). */
  readonly share: string;
  /** Documented extra costs of its withdrawal charged to it this year (NOK). */
  readonly extraCosts: string;
  /** What it is invoiced: share plus extra costs (NOK). */
  readonly amount: string;
}

/**
 * A year's settlement (årsoppgjør); see {@link settle}.
 *
 * @example
 * const settlement: Settlement = settle(helseplattformen, { year: 2026, amount: 1000 });
 * settlement.sum; //=> '1000.00'
 */
export interface Settlement {
  readonly agreement: string;
  readonly year: number;
  readonly amount: string;
  readonly extraCosts: string;
  readonly parties: readonly SettlementLine[];
  /** amount + extraCosts, exactly. */
  readonly sum: string;
  /** The outcome under each other reading of the notes this settlement rests on. */
  readonly alternatives: readonly SettlementAlternative[];
  readonly reasons: readonly Reason[];
}

/**
 * Splits a year's actual cost among the parties by calendar days of
 * membership: each day's cost is split among the parties that are members
 * that day, by the cost key in force that day, so a party that leaves on
 * 1 July pays for the 181 days of the first half at its share among all, and
 * those who remain pay the rest at their scaled-up shares (Helseplattformen
 * §9 and §12); a key that changes during the year weighs each part of the
 * year by its own key (Røros–Os–Holtålen §8). Documented
 * extra costs of a withdrawal are charged to the leaving party in the year
 * of its last financed day (§12). The exact shares are summed over the
 * periods of different membership and the amount apportioned once by
 * largest remainder, so the parts sum exactly to the amount plus the extra
 * costs. Days on which the agreement has no members are left out.
 *
 * Settlement by calendar days is a reading, not the text: where the
 * agreement has a note offering the reading `calendar-days`
 * (Helseplattformen §12 "Oppgjør skjer … etter beregning av utgifter"), the
 * note's clause is cited, and its other readings are reported in
 * `alternatives` without figures (they need the accounts, not one amount);
 * choosing one of them is an input error. Otherwise the withdrawal clause,
 * or the key's clause, is cited. Notes that decide the cost key are applied
 * as in {@link splitCost}, with the settlement under each other reading.
 *
 * A rate per inhabitant is the year's (“2 kr pr innbygger”) and sets the
 * year's amount itself (`amount: null`): each day settled (a day the
 * agreement is in force, has members and the rate applies) a member pays
 * the rate × its population ÷ the days settled, so a member on every one of
 * those days pays the rate × its population exactly, one that leaves half
 * way pays half (each party's amount rounded half up to whole øre), and
 * the year's amount is the sum of the parties' amounts. (Dividing by the days of the calendar year instead would charge a
 * rate that starts in June at less than the rate stated; the text states
 * the rate, not a daily one.) A year in which the key changes between a rate and a key that
 * divides an amount is an input error: no one amount fits both. A floor or
 * cap per party (`limits`) applies to a year settled under one key and one
 * membership, as in a split; for a year of several periods the agreement
 * does not say how a yearly floor applies to part of a year, and the
 * settlement is an input error that says so. `pool` and `quantities` work
 * as in {@link splitCost}.
 *
 * @see Helseplattformen §9, §12, §14; Røros–Os–Holtålen §8
 * @throws {@link AgreementInputError} for a bad year, amount, event, pool or
 *   quantity, a year in which no day has members, an amount other than the
 *   one a rate sets, or limits over several periods.
 * @example
 * const s = settle(helseplattformen, {
 *   year: 2026,
 *   amount: '12000000.00',
 *   events: [{ type: 'withdrawal', party: '5038', noticeSentOn: '2025-07-01', extraCosts: '25000.00' }],
 * });
 * s.parties.find((p) => p.number === '5038')?.days; //=> 181
 * s.sum; //=> '12025000.00'
 */
export function settle(agreement: Agreement, options: SettleOptions): Settlement {
  assertAgreement(agreement);
  const checked = assertOptions(options ?? null) as unknown as SettleOptions;
  assertEvents(checked.events);
  const readings = assertReadings(agreement, checked.readings);
  const method = methodNote(agreement);
  const methodReading =
    method === undefined ? undefined : readingOf(agreement, readings, method.id);
  if (method !== undefined && methodReading !== CALENDAR_DAYS_READING) {
    // Only settlement by calendar days can be worked out from one annual amount.
    throw new AgreementInputError(
      [
        {
          path: formatPath(['readings', method.id]),
          code: 'reading_not_computable',
          message: `under the reading "${methodReading}" the settlement needs the costs per period from the accounts; it cannot be worked out from one annual amount`,
        },
      ],
      'Settlement not computable',
    );
  }
  const { year } = checked;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new AgreementInputError(
      [{ path: 'year', code: 'invalid_year', message: 'must be a year from 1900 to 2200' }],
      'Invalid year',
    );
  }
  const ore = checked.amount === null ? null : parseAmount(checked.amount, 'amount');
  const more: BasisOptions = {
    pool: assertPool(agreement, checked.pool),
    quantities: assertQuantities(checked.quantities),
  };
  // The events are applied (and, from a caller's own list, checked) once, for every reading.
  const applied = applyCheckedEvents(agreement, checked.events ?? []);
  const settlement = settleWith(agreement, year, ore, applied, readings, more);
  const alternatives: SettlementAlternative[] = [];
  if (method !== undefined) {
    for (const reading of readingIdsOf(method).filter((id) => id !== CALENDAR_DAYS_READING))
      alternatives.push({ note: method.id, reading, parties: null });
  }
  for (const { note, others } of settlement.keyReadings) {
    for (const reading of others) {
      const other = unlessInputError(() =>
        settleWith(agreement, year, ore, applied, { ...readings, [note]: reading }, more),
      );
      alternatives.push({
        note,
        reading,
        parties: other?.parties.map((p) => ({ number: p.number, amount: p.amount })) ?? null,
      });
    }
  }
  const { keyReadings: _, ...result } = settlement;
  return { ...result, alternatives };
}

/** The agreement's note on the settlement method: the one offering {@link CALENDAR_DAYS_READING}. */
function methodNote(agreement: Agreement): InterpretationNote | undefined {
  return agreement.interpretations?.find((n) => readingIdsOf(n).includes(CALENDAR_DAYS_READING));
}

/**
 * {@link settle} of a checked year and amount, after the events, under given
 * readings, with the notes that decided a key on some day of the year.
 */
function settleWith(
  agreement: Agreement,
  year: number,
  given: bigint | null,
  applied: AppliedEvents,
  readings: Readings | undefined,
  more: BasisOptions,
): Settlement & { readonly keyReadings: ShareBasis['readings'] } {
  const after = applied.agreement;
  const first = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  const validEnd = after.validUntil === undefined ? end : addDays(after.validUntil, 1);

  // The days on which membership changes split the year into periods.
  const cuts = new Set<string>([first, end]);
  const add = (date: string | undefined) => {
    if (date !== undefined && date > first && date < end) cuts.add(date);
  };
  add(after.validFrom);
  add(validEnd);
  for (const p of after.parties) {
    add(p.membership.joined);
    add(p.membership.withdrawn);
  }
  // A new cost key also starts a period, and so does the day after a key ends.
  const pool = poolInForce(after, more.pool, readings);
  for (const key of after.costKeys) {
    if (key.serviceArea !== undefined || key.pool !== pool || !keyApplies(after, key, readings))
      continue;
    add(key.validFrom);
    if (key.validUntil !== undefined) add(addDays(key.validUntil, 1));
  }
  const bounds = [...cuts].sort();
  const periods: { start: IsoDate; days: number; basis: ShareBasis }[] = [];
  let noMemberDays = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] as string;
    const days = daysBetween(start, bounds[i + 1] as string);
    const inForce = start >= after.validFrom && start < validEnd;
    if (inForce && after.parties.some((p) => memberOn(p, start))) {
      // The members that day, weighted by the cost key in force that day.
      periods.push({ start, days, basis: shareBasis(after, start, undefined, readings, more) });
    } else noMemberDays += days;
  }
  if (periods.length === 0) {
    throw new AgreementInputError(
      [
        {
          path: 'year',
          code: 'no_members',
          message: `no day of ${year} has members of ${agreement.id}`,
        },
      ],
      'Nothing to settle',
    );
  }

  const indexOf = new Map(after.parties.map((p, index) => [p.municipality.number, index]));
  const weights = new Array<bigint>(after.parties.length).fill(0n);
  const days = new Array<number>(after.parties.length).fill(0);
  const daysInYear = daysBetween(first, end);
  const rated = periods.filter((p) => p.basis.key.kind === 'per-inhabitant').length;
  if (rated > 0 && rated < periods.length) throw rateAndAmount(periods);
  if (rated === 0 && given === null) throw amountRequired(periods);
  // Exact weights on a common denominator: w_p = Σ days × weight_p × (L / total weight);
  // under a rate, w_p = Σ days × rate × population_p (øre × days).
  const lcm = periods.reduce(
    (l, { basis }) => (l / gcd(l, basis.totalWeight)) * basis.totalWeight,
    1n,
  );
  let daysSettled = 0;
  for (const { days: length, basis } of periods) {
    daysSettled += length;
    const scale =
      basis.key.kind === 'per-inhabitant'
        ? parseAmount(basis.key.ratePerInhabitant, 'ratePerInhabitant') * BigInt(length)
        : (lcm / basis.totalWeight) * BigInt(length);
    const exact = weightsOf(basis);
    basis.keys.forEach((number, j) => {
      const index = indexOf.get(number) as number;
      weights[index] = (weights[index] as bigint) + scale * (exact[j] as bigint);
      days[index] = (days[index] as number) + length;
    });
  }
  const included = after.parties.flatMap((_, index) =>
    (weights[index] as bigint) > 0n ? [index] : [],
  );
  const weightsIn = included.map((index) => weights[index] as bigint);
  const numbers = included.map((index) => after.parties[index]?.municipality.number as string);
  const firstKey = (periods[0] as (typeof periods)[number]).basis.key;
  if (firstKey.limits !== undefined && periods.length > 1) throw limitsOverPeriods(periods);
  let amounts: readonly bigint[];
  let ore: bigint;
  let leftover = 0;
  let limited: LimitedSplit | null = null;
  if (rated > 0) {
    // Each party's own amount: rate × population × its days ÷ the days settled, half up.
    const settled = BigInt(daysSettled);
    amounts = weightsIn.map((w) => (2n * w + settled) / (2n * settled));
    ore = amounts.reduce((sum, a) => sum + a, 0n);
    if (given !== null && given !== ore) throw amountDiffers(given, ore);
  } else {
    ore = given as bigint;
    if (firstKey.limits !== undefined) limited = limitedSplit(ore, weightsIn, numbers, firstKey);
    const split =
      limited ??
      largestRemainder(
        ore,
        weightsIn,
        numbers,
        weightsIn.reduce((sum, w) => sum + w, 0n),
      );
    amounts = split.amounts;
    leftover = split.leftover;
  }
  const shareOf = new Map(included.map((index, k) => [index, amounts[k] as bigint]));

  // Extra costs fall in the year of the party's last financed day.
  const extra = new Map<string, bigint>();
  for (const [number, cost] of applied.extraCosts) {
    if (cost.effectiveDate > first && cost.effectiveDate <= end) extra.set(number, cost.ore);
  }
  let sum = 0n;
  let extraTotal = 0n;
  const parties: SettlementLine[] = [];
  after.parties.forEach((party, index) => {
    const share = shareOf.get(index) ?? 0n;
    const extraCosts = extra.get(party.municipality.number) ?? 0n;
    if (share === 0n && extraCosts === 0n && days[index] === 0) return;
    sum += share + extraCosts;
    extraTotal += extraCosts;
    parties.push({
      number: party.municipality.number,
      name: party.municipality.name,
      days: days[index] as number,
      share: formatAmount(share),
      extraCosts: formatAmount(extraCosts),
      amount: formatAmount(share + extraCosts),
    });
  });

  const cite = citing(agreement.id);
  const firstBasis = (periods[0] as (typeof periods)[number]).basis;
  const method = methodNote(agreement);
  // The agreement's own clause on settlement: its note on the method, else its withdrawal clause, else the key's.
  const clause =
    method?.clauses[0] ?? agreement.lifecycle?.withdrawal?.clause ?? firstBasis.key.clause;
  const reasons: Reason[] = [
    cite(clause, 'settlement_by_days', {
      year,
      days: daysInYear - noMemberDays,
      periods: periods.length,
    }),
  ];
  if (method !== undefined) {
    reasons.push(
      cite(clause, 'reading_applied', {
        note: method.id,
        reading: CALENDAR_DAYS_READING,
        chosen: readings !== undefined && Object.hasOwn(readings, method.id),
      }),
    );
  }
  if (noMemberDays > 0) reasons.push(cite(clause, 'settlement_no_members', { days: noMemberDays }));
  // The notes that selected a key on some day, each once, with their reasons.
  const keyReadings: ShareBasis['readings'][number][] = [];
  for (const { basis } of periods) {
    for (const r of basis.readings) {
      if (keyReadings.some((k) => k.note === r.note)) continue;
      keyReadings.push(r);
      reasons.push(
        cite(r.clause, 'reading_applied', { note: r.note, reading: r.reading, chosen: r.chosen }),
      );
    }
  }
  if (rated > 0) {
    reasons.push(
      cite(firstBasis.key.clause, 'rate_sets_settlement', rateValues(periods, ore, daysSettled)),
    );
  }
  if (limited !== null) {
    reasons.push(
      cite(firstBasis.key.clause, 'cost_key_limits', {
        limited: limited.limited,
        rest: formatAmount(limited.rest),
      }),
    );
  }
  reasons.push(
    ...applied.reasons.filter(
      (r) => r.code !== 'extra_costs_charged' || extra.has(r.values.party.split(' ')[0] as string),
    ),
  );
  // Under a rate each party's amount is its own, not a part of an amount split.
  if (rated === 0) {
    reasons.push(
      cite(periods.length === 1 ? firstBasis.key.clause : clause, 'split_largest_remainder', {
        amount: formatAmount(ore),
        parties: included.length,
        leftoverOre: leftover,
        by:
          periods.length > 1
            ? 'days'
            : firstBasis.key.ownership === true
              ? 'ownership'
              : 'cost-key',
      }),
    );
  }
  return {
    agreement: agreement.id,
    year,
    amount: formatAmount(ore),
    extraCosts: formatAmount(extraTotal),
    parties,
    sum: formatAmount(sum),
    alternatives: [],
    keyReadings,
    reasons,
  };
}

type Period = { readonly start: IsoDate; readonly days: number; readonly basis: ShareBasis };

/** The figures of each period of a year settled at a rate per inhabitant, for its reason. */
function rateValues(
  periods: readonly Period[],
  ore: bigint,
  days: number,
): ReasonValues['rate_sets_settlement'] {
  return {
    amount: formatAmount(ore),
    days,
    periods: periods.map(({ start, days, basis }) => ({
      from: start,
      to: addDays(start, days - 1),
      days,
      rate: (basis.key as Extract<CostKey, { kind: 'per-inhabitant' }>).ratePerInhabitant,
      population: Number(basis.totalWeight),
    })),
  };
}

const settlementError = (code: string, message: string, title: string) =>
  new AgreementInputError([{ path: 'amount', code, message }], title);

const keyNames = (periods: readonly Period[]) =>
  [...new Set(periods.map((p) => `${p.basis.key.validFrom} (${p.basis.key.clause})`))].join(', ');

function rateAndAmount(periods: readonly Period[]): AgreementInputError {
  return settlementError(
    'rate_and_amount_mixed',
    `cannot be settled as one amount: in this year a rate per inhabitant (which sets the amount) and a key that divides an amount both apply (keys of ${keyNames(periods)}); settle each part of the year with split`,
    'Rate and amount in one year',
  );
}

function amountRequired(periods: readonly Period[]): AgreementInputError {
  return settlementError(
    'required',
    `is required: the cost key of ${keyNames(periods)} divides an amount; only a rate per inhabitant sets one`,
    'Amount missing',
  );
}

function amountDiffers(given: bigint, ore: bigint): AgreementInputError {
  return settlementError(
    'amount_differs_from_rate',
    `is ${formatAmount(given)} NOK, but the rate per inhabitant sets the year's amount: ${formatAmount(ore)} NOK (leave the amount out, or give that figure)`,
    'Amount differs from the rate',
  );
}

function limitsOverPeriods(periods: readonly Period[]): AgreementInputError {
  return new AgreementInputError(
    [
      {
        path: 'year',
        code: 'limits_over_periods',
        message: `has ${periods.length} periods of different membership or key, and the key of ${keyNames(periods)} sets a floor or cap per party: the agreement does not say how a yearly floor or cap applies to part of a year; settle each period with split`,
      },
    ],
    'Limits over part of a year',
  );
}
