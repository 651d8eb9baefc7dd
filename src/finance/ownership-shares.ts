import { gcd } from '../internal/gcd.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, type InputProblem } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import { type Reason, reason } from '../rules/reason.js';
import { assertAgreement, assertOptions } from './agreement-input.js';
import { assertPool } from './cost-key-on.js';
import { largestRemainder } from './largest-remainder.js';
import { participantsOn } from './participants.js';
import { formatScaled, percentHalfUp } from './percent.js';
import { assertQuantities, type Quantities } from './quantities.js';
import { assertReadings, type Readings } from './readings.js';
import {
  type BasisOptions,
  basisUnder,
  dayInForce,
  type ShareBasis,
  shareBasis,
  weightsOf,
} from './share-basis.js';
import { formatFraction, parseShare, sum as sumOf } from './share-weights.js';
import { compareWithStatedTable } from './stated-table.js';

/**
 * Options for {@link ownershipShares}.
 *
 * @example
 * const options: OwnershipSharesOptions = { date: '2026-01-01' };
 */
export interface OwnershipSharesOptions {
  /** The day to compute the shares for; defaults to the agreement's `validFrom`. */
  readonly date?: IsoDate;
  /** Readings of interpretation notes that decide which cost key applies (note id → reading id). */
  readonly readings?: Readings;
  /**
   * The cost shares of a cost pool the agreement declares (`costPools`): the
   * pool's key, even where the agreement states ownership apart.
   */
  readonly pool?: string;
  /**
   * Measured quantities, for the cost shares under a key with a measured
   * part, as for {@link splitCost}; given, the shares are the key's, even
   * where the agreement states ownership apart.
   */
  readonly quantities?: Quantities;
}

/**
 * The shares under another reading of a note that decides the cost key; `null`
 * parties when no key applies under it.
 *
 * @example
 * const [other] = ownershipShares(rorosOsHoltalen, { date: '2024-06-01' }).alternatives;
 * other?.parties?.[0]?.percent; //=> '48.82'
 */
export interface SharesAlternative {
  readonly note: string;
  readonly reading: string;
  readonly clause: string | null;
  readonly parties: readonly { readonly number: string; readonly percent: string }[] | null;
}

/**
 * One party's ownership share (eierandel).
 *
 * @example
 * const trondheim: PartyShare | undefined = ownershipShares(helseplattformen).parties[0];
 * trondheim?.percent; //=> '40.07'
 */
export interface PartyShare {
  /** Kommunenummer. */
  readonly number: string;
  readonly name: string;
  /** Inhabitants at the agreement's population reference date, when known. */
  readonly population?: number;
  /**
   * The exact share: under a population key, population / total population
   * of the members (not reduced); under other keys, the party's weight over
   * the total, in lowest terms.
   */
  readonly share: { readonly numerator: number; readonly denominator: number };
  /** The share in percent, rounded half up to two decimals, as the agreement's own table rounds. */
  readonly percent: string;
  /** The share in percent, rounded by largest remainder so that the column sums to exactly 100.00. */
  readonly percentLargestRemainder: string;
  /** The percentage the agreement itself prints for this party (its table), when the members on the date are those of the table. */
  readonly statedPercent?: string;
}

/**
 * The ownership shares of all members on a date; see {@link ownershipShares}.
 *
 * @example
 * const shares: OwnershipShares = ownershipShares(helseplattformen);
 * shares.totalPopulation; //=> 535512
 */
export interface OwnershipShares {
  readonly agreement: string;
  readonly date: IsoDate;
  /**
   * `'ownership'` where the agreement calls the shares ownership shares
   * (eierandeler, the key's `ownership`), else `'cost-share'` (kostnadsandeler).
   */
  readonly kind: 'ownership' | 'cost-share';
  /**
   * Where the shares come from: `'stated-ownership'` when the agreement
   * states ownership shares (eierandeler) apart from its cost key
   * (`ownership`), else `'cost-key'` (the key in force on the date).
   */
  readonly basis: 'stated-ownership' | 'cost-key';
  /** The members' total population (innbyggertall), whatever the key; 0 if none is given. */
  readonly totalPopulation: number;
  /** One entry per member, in the agreement's order. */
  readonly parties: readonly PartyShare[];
  /** Sum of the half-up percentages: may differ from 100.00 by rounding. */
  readonly percentSum: string;
  /** Sum of the largest-remainder percentages: always `'100.00'`. */
  readonly percentLargestRemainderSum: string;
  /** Sum of the percentages the agreement prints, when its table applies on the date. */
  readonly statedPercentSum?: string;
  /** The shares under each other reading that would change the cost key (empty when none would). */
  readonly alternatives: readonly SharesAlternative[];
  readonly reasons: readonly Reason[];
}

