/**
 * Exact percentage arithmetic on whole numbers. Internal helpers: a
 * percentage with two decimals is held as a bigint count of hundredths of a
 * percent (basis points), 40.07 % = 4007n.
 */

/** `numerator / denominator` as hundredths of a percent, rounded half up. */
export function hundredthsHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 20_000n + denominator) / (denominator * 2n);
}

/** Hundredths of a percent as a dot-decimal string: `4007n` → `'40.07'`. */
export function formatHundredths(hundredths: bigint): string {
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

/** A dot-decimal string as a whole number of `10^-scale` units: `('40.07', 4)` → `400700n`. */
export function toScaled(decimal: string, scale: number): bigint {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return BigInt(whole) * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, '0').slice(0, scale));
}

/**
 * Sums dot-decimal strings exactly (`['40.07', '59.94']` → `'100.01'`),
 * written with as many decimals as the most precise term, at least two.
 */
export function sumDecimals(terms: readonly string[]): string {
  let scale = 2;
  for (const term of terms) scale = Math.max(scale, (term.split('.')[1] ?? '').length);
  let sum = 0n;
  for (const term of terms) sum += toScaled(term, scale);
  const unit = 10n ** BigInt(scale);
  return `${sum / unit}.${String(sum % unit).padStart(scale, '0')}`;
}
