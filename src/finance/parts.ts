import { addFraction, gcd } from '../internal/gcd.js';
import type { Agreement } from '../model/agreement.js';
import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import { citing, type Reason } from '../rules/reason.js';
import type { Participant } from './participants.js';
import { formatScaled, toScaled } from './percent.js';
import type { Quantities } from './quantities.js';
import {
  formatFraction,
  parseShare,
  populationDateValues,
  populations,
  sum,
  zeroPopulation,
} from './share-weights.js';

/** A cost key made of parts. */
export type PartsKey = Extract<CostKey, { kind: 'parts' }>;

/**
 * The key as one of its parts reads population figures: with the part's own
 * `populationDate` in place of the key's, when the part names one.
 */
export function keyOfPart(key: PartsKey, part: PartsKey['parts'][number]): PartsKey {
  return part.populationDate === undefined ? key : { ...key, populationDate: part.populationDate };
}

/** One part's basis: each member's whole-number weight and their sum, and the figures to cite. */
interface PartWeights {
  readonly values: readonly bigint[];
  readonly total: bigint;
  readonly totalText: string | null;
  readonly figures: readonly { readonly number: string; readonly value: string }[] | null;
  readonly name: string | null;
  readonly unit: string | null;
  readonly period: { readonly from: string; readonly to: string } | null;
}

/** The sum of the parts' shares as a reduced fraction. */
export function sumOfShares(shares: readonly string[]): readonly [bigint, bigint] {
  let num = 0n;
  let den = 1n;
  for (const share of shares) {
    const [n, d] = parseShare(share);
    [num, den] = addFraction([num, den], [n, d]);
  }
  return [num, den];
}

/**
 * The members' weights under a key made of parts, as exact whole numbers:
 * each member's weight is Σ share × (its figure / the part's total) over
 * the parts, on one common denominator, so that the amount is apportioned
 * once (never rounded per part). The weights sum to that denominator, for
 * the shares sum to the whole (checked here too: a plain agreement is not
 * parsed). Every missing figure is one problem in one error.
 */
export function partsWeights(
  agreement: Agreement,
  key: PartsKey,
  members: readonly Participant[],
  keys: string[],
  pathOf: (index: number) => string,
  day: IsoDate,
  quantities: Quantities | undefined,
): { values: bigint[]; total: bigint; reasons: Reason[] } {
  const n = members.length;
  for (let i = 0; i < n; i++) keys[i] = (members[i] as Participant).municipality.number;
  const [sumNum, sumDen] = sumOfShares(key.parts.map((p) => p.share));
  if (sumNum !== sumDen) {
    throw new AgreementInputError(
      [
        {
          path: 'costKeys',
          code: 'parts_not_whole',
          message: `the parts of the key of ${key.validFrom} (${key.clause}) sum to ${formatFraction(sumNum, sumDen)}, not the whole (100 %)`,
        },
      ],
      'Cost key does not add up',
    );
  }
  const problems: InputProblem[] = [];
  const bases = key.parts.map((part, p) =>
    basisWeights(agreement, key, part.basis, p, members, keys, pathOf, day, quantities, problems),
  );
  if (problems.length > 0) throw new AgreementInputError(problems, 'Figures missing');
  const shares = key.parts.map((part) => parseShare(part.share));
  // The common denominator of every share × (figure / total) with a share above 0.
  let common = 1n;
  shares.forEach(([num, den], p) => {
    const { total } = bases[p] as PartWeights;
    if (num === 0n) return;
    const d = den * total;
    common = (common / gcd(common, d)) * d;
  });
  const values = new Array<bigint>(n).fill(0n);
  shares.forEach(([num, den], p) => {
    const { values: w, total } = bases[p] as PartWeights;
    if (num === 0n) return;
    const factor = (num * common) / (den * total);
    for (let i = 0; i < n; i++) values[i] = (values[i] as bigint) + factor * (w[i] as bigint);
  });
  const cite = citing(agreement.id);
  const source = key.source ?? null;
  const reasons: Reason[] = [
    cite(key.clause, 'cost_key_parts', { parts: key.parts.length, parties: n, source }),
  ];
  key.parts.forEach((part, p) => {
    const basis = bases[p] as PartWeights;
    // The date this part read its figures on: its own, or the key's.
    const populationDate = populationDateValues(agreement, keyOfPart(key, part), day);
    reasons.push(
      cite(part.clause ?? key.clause, 'cost_key_part', {
        share: part.share,
        basis: part.basis.kind,
        measure: part.basis.kind === 'measured' ? part.basis.measure : null,
        name: basis.name,
        unit: basis.unit,
        period: basis.period,
        parties: n,
        total: basis.totalText,
        figures: basis.figures,
        ...(part.basis.kind === 'population' && populationDate !== undefined
          ? { populationDate }
          : {}),
      }),
    );
  });
  return { values, total: sum(values), reasons };
}

