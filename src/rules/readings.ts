/**
 * The ids of a note's selectable readings: the chosen one first, then each
 * alternative that has an id; none when the note has no chosen reading (its
 * readings cannot be selected).
 *
 * @example
 * selectableReadings({ readingId: 'all-seats', alternatives: [{ id: 'present' }, {}] }); //=> ['all-seats', 'present']
 * selectableReadings(undefined); //=> []
 */
export function selectableReadings(
  note:
    | { readonly readingId?: string; readonly alternatives: readonly { readonly id?: string }[] }
    | undefined,
): string[] {
  if (note?.readingId === undefined) return [];
  const readings = [note.readingId];
  for (const alternative of note.alternatives) {
    if (alternative.id !== undefined) readings.push(alternative.id);
  }
  return readings;
}
