import { gcd } from '../internal/gcd.js';
import type { Agreement } from '../model/agreement.js';
import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError, type InputProblem } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { Municipality } from '../model/municipality.js';
import type { ServiceArea } from '../model/service-area.js';
import { memberOn, membersOnDay } from '../rules/membership.js';
import { citing, type Reason } from '../rules/reason.js';
import { validUntilUnder } from '../rules/validity.js';
import { keyInForce } from './cost-key-on.js';
import { toScaled } from './percent.js';
import { type Readings, readingIdsOf, readingOf } from './readings.js';

/** Someone who bears a part: a party, or a municipality outside the agreement in one service area. */
export interface Participant {
  readonly municipality: Municipality;
  readonly population?: number;
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

/** A note whose reading selects the key, the reading applied, and the others it offers. */
export interface KeyReading {
  readonly note: string;
  /** The note's first clause. */
  readonly clause: string;
  readonly reading: string;
  readonly chosen: boolean;
  readonly others: readonly string[];
}

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
): ShareBasis {
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
  const cite = citing(agreement.id);
  const listed = serviceAreaId === undefined ? null : findArea(agreement, serviceAreaId);
  const area = listed?.area ?? null;
  const reasons: Reason[] = [];
  if (area !== null) reasons.push(...areaStarted(agreement, area, day));
  const key = keyInForce(agreement, day, area?.id, readings);
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
      const pops = populations(members, keys, pathOf, key);
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
      reasons.push(
        key.kind === 'population'
          ? cite(key.clause, 'cost_key_population', {
              referenceDate: agreement.populationReferenceDate ?? null,
              totalPopulation: Number(totalWeight),
              parties: n,
              table: key.statedTable?.name ?? null,
              source,
            })
          : cite(key.clause, 'cost_key_per_inhabitant', {
              rate: key.ratePerInhabitant,
              totalPopulation: Number(totalWeight),
              parties: n,
              source,
              validUntil: key.validUntil ?? null,
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
      const pops = populations(members, keys, pathOf, key).values.map(BigInt);
      const total = sum(pops);
      if (total === 0n && byPopulation > 0n) throw zeroPopulation(n, day);
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
    members,
    keys,
    weights,
    totalWeight,
    readings: keyReadings,
    reasons,
  };
}

/** `3/4` as a percentage when it is one with at most six decimals (`75 %`), else as the fraction. */
function formatFraction(num: bigint, den: bigint): string {
  const scaled = num * 100_000_000n;
  if (scaled % den !== 0n) return `${num}/${den}`;
  const percent = String(scaled / den).padStart(7, '0');
  const text = `${percent.slice(0, -6)}.${percent.slice(-6)}`.replace(/\.?0+$/, '');
  return `${text} %`;
}

/**
 * The notes whose readings decide which key applies on the day in the key's
 * scope (the same service area, or the general keys): each with the reading
 * applied and the others it offers.
 */
function readingsOfKeys(
  agreement: Agreement,
  day: IsoDate,
  key: CostKey,
  readings: Readings | undefined,
): KeyReading[] {
  const out: KeyReading[] = [];
  for (const k of agreement.costKeys) {
    const r = k.reading;
    if (
      r === undefined ||
      k.serviceArea !== key.serviceArea ||
      k.validFrom > day ||
      out.some((o) => o.note === r.note)
    )
      continue;
    const note = agreement.interpretations?.find((n) => n.id === r.note);
    const reading = readingOf(agreement, readings, r.note);
    if (note === undefined || reading === undefined) continue;
    out.push({
      note: r.note,
      clause: note.clauses[0] as string,
      reading,
      chosen: readings !== undefined && Object.hasOwn(readings, r.note),
      others: readingIdsOf(note).filter((id) => id !== reading),
    });
  }
  return out;
}

/**
 * An area added later has no costs before it starts: a split before its
 * start (or, with the start unknown, before the day the agreement says it is
 * to be in place by) is an input error; after that day, a reason says the
 * start is unknown.
 */
function areaStarted(agreement: Agreement, area: ServiceArea, day: IsoDate): Reason[] {
  const start = area.start;
  if (start === undefined) return [];
  const known = start.date;
  const by = start.noLaterThan;
  if (known !== null ? day >= known : by !== undefined && day >= by) {
    return known !== null
      ? []
      : [
          citing(agreement.id)(start.clause, 'service_area_start_unknown', {
            area: area.name,
            noLaterThan: by as string,
          }),
        ];
  }
  throw new AgreementInputError(
    [
      {
        path: 'date',
        code: known !== null ? 'area_not_started' : 'area_start_unknown',
        message:
          known !== null
            ? `${area.name} starts on ${known} (${start.clause}); it has no costs on ${day}`
            : `when ${area.name} starts is not known (${start.clause}${
                by === undefined ? '' : `: to be in place by ${by}`
              }); a split on ${day} could charge for an area that did not yet exist`,
      },
    ],
    'Service area not started',
  );
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
): ShareBasis | null {
  return unlessInputError(() => shareBasis(agreement, date, serviceAreaId, readings));
}

/** The weights of a basis as exact bigints, whichever form it holds them in. */
export function weightsOf(basis: ShareBasis): readonly bigint[] {
  const { weights } = basis;
  return weights.kind === 'exact' ? weights.values : weights.values.map(BigInt);
}

/**
 * The members' populations, their sum and the largest, in one pass that
 * also writes each member's kommunenummer into `keys`. Every member must
 * have a population when the key uses them (whole numbers ≥ 0: checked by
 * parsing, or on entry).
 */
function populations(
  members: readonly Participant[],
  keys: string[],
  pathOf: (index: number) => string,
  key: CostKey,
): { values: number[]; total: number; largest: number } {
  const n = members.length;
  const values = new Array<number>(n);
  let total = 0;
  let largest = 0;
  const problems: InputProblem[] = [];
  for (let i = 0; i < n; i++) {
    const { municipality, population } = members[i] as Participant;
    keys[i] = municipality.number;
    if (population === undefined) {
      problems.push({
        path: pathOf(i),
        code: 'required',
        message: `is required: the cost key of ${key.validFrom} (${key.clause}) uses population`,
      });
      continue;
    }
    values[i] = population;
    total += population;
    if (population > largest) largest = population;
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Population missing');
  return { values, total, largest };
}

function sum(values: readonly bigint[]): bigint {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

function zeroPopulation(count: number, day: IsoDate): AgreementInputError {
  return new AgreementInputError(
    [
      {
        path: 'date',
        code: 'zero_total_population',
        message: `the ${count} participants on ${day} have a total population of 0`,
      },
    ],
    'Nothing to divide by',
  );
}

/** "40.07" (percent) → 4007/10000; "1/3" → 1/3. */
function parseShare(stated: string): readonly [bigint, bigint] {
  const slash = stated.indexOf('/');
  if (slash >= 0) return [BigInt(stated.slice(0, slash)), BigInt(stated.slice(slash + 1))];
  return [toScaled(stated, 6), 100_000_000n];
}

/** A service area whose participants the agreement lists, and its place among the areas. */
interface ListedArea {
  readonly area: ServiceArea;
  readonly index: number;
  readonly participants: readonly string[];
}

function findArea(agreement: Agreement, id: string): ListedArea {
  const areas = agreement.serviceAreas ?? [];
  const index = areas.findIndex((a) => a.id === id);
  const area = areas[index];
  if (area === undefined) {
    throw new AgreementInputError(
      [
        {
          path: 'serviceArea',
          code: 'unknown_service_area',
          message: `${agreement.id} has no service area "${id}"${areas.length === 0 ? '' : ` (its areas: ${areas.map((a) => a.id).join(', ')})`}`,
        },
      ],
      'Unknown service area',
    );
  }
  const { participants } = area;
  if (participants === null) {
    throw new AgreementInputError(
      [
        {
          path: 'serviceArea',
          code: 'participants_not_listed',
          message: `the agreement does not list the participants of ${area.name} (${area.clause})`,
        },
      ],
      'Participants not listed',
    );
  }
  return { area, index, participants };
}

/** The participants on a day, with the path of each one's population for error messages. */
function participantsOn(
  agreement: Agreement,
  day: IsoDate,
  listed: ListedArea | null,
): { members: readonly Participant[]; pathOf: (index: number) => string } {
  if (listed === null) {
    const members = membersOnDay(agreement, day);
    // Paths are only needed for an error message, so they are found only then.
    return {
      members,
      pathOf: (i) =>
        `parties[${agreement.parties.indexOf(members[i] as (typeof members)[number])}].population`,
    };
  }
  const { area, index } = listed;
  const named = new Set(listed.participants);
  const members: Participant[] = [];
  const paths: string[] = [];
  agreement.parties.forEach((party, i) => {
    if (named.has(party.municipality.number) && memberOn(party, day)) {
      members.push(party);
      paths.push(`parties[${i}].population`);
    }
  });
  (area.otherParticipants ?? []).forEach((other, k) => {
    members.push(other);
    paths.push(`serviceAreas[${index}].otherParticipants[${k}].population`);
  });
  if (members.length === 0) {
    throw new AgreementInputError(
      [
        {
          path: 'date',
          code: 'no_members',
          message: `no participant of ${area.name} is a member on ${day}`,
        },
      ],
      'No participants on that date',
    );
  }
  return { members, pathOf: (i) => paths[i] as string };
}

/** Shares and costs exist only while the agreement applies. */
function assertInForce(agreement: Agreement, date: IsoDate, validUntil: IsoDate | undefined): void {
  const { validFrom } = agreement;
  const message =
    date < validFrom
      ? `is before ${agreement.id} applies (from ${validFrom})`
      : validUntil !== undefined && date > validUntil
        ? `is after ${agreement.id} ends (it applies until ${validUntil})`
        : null;
  if (message !== null) {
    throw new AgreementInputError(
      [{ path: 'date', code: 'outside_validity', message: `${date} ${message}` }],
      'Date outside the agreement',
    );
  }
}
