import { addFraction } from '../../internal/gcd.js';
import { isIsoDate } from '../../internal/iso-date.js';
import { formatPath, type InputProblem } from '../errors.js';
import { field, firstListings, isRecord, type Json, list } from './raw.js';

const PERCENT = /^(?:100(?:\.0{1,4})?|\d{1,2}(?:\.\d{1,4})?)$/;

/** A percentage with at most four decimals in units of 10^-4 %: '40.5' → 405 000. */
function scaledPercent(percent: string): number {
  const [whole, fraction = ''] = percent.split('.');
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0'));
}

/**
 * The cost keys (fordelingsnøkler) against the rest of the agreement: no two
 * with the same scope and start, parties and service areas that exist,
 * parts that sum to 100 %, dates in order, interpretation readings offered.
 */
export function costKeyProblems(
  input: Json,
  partyNumbers: ReadonlyMap<string, number>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const costKeys = list(input['costKeys']);
  const areas = list(input['serviceAreas']);
  // A key is a duplicate of another only with the same scope (service area), start and reading.
  firstListings(
    costKeys,
    (key) => {
      const validFrom = field(key, 'validFrom');
      if (typeof validFrom !== 'string') return undefined;
      return JSON.stringify([
        validFrom,
        field(key, 'serviceArea') ?? null,
        field(key, 'reading', 'note') ?? null,
        field(key, 'reading', 'reading') ?? null,
        field(key, 'pool') ?? null,
      ]);
    },
    (scope, i, first) => ({
      path: `costKeys[${i}].validFrom`,
      code: 'duplicate_cost_key',
      message: `another cost key (costKeys[${first}]) also applies from ${JSON.parse(scope)[0]}${
        field(costKeys[i], 'serviceArea') === undefined
          ? ''
          : ` for ${field(costKeys[i], 'serviceArea')}`
      }${field(costKeys[i], 'pool') === undefined ? '' : ` in pool ${field(costKeys[i], 'pool')}`}`,
    }),
    problems,
  );
  const areaIds = new Set(areas.map((area) => field(area, 'id')));
  const measures = declared(input, 'measures', 'duplicate_measure', 'measure', problems);
  const pools = declared(input, 'costPools', 'duplicate_pool', 'cost pool', problems);
  const notes = list(input['interpretations']);
  costKeys.forEach((key, i) => {
    const percents = field(key, 'statedTable', 'percents');
    if (isRecord(percents)) {
      for (const number of Object.keys(percents)) {
        if (!partyNumbers.has(number)) {
          problems.push({
            path: formatPath(['costKeys', i, 'statedTable', 'percents', number]),
            code: 'unknown_party',
            message: `names ${number}, which is not among the parties`,
          });
        }
      }
    }
    const area = field(key, 'serviceArea');
    if (typeof area === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(area) && !areaIds.has(area)) {
      problems.push({
        path: `costKeys[${i}].serviceArea`,
        code: 'unknown_service_area',
        message: `names service area "${area}", which is not among the agreement's service areas`,
      });
    }
    // A key for an area may also state shares for the area's participants outside the agreement.
    const others = new Set(
      list(
        field(
          areas.find((a) => field(a, 'id') === area),
          'otherParticipants',
        ),
      ).map((o) => field(o, 'municipality', 'number')),
    );
    const shares = field(key, 'shares');
    if (field(key, 'kind') === 'stated-shares' && isRecord(shares)) {
      for (const number of Object.keys(shares)) {
        if (!partyNumbers.has(number) && !others.has(number)) {
          problems.push({
            path: formatPath(['costKeys', i, 'shares', number]),
            code: 'unknown_party',
            message: `states a share for ${number}, which is not among the parties${area === undefined ? '' : ` or the participants of ${area}`}`,
          });
        }
      }
    }
    const fixed = field(key, 'fixedPercent');
    const byPopulation = field(key, 'populationPercent');
    if (
      field(key, 'kind') === 'fixed-and-population' &&
      typeof fixed === 'string' &&
      typeof byPopulation === 'string' &&
      PERCENT.test(fixed) &&
      PERCENT.test(byPopulation) &&
      scaledPercent(fixed) + scaledPercent(byPopulation) !== 1_000_000
    ) {
      problems.push({
        path: `costKeys[${i}]`,
        code: 'parts_not_100',
        message: `has parts of ${fixed} % and ${byPopulation} %, which do not sum to 100 % (a key is never rescaled)`,
      });
    }
    problems.push(...partsProblems(key, i, partyNumbers, { area, others }, measures));
    const pool = field(key, 'pool');
    if (typeof pool === 'string' && !pools.has(pool)) {
      problems.push({
        path: `costKeys[${i}].pool`,
        code: 'unknown_pool',
        message: `names cost pool "${pool}", which is not among the agreement's costPools`,
      });
    }
    const limits = field(key, 'limits');
    if (isRecord(limits)) {
      for (const [number, limit] of Object.entries(limits)) {
        const at = ['costKeys', i, 'limits', number];
        if (!partyNumbers.has(number)) {
          problems.push({
            path: formatPath(at),
            code: 'unknown_party',
            message: `names ${number}, which is not among the parties`,
          });
        }
        const floor = field(limit, 'floor');
        const cap = field(limit, 'cap');
        if (
          typeof floor === 'string' &&
          typeof cap === 'string' &&
          NOK.test(floor) &&
          NOK.test(cap) &&
          ore(floor) > ore(cap)
        ) {
          problems.push({
            path: formatPath(at),
            code: 'floor_above_cap',
            message: `has a floor of ${floor} NOK above its cap of ${cap} NOK`,
          });
        }
      }
    }
    const validFrom = field(key, 'validFrom');
    const validUntil = field(key, 'validUntil');
    if (isIsoDate(validFrom) && isIsoDate(validUntil) && validUntil < validFrom) {
      problems.push({
        path: `costKeys[${i}].validUntil`,
        code: 'date_order',
        message: `ends (${validUntil}) before the key starts (validFrom ${validFrom})`,
      });
    }
    const noteId = field(key, 'reading', 'note');
    const readingId = field(key, 'reading', 'reading');
    if (typeof noteId === 'string' && typeof readingId === 'string') {
      const note = notes.find((n) => field(n, 'id') === noteId);
      const offered = [
        field(note, 'readingId'),
        ...list(field(note, 'alternatives')).map((a) => field(a, 'id')),
      ];
      if (note === undefined) {
        problems.push({
          path: `costKeys[${i}].reading.note`,
          code: 'unknown_note',
          message: `names interpretation note "${noteId}", which is not among the agreement's interpretations`,
        });
      } else if (!offered.includes(readingId)) {
        problems.push({
          path: `costKeys[${i}].reading.reading`,
          code: 'unknown_reading',
          message: `note "${noteId}" has no reading "${readingId}"`,
        });
      }
    }
  });
  return problems;
}