/**
 * Each member's ownership share (eierandel) on a date: the exact ratio of its
 * population to the total population of the parties that are members that
 * day, the percentage rounded half up to two decimals (the way the
 * agreement's own table rounds), and a second percentage rounded by largest
 * remainder that sums to exactly 100.00.
 *
 * Helseplattformen §9: "Oppgavefellesskapet eies av partene i samsvar med
 * innskuddsplikten … Prinsippet om fordeling følger antall innbyggere per
 * kommune – som angitt i tabell 9.1". Where the cost key records the table the
 * agreement prints, each printed percentage is shown beside the computed one
 * and every disagreement is a reason: Helseplattformen's printed percentages
 * add up to 100.01, not the 100.00 the table states. On a date with other
 * members than the table's (after a withdrawal or an admission) the table
 * does not apply, and a reason says so.
 *
 * Where the agreement states ownership apart from the cost key
 * (`ownership`), those are the shares (`basis: 'stated-ownership'`). A
 * `pool` or `quantities` ask for the cost shares of a key instead
 * (`basis: 'cost-key'`): the pool's key, with the quantities its measured
 * parts need, as in {@link splitCost}.
 *
 * @see Helseplattformen §9 (tabell 9.1), §1.3
 * @throws {@link AgreementInputError} for an invalid date, a date outside the
 *   agreement's validity or with no members or no cost key, or members whose
 *   total population is 0.
 *
 * @example
 * const shares = ownershipShares(helseplattformen, { date: '2025-01-01' });
 * shares.totalPopulation; //=> 535512
 * shares.parties[0];
 * //=> { number: '5001', name: 'Trondheim', population: 214565,
 * //     share: { numerator: 214565, denominator: 535512 },
 * //     percent: '40.07', percentLargestRemainder: '40.07', statedPercent: '40.07' }
 * shares.percentSum; //=> '100.01'
 * shares.percentLargestRemainderSum; //=> '100.00'
 */
export function ownershipShares(
  agreement: Agreement,
  options: OwnershipSharesOptions = {},
): OwnershipShares {
  assertAgreement(agreement);
  const { date, readings, pool, quantities } = assertOptions(options) as OwnershipSharesOptions;
  const chosen = assertReadings(agreement, readings);
  const more: BasisOptions = {
    pool: assertPool(agreement, pool),
    quantities: assertQuantities(quantities),
  };
  // A pool or quantities ask for the cost shares of a key, not the ownership.
  if (agreement.ownership !== undefined && pool === undefined && quantities === undefined)
    return statedOwnership(agreement, date, chosen);
  const basis = shareBasis(agreement, date, undefined, chosen, more);
  const { members, totalWeight } = basis;
  const weights = weightsOf(basis);
  const halfUp = weights.map((w) => percentHalfUp(w, totalWeight));
  const largest = largestRemainder(10_000n, weights, basis.keys, totalWeight).amounts;
  const stated = compareWithStatedTable(agreement, basis);

  const lowest = basis.key.kind !== 'population';
  const parties = members.map((party, i): PartyShare => {
    const { number, name } = party.municipality;
    const share = reduced(weights[i] as bigint, totalWeight, lowest);
    const percent = formatScaled(halfUp[i] as bigint);
    const percentLargestRemainder = formatScaled(largest[i] as bigint);
    // Built without object spreads, which cost more than the arithmetic here.
    const line: { -readonly [K in keyof PartyShare]: PartyShare[K] } =
      party.population === undefined
        ? { number, name, share, percent, percentLargestRemainder }
        : { number, name, population: party.population, share, percent, percentLargestRemainder };
    const printed = stated.percents?.[i];
    if (printed !== undefined) line.statedPercent = printed;
    return line;
  });

  const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);
  const percentSum = formatScaled(sum(halfUp));
  const percentLargestRemainderSum = formatScaled(sum(largest));
  const clause = basis.key.clause;
  const table = basis.key.kind === 'population' ? (basis.key.statedTable?.name ?? null) : null;
  const result: OwnershipShares = {
    agreement: agreement.id,
    date: basis.date,
    kind: basis.key.ownership === true ? 'ownership' : 'cost-share',
    basis: 'cost-key',
    totalPopulation: members.reduce((total, m) => total + (m.population ?? 0), 0),
    parties,
    percentSum,
    percentLargestRemainderSum,
    alternatives: basis.readings.length === 0 ? [] : alternativesOf(agreement, basis, chosen, more),
    reasons: [
      ...basis.reasons,
      reason(agreement.id, clause, 'percent_half_up', { sum: percentSum, table }),
      reason(agreement.id, clause, 'percent_largest_remainder', {
        sum: percentLargestRemainderSum,
      }),
      ...stated.reasons,
    ],
  };
  return stated.percentSum === null ? result : { ...result, statedPercentSum: stated.percentSum };
}

