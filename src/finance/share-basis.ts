import { gcd } from '../internal/gcd.js';
import type { Agreement } from '../model/agreement.js';
import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError, type InputProblem } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { ServiceArea } from '../model/service-area.js';
import { citing, type Reason } from '../rules/reason.js';
import { validUntilUnder } from '../rules/validity.js';
import { keyInForce } from './cost-key-on.js';
import { type KeyReading, readingsOfKeys } from './key-readings.js';
import {
  areaStarted,
  assertInForce,
  findArea,
  type Participant,
  participantsOn,
} from './participants.js';
import { keyOfPart, partsWeights } from './parts.js';
import { toScaled } from './percent.js';
import type { Quantities } from './quantities.js';
import { type Readings, readingOf } from './readings.js';
import {
  formatFraction,
  parseShare,
  populationDateOf,
  populationDateValues,
  populations,
  sum,
  zeroPopulation,
} from './share-weights.js';

export type { KeyReading } from './key-readings.js';
export type { Participant } from './participants.js';

/** What a split may add to a basis: the cost pool, and measured quantities for a key with a measured part. */
export interface BasisOptions {
  readonly pool?: string | undefined;
  readonly quantities?: Quantities | undefined;
}

/** What every share and split on a date rests on: the participants, their weights, and why. */
export interface ShareBasis {
  readonly date: IsoDate;
  /** The cost key in force on `date` (for the service area, if one is asked for). */
  readonly key: CostKey;
  readonly serviceArea: ServiceArea | null;
  readonly members: readonly Participant[];
  /** The members' kommunenummer, in the same order. */
  readonly keys: readonly string[];
  /** The members' weights under the key, in the same order; {@link weightsOf} gives them as bigints. */
  readonly weights: Weights;
  /** The sum of the weights. */
  readonly totalWeight: bigint;
  /** The interpretation notes whose readings decide which key applies here, and the reading applied. */
  readonly readings: readonly KeyReading[];
  readonly reasons: readonly Reason[];
}

/**
 * The members' weights under a key: ordinary numbers (`safe`) when the key
 * weighs by population (the weights are then the populations themselves)
 * and they sum to at most 2^53 − 1, with their `total` and the `largest`,
 * which lets a split skip bigint arithmetic; bigints (`exact`) otherwise.
 */
export type Weights =
  | {
      readonly kind: 'safe';
      readonly values: readonly number[];
      readonly total: number;
      readonly largest: number;
    }
  | { readonly kind: 'exact'; readonly values: readonly bigint[] };

/**
 * The participants on `date` and their weights under the cost key in force
 * then, for the whole agreement or one service area. Internal: shared by
 * {@link ownershipShares}, {@link splitCost} and {@link settle}, which check
 * the agreement, the date and the readings on entry (or work the date out
 * themselves): they are trusted here. The service area is looked up here.
 */
