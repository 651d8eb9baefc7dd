/**
 * The largest-remainder method on trusted input. Internal: {@link apportion}
 * validates and calls it; {@link splitCost} calls it on parsed agreement data.
 */

/** 2^64: remainders below this fit a BigUint64Array, which sorts natively. */
const U64 = 1n << 64n;

const ascending = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

/** The parts, in input order, and how many units were handed out by remainder. */
export interface LargestRemainderResult<T extends bigint | number = bigint> {
  readonly amounts: T[];
  readonly leftover: number;
}

/**
 * Splits `total` by `weights` (all ≥ 0, summing to `sum` > 0; `keys`
 * unique). Each part is `floor(total × w / sum)`; the units left over, always
 * fewer than the number of parts, go one each to the largest remainders,
 * equal remainders to the larger weight, then to the lower key.
 *
 * The winners are found without sorting every part by the full rule: the
 * remainders alone are sorted (natively, as unsigned 64-bit integers, when
 * they fit) to find the smallest remainder that still wins a unit; every
 * larger remainder wins, and only the parts tied at that threshold are
 * ordered by weight and key.
 */
export function largestRemainder(
  total: bigint,
  weights: readonly bigint[],
  keys: readonly string[],
  sum: bigint,
): LargestRemainderResult {
  const n = weights.length;
  const amounts = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let left = total;
  for (let i = 0; i < n; i++) {
    const product = total * (weights[i] as bigint);
    const floor = product / sum;
    amounts[i] = floor;
    remainders[i] = product % sum;
    left -= floor;
  }
  const leftover = Number(left);
  if (leftover === 0) return { amounts, leftover };
  let sorted: ArrayLike<bigint>;
  if (sum <= U64) {
    const native = new BigUint64Array(n);
    for (let i = 0; i < n; i++) native[i] = remainders[i] as bigint;
    sorted = native.sort();
  } else {
    sorted = [...remainders].sort(ascending);
  }
  // Every remainder above the threshold (the smallest that still wins) wins.
  const threshold = sorted[n - leftover] as bigint;
  const tied: number[] = [];
  let awarded = 0;
  for (let i = 0; i < n; i++) {
    const r = remainders[i] as bigint;
    if (r > threshold) {
      amounts[i] = (amounts[i] as bigint) + 1n;
      awarded++;
    } else if (r === threshold) tied.push(i);
  }
  for (const i of firstByWeightThenKey(tied, weights, keys, leftover - awarded)) {
    amounts[i] = (amounts[i] as bigint) + 1n;
  }
  return { amounts, leftover };
}

/**
 * {@link largestRemainder} in ordinary numbers, used as whole numbers only,
 * or `null` when some step could leave the whole numbers a double holds
 * exactly. The caller guarantees whole numbers ≥ 0, `weights` summing to
 * `sum` with `0 < sum ≤ 2^53 − 1`, `largest` the largest weight, and
 * `total ≤ 2^53 − 1`. Same rule, same result, without bigint arithmetic; a
 * property test checks it against the bigint version at the edges.
 *
 * With `rest = total mod sum` and `whole = (total − rest) / sum`, each part
 * is `whole × w + ⌊rest × w / sum⌋`, and the one condition checked here is
 * `rest × largest + sum ≤ 2^53 − 1` (a populations' total of a billion and a
 * largest weight of a million stay far inside it). Then every step is
 * exact. `total % sum` is (remainders of numbers always are), and so is
 * `whole`, a whole number no larger than `total`; `whole × w ≤ total`.
 * `P = rest × w ≤ rest × largest` is a whole number below 2^53. The one
 * division that rounds, `P / sum`, is floored to the exact quotient k:
 * rounding never goes below the whole number k (rounding is monotone and k
 * is a double), and it would reach k + 1 only if the true quotient, at least
 * 1/sum short of k + 1, were within half a unit in the last place of k + 1,
 * (k + 1) × 2^-53, i.e. only if (k + 1) × sum ≥ 2^53; but
 * (k + 1) × sum ≤ P + sum ≤ 2^53 − 1. The remainder `P − k × sum` is exact,
 * and it is that of `total × w` by `sum`. The check itself is exact: were
 * `rest × largest` above the bound, its rounded value, never below the next
 * whole number (a double, as it is at most 2^53), would be above it too.
 *
 * The units left over go by the same rule as in {@link largestRemainder}:
 * the smallest remainder that still wins a unit is selected (not sorted:
 * a quickselect over a copy of the remainders), every larger remainder
 * wins, and only the parts tied at that threshold are ordered by weight and
 * key.
 */
