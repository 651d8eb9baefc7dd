import type { InputProblem } from '../errors.js';
import { field, firstListings, isRecord, type Json, list } from './raw.js';

/**
 * The problems of a part that says something under each reading of an
 * interpretation note: the note exists, offers every reading named, and
 * every reading it offers is covered.
 */
export type NoteOffering = (
  note: unknown,
  offered: readonly string[],
  path: string,
) => InputProblem[];

/**
 * Interpretation notes with unique ids, and unique reading ids within each
 * (the chosen reading, then each alternative); returns the check of a part
 * that names a note and says something under its readings.
 */
export function interpretationProblems(input: Json, problems: InputProblem[]): NoteOffering {
  const notes = list(input['interpretations']);
  firstListings(
    notes,
    (note) => field(note, 'id'),
    (id, i, first) => ({
      path: `interpretations[${i}].id`,
      code: 'duplicate_note',
      message: `duplicate interpretation note ${id}: already listed as interpretations[${first}]`,
    }),
    problems,
  );
  const readings = new Map<string, Set<string>>();
  notes.forEach((note, i) => {
    const id = field(note, 'id');
    // Reading ids within a note: the chosen reading, then each alternative.
    const ids = [
      { id: field(note, 'readingId'), path: `interpretations[${i}].readingId` },
      ...list(field(note, 'alternatives')).map((a, j) => ({
        id: field(a, 'id'),
        path: `interpretations[${i}].alternatives[${j}].id`,
      })),
    ];
    const seen = firstListings(
      ids,
      (reading) => (reading as { id: unknown }).id,
      (reading, k, first) => ({
        path: (ids[k] as { path: string }).path,
        code: 'duplicate_reading',
        message: `duplicate reading ${reading}: already the id of ${(ids[first] as { path: string }).path}`,
      }),
      problems,
    );
    if (typeof id === 'string' && !readings.has(id)) readings.set(id, new Set(seen.keys()));
  });
  return (note, offered, path) => {
    if (typeof note !== 'string') return [];
    const known = readings.get(note);
    if (known === undefined) {
      return [
        {
          path: `${path}.note`,
          code: 'unknown_note',
          message: `names interpretation note "${note}", which is not among the agreement's interpretations`,
        },
      ];
    }
    const found: InputProblem[] = [];
    for (const reading of offered) {
      if (!known.has(reading)) {
        found.push({
          path: `${path}.note`,
          code: 'unknown_reading',
          message: `note "${note}" has no reading "${reading}" (it has: ${[...known].join(', ') || 'none with an id'})`,
        });
      }
    }
    const uncovered = offered.length === 0 ? [] : [...known].filter((r) => !offered.includes(r));
    if (uncovered.length > 0) {
      found.push({
        path,
        code: 'missing_reading',
        message: `says nothing for reading${uncovered.length === 1 ? '' : 's'} ${uncovered.map((r) => `"${r}"`).join(', ')} of note "${note}"`,
      });
    }
    return found;
  };
}

/** The keys of a raw object, or none when it is not one. */
export function keysOf(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value) : [];
}

/**
 * The end date under each reading of its note (the default reading's date
 * is validUntil), and calendar due dates under readings.
 */
export function dateReadingProblems(input: Json, offering: NoteOffering): InputProblem[] {
  const problems: InputProblem[] = [];
  const dates = field(input, 'validUntilByReading', 'dates');
  problems.push(
    ...offering(field(input, 'validUntilByReading', 'note'), keysOf(dates), 'validUntilByReading'),
  );
  const endNoteId = field(input, 'validUntilByReading', 'note');
  const defaultId = field(
    list(input['interpretations']).find((n) => field(n, 'id') === endNoteId),
    'readingId',
  );
  if (
    isRecord(dates) &&
    typeof defaultId === 'string' &&
    Object.hasOwn(dates, defaultId) &&
    dates[defaultId] !== input['validUntil']
  ) {
    problems.push({
      path: 'validUntilByReading.dates',
      code: 'default_date_differs',
      message: `the date under the default reading "${defaultId}" must be validUntil (${String(input['validUntil'])})`,
    });
  }
  list(field(input, 'lifecycle', 'calendar')).forEach((entry, i) => {
    problems.push(
      ...offering(
        field(entry, 'dueByReading', 'note'),
        keysOf(field(entry, 'dueByReading', 'due')),
        `lifecycle.calendar[${i}].dueByReading`,
      ),
    );
  });
  return problems;
}
