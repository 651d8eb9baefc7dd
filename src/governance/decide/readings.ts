import type { Agreement } from '../../model/agreement.js';
import { formatPath, type InputProblem } from '../../model/errors.js';
import type { InterpretationNote } from '../../model/interpretation.js';
import type { Organ } from '../../model/organ.js';
import { selectableReadings } from '../../rules/readings.js';

/**
 * The readings one outcome is decided under: the one the caller chose for a
 * note, else the one chosen in the data. Each note consulted is recorded,
 * in the order consulted, when a record is kept (the decision's own
 * readings; an alternative keeps none).
 */
export interface Readings {
  /** The reading applied of a note; undefined when neither the caller nor the data chose one. */
  of(note: string): string | undefined;
  /** The caller chose the reading of this note (not the data). */
  chosen(note: string): boolean;
}

/** The interpretation notes of an agreement by id. */
export function notesOf(agreement: Agreement): ReadonlyMap<string, InterpretationNote> {
  return new Map((agreement.interpretations ?? []).map((note) => [note.id, note]));
}

/** The readings `chosen` (note id → reading id), the data's for the rest; `applied` records each note consulted. */
export function readingsOf(
  notes: ReadonlyMap<string, InterpretationNote>,
  chosen: Readonly<Record<string, string>>,
  applied?: Map<string, string>,
): Readings {
  return {
    of(note) {
      const reading = own(chosen, note) ?? notes.get(note)?.readingId;
      if (reading !== undefined) applied?.set(note, reading);
      return reading;
    },
    chosen: (note) => own(chosen, note) !== undefined,
  };
}

/** Whether the body's members may abstain under the reading applied of its abstention note (if any). */
export function abstentionAllowedUnder(organ: Organ, readings: Readings): boolean {
  const { note, allowedByReading, allowed } = organ.abstention;
  const reading = note === undefined ? undefined : readings.of(note);
  return (reading === undefined ? undefined : own(allowedByReading ?? {}, reading)) ?? allowed;
}

/** Each reading the caller chose that names no selectable note, or no reading of its note. */
export function readingProblems(
  readings: Readonly<Record<string, string>>,
  notes: ReadonlyMap<string, InterpretationNote>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const [noteId, reading] of Object.entries(readings)) {
    const note = notes.get(noteId);
    const offered = selectableReadings(note);
    if (offered.length === 0) {
      problems.push({
        path: formatPath(['readings', noteId]),
        code: 'unknown_note',
        message: `names no interpretation note with selectable readings (those with: ${[
          ...notes.values(),
        ]
          .filter((n) => selectableReadings(n).length > 0)
          .map((n) => n.id)
          .join(', ')})`,
      });
    } else if (!offered.includes(reading)) {
      problems.push({
        path: formatPath(['readings', noteId]),
        code: 'unknown_reading',
        message: `"${reading}" is not a reading of ${noteId} (its readings: ${offered.join(', ')})`,
      });
    }
  }
  return problems;
}

/** An own property of a plain record, never one inherited from Object.prototype. */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
