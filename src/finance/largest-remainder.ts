/**
 * The largest-remainder method on trusted input. Internal: {@link apportion}
 * validates and calls it; {@link splitCost} calls it on parsed agreement data.
 */

/** 2^64: remainders below this fit a BigUint64Array, which sorts natively. */
const U64 = 1n << 64n;

const ascending = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

/** The parts, in input order, and how many units were handed out by remainder. */
export interface LargestRemainderResult {
  readonly amounts: bigint[];
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
  const threshold = sorted[n - leftover] as bigint;

  let awarded = 0;
  const tied: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = remainders[i] as bigint;
    if (r > threshold) {
      amounts[i] = (amounts[i] as bigint) + 1n;
      awarded++;
    } else if (r === threshold) tied.push(i);
  }
  tied.sort((a, b) => {
    const wa = weights[a] as bigint;
    const wb = weights[b] as bigint;
    if (wa !== wb) return wa > wb ? -1 : 1;
    return (keys[a] as string) < (keys[b] as string) ? -1 : 1;
  });
  for (let j = 0; j < leftover - awarded; j++) {
    const i = tied[j] as number;
    amounts[i] = (amounts[i] as bigint) + 1n;
  }
  return { amounts, leftover };
}