export function shareBasis(
  agreement: Agreement,
  date: IsoDate | undefined,
  serviceAreaId?: string,
  readings?: Readings,
  more: BasisOptions = {},
): ShareBasis {
  const day = dayInForce(agreement, date, readings);
  const cite = citing(agreement.id);
  const listed = serviceAreaId === undefined ? null : findArea(agreement, serviceAreaId);
  const area = listed?.area ?? null;
  const reasons: Reason[] = [];
  if (area !== null) reasons.push(...areaStarted(agreement, area, day));
  const key = keyInForce(agreement, day, area?.id, readings, more.pool);
  const { members, pathOf } = participantsOn(agreement, day, listed);
  const n = members.length;
  reasons.unshift(
    area === null
      ? cite(agreement.partiesClause ?? key.clause, 'parties_active', {
          date: day,
          count: members.length,
        })
      : cite(area.clause, 'service_area', {
          area: area.name,
          participants: members.map((m) => `${m.municipality.number} ${m.municipality.name}`),
        }),
  );
  if (area?.ownAgreementClause !== undefined) {
    reasons.push(cite(area.ownAgreementClause, 'service_area_own_agreement', { area: area.name }));
  }
  const keyReadings = readingsOfKeys(agreement, day, key, readings);
  for (const r of keyReadings) {
    reasons.push(
      cite(r.clause, 'reading_applied', { note: r.note, reading: r.reading, chosen: r.chosen }),
    );
  }
  const source = key.source ?? null;
  // The members' kommunenummer, and for a key by population their
  // populations, in one pass. Populations that sum exactly as numbers stay
  // numbers (safe); weightsOf makes bigints of them only for the callers
  // that need bigints.
  const keys = new Array<string>(n);
  let weights: Weights;
  let totalWeight: bigint;
  switch (key.kind) {
    case 'population':
    case 'per-inhabitant': {
      const pops = populations(members, keys, pathOf, key, agreement, day);
      // Exact up to 2^53 − 1, which parsed data cannot exceed (10 000 parties
      // of at most 10^8); a typed agreement could, and then sums in bigint.
      if (pops.total <= Number.MAX_SAFE_INTEGER) {
        weights = { kind: 'safe', values: pops.values, total: pops.total, largest: pops.largest };
        totalWeight = BigInt(pops.total);
      } else {
        const exact = pops.values.map(BigInt);
        weights = { kind: 'exact', values: exact };
        totalWeight = sum(exact);
      }
      if (totalWeight === 0n) throw zeroPopulation(n, day);
      const populationDate = populationDateValues(agreement, key, day);
      const dated = populationDate === undefined ? {} : { populationDate };
      reasons.push(
        key.kind === 'population'
          ? cite(key.clause, 'cost_key_population', {
              referenceDate: populationDateOf(agreement, key, day).date,
              totalPopulation: Number(totalWeight),
              parties: n,
              table: key.statedTable?.name ?? null,
              source,
              ...dated,
            })
          : cite(key.clause, 'cost_key_per_inhabitant', {
              rate: key.ratePerInhabitant,
              totalPopulation: Number(totalWeight),
              parties: n,
              source,
              validUntil: key.validUntil ?? null,
              ...dated,
            }),
      );
      break;
    }
    case 'fixed-and-population': {
      const fixed = toScaled(key.fixedPercent, 4);
      const byPopulation = toScaled(key.populationPercent, 4);
      if (fixed + byPopulation !== 1_000_000n) {
        // Never rescaled: parts that do not make up the whole are an error in the key.
        throw new AgreementInputError(
          [
            {
              path: 'costKeys',
              code: 'parts_not_100',
              message: `the key of ${key.validFrom} (${key.clause}) has parts of ${key.fixedPercent} % and ${key.populationPercent} %, which do not sum to 100 %`,
            },
          ],
          'Cost key does not add up',
        );
      }
      const pops = populations(members, keys, pathOf, key, agreement, day).values.map(BigInt);
      const total = sum(pops);
      if (total === 0n && byPopulation > 0n) throw zeroPopulation(n, day);
      const populationDate = populationDateValues(agreement, key, day);
      const count = BigInt(n);
      // fixed/n + byPopulation·pop/T, on the common denominator n·T
      const exact = pops.map(
        (pop) => fixed * (total === 0n ? 1n : total) + byPopulation * count * pop,
      );
      weights = { kind: 'exact', values: exact };
      totalWeight = sum(exact);
      reasons.push(
        cite(key.clause, 'cost_key_fixed_and_population', {
          fixedPercent: key.fixedPercent,
          populationPercent: key.populationPercent,
          parties: members.length,
          totalPopulation: Number(total),
          source,
          ...(populationDate === undefined ? {} : { populationDate }),
        }),
      );
      break;
    }
    case 'stated-shares': {
      for (let i = 0; i < n; i++) keys[i] = (members[i] as Participant).municipality.number;
      const problems: InputProblem[] = [];
      const fractions = members.map((m) => {
        const stated = Object.hasOwn(key.shares, m.municipality.number)
          ? key.shares[m.municipality.number]
          : undefined;
        if (stated === undefined) {
          problems.push({
            path: 'costKeys',
            code: 'no_stated_share',
            message: `the key of ${key.validFrom} (${key.clause}) states no share for ${m.municipality.number} ${m.municipality.name}`,
          });
          return [0n, 1n] as const;
        }
        return parseShare(stated);
      });
      if (problems.length > 0) throw new AgreementInputError(problems, 'Share missing');
      const common = fractions.reduce((l, [, den]) => (l / gcd(l, den)) * den, 1n);
      const exact = fractions.map(([num, den]) => num * (common / den));
      weights = { kind: 'exact', values: exact };
      totalWeight = sum(exact);
      // The members' stated shares must make up the whole (common / common),
      // unless the agreement says to scale them: never rescaled silently.
      const scaled = totalWeight !== common;
      if (scaled && key.scaleToWhole !== true) {
        const divisor = gcd(totalWeight, common);
        throw new AgreementInputError(
          [
            {
              path: 'costKeys',
              code: 'shares_not_whole',
              message: `the shares the key of ${key.validFrom} (${key.clause}) states for the ${members.length} participants on ${day} sum to ${formatFraction(totalWeight / divisor, common / divisor)}, not the whole; the agreement does not say to scale them (scaleToWhole)`,
            },
          ],
          'Shares do not add up',
        );
      }
      reasons.push(
        cite(key.clause, 'cost_key_stated_shares', { parties: members.length, source, scaled }),
      );
      break;
    }
    case 'parts': {
      const parts = partsWeights(agreement, key, members, keys, pathOf, day, more.quantities);
      weights = { kind: 'exact', values: parts.values };
      totalWeight = parts.total;
      reasons.push(...parts.reasons);
      break;
    }
  }
  if (totalWeight === 0n) {
    throw new AgreementInputError(
      [
        {
          path: 'costKeys',
          code: 'zero_total_weight',
          message: `the key of ${key.validFrom} gives every participant 0`,
        },
      ],
      'Nothing to divide by',
    );
  }
  return {
    date: day,
    key,
    serviceArea: area,
    members: withFiguresRead(agreement, key, day, members, pathOf),
    keys,
    weights,
    totalWeight,
    readings: keyReadings,
    reasons,
  };
}

