import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitedSplit } from '../../src/finance/limits.js';
import { splitCost } from '../../src/finance/split-cost.js';
import type { Agreement } from '../../src/model/agreement.js';
import type { CostKey } from '../../src/model/cost-key.js';
import { agreementWith, nok, partyOf } from '../helpers/arbitraries.js';
import { catchInputError } from '../helpers/errors.js';

type Limits = NonNullable<CostKey['limits']>;

const agreementOf = (pops: readonly number[], limits: Limits): Agreement => ({
  ...agreementWith(pops.map((pop, i) => partyOf(`000${i + 1}`, pop))),
  costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§9', limits }],
});
const amounts = (a: Agreement, amount: string) => splitCost(a, amount).parties.map((p) => p.amount);

describe('floors and caps per party', () => {
  it('a cap held, the rest by the key among the others; then a second cap reached by the rest', () => {
    // 1 000 kr by 1 : 1 : 8. 0003 would pay 800 > its cap 500: it pays 500, and 500 goes 1 : 1.
    expect(amounts(agreementOf([1, 1, 8], { '0003': { cap: '500.00' } }), '1000.00')).toEqual([
      '250.00',
      '250.00',
      '500.00',
    ]);
    // With 0002 capped at 200 as well, 0002 then pays 200 and 0001 the other 300.
    const two = agreementOf([1, 1, 8], { '0002': { cap: '200.00' }, '0003': { cap: '500' } });
    const split = splitCost(two, '1000.00');
    expect(split.parties.map((p) => p.amount)).toEqual(['300.00', '200.00', '500.00']);
    expect(split.reasons.find((r) => r.code === 'cost_key_limits')?.values).toEqual({
      limited: [
        { number: '0002', bound: 'cap', amount: '200.00' },
        { number: '0003', bound: 'cap', amount: '500.00' },
      ],
      rest: '300.00',
    });
  });

  it('a floor lowers the level, so a cap first crossed need not hold (never clamped too early)', () => {
    // 120 kr by 1 : 1 : 1, 0002 a floor of 90, 0003 a cap of 30. At an even 40 each, both
    // bounds are crossed; held at both, 0001 would get 0 — but at that level 0003 is below
    // its cap. The one level λ with λ + 90 + min(λ, 30) = 120 is λ = 15: 15, 90, 15.
    const a = agreementOf([1, 1, 1], { '0002': { floor: '90' }, '0003': { cap: '30.00' } });
    expect(amounts(a, '120.00')).toEqual(['15.00', '90.00', '15.00']);
  });

  it('a party of weight 0 pays its floor; floors and caps that cannot fit the amount are errors', () => {
    const a = agreementOf([0, 1, 3], { '0001': { floor: '10.00' } });
    expect(amounts(a, '110.00')).toEqual(['10.00', '25.00', '75.00']);
    // Only parties held at a bound are listed: a floor of 0 that holds nobody is not.
    const b = agreementOf([0, 1, 3, 0], { '0001': { floor: '10.00' }, '0004': { cap: '5' } });
    const split = splitCost(b, '110.01');
    expect(split.parties.map((p) => p.amount)).toEqual(['10.00', '25.00', '75.01', '0.00']);
    expect(split.reasons.find((r) => r.code === 'cost_key_limits')?.values).toEqual({
      limited: [{ number: '0001', bound: 'floor', amount: '10.00' }],
      rest: '100.01',
    });
    expect(split.reasons.at(-1)?.values).toMatchObject({ leftoverOre: 1 });
    const floors = agreementOf([1, 1], { '0001': { floor: '60' }, '0002': { floor: '50' } });
    expect(catchInputError(() => splitCost(floors, '100.00')).problems).toEqual([
      {
        path: 'amount',
        code: 'floors_exceed_amount',
        message:
          'the floors of the key of 2025-01-01 (§9) sum to 110.00 NOK, more than the amount of 100.00 NOK',
      },
    ]);
    const caps = agreementOf([1, 1], { '0001': { cap: '40' }, '0002': { cap: '50' } });
    expect(catchInputError(() => splitCost(caps, '100.00')).problems).toEqual([
      {
        path: 'amount',
        code: 'caps_below_amount',
        message:
          'the caps of the key of 2025-01-01 (§9) allow at most 90.00 NOK, less than the amount of 100.00 NOK',
      },
    ]);
    // Exactly the caps: every party at its cap.
    expect(amounts(caps, '90.00')).toEqual(['40.00', '50.00']);
    const crossed = agreementOf([1, 1], { '0001': { floor: '50', cap: '40' } });
    expect(catchInputError(() => splitCost(crossed, '100.00')).problems).toEqual([
      {
        path: 'costKeys',
        code: 'floor_above_cap',
        message:
          'the key of 2025-01-01 (§9) gives 0001 a floor of 50.00 NOK above its cap of 40.00 NOK',
      },
    ]);
  });
});

/**
 * The second method: the level λ by scanning every point where a party reaches
 * a bound (no halving), the exact parts clamp(λw, floor, cap), then largest
 * remainder among the free parties by a full sort.
 */