/** One part's weights on its basis, or zeros with the problems added. */
function basisWeights(
  agreement: Agreement,
  key: PartsKey,
  basis: PartsKey['parts'][number]['basis'],
  p: number,
  members: readonly Participant[],
  keys: string[],
  pathOf: (index: number) => string,
  day: IsoDate,
  quantities: Quantities | undefined,
  problems: InputProblem[],
): PartWeights {
  const n = members.length;
  const zeros = new Array<bigint>(n).fill(0n);
  const none = {
    values: zeros,
    total: 1n,
    totalText: null,
    figures: null,
    name: null,
    unit: null,
    period: null,
  };
  const [shareNum] = parseShare((key.parts[p] as PartsKey['parts'][number]).share);
  switch (basis.kind) {
    case 'equal':
      return { ...none, values: zeros.map(() => 1n), total: BigInt(n) };
    case 'population': {
      const part = key.parts[p] as PartsKey['parts'][number];
      const pops = populations(members, keys, pathOf, keyOfPart(key, part), agreement, day);
      const total = BigInt(pops.total);
      if (total === 0n && shareNum > 0n) throw zeroPopulation(n, day);
      return {
        ...none,
        values: pops.values.map(BigInt),
        total: total === 0n ? 1n : total,
        totalText: String(pops.total),
      };
    }
    case 'stated-shares': {
      const fractions = members.map((m) => {
        const number = m.municipality.number;
        const stated = Object.hasOwn(basis.shares, number) ? basis.shares[number] : undefined;
        if (stated !== undefined) return parseShare(stated);
        problems.push({
          path: 'costKeys',
          code: 'no_stated_share',
          message: `part ${p + 1} of the key of ${key.validFrom} (${key.clause}) states no share for ${number} ${m.municipality.name}`,
        });
        return [0n, 1n] as const;
      });
      const common = fractions.reduce((l, [, den]) => (l / gcd(l, den)) * den, 1n);
      const values = fractions.map(([num, den]) => num * (common / den));
      const total = sum(values);
      if (problems.length === 0 && total !== common && basis.scaleToWhole !== true) {
        const divisor = gcd(total, common);
        problems.push({
          path: 'costKeys',
          code: 'shares_not_whole',
          message: `the shares part ${p + 1} of the key of ${key.validFrom} (${key.clause}) states for the ${n} participants on ${day} sum to ${formatFraction(total / divisor, common / divisor)}, not the whole; the part does not say to scale them (scaleToWhole)`,
        });
      }
      return {
        ...none,
        values,
        total: total === 0n ? 1n : total,
        figures: members.map((m) => ({
          number: m.municipality.number,
          value: basis.shares[m.municipality.number] ?? '0',
        })),
      };
    }
    case 'measured': {
      const measure = (agreement.measures ?? []).find((m) => m.id === basis.measure);
      if (measure === undefined) {
        problems.push({
          path: 'costKeys',
          code: 'unknown_measure',
          message: `part ${p + 1} of the key of ${key.validFrom} (${key.clause}) names measure "${basis.measure}", which the agreement does not declare`,
        });
        return none;
      }
      const given =
        quantities !== undefined && Object.hasOwn(quantities, measure.id)
          ? quantities[measure.id]
          : undefined;
      if (given === undefined) {
        problems.push({
          path: formatPath(['quantities', measure.id]),
          code: 'required',
          message: `is required: part ${p + 1} of the key of ${key.validFrom} (${key.clause}) is split by ${measure.name} (${measure.unit}, ${measure.clause})`,
        });
        return none;
      }
      const values = members.map((m) => {
        const number = m.municipality.number;
        const value = Object.hasOwn(given.values, number) ? given.values[number] : undefined;
        if (value !== undefined) return toScaled(value, 6);
        problems.push({
          path: formatPath(['quantities', measure.id, 'values', number]),
          code: 'required',
          message: `is required: ${measure.name} (${measure.unit}) for ${number} ${m.municipality.name}, a participant on ${day}`,
        });
        return 0n;
      });
      const total = sum(values);
      if (total === 0n && problems.length === 0 && shareNum > 0n) {
        problems.push({
          path: formatPath(['quantities', measure.id, 'values']),
          code: 'zero_total_quantity',
          message: `the ${n} participants on ${day} have a total ${measure.name} (${measure.unit}) of 0: nothing to divide part ${p + 1} by`,
        });
      }
      return {
        values,
        total: total === 0n ? 1n : total,
        totalText: trimDecimal(formatScaled(total, 6)),
        figures: members.map((m, i) => ({
          number: m.municipality.number,
          value: trimDecimal(formatScaled(values[i] as bigint, 6)),
        })),
        name: measure.name,
        unit: measure.unit,
        period: given.period ?? null,
      };
    }
  }
}

/** "1234.500000" → "1234.5"; "7.000000" → "7". */
function trimDecimal(text: string): string {
  return text.replace(/\.?0+$/, '');
}
