import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError } from '../model/errors.js';
import { formatAmount, parseAmount } from '../rules/money.js';
import { largestRemainder } from './largest-remainder.js';

/** A party held at its floor or cap. */
export interface LimitedParty {
  readonly number: string;
  readonly bound: 'floor' | 'cap';
  /** NOK with two decimals. */
  readonly amount: string;
}

/** A split under floors and caps: the parts in input order, the øre left over, who was held, and the rest split by the key. */
export interface LimitedSplit {
  readonly amounts: bigint[];
  readonly leftover: number;
  readonly limited: readonly LimitedParty[];
  readonly rest: bigint;
}

/** A rational p/q with q > 0. */
type Ratio = readonly [bigint, bigint];

const below = (a: Ratio, b: Ratio) => a[0] * b[1] < b[0] * a[1];

/**
 * Splits `total` øre by `weights` within each party's floor and cap (in
 * øre; a party without a floor has 0, without a cap none). The exact answer
 * is each party's `clamp(λ × weight, floor, cap)` for the one level λ at
 * which they sum to `total`: a party below its floor pays the floor, a party
 * above its cap pays the cap, and the rest goes to the others in proportion
 * to their weights — repeated until no bound is crossed, which is where λ
 * lies. λ is found exactly among the points where a party reaches a bound
 * (sorted, then searched by halving); the rest is then split once among
 * the parties not held, by largest remainder with the written tie rule.
 * Since bounds are whole øre and each exact part lies within its bounds, the
 * rounded parts do too.
 *
 * @throws {@link AgreementInputError} when the floors exceed the amount, the
 *   caps cannot cover it, or a floor is above its cap.
 *
 * @example
 * // 12 000 øre (120 kr) by 1 : 1 : 1; the second pays at least 90 kr, the third at most 30 kr:
 * // the level λ with λ + 90 + min(λ, 30) = 120 is 15.
 * limitedSplit(12000n, [1n, 1n, 1n], ['0001', '0002', '0003'], {
 *   kind: 'population', validFrom: '2026-01-01', clause: '§4',
 *   limits: { '0002': { floor: '90' }, '0003': { cap: '30' } },
 * }).amounts; //=> [1500n, 9000n, 1500n]
 *
 * @internal
 */
export function limitedSplit(
  total: bigint,
  weights: readonly bigint[],
  keys: readonly string[],
  key: CostKey,
): LimitedSplit {
  const n = weights.length;
  const limits = key.limits ?? {};
  const floors = new Array<bigint>(n);
  const caps = new Array<bigint | null>(n);
  let floorSum = 0n;
  let capSum: bigint | null = 0n;
  const problems = [];
  for (let i = 0; i < n; i++) {
    const number = keys[i] as string;
    const limit = Object.hasOwn(limits, number) ? limits[number] : undefined;
    const floor = limit?.floor === undefined ? 0n : parseAmount(limit.floor, 'limits');
    const cap = limit?.cap === undefined ? null : parseAmount(limit.cap, 'limits');
    if (cap !== null && floor > cap) {
      problems.push({
        path: 'costKeys',
        code: 'floor_above_cap',
        message: `the key of ${key.validFrom} (${key.clause}) gives ${number} a floor of ${formatAmount(floor)} NOK above its cap of ${formatAmount(cap)} NOK`,
      });
    }
    floors[i] = floor;
    caps[i] = cap;
    floorSum += floor;
    const w = weights[i] as bigint;
    // A party of weight 0 pays its floor whatever the level.
    const most = w === 0n ? floor : cap;
    capSum = capSum === null || most === null ? null : capSum + most;
  }
  if (problems.length === 0 && floorSum > total) {
    problems.push({
      path: 'amount',
      code: 'floors_exceed_amount',
      message: `the floors of the key of ${key.validFrom} (${key.clause}) sum to ${formatAmount(floorSum)} NOK, more than the amount of ${formatAmount(total)} NOK`,
    });
  }
  if (problems.length === 0 && capSum !== null && capSum < total) {
    problems.push({
      path: 'amount',
      code: 'caps_below_amount',
      message: `the caps of the key of ${key.validFrom} (${key.clause}) allow at most ${formatAmount(capSum)} NOK, less than the amount of ${formatAmount(total)} NOK`,
    });
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Floors and caps do not fit');

  /** Σ clamp(λ × w, floor, cap) ≤ total, exactly. */
  const fits = ([p, q]: Ratio) => {
    let whole = 0n;
    let free = 0n;
    for (let i = 0; i < n; i++) {
      const w = weights[i] as bigint;
      const floor = floors[i] as bigint;
      const cap = caps[i] as bigint | null;
      if (p * w <= floor * q) whole += floor;
      else if (cap !== null && p * w >= cap * q) whole += cap;
      else free += p * w;
    }
    return whole * q + free <= total * q;
  };
  const points: Ratio[] = [[0n, 1n]];
  for (let i = 0; i < n; i++) {
    const w = weights[i] as bigint;
    if (w === 0n) continue;
    points.push([floors[i] as bigint, w]);
    const cap = caps[i] as bigint | null;
    if (cap !== null) points.push([cap, w]);
  }
  points.sort((a, b) => (below(a, b) ? -1 : below(b, a) ? 1 : 0));
  // The last point at which the bounded parts still fit the total (the first always does).
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (fits(points[mid] as Ratio)) lo = mid;
    else hi = mid - 1;
  }
  const [p, q] = points[lo] as Ratio;
  const amounts = new Array<bigint>(n);
  const limited: LimitedParty[] = [];
  const free: number[] = [];
  let rest = total;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as bigint;
    const floor = floors[i] as bigint;
    const cap = caps[i] as bigint | null;
    // Just above the point: held at the floor until λ × w passes it; held at the cap once it reached it.
    const atFloor = w === 0n || p * w < floor * q;
    const atCap = !atFloor && cap !== null && p * w >= cap * q;
    if (!atFloor && !atCap) {
      free.push(i);
      continue;
    }
    const amount = atFloor ? floor : (cap as bigint);
    amounts[i] = amount;
    rest -= amount;
    if (amount > 0n || atCap) {
      limited.push({
        number: keys[i] as string,
        bound: atFloor ? 'floor' : 'cap',
        amount: formatAmount(amount),
      });
    }
  }
  let leftover = 0;
  if (free.length > 0) {
    const freeWeights = free.map((i) => weights[i] as bigint);
    let weightSum = 0n;
    for (const w of freeWeights) weightSum += w;
    const split = largestRemainder(
      rest,
      freeWeights,
      free.map((i) => keys[i] as string),
      weightSum,
    );
    free.forEach((i, j) => {
      amounts[i] = split.amounts[j] as bigint;
    });
    leftover = split.leftover;
  }
  return { amounts, leftover, limited, rest };
}