function oracle(
  total: bigint,
  rows: readonly { number: string; w: bigint; floor: bigint; cap: bigint | null }[],
): bigint[] {
  const clampedSum = (p: bigint, q: bigint) =>
    rows.reduce(
      (s, r) => {
        const x: [bigint, bigint] =
          r.w * p <= r.floor * q
            ? [r.floor * q, q]
            : r.cap !== null && r.w * p >= r.cap * q
              ? [r.cap * q, q]
              : [r.w * p, q];
        return [s[0] * x[1] + x[0] * s[1], s[1] * x[1]] as [bigint, bigint];
      },
      [0n, 1n] as [bigint, bigint],
    );
  const points: [bigint, bigint][] = [[0n, 1n]];
  for (const r of rows) {
    if (r.w === 0n) continue;
    points.push([r.floor, r.w]);
    if (r.cap !== null) points.push([r.cap, r.w]);
  }
  let best: [bigint, bigint] = [0n, 1n];
  for (const pt of points) {
    const [n, d] = clampedSum(pt[0], pt[1]);
    if (n <= total * d && pt[0] * best[1] >= best[0] * pt[1]) best = pt;
  }
  const [p, q] = best;
  const held = rows.map((r) =>
    r.w === 0n || r.w * p < r.floor * q
      ? r.floor
      : r.cap !== null && r.w * p >= r.cap * q
        ? r.cap
        : null,
  );
  const rest = total - held.reduce<bigint>((s, h) => s + (h ?? 0n), 0n);
  const free = rows.map((r, i) => ({ ...r, i })).filter((r) => held[r.i] === null);
  const W = free.reduce((s, r) => s + r.w, 0n);
  const out = held.map((h) => h ?? 0n);
  if (free.length === 0) return out;
  let left = rest;
  for (const r of free) {
    out[r.i] = (rest * r.w) / W;
    left -= out[r.i] as bigint;
  }
  const order = [...free].sort((a, b) => {
    const ra = (rest * a.w) % W;
    const rb = (rest * b.w) % W;
    if (ra !== rb) return ra > rb ? -1 : 1;
    if (a.w !== b.w) return a.w > b.w ? -1 : 1;
    return a.number < b.number ? -1 : 1;
  });
  for (const r of order.slice(0, Number(left))) out[r.i] = (out[r.i] as bigint) + 1n;
  return out;
}

describe('properties of floors and caps', () => {
  const rowsArb = fc
    .uniqueArray(
      fc.record({
        number: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        w: fc.bigInt({ min: 0n, max: 50n }),
        floor: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 3000n })),
        extra: fc.option(fc.bigInt({ min: 0n, max: 5000n })),
      }),
      { minLength: 1, maxLength: 10, selector: (r) => r.number },
    )
    .map((rows) =>
      rows.map(({ extra, ...r }) => ({ ...r, cap: extra === null ? null : r.floor + extra })),
    )
    .filter((rows) => rows.some((r) => r.w > 0n));
  const key = (
    rows: readonly { number: string; floor: bigint; cap: bigint | null }[],
  ): CostKey => ({
    kind: 'population',
    validFrom: '2025-01-01',
    clause: '§9',
    limits: Object.fromEntries(
      rows.map((r) => [
        r.number,
        { floor: nok(r.floor), ...(r.cap === null ? {} : { cap: nok(r.cap) }) },
      ]),
    ),
  });
  /** An amount between the floors and the caps. */
  const fitting = (
    rows: readonly { w: bigint; floor: bigint; cap: bigint | null }[],
    t: number,
  ) => {
    const lo = rows.reduce((s, r) => s + r.floor, 0n);
    const hi = rows.some((r) => r.w > 0n && r.cap === null)
      ? lo + 20_000n
      : rows.reduce((s, r) => s + (r.w === 0n ? r.floor : (r.cap as bigint)), 0n);
    return lo + ((hi - lo) * BigInt(t)) / 1000n;
  };

  it('sums exactly, every part within its bounds, equal to the second method, whatever the order', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 0, max: 1000 }), (rows, t) => {
        const total = fitting(rows, t);
        const keys = rows.map((r) => r.number);
        const { amounts: parts } = limitedSplit(
          total,
          rows.map((r) => r.w),
          keys,
          key(rows),
        );
        expect(parts.reduce((s, x) => s + x, 0n)).toBe(total);
        rows.forEach((r, i) => {
          expect(parts[i] as bigint).toBeGreaterThanOrEqual(r.floor);
          if (r.cap !== null) expect(parts[i] as bigint).toBeLessThanOrEqual(r.cap);
        });
        expect(parts).toEqual(oracle(total, rows));
        const reversed = [...rows].reverse();
        const back = limitedSplit(
          total,
          reversed.map((r) => r.w),
          reversed.map((r) => r.number),
          key(rows),
        ).amounts;
        expect([...back].reverse()).toEqual(parts);
      }),
      { numRuns: 300 },
    );
  });
});
