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
      ]);
    },
    (scope, i, first) => ({
      path: `costKeys[${i}].validFrom`,
      code: 'duplicate_cost_key',
      message: `another cost key (costKeys[${first}]) also applies from ${JSON.parse(scope)[0]}${
        field(costKeys[i], 'serviceArea') === undefined
          ? ''
          : ` for ${field(costKeys[i], 'serviceArea')}`
      }`,
    }),
    problems,
  );
  const areaIds = new Set(areas.map((area) => field(area, 'id')));
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
    const shares = field(key, 'shares');
    if (field(key, 'kind') === 'stated-shares' && isRecord(shares)) {
      // A key for an area may also state shares for the area's participants outside the agreement.
      const others = new Set(
        list(
          field(
            areas.find((a) => field(a, 'id') === area),
            'otherParticipants',
          ),
        ).map((o) => field(o, 'municipality', 'number')),
      );
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
