/**
 * The largest-remainder method on trusted input. Internal: {@link apportion}
 * validates and calls it; {@link splitCost} calls it on parsed agreement data.
 */

/** 2^64: remainders below this fit a BigUint64Array, which sorts natively. */
const U64 = 1n << 64n;

/**
 * Up to this many parts the remainders are sorted by insertion, which for so
 * few values beats the native sort (whose fixed cost is about a microsecond);
 * beyond it the native sort is used, as insertion grows with the square.
 */
const INSERTION_SORT_MAX = 64;

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
 * The largest weight sum {@link largestRemainderSafe} takes: the largest
 * whole number whose square is at most 2^53 − 1. Populations stay far below
 * it (Norway has about 5.6 million inhabitants).
 */
export const SAFE_SUM_MAX = 94_906_265;

/**
 * {@link largestRemainder} in ordinary numbers, used as whole numbers only.
 * The caller guarantees whole numbers ≥ 0, `weights` summing to `sum`,
 * `0 < sum ≤` {@link SAFE_SUM_MAX} and `total ≤ 2^53 − 1`. Same rule, same
 * result, without bigint arithmetic; a property test checks it against the
 * bigint version up to both limits.
 *
 * Every step is exact. `total % sum` is (remainders of numbers always are),
 * and so is `whole = (total − rest) / sum`, a whole number no larger than
 * `total`. Each part is `whole × w + ⌊rest × w / sum⌋` with `rest < sum`, so
 * `rest × w < sum² ≤ 2^53 − 1`; `whole × w ≤ total`. The one division that
 * rounds is floored to the exact quotient k: rounding never goes below the
 * whole number k, and it would reach k + 1 only if 1/sum (the least the true
 * quotient can fall short of k + 1) were within half a unit in the last
 * place of k + 1, i.e. (k + 1) × sum ≥ 2^53; but k + 1 ≤ rest when w < sum,
 * so (k + 1) × sum ≤ rest × sum < sum². (When w = sum the quotient is `rest`
 * itself.) The remainder of `rest × w` by `sum` is that of `total × w`.
 */
export function largestRemainderSafe(
  total: number,
  weights: readonly number[],
  keys: readonly string[],
  sum: number,
): LargestRemainderResult<number> {
  const n = weights.length;
  const amounts = new Array<number>(n);
  const remainders = new Array<number>(n);
  const rest = total % sum;
  const whole = (total - rest) / sum;
  let left = total;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    const product = rest * weight;
    const floor = Math.floor(product / sum);
    const amount = whole * weight + floor;
    amounts[i] = amount;
    remainders[i] = product - floor * sum;
    left -= amount;
  }
  if (left === 0) return { amounts, leftover: 0 };
  const sorted = n <= INSERTION_SORT_MAX ? insertionSorted(remainders) : nativeSorted(remainders);
  // As in largestRemainder, kept apart so that each loop sees one type.
  const threshold = sorted[n - left] as number;
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

/** A sorted copy, by the native sort of a Float64Array. */
function nativeSorted(values: readonly number[]): Float64Array {
  const native = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) native[i] = values[i] as number;
  return native.sort();
}

/** A sorted copy, by insertion: the fastest way for a few dozen values. */
function insertionSorted(values: readonly number[]): number[] {
  const sorted = values.slice();
  for (let i = 1; i < sorted.length; i++) {
    const value = sorted[i] as number;
    let j = i - 1;
    while (j >= 0 && (sorted[j] as number) > value) {
      sorted[j + 1] = sorted[j] as number;
      j--;
    }
    sorted[j + 1] = value;
  }
  return sorted;
}
