import { isIsoDate } from '../internal/iso-date.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import { selectableReadings } from './readings.js';

export { checkedAgreement } from '../model/checked-agreement.js';

/**
 * Reads a plain object of options field by field, collecting a problem for
 * each field of the wrong type, so that a caller who passes `null`, a number
 * where a date belongs or a string where a flag belongs gets one
 * {@link AgreementInputError} with every path, never a `TypeError`.
 *
 * @internal
 */
export class OptionsReader {
  readonly problems: InputProblem[] = [];
  private readonly record: Readonly<Record<string, unknown>>;
  /** The options are an object: only then is a missing or wrong field worth reporting. */
  readonly isObject: boolean;

  constructor(
    options: unknown,
    readonly path = '',
    required = true,
  ) {
    this.isObject = isPlainRecord(options);
    if (isPlainRecord(options)) this.record = options;
    else {
      this.record = {};
      if (required || options !== undefined) {
        this.problems.push({
          path: path === '' ? 'options' : path,
          code: 'invalid_type',
          message: path === '' ? 'must be an object of options' : 'must be an object',
        });
      }
    }
  }

  /** The value of an own field, never one inherited from Object.prototype. */
  raw(name: string): unknown {
    return Object.hasOwn(this.record, name) ? this.record[name] : undefined;
  }

  private fail(name: string, message: string, code = 'invalid_type'): undefined {
    const path = this.path === '' ? name : `${this.path}.${name}`;
    if (this.isObject) this.problems.push({ path, code, message });
    return undefined;
  }

  /** A non-empty string of at most 1000 characters. */
  text(name: string, required: boolean): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return required ? this.fail(name, 'is required', 'required') : value;
    if (typeof value !== 'string' || value.length === 0 || value.length > 1000) {
      return this.fail(name, 'must be text (1 to 1000 characters)');
    }
    return value;
  }

  /** An existing calendar date `YYYY-MM-DD`. */
  date(name: string, required: boolean): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return required ? this.fail(name, 'is required', 'required') : value;
    if (!isIsoDate(value)) {
      return this.fail(
        name,
        'must be a date YYYY-MM-DD that exists in the calendar',
        'invalid_date',
      );
    }
    return value;
  }

  /** `true` or `false`. */
  flag(name: string): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined || typeof value === 'boolean') return value;
    return this.fail(name, 'must be true or false');
  }

  /** Throws every problem collected, if there is one. */
  done(subject: string): void {
    if (this.problems.length > 0) throw new AgreementInputError(this.problems, subject);
  }
}

function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The problem for a question the agreement's data cannot answer because it
 * has no rule for it: either the agreement states none (`code`, `states`),
 * or its text is not in the sources (`lifecycle.rulesUnknown`), and then
 * the rule is unknown, not absent.
 *
 * @internal
 */
export function missingRule(
  agreement: Agreement,
  part: string,
  code: string,
  states: string,
): InputProblem {
  const unknown = agreement.lifecycle?.rulesUnknown;
  const path = `agreement.lifecycle.${part}`;
  if (unknown === undefined) return { path, code, message: `${agreement.id} ${states}` };
  return {
    path,
    code: 'rule_unknown',
    message: `${agreement.id}: unknown, because the agreement text is not in the sources (interpretation note "${unknown.note}")`,
  };
}

/**
 * The readings a caller chose (`readings`: note id → reading id), checked
 * against the agreement's notes: each must name a note with selectable
 * readings and one of its readings. Returns a function giving the reading
 * that applies to a note: the chosen one, else the note's default.
 *
 * @internal
 */
export function checkedReadings(
  agreement: Agreement,
  given: unknown,
  problems: InputProblem[],
): (note: string) => string | undefined {
  const notes = new Map((agreement.interpretations ?? []).map((n) => [n.id, n]));
  const chosen = new Map<string, string>();
  if (
    given !== undefined &&
    (given === null || typeof given !== 'object' || Array.isArray(given))
  ) {
    problems.push({
      path: 'readings',
      code: 'invalid_type',
      message: 'must be an object: note id → reading id',
    });
  } else {
    for (const [noteId, reading] of Object.entries(given ?? {})) {
      const offered = selectableReadings(notes.get(noteId));
      const path = formatPath(['readings', noteId]);
      if (offered.length === 0) {
        problems.push({
          path,
          code: 'unknown_note',
          message: `names no interpretation note with selectable readings (those with: ${[
            ...notes.values(),
          ]
            .filter((n) => selectableReadings(n).length > 0)
            .map((n) => n.id)
            .join(', ')})`,
        });
      } else if (typeof reading !== 'string' || !offered.includes(reading)) {
        problems.push({
          path,
          code: 'unknown_reading',
          message: `is not a reading of ${noteId} (its readings: ${offered.join(', ')})`,
        });
      } else chosen.set(noteId, reading);
    }
  }
  return (note) => chosen.get(note) ?? notes.get(note)?.readingId;
}