/** The half-up percentages under each other reading of the notes that select the key, where it changes the key. */
function alternativesOf(
  agreement: Agreement,
  basis: ShareBasis,
  readings: Readings | undefined,
  more: BasisOptions,
): SharesAlternative[] {
  const out: SharesAlternative[] = [];
  for (const { note, others } of basis.readings) {
    for (const reading of others) {
      const other = basisUnder(
        agreement,
        basis.date,
        undefined,
        { ...readings, [note]: reading },
        more,
      );
      if (other === null) {
        out.push({ note, reading, clause: null, parties: null });
        continue;
      }
      if (other.key === basis.key) continue;
      const weights = weightsOf(other);
      out.push({
        note,
        reading,
        clause: other.key.clause,
        parties: other.keys.map((number, i) => ({
          number,
          percent: formatScaled(percentHalfUp(weights[i] as bigint, other.totalWeight)),
        })),
      });
    }
  }
  return out;
}

/** A share as a fraction of numbers: population over total as given under a population key, else in lowest terms. */
function reduced(
  weight: bigint,
  total: bigint,
  lowest: boolean,
): { numerator: number; denominator: number } {
  let [num, den] = [weight, total];
  if (lowest || den > BigInt(Number.MAX_SAFE_INTEGER)) {
    const divisor = gcd(num, den);
    [num, den] = [num / divisor, den / divisor];
  }
  return { numerator: Number(num), denominator: Number(den) };
}

/**
 * The ownership shares the agreement states apart from its cost key, for the
 * members on the date: each member's stated share, which must be stated and
 * sum to exactly the whole among them (never rescaled).
 */
function statedOwnership(
  agreement: Agreement,
  date: IsoDate | undefined,
  readings: Readings | undefined,
): OwnershipShares {
  const ownership = agreement.ownership as NonNullable<Agreement['ownership']>;
  const day = dayInForce(agreement, date, readings);
  const { members } = participantsOn(agreement, day, null);
  const problems: InputProblem[] = [];
  const fractions = members.map((m) => {
    const { number, name } = m.municipality;
    const stated = Object.hasOwn(ownership.shares, number) ? ownership.shares[number] : undefined;
    if (stated !== undefined) return parseShare(stated);
    problems.push({
      path: 'ownership.shares',
      code: 'no_stated_share',
      message: `the ownership shares (${ownership.clause}) state no share for ${number} ${name}, a member on ${day}`,
    });
    return [0n, 1n] as const;
  });
  if (problems.length > 0) throw new AgreementInputError(problems, 'Share missing');
  const common = fractions.reduce((l, [, den]) => (l / gcd(l, den)) * den, 1n);
  const weights = fractions.map(([num, den]) => num * (common / den));
  const total = sumOf(weights);
  if (total !== common) {
    const divisor = gcd(total, common);
    throw new AgreementInputError(
      [
        {
          path: 'ownership.shares',
          code: 'shares_not_whole',
          message: `the ownership shares (${ownership.clause}) of the ${members.length} members on ${day} sum to ${formatFraction(total / divisor, common / divisor)}, not the whole`,
        },
      ],
      'Shares do not add up',
    );
  }
  const keys = members.map((m) => m.municipality.number);
  const halfUp = weights.map((w) => percentHalfUp(w, total));
  const largest = largestRemainder(10_000n, weights, keys, total).amounts;
  const parties = members.map((party, i): PartyShare => {
    const { number, name } = party.municipality;
    const line: { -readonly [K in keyof PartyShare]: PartyShare[K] } = {
      number,
      name,
      share: reduced(weights[i] as bigint, total, true),
      percent: formatScaled(halfUp[i] as bigint),
      percentLargestRemainder: formatScaled(largest[i] as bigint),
    };
    if (party.population !== undefined) line.population = party.population;
    return line;
  });
  const percentSum = formatScaled(sumOf(halfUp));
  const percentLargestRemainderSum = formatScaled(sumOf(largest));
  return {
    agreement: agreement.id,
    date: day,
    kind: 'ownership',
    basis: 'stated-ownership',
    totalPopulation: members.reduce((t, m) => t + (m.population ?? 0), 0),
    parties,
    percentSum,
    percentLargestRemainderSum,
    alternatives: [],
    reasons: [
      reason(agreement.id, agreement.partiesClause ?? ownership.clause, 'parties_active', {
        date: day,
        count: members.length,
      }),
      reason(agreement.id, ownership.clause, 'ownership_stated', { parties: members.length }),
      reason(agreement.id, ownership.clause, 'percent_half_up', { sum: percentSum, table: null }),
      reason(agreement.id, ownership.clause, 'percent_largest_remainder', {
        sum: percentLargestRemainderSum,
      }),
    ],
  };
}