export function largestRemainderSafe(
  total: number,
  weights: readonly number[],
  keys: readonly string[],
  sum: number,
  largest: number,
): LargestRemainderResult<number> | null {
  const rest = total % sum;
  if (rest * largest > Number.MAX_SAFE_INTEGER - sum) return null;
  const n = weights.length;
  // Filled in order, so that both stay packed arrays of doubles (cheaper
  // to make than typed arrays for the few dozen parts of most agreements).
  const amounts: number[] = [];
  const remainders: number[] = [];
  const whole = (total - rest) / sum;
  let left = total;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    const product = rest * weight;
    const floor = Math.floor(product / sum);
    const amount = whole * weight + floor;
    amounts.push(amount);
    remainders.push(product - floor * sum);
    left -= amount;
  }
  if (left === 0) return { amounts, leftover: 0 };
  // The smallest remainder that still wins: the left-th largest.
  const threshold = kthSmallest(remainders.slice(), n - left);
  const tied: number[] = [];
  let awarded = 0;
  for (let i = 0; i < n; i++) {
    const r = remainders[i] as number;
    if (r > threshold) {
      amounts[i] = (amounts[i] as number) + 1;
      awarded++;
    } else if (r === threshold) tied.push(i);
  }
  for (const i of firstByWeightThenKey(tied, weights, keys, left - awarded)) {
    amounts[i] = (amounts[i] as number) + 1;
  }
  return { amounts, leftover: left };
}

/**
 * The first `count` of the parts tied at the threshold, by the larger
 * weight and then the lower key: the written tie rule.
 */
function firstByWeightThenKey<T extends bigint | number>(
  tied: number[],
  weights: readonly T[],
  keys: readonly string[],
  count: number,
): number[] {
  tied.sort((a, b) => {
    const wa = weights[a] as T;
    const wb = weights[b] as T;
    if (wa !== wb) return wa > wb ? -1 : 1;
    return (keys[a] as string) < (keys[b] as string) ? -1 : 1;
  });
  return tied.slice(0, count);
}

/** Up to this many values, {@link kthSmallest} sorts by insertion. */
const INSERTION_MAX = 16;

/**
 * The value that would stand at index `k` (0-based) were `values` sorted
 * ascending, found by quickselect: each round partitions the part that holds
 * index `k` around the median of three of its values and keeps the side
 * that holds it, and a part of a few values is finished by insertion. Should
 * the rounds not shrink the part fast enough (more than twice the rounds a
 * halving would take, or `rounds`), the rest is sorted natively, so no
 * input costs more than a sort. Reorders `values`.
 *
 * @internal
 */
export function kthSmallest(
  values: number[],
  k: number,
  rounds = 2 * Math.ceil(Math.log2(values.length + 1)),
): number {
  let lo = 0;
  let hi = values.length - 1;
  let budget = rounds;
  while (hi - lo >= INSERTION_MAX) {
    if (budget-- === 0) return Float64Array.from(values.slice(lo, hi + 1)).sort()[k - lo] as number;
    const mid = (lo + hi) >>> 1;
    const a = values[lo] as number;
    const b = values[mid] as number;
    const c = values[hi] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    // Hoare's partition: lo..j ≤ pivot ≤ i..hi.
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return pivot;
  }
  for (let i = lo + 1; i <= hi; i++) {
    const value = values[i] as number;
    let j = i - 1;
    while (j >= lo && (values[j] as number) > value) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = value;
  }
  return values[k] as number;
}
