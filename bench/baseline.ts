/**
 * The plain baseline that `splitCost` is timed against, and the synthetic
 * parties of the larger benches. Shared by `split-cost.bench.ts` and by
 * `test/finance/split-baseline.test.ts`, which checks that both give every
 * party the same øre, so that the bench compares equal work.
 */
import type { Agreement } from '../src/model/agreement.js';
import type { Party } from '../src/model/party.js';

/** The amount split in every bench, in NOK and in øre. */
export const AMOUNT = '123456789.87';
export const AMOUNT_ORE = 12_345_678_987;

/** One claimant of the baseline: kommunenummer and population as plain numbers. */
export interface PlainWeight {
  readonly key: string;
  readonly weight: number;
}

/**
 * The baseline: largest remainder on ordinary JS numbers. Each part is
 * floor(total × w / W); the units left over go to the largest remainders
 * (then the larger weight, then the lower key). Exact as long as total × w
 * stays below 2^53, which holds in the benches (12 345 678 987 × 250 000 ≈
 * 3.1e15); the quotient is corrected by one if the float division rounded
 * across an integer, so the remainder is always exact.
 */
export function plainLargestRemainder(total: number, weights: readonly PlainWeight[]): number[] {
  const n = weights.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (weights[i] as PlainWeight).weight;
  const amounts = new Array<number>(n);
  const remainders = new Array<number>(n);
  let leftover = total;
  for (let i = 0; i < n; i++) {
    const product = total * (weights[i] as PlainWeight).weight;
    let floor = Math.floor(product / sum);
    let remainder = product - floor * sum;
    if (remainder < 0) {
      floor -= 1;
      remainder += sum;
    } else if (remainder >= sum) {
      floor += 1;
      remainder -= sum;
    }
    amounts[i] = floor;
    remainders[i] = remainder;
    leftover -= floor;
  }
  if (leftover > 0) {
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => {
      const ra = remainders[a] as number;
      const rb = remainders[b] as number;
      if (ra !== rb) return rb - ra;
      const wa = weights[a] as PlainWeight;
      const wb = weights[b] as PlainWeight;
      if (wa.weight !== wb.weight) return wb.weight - wa.weight;
      return wa.key < wb.key ? -1 : wa.key > wb.key ? 1 : 0;
    });
    for (let j = 0; j < leftover; j++) {
      const i = order[j] as number;
      amounts[i] = (amounts[i] as number) + 1;
    }
  }
  return amounts;
}

/**
 * The tuned baseline: the same largest remainder as
 * {@link plainLargestRemainder}, written for speed as a careful programmer
 * would write it by hand, with no object per party. The weights come in a
 * Float64Array and the parts go out in one; every part is
 * `whole × w + ⌊rest × w / W⌋` with `rest = total mod W` and
 * `whole = (total − rest) / W`, exact while `rest × w` stays below 2^53 (it
 * does in the benches: W ≈ 1.25 × 10^9 at 10 000 parties, w ≤ 250 000). The
 * units left over go to the largest remainders, then the larger weight, then
 * the lower key, found by sorting an Int32Array of indices.
 */
export function tunedLargestRemainder(
  total: number,
  weights: Float64Array,
  keys: readonly string[],
): Float64Array {
  const n = weights.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i] as number;
  const rest = total % sum;
  const whole = (total - rest) / sum;
  const amounts = new Float64Array(n);
  const remainders = new Float64Array(n);
  let leftover = total;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    const product = rest * weight;
    const floor = Math.floor(product / sum);
    const amount = whole * weight + floor;
    amounts[i] = amount;
    remainders[i] = product - floor * sum;
    leftover -= amount;
  }
  if (leftover > 0) {
    // Larger remainder first, then the larger weight, then the lower key.
    const before = (a: number, b: number): boolean => {
      const ra = remainders[a] as number;
      const rb = remainders[b] as number;
      if (ra !== rb) return ra > rb;
      const wa = weights[a] as number;
      const wb = weights[b] as number;
      if (wa !== wb) return wa > wb;
      return (keys[a] as string) < (keys[b] as string);
    };
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    if (n <= 64) {
      // A small list: insertion sort in place, no comparator calls through sort().
      for (let i = 1; i < n; i++) {
        const current = order[i] as number;
        let j = i - 1;
        while (j >= 0 && before(current, order[j] as number)) {
          order[j + 1] = order[j] as number;
          j--;
        }
        order[j + 1] = current;
      }
    } else {
      order.sort((a, b) => (before(a, b) ? -1 : 1));
    }
    for (let j = 0; j < leftover; j++) {
      const i = order[j] as number;
      amounts[i] = (amounts[i] as number) + 1;
    }
  }
  return amounts;
}

/** The tuned baseline's input: the populations in a Float64Array, the kommunenummer beside them. */
export function tunedWeights(parties: readonly Party[]): {
  readonly weights: Float64Array;
  readonly keys: readonly string[];
} {
  const weights = new Float64Array(parties.length);
  for (let i = 0; i < parties.length; i++) weights[i] = (parties[i] as Party).population ?? 0;
  return { weights, keys: parties.map((p) => p.municipality.number) };
}

/** The baseline's input: each party's kommunenummer and population. */
export function plainWeights(parties: readonly Party[]): PlainWeight[] {
  return parties.map((party) => ({
    key: party.municipality.number,
    weight: party.population ?? 0,
  }));
}

const MIN_POPULATION = 500;
const MAX_POPULATION = 250_000;

/** A small deterministic PRNG (32-bit linear congruential generator, Numerical Recipes constants). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
}

/** `n` synthetic parties joined on `joined`: kommunenummer 0000…, populations 500..250 000 from a fixed seed. */
export function syntheticParties(n: number, joined: string): Party[] {
  const next = lcg(20_250_101);
  const parties: Party[] = [];
  for (let i = 0; i < n; i++) {
    const number = String(i).padStart(4, '0');
    // The high bits of an LCG are the well-mixed ones.
    const population = MIN_POPULATION + ((next() >>> 8) % (MAX_POPULATION - MIN_POPULATION + 1));
    parties.push({
      municipality: { number, name: `Kommune ${number}` },
      population,
      membership: { joined },
    });
  }
  return parties;
}

/**
 * `n` synthetic parties joined on `joined` whose populations sum to exactly
 * `total` (at least `n`): fixed-seed populations of about `total / n` each,
 * the last one making up the rest. For the benches at the edge where a split
 * could leave ordinary numbers (a total population of 94 906 265 and one more).
 */
export function partiesSummingTo(n: number, total: number, joined: string): Party[] {
  const next = lcg(19_700_101);
  const mean = Math.floor(total / n);
  const parties: Party[] = [];
  let left = total;
  for (let i = 0; i < n; i++) {
    const number = String(i).padStart(4, '0');
    const population =
      i === n - 1
        ? left
        : Math.max(1, Math.min(left - (n - 1 - i), 1 + ((next() >>> 8) % (2 * mean))));
    left -= population;
    parties.push({
      municipality: { number, name: `Kommune ${number}` },
      population,
      membership: { joined },
    });
  }
  return parties;
}

/**
 * An agreement file: `base` (Helseplattformen) with `n` synthetic parties and
 * a plain population key, since Tabell 9.1 names only the real parties. The
 * bench parses it with the built package, the test with the source.
 */
export function syntheticAgreementFile(base: Agreement, n: number): unknown {
  return {
    ...base,
    id: `synthetic-${n}`,
    parties: syntheticParties(n, base.validFrom),
    costKeys: [{ kind: 'population', validFrom: base.validFrom, clause: '§9' }],
  };
}
