/**
 * Exact percentage arithmetic on whole numbers. Internal helpers: a
 * percentage with `d` decimals is held as a bigint count of `10^-d` percent,
 * so 40.07 % with two decimals is 4007n.
 */

/** 10^0 … 10^18, computed once: a bigint power is not free, and these are asked for per party. */
const POWERS = Array.from({ length: 19 }, (_, i) => 10n ** BigInt(i));

function pow10(exponent: number): bigint {
  return POWERS[exponent] ?? 10n ** BigInt(exponent);
}

/** `numerator / denominator` in percent with `decimals` decimals, rounded half up, as a scaled bigint. */
export function percentHalfUp(numerator: bigint, denominator: bigint, decimals = 2): bigint {
  const scale = pow10(decimals + 2);
  return (numerator * scale * 2n + denominator) / (denominator * 2n);
}

/** A scaled bigint as a dot-decimal string: `(4007n, 2)` → `'40.07'`. */
export function formatScaled(value: bigint, decimals = 2): string {
  if (decimals === 0) return String(value);
  const digits = String(value).padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** Number of decimals of a dot-decimal string: `'40.07'` → 2. */
export function decimalsOf(decimal: string): number {
  const dot = decimal.indexOf('.');
  return dot < 0 ? 0 : decimal.length - dot - 1;
}

/** A dot-decimal string as a whole number of `10^-scale` units: `('40.07', 4)` → `400700n`. */
export function toScaled(decimal: string, scale: number): bigint {
  const dot = decimal.indexOf('.');
  const whole = dot < 0 ? decimal : decimal.slice(0, dot);
  const fraction = dot < 0 ? '' : decimal.slice(dot + 1);
  // The digits of whole and fraction, cut or padded to `scale` decimals, read as one integer.
  return BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
}

/**
 * Sums dot-decimal strings exactly (`['40.07', '59.94']` → `'100.01'`),
 * written with as many decimals as the most precise term, at least two.
 */
export function sumDecimals(terms: readonly string[]): string {
  let scale = 2;
  for (const term of terms) scale = Math.max(scale, decimalsOf(term));
  let sum = 0n;
  for (const term of terms) sum += toScaled(term, scale);
  return formatScaled(sum, scale);
}
