/** Greatest common divisor of two whole numbers ≥ 0 (Euclid). */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The sum of two fractions `a` and `b` (numerator, denominator > 0), reduced.
 *
 * @example
 * addFraction([1n, 3n], [1n, 6n]); //=> [1n, 2n]
 */
export function addFraction(
  a: readonly [bigint, bigint],
  b: readonly [bigint, bigint],
): [bigint, bigint] {
  const num = a[0] * b[1] + b[0] * a[1];
  const den = a[1] * b[1];
  const divisor = gcd(num, den);
  return [num / divisor, den / divisor];
}
