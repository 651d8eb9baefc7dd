import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import {
  type AmountInput,
  formatAmount,
  formatSafeOre,
  MAX_EXACT_ORE,
  parseAmount,
} from '../rules/money.js';
import { citing, type Reason, reason } from '../rules/reason.js';
import { assertAgreement, assertOptions } from './agreement-input.js';
import { assertPool } from './cost-key-on.js';
import { largestRemainder, largestRemainderSafe } from './largest-remainder.js';
import { type LimitedSplit, limitedSplit } from './limits.js';
import { assertQuantities, type Quantities } from './quantities.js';
import { assertReadings, type Readings } from './readings.js';
import {
  type BasisOptions,
  basisUnder,
  type Participant,
  type ShareBasis,
  shareBasis,
  weightsOf,
} from './share-basis.js';

/**
 * Options for {@link splitCost}.
 *
 * @example
 * const options: SplitCostOptions = { date: '2025-12-31' };
 */
export interface SplitCostOptions {
  /** The day whose members and key apply; defaults to the agreement's `validFrom`. */
  readonly date?: IsoDate;
  /** A service area: split among its participants by its key (Røros–Os–Holtålen §4, §8). */
  readonly serviceArea?: string;
  /**
   * Readings of interpretation notes (note id → reading id) where a note
   * decides which cost key applies, e.g. `{ 'cost-key-2019': 'fixed-and-population-2019' }`.
   */
  readonly readings?: Readings;
  /**
   * A cost pool the agreement declares (`costPools`), e.g. `'investments'`:
   * the pool's own key applies, or the key of no pool when it has none.
   */
  readonly pool?: string;
  /**
   * Measured quantities for a key with a measured part, by measure id:
   * `{ cases: { period: { from, to }, values: { '5001': '120' } } }`.
   */
  readonly quantities?: Quantities;
}

/**
 * The split under another reading of a note that decides the cost key: the
 * key it selects and each party's amount, or `null` for both when no key
 * applies under that reading.
 *
 * @example
 * const [other] = splitCost(rorosOsHoltalen, '300000.00', { date: '2024-06-01' }).alternatives;
 * other?.reading; //=> 'fixed-and-population-2019'
 */
export interface CostSplitAlternative {
  readonly note: string;
  readonly reading: string;
  readonly key: {
    readonly kind: string;
    readonly validFrom: IsoDate;
    readonly clause: string;
    readonly source: string | null;
  } | null;
  readonly parties: readonly { readonly number: string; readonly amount: string }[] | null;
}

/**
 * One party's part of a split cost.
 *
 * @example
 * const part: CostPart | undefined = splitCost(helseplattformen, '1000.00').parties[0];
 * part?.amount; //=> '400.67'
 */
export interface CostPart {
  /** Kommunenummer. */
  readonly number: string;
  readonly name: string;
  readonly population?: number;
  /** NOK with two decimals and a dot, e.g. `'400.67'`. */
  readonly amount: string;
}

/**
 * A cost split among the members (kostnadsfordeling); see {@link splitCost}.
 *
 * @example
 * const split: CostSplit = splitCost(helseplattformen, 10_000_000);
 * split.sum; //=> '10000000.00'
 */
export interface CostSplit {
  readonly agreement: string;
  readonly date: IsoDate;
  /** The amount split, NOK with two decimals. */
  readonly amount: string;
  /** One entry per member, in the agreement's order. */
  readonly parties: readonly CostPart[];
  /** The sum of the parts: always equal to `amount`. */
  readonly sum: string;
  /** The split under each other reading that would change the cost key (empty when none would). */
  readonly alternatives: readonly CostSplitAlternative[];
  readonly reasons: readonly Reason[];
}

