/** ⌈a / b⌉ for whole numbers a ≥ 0, b > 0, without a fractional intermediate. */
export function ceilDiv(a: number, b: number): number {
  const rest = a % b;
  return (a - rest) / b + (rest > 0 ? 1 : 0);
}
