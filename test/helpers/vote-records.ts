import type { Vote, VoteRecord } from '../../src/rules/vote-record.js';

/** A record from a compact spec: seat → 'F' for, 'A' against, 'X' abstain, '-' absent. */
export function record(spec: string, presiding = 0): VoteRecord {
  const seats = [...spec].map((_, i) => `s${i}`);
  const codes = { F: 'for', A: 'against', X: 'abstain' } as const;
  const attending = new Map<string, 'member'>();
  const votes = new Map<string, Vote>();
  [...spec].forEach((c, i) => {
    if (c === '-') return;
    attending.set(`s${i}`, 'member');
    votes.set(`s${i}`, codes[c as 'F' | 'A' | 'X']);
  });
  return { seats, attending, votes, presiding: `s${presiding}` };
}

/** A record from a compact spec with a weight for each seat, in its order (stated units). */
export function weighted(spec: string, units: readonly number[], presiding = 0): VoteRecord {
  const base = record(spec, presiding);
  const table = new Map(base.seats.map((seat, i) => [seat, units[i] ?? 0]));
  const total = units.reduce((s, u) => s + u, 0);
  return { ...base, weights: { by: 'stated', units: table, total } };
}