/**
 * Splits an amount in NOK among the members on a date by the cost key in
 * force (kostnadsfordeling): each part rounded down to whole øre, the øre
 * left over given by largest remainder (then the larger share, then the lower
 * kommunenummer), so the parts always sum exactly to the amount and the
 * result does not depend on the order of the parties. No binary floating
 * point is involved: the amount is read into whole øre.
 *
 * Helseplattformen §9: "Eierkommunene skal samfinansiere de felles
 * ressursene … i tråd med sin eierandel"; "Hver enkelt kommune er ansvarlig
 * for å dekke sin andel av avtalt kostnadsfordeling i henhold til tabell 9.1".
 *
 * @see Helseplattformen §9
 * Where an interpretation note decides which cost key applies, the key
 * under the reading chosen (`readings`, else the note's default) is used, a
 * `reading_applied` reason names it, and `alternatives` gives the split
 * under each other reading that changes the key. The reasons name the key's
 * source when it is not the agreement text, and speak of eierandel only
 * where the key says the shares are ownership shares.
 *
 * A rate per inhabitant (`per-inhabitant` key) sets the amount itself: each
 * party pays the rate × its population, exactly, and `amount` may be `null`
 * (an amount given must be the one the rate sets). A key made of `parts`
 * gives each party one exact weight over all its parts (equal, population,
 * stated shares, measured quantities given in `quantities`), and the amount
 * is apportioned once. Under a key with `limits`, a party below its floor
 * pays the floor and one above its cap the cap; the rest goes to the others
 * by the key until no bound is crossed (each party's share of one common level, held within its bounds). `pool`
 * chooses the keys of a cost pool.
 *
 * An agreement that did not come from {@link parseAgreement} is checked on
 * entry (once per object), and so are the options.
 *
 * @param amount - NOK as a string (`'10000000.00'`) or number, ≥ 0, at most
 *   two decimals; a number must be below 70 368 744 177 664 kr (2^46); or
 *   `null` under a rate per inhabitant, which sets the amount.
 * @throws {@link AgreementInputError} for a malformed agreement or options,
 *   a bad amount (negative, more than two decimals, NaN, Infinity, a number
 *   too large to be exact), a bad date as in {@link ownershipShares}, an
 *   unknown reading, stated shares that do not make up the whole (unless the
 *   key says to scale them), key parts that do not sum to 100 %, a key that
 *   has ended, or a service area before its start; no amount under a key
 *   that divides one, or an amount other than the one a rate sets; an
 *   unknown pool; a measured quantity missing, malformed or all zero; floors
 *   above the amount or caps below it.
 *
 * @example
 * const split = splitCost(helseplattformen, '1000.00');
 * split.parties.slice(0, 2);
 * //=> [{ number: '5001', name: 'Trondheim', population: 214565, amount: '400.67' },
 * //    { number: '1505', name: 'Kristiansund', population: 24404, amount: '45.57' }]
 * split.sum; //=> '1000.00'
 *
 * // A rate per inhabitant sets the amount (kr 2 × 1 000 and × 3 000 inhabitants):
 * const network = parseAgreement({
 *   id: 'nettverk', title: 'Nettverk', legalForm: 'avtalebasert-samarbeid', validFrom: '2026-01-01',
 *   parties: [
 *     { municipality: { number: '0001', name: 'Aby' }, population: 1000, membership: { joined: '2026-01-01' } },
 *     { municipality: { number: '0002', name: 'Bby' }, population: 3000, membership: { joined: '2026-01-01' } },
 *   ],
 *   measures: [{ id: 'cases', name: 'Saker', unit: 'saker', clause: '§3' }],
 *   costPools: [{ id: 'usage', name: 'Bruk', clause: '§3' }],
 *   costKeys: [
 *     { kind: 'per-inhabitant', validFrom: '2026-01-01', clause: '§2', ratePerInhabitant: '2.00' },
 *     { kind: 'parts', validFrom: '2026-01-01', clause: '§3', pool: 'usage', parts: [
 *       { share: '50', basis: { kind: 'equal' } },
 *       { share: '50', basis: { kind: 'measured', measure: 'cases' } },
 *     ] },
 *   ],
 *   clauses: [{ ref: '§2', title: 'Sats', text: '' }, { ref: '§3', title: 'Bruk', text: '' }],
 * });
 * splitCost(network, null).parties.map((p) => p.amount); //=> ['2000.00', '6000.00']
 * // Half equal, half by cases (30 and 10): 500 + 750 and 500 + 250.
 * splitCost(network, '2000.00', { pool: 'usage', quantities: { cases: { values: { '0001': '30', '0002': '10' } } } })
 *   .parties.map((p) => p.amount); //=> ['1250.00', '750.00']
 */
export function splitCost(
  agreement: Agreement,
  amount: AmountInput | null,
  options: SplitCostOptions = {},
): CostSplit {
  assertAgreement(agreement);
  const { date, serviceArea, readings, pool, quantities } = assertOptions(
    options,
  ) as SplitCostOptions;
  const chosen = assertReadings(agreement, readings);
  const more = { pool: assertPool(agreement, pool), quantities: assertQuantities(quantities) };
  const basis = shareBasis(agreement, date, serviceArea, chosen, more);
  const { members, key } = basis;
  const rate = rateAmount(agreement, basis, amount);
  const ore = rate?.ore ?? parseAmount(amount, 'amount');
  const amounts = splitOre(ore, basis);
  const parties = new Array<CostPart>(members.length);
  for (let i = 0; i < members.length; i++) {
    const { municipality, population } = members[i] as Participant;
    const amount = amounts.parts[i] as string;
    parties[i] =
      population === undefined
        ? { number: municipality.number, name: municipality.name, amount }
        : { number: municipality.number, name: municipality.name, population, amount };
  }
  const total = formatAmount(ore);
  const cite = citing(agreement.id);
  const declared = agreement.costPools?.find((p) => p.id === more.pool);
  return {
    agreement: agreement.id,
    date: basis.date,
    amount: total,
    parties,
    sum: amounts.sum,
    alternatives:
      basis.readings.length === 0
        ? []
        : alternativesOf(agreement, ore, basis, serviceArea, chosen, more),
    reasons: [
      ...(declared === undefined
        ? []
        : [
            cite(declared.clause, 'cost_pool', {
              pool: declared.id,
              name: declared.name,
              ownKey: key.pool === declared.id,
            }),
          ]),
      ...basis.reasons,
      ...(rate === null ? [] : [rate.reason]),
      ...(amounts.limits === null
        ? []
        : [
            cite(key.clause, 'cost_key_limits', {
              limited: amounts.limits.limited,
              rest: formatAmount(amounts.limits.rest),
            }),
          ]),
      cite(key.clause, 'split_largest_remainder', {
        amount: total,
        parties: members.length,
        leftoverOre: amounts.leftover,
        by: key.ownership === true ? 'ownership' : 'cost-key',
      }),
    ],
  };
}

