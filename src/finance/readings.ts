import type { Agreement } from '../model/agreement.js';
import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import type { InterpretationNote } from '../model/interpretation.js';

/** Readings chosen by the caller: interpretation note id → reading id. */
export type Readings = Readonly<Record<string, string>>;

/** The reading ids a note offers: its default, then each alternative's. */
export function readingIdsOf(note: InterpretationNote): string[] {
  const ids: string[] = [];
  if (note.readingId !== undefined) ids.push(note.readingId);
  for (const alternative of note.alternatives)
    if (alternative.id !== undefined) ids.push(alternative.id);
  return ids;
}

/**
 * Checks the `readings` option: `undefined`, or an object naming notes of
 * the agreement that offer readings, each with one of its reading ids.
 * Every problem has its path (`readings.<note>`).
 *
 * @internal
 */
export function assertReadings(agreement: Agreement, readings: unknown): Readings | undefined {
  if (readings === undefined) return undefined;
  if (typeof readings !== 'object' || readings === null || Array.isArray(readings)) {
    throw new AgreementInputError(
      [
        {
          path: 'readings',
          code: 'invalid_type',
          message: 'must be an object: { "<note id>": "<reading id>" }',
        },
      ],
      'Invalid readings',
    );
  }
  const notes = agreement.interpretations ?? [];
  const selectable = notes.filter((n) => readingIdsOf(n).length > 0).map((n) => n.id);
  const problems: InputProblem[] = [];
  for (const [noteId, reading] of Object.entries(readings)) {
    const path = formatPath(['readings', noteId]);
    const note = notes.find((n) => n.id === noteId);
    const offered = note === undefined ? [] : readingIdsOf(note);
    if (offered.length === 0) {
      problems.push({
        path,
        code: 'unknown_note',
        message: `names no interpretation note with selectable readings (those with: ${selectable.join(', ')})`,
      });
    } else if (typeof reading !== 'string' || !offered.includes(reading)) {
      problems.push({
        path,
        code: 'unknown_reading',
        message: `${JSON.stringify(String(reading).slice(0, 40))} is not a reading of ${noteId} (its readings: ${offered.join(', ')})`,
      });
    }
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Invalid readings');
  return readings as Readings;
}

/** The reading applied for a note: the caller's choice, else the note's default. */
export function readingOf(
  agreement: Agreement,
  readings: Readings | undefined,
  note: string,
): string | undefined {
  if (readings !== undefined && Object.hasOwn(readings, note)) return readings[note];
  return agreement.interpretations?.find((n) => n.id === note)?.readingId;
}

/** Whether a key applies under the readings (a key with no `reading` always does). */
export function keyApplies(
  agreement: Agreement,
  key: CostKey,
  readings: Readings | undefined,
): boolean {
  const { reading } = key;
  return reading === undefined || readingOf(agreement, readings, reading.note) === reading.reading;
}
