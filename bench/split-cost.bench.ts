/**
 * splitCost against a plain largest-remainder split on JS numbers, at three
 * sizes: Helseplattformen itself (34 parties), 357 parties (about as many
 * municipalities as Norway has) and 10 000 parties (the most an agreement may
 * list). Both run in the same process, on the same populations and the same
 * amount. Run with `npm run bench`; `scripts/bench-report.ts` turns the
 * results into `docs/benchmarks.md`.
 */
import { bench, describe } from 'vitest';
// The built package, loaded by Node itself as an app would (vitest.config.ts
// keeps dist/ out of vitest's module transform); `npm run bench` builds first.
import {
  type Agreement,
  apportion,
  helseplattformen,
  type Party,
  parseAgreement,
  splitCost,
} from '../dist/index.js';

/** The amount split in every bench, in NOK and in øre. */
const AMOUNT = '123456789.87';
const AMOUNT_ORE = 12_345_678_987;
const DATE = helseplattformen.validFrom;

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

/** Helseplattformen with `n` synthetic parties: kommunenummer 0000…, populations 500..250 000. */
function syntheticAgreement(n: number): Agreement {
  const next = lcg(20_250_101);
  const parties: Party[] = [];
  for (let i = 0; i < n; i++) {
    const number = String(i).padStart(4, '0');
    // The high bits of an LCG are the well-mixed ones.
    const population = MIN_POPULATION + ((next() >>> 8) % (MAX_POPULATION - MIN_POPULATION + 1));
    parties.push({
      municipality: { number, name: `Kommune ${number}` },
      population,
      membership: { joined: helseplattformen.validFrom },
    });
  }
  // Parsed like any agreement file, so the synthetic agreements are valid ones.
  return parseAgreement({
    ...helseplattformen,
    id: `synthetic-${n}`,
    parties,
    // Tabell 9.1 names Helseplattformen's parties; the synthetic ones have no printed table.
    costKeys: [{ kind: 'population', validFrom: helseplattformen.validFrom, clause: '§9' }],
  });
}

/** One claimant of the baseline: kommunenummer and population as plain numbers. */
interface PlainWeight {
  readonly key: string;
  readonly weight: number;
}

/**
 * The baseline: largest remainder on ordinary JS numbers. Each part is
 * floor(total × w / W); the units left over go to the largest remainders
 * (then the larger weight, then the lower key). Exact as long as total × w
 * stays below 2^53, which holds here (12 345 678 987 × 250 000 ≈ 3.1e15);
 * the quotient is corrected by one if the float division rounded across an
 * integer, so the remainder is always exact.
 */
function plainLargestRemainder(total: number, weights: readonly PlainWeight[]): number[] {
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

function plainWeights(agreement: Agreement): PlainWeight[] {
  return agreement.parties.map((party) => ({
    key: party.municipality.number,
    weight: party.population ?? 0,
  }));
}

/** `'400.67'` → `40067`. */
function toOre(amount: string): number {
  const [kroner = '', ore = ''] = amount.split('.');
  return Number(kroner) * 100 + Number(ore.padEnd(2, '0'));
}

/** Throws unless splitCost and the baseline give every party the same øre. */
function assertSameSplit(agreement: Agreement): void {
  const split = splitCost(agreement, AMOUNT, { date: DATE });
  const plain = plainLargestRemainder(AMOUNT_ORE, plainWeights(agreement));
  if (split.parties.length !== plain.length) {
    throw new Error(
      `${agreement.id}: splitCost gave ${split.parties.length} parts, the baseline ${plain.length}`,
    );
  }
  let sum = 0;
  for (let i = 0; i < plain.length; i++) {
    const part = split.parties[i];
    const ore = plain[i] as number;
    sum += ore;
    if (part === undefined || toOre(part.amount) !== ore) {
      throw new Error(
        `${agreement.id}: party ${i} gets ${part?.amount} from splitCost but ${ore} øre from the baseline`,
      );
    }
  }
  if (sum !== AMOUNT_ORE) throw new Error(`${agreement.id}: the baseline sums to ${sum} øre`);
}

const cases: readonly { readonly size: number; readonly agreement: Agreement }[] = [
  { size: 34, agreement: helseplattformen },
  { size: 357, agreement: syntheticAgreement(357) },
  { size: 10_000, agreement: syntheticAgreement(10_000) },
];

// Every size is checked against the baseline before anything is timed.
for (const { size, agreement } of cases) {
  if (agreement.parties.length !== size) throw new Error(`expected ${size} parties`);
  assertSameSplit(agreement);
}

/** Every result feeds this, so no call can be optimised away. */
let checksum = 0;

for (const { size, agreement } of cases) {
  const weights = plainWeights(agreement);
  const bigWeights = weights.map((w) => ({ key: w.key, weight: BigInt(w.weight) }));
  const bigTotal = BigInt(AMOUNT_ORE);
  describe(`splitCost, ${size} parties`, () => {
    bench('splitCost', () => {
      const split = splitCost(agreement, AMOUNT, { date: DATE });
      checksum = (checksum + split.parties.length + split.sum.length) | 0;
    });
    bench('apportion (the bigint core of splitCost)', () => {
      const parts = apportion(bigTotal, bigWeights);
      checksum = (checksum + parts.length) | 0;
    });
    bench('baseline: plain-integer largest remainder', () => {
      const amounts = plainLargestRemainder(AMOUNT_ORE, weights);
      checksum = (checksum + amounts.length + (amounts[0] as number)) | 0;
    });
  });
}

/** Read by nothing but the engine, which cannot know that. */
export function benchChecksum(): number {
  return checksum;
}