/**
 * The members as a key that names the date of its population figures
 * (`populationDate`, or a part's own) reads them: each with `population` the
 * figure of that date, so that a split or a table shows the figure used.
 * Parts by population that read different dates show no one figure (each
 * part's reason cites its own date and total). The members themselves under
 * any other key.
 */
function withFiguresRead(
  agreement: Agreement,
  key: CostKey,
  day: IsoDate,
  members: readonly Participant[],
  pathOf: (index: number) => string,
): readonly Participant[] {
  // The key as each of its uses of population reads it.
  const reads =
    key.kind === 'parts'
      ? key.parts
          .filter((part) => part.basis.kind === 'population')
          .map((part) => keyOfPart(key, part))
      : [key];
  const named = reads.find((read) => 'populationDate' in read && read.populationDate !== undefined);
  if (named === undefined) return members;
  const date = populationDateOf(agreement, named, day).date;
  if (reads.some((read) => populationDateOf(agreement, read, day).date !== date)) {
    return members.map((m) => ({ municipality: m.municipality }));
  }
  const { values } = populations(
    members,
    new Array<string>(members.length),
    pathOf,
    named,
    agreement,
    day,
  );
  return members.map((m, i) => ({ municipality: m.municipality, population: values[i] as number }));
}

/**
 * The day asked for (or the agreement's first day), which must be within the
 * agreement's validity under the readings; an input error otherwise.
 */
export function dayInForce(
  agreement: Agreement,
  date: IsoDate | undefined,
  readings: Readings | undefined,
): IsoDate {
  const day = date ?? agreement.validFrom;
  const endNote = agreement.validUntilByReading?.note;
  assertInForce(
    agreement,
    day,
    validUntilUnder(
      agreement,
      endNote === undefined ? undefined : readingOf(agreement, readings, endNote),
    ),
  );
  return day;
}

/**
 * The result of `run`, or `null` when it has no answer for this input (an
 * {@link AgreementInputError}, such as no key on the day under another
 * reading). Any other error is a fault, and is thrown on.
 */
export function unlessInputError<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof AgreementInputError) return null;
    throw error;
  }
}

/** {@link shareBasis} under other readings, or `null` when no share can be worked out under them. */
export function basisUnder(
  agreement: Agreement,
  date: IsoDate,
  serviceAreaId: string | undefined,
  readings: Readings,
  more: BasisOptions = {},
): ShareBasis | null {
  return unlessInputError(() => shareBasis(agreement, date, serviceAreaId, readings, more));
}

/** The weights of a basis as exact bigints, whichever form it holds them in. */
export function weightsOf(basis: ShareBasis): readonly bigint[] {
  const { weights } = basis;
  return weights.kind === 'exact' ? weights.values : weights.values.map(BigInt);
}
