import type { Agreement } from '../model/agreement.js';
import type { CostKey } from '../model/cost-key.js';
import type { IsoDate } from '../model/iso-date.js';
import { type Readings, readingIdsOf, readingOf } from './readings.js';

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
 * The notes whose readings decide which key applies on the day in the key's
 * scope (the same service area, or the general keys): each with the reading
 * applied and the others it offers.
 */
export function readingsOfKeys(
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
