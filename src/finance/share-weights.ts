import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError, type InputProblem } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { Participant } from './participants.js';
import { toScaled } from './percent.js';

/**
 * The members' populations, their sum and the largest, in one pass that
 * also writes each member's kommunenummer into `keys`. Every member must
 * have a population when the key uses them (whole numbers ≥ 0: checked by
 * parsing, or on entry).
 */
export function populations(
  members: readonly Participant[],
  keys: string[],
  pathOf: (index: number) => string,
  key: CostKey,
): { values: number[]; total: number; largest: number } {
  const n = members.length;
  const values = new Array<number>(n);
  let total = 0;
  let largest = 0;
  const problems: InputProblem[] = [];
  for (let i = 0; i < n; i++) {
    const { municipality, population } = members[i] as Participant;
    keys[i] = municipality.number;
    if (population === undefined) {
      problems.push({
        path: pathOf(i),
        code: 'required',
        message: `is required: the cost key of ${key.validFrom} (${key.clause}) uses population`,
      });
      continue;
    }
    values[i] = population;
    total += population;
    if (population > largest) largest = population;
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Population missing');
  return { values, total, largest };
}

/** The sum of bigints. */
export function sum(values: readonly bigint[]): bigint {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

/** The error of participants whose populations sum to 0. */
export function zeroPopulation(count: number, day: IsoDate): AgreementInputError {
  return new AgreementInputError(
    [
      {
        path: 'date',
        code: 'zero_total_population',
        message: `the ${count} participants on ${day} have a total population of 0`,
      },
    ],
    'Nothing to divide by',
  );
}

/** "40.07" (percent) → 4007/10000; "1/3" → 1/3. */
export function parseShare(stated: string): readonly [bigint, bigint] {
  const slash = stated.indexOf('/');
  if (slash >= 0) return [BigInt(stated.slice(0, slash)), BigInt(stated.slice(slash + 1))];
  return [toScaled(stated, 6), 100_000_000n];
}

/** `3/4` as a percentage when it is one with at most six decimals (`75 %`), else as the fraction. */
export function formatFraction(num: bigint, den: bigint): string {
  const scaled = num * 100_000_000n;
  if (scaled % den !== 0n) return `${num}/${den}`;
  const percent = String(scaled / den).padStart(7, '0');
  const text = `${percent.slice(0, -6)}.${percent.slice(-6)}`.replace(/\.?0+$/, '');
  return `${text} %`;
}
