import { isIsoDate } from '../../internal/iso-date.js';
import type { InputProblem } from '../errors.js';
import { clauseReferenceProblems } from './clause-references.js';
import { costKeyProblems } from './cost-keys.js';
import { lifecycleBodyProblems, organProblems } from './organs.js';
import { ownershipProblems } from './ownership.js';
import { partyProblems, populationProblems, regionProblems } from './parties.js';
import { isRecord, type Json } from './raw.js';
import { dateReadingProblems, interpretationProblems } from './readings.js';

/**
 * What a schema cannot see: relations between fields. Works on the raw
 * input, checking only what is well-formed, so that these problems are
 * reported together with the schema's, in one pass: parties and their
 * memberships, cost keys, populations, the agreement's dates, clause
 * references, interpretation notes, organs and their matters, the bodies
 * the lifecycle names, regions.
 */
export function consistencyProblems(input: unknown): InputProblem[] {
  if (!isRecord(input)) return [];
  const problems: InputProblem[] = [];
  const tally = partyProblems(input, problems);
  problems.push(...costKeyProblems(input, tally.partyNumbers));
  problems.push(...populationProblems(input, tally));
  problems.push(...ownershipProblems(input, tally.partyNumbers));
  problems.push(...validityProblems(input));
  problems.push(...clauseReferenceProblems(input));
  const offering = interpretationProblems(input, problems);
  problems.push(...organProblems(input, offering));
  problems.push(...dateReadingProblems(input, offering));
  problems.push(...lifecycleBodyProblems(input));
  problems.push(...regionProblems(input, tally.partyNumbers));
  return problems;
}

/** The agreement ends no earlier than it starts. */
function validityProblems(input: Json): InputProblem[] {
  const validFrom = input['validFrom'];
  const validUntil = input['validUntil'];
  if (isIsoDate(validFrom) && isIsoDate(validUntil) && validUntil < validFrom) {
    return [
      {
        path: 'validUntil',
        code: 'date_order',
        message: `ends (${validUntil}) before the agreement starts (validFrom ${validFrom})`,
      },
    ];
  }
  return [];
}
