/** Greatest common divisor of two whole numbers ≥ 0 (Euclid). */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
