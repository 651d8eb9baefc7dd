/**
 * A second, deliberately simple method for exact splits, for tests: exact
 * shares as fractions, then largest remainder by a full sort (remainder,
 * then weight, then kommunenummer). Shares as [numerator, denominator].
 */
export type Fraction = readonly [bigint, bigint];

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

export function reduce([n, d]: Fraction): Fraction {
  const g = gcd(n, d);
  return g === 0n ? [0n, 1n] : [n / g, d / g];
}

export const add = (a: Fraction, b: Fraction): Fraction =>
  reduce([a[0] * b[1] + b[0] * a[1], a[1] * b[1]]);
export const mul = (a: Fraction, b: Fraction): Fraction => reduce([a[0] * b[0], a[1] * b[1]]);

/** "40.5" → 405/1000 of 100; "1/3" → 1/3: as a fraction of the whole. */
export function shareOf(text: string): Fraction {
  if (text.includes('/')) {
    const [n, d] = text.split('/');
    return reduce([BigInt(n as string), BigInt(d as string)]);
  }
  const [whole, fraction = ''] = text.split('.');
  return reduce([BigInt(`${whole}${fraction}`), 100n * 10n ** BigInt(fraction.length)]);
}

/** Splits `total` øre by exact fractions of the whole (summing to 1), by a full sort. */
export function splitByFractions(
  total: bigint,
  parties: readonly { readonly number: string; readonly share: Fraction }[],
): Map<string, bigint> {
  const rows = parties.map(({ number, share }) => {
    const exact = mul([total, 1n], share);
    const floor = exact[0] / exact[1];
    const remainder = reduce([exact[0] - floor * exact[1], exact[1]]);
    return { number, share, floor, remainder };
  });
  let left = total - rows.reduce((s, r) => s + r.floor, 0n);
  const cmp = (a: Fraction, b: Fraction) => {
    const x = a[0] * b[1];
    const y = b[0] * a[1];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const order = [...rows].sort(
    (a, b) =>
      cmp(b.remainder, a.remainder) || cmp(b.share, a.share) || (a.number < b.number ? -1 : 1),
  );
  const out = new Map(rows.map((r) => [r.number, r.floor]));
  for (const row of order) {
    if (left === 0n) break;
    out.set(row.number, (out.get(row.number) as bigint) + 1n);
    left--;
  }
  return out;
}
