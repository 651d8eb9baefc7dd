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

/** An agreement's interpretation notes (tolkninger). */
export type Notes = readonly InterpretationNote[];

/** The interpretation notes of an agreement. */
export function notesOf(agreement: Agreement): Notes {
  return agreement.interpretations ?? [];
}

/** The note with an id (the last, if the id is repeated); looked up in place, as there are few. */
export function noteOf(notes: Notes, id: string): InterpretationNote | undefined {
  for (let i = notes.length - 1; i >= 0; i--) {
    const note = notes[i] as InterpretationNote;
    if (note.id === id) return note;
  }
  return undefined;
}

/** The readings `chosen` (note id → reading id), the data's for the rest; `applied` records each note consulted. */
export function readingsOf(
  notes: Notes,
  chosen: Readonly<Record<string, string>>,
  applied?: Map<string, string>,
): Readings {
  return {
    of(note) {
      const reading = own(chosen, note) ?? noteOf(notes, note)?.readingId;
      if (reading !== undefined) applied?.set(note, reading);
      return reading;
    },
    chosen: (note) => own(chosen, note) !== undefined,
  };
}

/**
 * The readings `chosen`, with one note read another way (as if the caller
 * had chosen `reading` for `note` too), without copying the choices.
 */
export function readingsWith(
  notes: Notes,
  chosen: Readonly<Record<string, string>>,
  note: string,
  reading: string,
): Readings {
  const base = readingsOf(notes, chosen);
  return {
    of: (id) => (id === note ? reading : base.of(id)),
    chosen: (id) => id === note || base.chosen(id),
  };
}

/** Whether the body's members may abstain under the reading applied of its abstention note (if any). */
export function abstentionAllowedUnder(organ: Organ, readings: Readings): boolean {
  // Unsaid in the agreement: members must vote, the statute's default (kommuneloven § 8-1, not verified).
  if (organ.abstention === undefined) return false;
  const { note, allowedByReading, allowed } = organ.abstention;
  const reading = note === undefined ? undefined : readings.of(note);
  return (reading === undefined ? undefined : own(allowedByReading ?? {}, reading)) ?? allowed;
}

/** Each reading the caller chose that names no selectable note, or no reading of its note. */
export function readingProblems(
  readings: Readonly<Record<string, string>>,
  notes: Notes,
): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const [noteId, reading] of Object.entries(readings)) {
    const note = noteOf(notes, noteId);
    const offered = selectableReadings(note);
    if (offered.length === 0) {
      problems.push({
        path: formatPath(['readings', noteId]),
        code: 'unknown_note',
        message: `names no interpretation note with selectable readings (those with: ${[
          ...new Map(notes.map((n) => [n.id, n])).values(),
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
