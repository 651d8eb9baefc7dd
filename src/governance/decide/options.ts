import type { Agreement } from '../../model/agreement.js';
import { attempt } from '../../model/attempt.js';
import { AgreementInputError, formatPath, type InputProblem } from '../../model/errors.js';
import { type NormalMeeting, normalMeeting } from '../../model/meeting.js';
import type { Matter, Organ } from '../../model/organ.js';
import { parseRegions } from '../../model/parse-regions.js';
import type { Region } from '../../model/region.js';
import type { DecideOptions } from './types.js';

/** The options of {@link decide}, checked: the meeting in its one form. */
export interface CheckedOptions {
  readonly organ: string;
  readonly matter: string;
  readonly meeting: NormalMeeting;
  readonly regions?: readonly Region[];
  readonly readings?: Readonly<Record<string, string>>;
}

/** The options of {@link decide} as a plain JavaScript caller may give them: checked once, on entry. */
export function checkOptions(options: DecideOptions): CheckedOptions {
  const given: unknown = options;
  if (given === null || typeof given !== 'object') {
    throw new AgreementInputError(
      [{ path: '', code: 'invalid_options', message: 'must be an object of options' }],
      'Invalid options',
    );
  }
  const problems: InputProblem[] = [];
  const field = (name: string): unknown => (given as Record<string, unknown>)[name];
  for (const name of ['organ', 'matter'] as const) {
    if (typeof field(name) !== 'string') {
      problems.push({ path: name, code: 'invalid_type', message: 'must be an id (text)' });
    }
  }
  const readings = field('readings');
  if (readings !== undefined) {
    if (readings === null || typeof readings !== 'object' || Array.isArray(readings)) {
      problems.push({
        path: 'readings',
        code: 'invalid_type',
        message: 'must map interpretation note ids to reading ids',
      });
    } else {
      for (const [note, reading] of Object.entries(readings)) {
        if (typeof reading !== 'string') {
          problems.push({
            path: formatPath(['readings', note]),
            code: 'invalid_type',
            message: 'must be a reading id (text)',
          });
        }
      }
    }
  }
  const regions = field('regions');
  let checkedRegions: readonly Region[] | undefined;
  if (Array.isArray(regions) && regions.length === 0) {
    checkedRegions = []; // no division given: decide reports it for a body with a seat per region
  } else if (regions !== undefined) {
    const result = attempt('regions', () => parseRegions(regions));
    if ('problems' in result) problems.push(...result.problems);
    else checkedRegions = result.value;
  }
  const meeting = attempt('meeting', () => normalMeeting(field('meeting')));
  if ('problems' in meeting) problems.push(...meeting.problems);
  if (problems.length > 0 || !('value' in meeting)) {
    const organ = field('organ');
    throw new AgreementInputError(
      problems,
      typeof organ === 'string' ? `Cannot decide in ${organ}` : 'Cannot decide',
    );
  }
  return {
    organ: options.organ,
    matter: options.matter,
    meeting: meeting.value,
    ...(checkedRegions === undefined ? {} : { regions: checkedRegions }),
    ...(readings === undefined ? {} : { readings: options.readings as Record<string, string> }),
  };
}

/** The body by id; an input error naming the bodies there are. */
export function findOrgan(agreement: Agreement, id: string): Organ {
  const organs = agreement.organs ?? [];
  const organ = organs.find((o) => o.id === id);
  if (organ !== undefined) return organ;
  throw new AgreementInputError(
    [
      {
        path: 'organ',
        code: 'unknown_organ',
        message: `${agreement.id} has no organ "${id}"${
          organs.length === 0 ? '' : ` (its organs: ${organs.map((o) => o.id).join(', ')})`
        }`,
      },
    ],
    'Unknown organ',
  );
}

/** The category of matter by id; an input error naming the body's matters. */
export function findMatter(organ: Organ, id: string): Matter {
  const matter = organ.matters.find((m) => m.id === id);
  if (matter !== undefined) return matter;
  throw new AgreementInputError(
    [
      {
        path: 'matter',
        code: 'unknown_matter',
        message:
          organ.matters.length === 0
            ? `the agreement states no decision rule for ${organ.id} (${organ.clause})`
            : `${organ.id} has no matter "${id}" (its matters: ${organ.matters.map((m) => m.id).join(', ')})`,
      },
    ],
    'Unknown matter',
  );
}
