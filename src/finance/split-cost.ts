import type { Agreement } from '../model/agreement.js';
import type { IsoDate } from '../model/iso-date.js';
import {
  type AmountInput,
  formatAmount,
  formatSafeOre,
  MAX_EXACT_ORE,
  parseAmount,
} from '../rules/money.js';
import { type Reason, reason } from '../rules/reason.js';
import { assertAgreement, assertOptions } from './agreement-input.js';
import { largestRemainder, largestRemainderSafe } from './largest-remainder.js';
import { assertReadings, type Readings } from './readings.js';
import {
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
 * An agreement that did not come from {@link parseAgreement} is checked on
 * entry (once per object), and so are the options.
 *
 * @param amount - NOK as a string (`'10000000.00'`) or number, ≥ 0, at most
 *   two decimals; a number must be below 70 368 744 177 664 kr (2^46).
 * @throws {@link AgreementInputError} for a malformed agreement or options,
 *   a bad amount (negative, more than two decimals, NaN, Infinity, a number
 *   too large to be exact), a bad date as in {@link ownershipShares}, an
 *   unknown reading, stated shares that do not make up the whole (unless the
 *   key says to scale them), key parts that do not sum to 100 %, a key that
 *   has ended, or a service area before its start.
 *
 * @example
 * const split = splitCost(helseplattformen, '1000.00');
 * split.parties.slice(0, 2);
 * //=> [{ number: '5001', name: 'Trondheim', population: 214565, amount: '400.67' },
 * //    { number: '1505', name: 'Kristiansund', population: 24404, amount: '45.57' }]
 * split.sum; //=> '1000.00'
 */
export function splitCost(
  agreement: Agreement,
  amount: AmountInput,
  options: SplitCostOptions = {},
): CostSplit {
  assertAgreement(agreement);
  const { date, serviceArea, readings } = assertOptions(options) as SplitCostOptions;
  const ore = parseAmount(amount, 'amount');
  const chosen = assertReadings(agreement, readings);
  const basis = shareBasis(agreement, date, serviceArea, chosen);
  const { members } = basis;
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
  const key = basis.key.clause;
  const total = formatAmount(ore);
  return {
    agreement: agreement.id,
    date: basis.date,
    amount: total,
    parties,
    sum: amounts.sum,
    alternatives:
      basis.readings.length === 0 ? [] : alternativesOf(agreement, ore, basis, serviceArea, chosen),
    reasons: [
      ...basis.reasons,
      reason(agreement.id, key, 'split_largest_remainder', {
        amount: total,
        parties: members.length,
        leftoverOre: amounts.leftover,
        by: basis.key.ownership === true ? 'ownership' : 'cost-key',
      }),
    ],
  };
}

/** The split under each other reading of the notes that select the key, where it changes the key. */
function alternativesOf(
  agreement: Agreement,
  ore: bigint,
  basis: ShareBasis,
  serviceArea: string | undefined,
  readings: Readings | undefined,
): CostSplitAlternative[] {
  const out: CostSplitAlternative[] = [];
  for (const { note, others } of basis.readings) {
    for (const reading of others) {
      const other = basisUnder(agreement, basis.date, serviceArea, {
        ...readings,
        [note]: reading,
      });
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

/** The parts of a split as amounts in NOK, their sum, and the øre left over after flooring. */
interface SplitOre {
  readonly parts: readonly string[];
  readonly sum: string;
  readonly leftover: number;
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
  if (weights.kind === 'safe' && ore <= MAX_EXACT_ORE) {
    const total = Number(ore);
    const split = largestRemainderSafe(total, weights.values, keys, weights.total, weights.largest);
    if (split !== null) {
      // The parts sum to the amount: largest remainder hands out every unit.
      for (let i = 0; i < parts.length; i++) parts[i] = formatSafeOre(split.amounts[i] as number);
      return { parts, sum: formatSafeOre(total), leftover: split.leftover };
    }
  }
  const split = largestRemainder(ore, weightsOf(basis), keys, totalWeight);
  let sum = 0n;
  for (let i = 0; i < parts.length; i++) {
    const part = split.amounts[i] as bigint;
    sum += part;
    parts[i] = formatAmount(part);
  }
  return { parts, sum: formatAmount(sum), leftover: split.leftover };
}
