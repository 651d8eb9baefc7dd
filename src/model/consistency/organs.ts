import type { InputProblem } from '../errors.js';
import { IdSchema } from '../organ.js';
import { field, firstListings, type Json, list } from './raw.js';
import { keysOf, type NoteOffering } from './readings.js';

/**
 * Organs with unique ids, matter ids unique within an organ, and the
 * interpretation notes their parts name (a matter's rule and the
 * candidate's protection, abstention, the chair's stand-in, preparation)
 * with the readings those notes offer.
 */
export function organProblems(input: Json, offering: NoteOffering): InputProblem[] {
  const problems: InputProblem[] = [];
  const organs = list(input['organs']);
  firstListings(
    organs,
    (organ) => field(organ, 'id'),
    (id, i, first) => ({
      path: `organs[${i}].id`,
      code: 'duplicate_organ',
      message: `duplicate organ ${id}: already listed as organs[${first}]`,
    }),
    problems,
  );
  organs.forEach((organ, i) => {
    const at = `organs[${i}]`;
    const matters = list(field(organ, 'matters'));
    firstListings(
      matters,
      (matter) => field(matter, 'id'),
      (id, j, first) => ({
        path: `${at}.matters[${j}].id`,
        code: 'duplicate_matter',
        message: `duplicate matter ${id}: already listed as ${at}.matters[${first}]`,
      }),
      problems,
    );
    matters.forEach((matter, j) => {
      problems.push(
        ...offering(
          field(matter, 'reading', 'note'),
          keysOf(field(matter, 'reading', 'rules')),
          `${at}.matters[${j}].reading`,
        ),
        ...offering(
          field(matter, 'candidateProtected', 'note'),
          keysOf(field(matter, 'candidateProtected', 'opposition')),
          `${at}.matters[${j}].candidateProtected`,
        ),
      );
    });
    problems.push(
      ...offering(
        field(organ, 'abstention', 'note'),
        keysOf(field(organ, 'abstention', 'allowedByReading')),
        `${at}.abstention`,
      ),
      ...offering(
        field(organ, 'chair', 'standIn', 'note'),
        keysOf(field(organ, 'chair', 'standIn', 'castingVote')),
        `${at}.chair.standIn`,
      ),
      ...offering(
        field(organ, 'preparedBy', 'note'),
        keysOf(field(organ, 'preparedBy', 'voidByReading')),
        `${at}.preparedBy`,
      ),
    );
  });
  return problems;
}

/**
 * The body and matter that decide admission, amendment or dissolution must
 * exist; checked only when every id they could name is well formed.
 */
export function lifecycleBodyProblems(input: Json): InputProblem[] {
  const problems: InputProblem[] = [];
  const organs = list(input['organs']);
  const isId = (value: unknown) => IdSchema.safeParse(value).success;
  // Each body's matter ids, or null if its matters are not a list of well-formed ids.
  const mattersOf = new Map<unknown, readonly unknown[] | null>();
  for (const organ of organs) {
    // A duplicate organ is reported elsewhere; its first listing is the one meant.
    const id = field(organ, 'id');
    const matters = field(organ, 'matters');
    const ids = Array.isArray(matters) ? matters.map((m) => field(m, 'id')) : null;
    if (!mattersOf.has(id)) mattersOf.set(id, ids?.every(isId) ? ids : null);
  }
  const organsWellFormed =
    (input['organs'] === undefined || Array.isArray(input['organs'])) &&
    organs.every((organ) => isId(field(organ, 'id')));
  for (const part of ['admission', 'amendment', 'dissolution']) {
    const at = `lifecycle.${part}`;
    const organ = field(input['lifecycle'], part, 'organ');
    const matter = field(input['lifecycle'], part, 'matter');
    if (!isId(organ) || !organsWellFormed) continue;
    const matters = mattersOf.get(organ);
    if (matters === undefined) {
      problems.push({
        path: `${at}.organ`,
        code: 'unknown_organ',
        message: `names body "${organ}", which is not among the agreement's organs`,
      });
    } else if (isId(matter) && matters !== null && !matters.includes(matter)) {
      problems.push({
        path: `${at}.matter`,
        code: 'unknown_matter',
        message: `names matter "${matter}", which is not among the matters of "${organ}"`,
      });
    }
  }
  return problems;
}
