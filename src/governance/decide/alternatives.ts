import { selectableReadings } from '../../rules/readings.js';
import { decideUnder, type Outcome } from './outcome.js';
import { noteOf, readingsWith } from './readings.js';
import type { Sitting } from './sitting.js';
import type { DecisionAlternative } from './types.js';

/**
 * The outcome under each other reading of every note the decision applied
 * (`applied`, note id → reading id, in the order consulted), one note
 * changed at a time, the others as applied. A reading under which the
 * meeting does not fit the body gives an alternative that is not valid,
 * with the problems' paths and codes.
 */
export function alternativesOf(
  sitting: Sitting,
  chosen: Readonly<Record<string, string>>,
  applied: ReadonlyMap<string, string>,
  decision: Outcome,
): DecisionAlternative[] {
  const alternatives: DecisionAlternative[] = [];
  for (const [note, reading] of applied) {
    for (const other of selectableReadings(noteOf(sitting.notes, note))) {
      if (other === reading) continue;
      const under = decideUnder(sitting, readingsWith(sitting.notes, chosen, note, other));
      alternatives.push(alternative(note, other, under, decision));
    }
  }
  return alternatives;
}

/** The decision under one other reading, against the decision as made. */
function alternative(
  note: string,
  reading: string,
  under: ReturnType<typeof decideUnder>,
  decision: Outcome,
): DecisionAlternative {
  if ('problems' in under) {
    return {
      note,
      reading,
      valid: false,
      quorate: decision.quorate,
      adopted: false,
      drawLots: false,
      differs: decision.adopted || decision.drawLots,
      rule: decision.rule,
      tally: decision.tally,
      reasons: [],
      problems: under.problems.map(({ path, code }) => ({ path, code })),
    };
  }
  return {
    note,
    reading,
    valid: true,
    quorate: under.quorate,
    adopted: under.adopted,
    drawLots: under.drawLots,
    differs: under.adopted !== decision.adopted || under.drawLots !== decision.drawLots,
    rule: under.rule,
    tally: under.countedTally,
    reasons: under.reasons,
    problems: [],
  };
}
