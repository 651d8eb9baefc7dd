import { addFraction } from '../../internal/gcd.js';
import { formatPath, type InputProblem } from '../errors.js';
import { field, isRecord, type Json } from './raw.js';

const SHARE = /^(?:\d{1,3}(?:\.\d{1,6})?|\d{1,9}\/[1-9]\d{0,8})$/;

/** A share as a fraction: '40.5' → 405/1000 (unreduced), '1/3' → 1/3. */
function shareFraction(share: string): readonly [bigint, bigint] {
  const slash = share.indexOf('/');
  if (slash >= 0) return [BigInt(share.slice(0, slash)), BigInt(share.slice(slash + 1))];
  const [whole, fraction = ''] = share.split('.');
  return [BigInt(`${whole as string}${fraction}`), 100n * 10n ** BigInt(fraction.length)];
}

/**
 * The stated ownership shares (eierandeler): for parties that exist, and
 * summing to exactly the whole (never rescaled).
 */
export function ownershipProblems(
  input: Json,
  partyNumbers: ReadonlyMap<string, number>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const shares = field(input, 'ownership', 'shares');
  if (!isRecord(shares)) return problems;
  let num = 0n;
  let den = 1n;
  let all = true;
  for (const [number, share] of Object.entries(shares)) {
    if (!partyNumbers.has(number)) {
      problems.push({
        path: formatPath(['ownership', 'shares', number]),
        code: 'unknown_party',
        message: `states an ownership share for ${number}, which is not among the parties`,
      });
    }
    if (typeof share !== 'string' || !SHARE.test(share)) {
      all = false;
      continue;
    }
    const [n, d] = shareFraction(share);
    [num, den] = addFraction([num, den], [n, d]);
  }
  if (all && num !== den) {
    problems.push({
      path: 'ownership.shares',
      code: 'shares_not_whole',
      message: `the ownership shares sum to ${num}/${den}${
        (num * 10_000n) % den === 0n ? ` (${hundredthsText((num * 10_000n) / den)} %)` : ''
      }, not the whole (100 %)`,
    });
  }
  return problems;
}

/** Hundredths of a percent as text: 9950n → "99.5", 10000n → "100". */
function hundredthsText(hundredths: bigint): string {
  const text = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
  return text.replace(/\.?0+$/, '');
}