const NOK = /^\d{1,13}(?:\.\d{1,2})?$/;
const SHARE = /^(?:\d{1,3}(?:\.\d{1,6})?|\d{1,9}\/[1-9]\d{0,8})$/;

/** An amount in NOK as whole øre: '12.5' → 1250n. */
function ore(amount: string): bigint {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole as string) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** A share as a fraction: '40.5' → 405/1000 (unreduced), '1/3' → 1/3. */
function shareFraction(share: string): readonly [bigint, bigint] {
  const slash = share.indexOf('/');
  if (slash >= 0) return [BigInt(share.slice(0, slash)), BigInt(share.slice(slash + 1))];
  const [whole, fraction = ''] = share.split('.');
  return [BigInt(`${whole as string}${fraction}`), 100n * 10n ** BigInt(fraction.length)];
}

/** The ids a list of the agreement declares (measures, cost pools), each once. */
function declared(
  input: Json,
  name: string,
  code: string,
  what: string,
  problems: InputProblem[],
): Set<string> {
  return new Set(
    firstListings(
      list(input[name]),
      (item) => field(item, 'id'),
      (id, i, first) => ({
        path: `${name}[${i}].id`,
        code,
        message: `another ${what} (${name}[${first}]) has the id "${id}"`,
      }),
      problems,
    ).keys(),
  );
}

/**
 * A key made of parts: shares that sum to exactly the whole, measures the
 * agreement declares, stated shares for parties that exist (or the
 * participants outside the agreement of the key's service area), a date of
 * population figures only on a part by population.
 */
function partsProblems(
  key: unknown,
  i: number,
  partyNumbers: ReadonlyMap<string, number>,
  scope: { readonly area: unknown; readonly others: ReadonlySet<unknown> },
  measures: ReadonlySet<string>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  if (field(key, 'kind') !== 'parts') return problems;
  const parts = list(field(key, 'parts'));
  let num = 0n;
  let den = 1n;
  let all = parts.length > 0;
  parts.forEach((part, j) => {
    const at = ['costKeys', i, 'parts', j];
    const share = field(part, 'share');
    if (typeof share === 'string' && SHARE.test(share)) {
      const [n, d] = shareFraction(share);
      [num, den] = addFraction([num, den], [n, d]);
    } else all = false;
    const basisKind = field(part, 'basis', 'kind');
    if (
      field(part, 'populationDate') !== undefined &&
      typeof basisKind === 'string' &&
      basisKind !== 'population'
    ) {
      problems.push({
        path: formatPath([...at, 'populationDate']),
        code: 'population_date_not_by_population',
        message: `names the date of population figures, but the part is split by ${basisKind}, not by population`,
      });
    }
    const measure = field(part, 'basis', 'measure');
    if (
      field(part, 'basis', 'kind') === 'measured' &&
      typeof measure === 'string' &&
      !measures.has(measure)
    ) {
      problems.push({
        path: formatPath([...at, 'basis', 'measure']),
        code: 'unknown_measure',
        message: `names measure "${measure}", which is not among the agreement's measures`,
      });
    }
    const shares = field(part, 'basis', 'shares');
    if (isRecord(shares)) {
      for (const number of Object.keys(shares)) {
        if (!partyNumbers.has(number) && !scope.others.has(number)) {
          problems.push({
            path: formatPath([...at, 'basis', 'shares', number]),
            code: 'unknown_party',
            message: `states a share for ${number}, which is not among the parties${typeof scope.area === 'string' ? ` or the participants of ${scope.area}` : ''}`,
          });
        }
      }
    }
  });
  if (all && num !== den) {
    problems.push({
      path: `costKeys[${i}].parts`,
      code: 'parts_not_whole',
      message: `the parts sum to ${num}/${den}${
        (num * 10_000n) % den === 0n ? ` (${percentText((num * 10_000n) / den)} %)` : ''
      }, not the whole (100 %); a key is never rescaled`,
    });
  }
  return problems;
}

/** Hundredths of a percent as text: 9950n → "99.5", 10000n → "100". */
function percentText(hundredths: bigint): string {
  const text = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
  return text.replace(/\.?0+$/, '');
}
