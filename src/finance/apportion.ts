import { AgreementInputError, type InputProblem } from '../model/errors.js';
import { largestRemainder } from './largest-remainder.js';

/**
 * One claimant in {@link apportion}: a key (the kommunenummer) and its
 * weight (e.g. its population).
 *
 * @example
 * const weight: ApportionWeight = { key: '5001', weight: 214565n };
 */
export interface ApportionWeight {
  /** Identifies the part; ties are broken towards the lower key (string order). */
  readonly key: string;
  /** A whole number ≥ 0. */
  readonly weight: bigint;
}

/**
 * One part of an apportionment.
 *
 * @example
 * const part: ApportionPart = { key: '5001', amount: 400672n };
 */
export interface ApportionPart {
  readonly key: string;
  /** The whole units (øre) this key receives. */
  readonly amount: bigint;
}

/**
 * Splits a whole number of units (øre) by whole-number weights with the
 * largest-remainder method (største brøks metode). Every part is first
 * rounded down to `floor(total × weight / Σweights)`; the units left over
 * (always fewer than the number of parts) go one each to the parts with the
 * largest remainders. Equal remainders go to the larger weight, and then to
 * the lower key, so the result is fully determined by the written rule and
 * does not depend on the order of the input.
 *
 * Guarantees: the parts sum exactly to `total`; no part is negative; every
 * part is within one unit of its exact share; scaling every weight by the
 * same factor changes nothing. Parts are returned in input order.
 *
 * @param total - whole units to split (e.g. øre), ≥ 0.
 * @param weights - one entry per key; keys unique; weights ≥ 0 and not all 0.
 * @throws {@link AgreementInputError} for a total or weight that is not a
 *   bigint or is negative, a key that is not a string, duplicate keys, or
 *   weights that sum to 0.
 *
 * @example
 * // 100 = 3 × 33 + 1; the remainders tie, the weights tie, 1506 is the lowest key:
 * apportion(100n, [
 *   { key: '5001', weight: 1n },
 *   { key: '1508', weight: 1n },
 *   { key: '1506', weight: 1n },
 * ]);
 * //=> [{ key: '5001', amount: 33n }, { key: '1508', amount: 33n }, { key: '1506', amount: 34n }]
 */
export function apportion(total: bigint, weights: readonly ApportionWeight[]): ApportionPart[] {
  const problems: InputProblem[] = [];
  if (typeof total !== 'bigint') {
    problems.push({ path: 'total', code: 'invalid_type', message: 'must be a bigint, e.g. 100n' });
  } else if (total < 0n) {
    problems.push({ path: 'total', code: 'negative', message: 'must not be negative' });
  }
  if (!Array.isArray(weights)) {
    problems.push({
      path: 'weights',
      code: 'invalid_type',
      message: 'must be an array of { key, weight }',
    });
    throw new AgreementInputError(problems, 'Cannot apportion');
  }
  const n = weights.length;
  const keys = new Array<string>(n);
  const values = new Array<bigint>(n);
  const seen = new Set<string>();
  let sum = 0n;
  for (let i = 0; i < n; i++) {
    const entry = weights[i] as ApportionWeight | null | undefined;
    const key: unknown = entry?.key;
    const weight: unknown = entry?.weight;
    if (typeof key !== 'string') {
      problems.push({
        path: `weights[${i}].key`,
        code: 'invalid_type',
        message: 'must be a string',
      });
    } else if (seen.has(key)) {
      problems.push({
        path: `weights[${i}].key`,
        code: 'duplicate_key',
        message: `duplicate key ${key}`,
      });
    } else {
      seen.add(key);
      keys[i] = key;
    }
    if (typeof weight !== 'bigint') {
      problems.push({
        path: `weights[${i}].weight`,
        code: 'invalid_type',
        message: 'must be a bigint, e.g. 5n',
      });
    } else if (weight < 0n) {
      problems.push({
        path: `weights[${i}].weight`,
        code: 'negative',
        message: 'must not be negative',
      });
    } else {
      sum += weight;
      values[i] = weight;
    }
  }
  if (problems.length === 0 && sum === 0n) {
    problems.push({ path: 'weights', code: 'zero_total_weight', message: 'the weights sum to 0' });
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Cannot apportion');

  const { amounts } = largestRemainder(total, values, keys, sum);
  const parts = new Array<ApportionPart>(n);
  for (let i = 0; i < n; i++) parts[i] = { key: keys[i] as string, amount: amounts[i] as bigint };
  return parts;
}
