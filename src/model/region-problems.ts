import type { InputProblem } from './errors.js';
import { valueAt } from './schema-problems.js';

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Every municipality of a region is a party, and in one region only. */
export function regionMembershipProblems(
  regions: readonly unknown[],
  partyNumbers: { has(number: string): boolean },
  path: string,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const regionOf = new Map<string, number>();
  regions.forEach((region, i) => {
    list(valueAt(region, ['municipalities'])).forEach((number, j) => {
      if (typeof number !== 'string') return;
      const at = `${path}[${i}].municipalities[${j}]`;
      if (!partyNumbers.has(number)) {
        problems.push({
          path: at,
          code: 'unknown_party',
          message: `names ${number}, which is not among the parties`,
        });
      }
      const first = regionOf.get(number);
      if (first === undefined) regionOf.set(number, i);
      else {
        problems.push({
          path: at,
          code: 'several_regions',
          message: `${number} is already in ${path}[${first}]; a municipality belongs to one region`,
        });
      }
    });
  });
  return problems;
}