/**
 * The amount a rate per inhabitant sets (rate × the participants'
 * population, exact øre) and the reason that says so, or `null` for any
 * other key. Without an amount, a key that sets none is an input error;
 * with one, it must be the amount the rate sets.
 */
function rateAmount(
  agreement: Agreement,
  basis: ShareBasis,
  amount: AmountInput | null,
): { ore: bigint; reason: Reason } | null {
  const { key } = basis;
  if (key.kind !== 'per-inhabitant') {
    if (amount !== null) return null;
    throw new AgreementInputError(
      [
        {
          path: 'amount',
          code: 'required',
          message: `is required: the cost key of ${key.validFrom} (${key.clause}) divides an amount; only a rate per inhabitant sets one`,
        },
      ],
      'Amount missing',
    );
  }
  const ore = parseAmount(key.ratePerInhabitant, 'ratePerInhabitant') * basis.totalWeight;
  const total = formatAmount(ore);
  if (amount !== null) {
    const given = parseAmount(amount, 'amount');
    if (given !== ore) {
      throw new AgreementInputError(
        [
          {
            path: 'amount',
            code: 'amount_differs_from_rate',
            message: `is ${formatAmount(given)} NOK, but the key of ${key.validFrom} (${key.clause}) sets the amount: ${key.ratePerInhabitant} NOK × ${basis.totalWeight} inhabitants = ${total} NOK (leave the amount out, or give that figure)`,
          },
        ],
        'Amount differs from the rate',
      );
    }
  }
  return {
    ore,
    reason: reason(agreement.id, key.clause, 'rate_sets_amount', {
      rate: key.ratePerInhabitant,
      totalPopulation: Number(basis.totalWeight),
      amount: total,
    }),
  };
}

/** The split under each other reading of the notes that select the key, where it changes the key. */
function alternativesOf(
  agreement: Agreement,
  ore: bigint,
  basis: ShareBasis,
  serviceArea: string | undefined,
  readings: Readings | undefined,
  more: BasisOptions,
): CostSplitAlternative[] {
  const out: CostSplitAlternative[] = [];
  for (const { note, others } of basis.readings) {
    for (const reading of others) {
      const other = basisUnder(
        agreement,
        basis.date,
        serviceArea,
        { ...readings, [note]: reading },
        more,
      );
      if (other === null) {
        out.push({ note, reading, key: null, parties: null });
        continue;
      }
      if (other.key === basis.key) continue;
      const { parts } = splitOre(ore, other);
      out.push({
        note,
        reading,
        key: {
          kind: other.key.kind,
          validFrom: other.key.validFrom,
          clause: other.key.clause,
          source: other.key.source ?? null,
        },
        parties: other.keys.map((number, i) => ({ number, amount: parts[i] as string })),
      });
    }
  }
  return out;
}

/** The parts of a split as amounts in NOK, their sum, the øre left over after flooring, and who was held at a floor or cap. */
interface SplitOre {
  readonly parts: readonly string[];
  readonly sum: string;
  readonly leftover: number;
  readonly limits: LimitedSplit | null;
}

/**
 * Splits whole øre by the basis: in ordinary numbers, used as whole numbers
 * only, under a population key when the amount is at most 2^53 − 1 øre
 * (about 90 trillion kroner) and every step stays exact
 * ({@link largestRemainderSafe} says when); in bigint otherwise. Both give
 * the same parts.
 */
function splitOre(ore: bigint, basis: ShareBasis): SplitOre {
  const { weights, totalWeight, keys } = basis;
  const parts = new Array<string>(keys.length);
  if (basis.key.limits !== undefined) {
    const split = limitedSplit(ore, weightsOf(basis), keys, basis.key);
    for (let i = 0; i < parts.length; i++) parts[i] = formatAmount(split.amounts[i] as bigint);
    return { parts, sum: formatAmount(ore), leftover: split.leftover, limits: split };
  }
  if (weights.kind === 'safe' && ore <= MAX_EXACT_ORE) {
    const total = Number(ore);
    const split = largestRemainderSafe(total, weights.values, keys, weights.total, weights.largest);
    if (split !== null) {
      // The parts sum to the amount: largest remainder hands out every unit.
      for (let i = 0; i < parts.length; i++) parts[i] = formatSafeOre(split.amounts[i] as number);
      return { parts, sum: formatSafeOre(total), leftover: split.leftover, limits: null };
    }
  }
  const split = largestRemainder(ore, weightsOf(basis), keys, totalWeight);
  let sum = 0n;
  for (let i = 0; i < parts.length; i++) {
    const part = split.amounts[i] as bigint;
    sum += part;
    parts[i] = formatAmount(part);
  }
  return { parts, sum: formatAmount(sum), leftover: split.leftover, limits: null };
}
