import { AgreementInputError, formatPath, type InputProblem } from './errors.js';
import {
  EXPECTS,
  ExpectedErrorSchema,
  FileHead,
  SCENARIO_KINDS,
  SCENARIOS,
  type Scenario,
  type ScenarioFile,
} from './scenario-schema.js';
import { schemaProblems } from './schema-problems.js';

/**
 * Reads a scenario file: checks the whole file against
 * {@link ScenarioFileSchema} and returns it typed, or throws one
 * {@link index!AgreementInputError} listing every problem of every scenario with
 * its path (`scenarios[3].expect.parties["5001"]`). Each scenario must hold
 * exactly one kind of input; its `expect` is checked against that kind.
 *
 * @throws {@link index!AgreementInputError} listing every problem with its path.
 * @example
 * parseScenarioFile({ agreement: 'helseplattformen', scenarios: [] });
 * // throws AgreementInputError: scenarios: must list at least one scenario
 */
export function parseScenarioFile(input: unknown): ScenarioFile {
  const head = FileHead.safeParse(input);
  // Every problem at once: those of the file's own fields and those of each scenario.
  const problems: InputProblem[] = schemaProblems(head, input);
  const list = (input as { readonly scenarios?: unknown } | null)?.scenarios;
  const given: readonly unknown[] = Array.isArray(list) ? list : [];
  const scenarios: Scenario[] = [];
  given.forEach((scenario, index) => {
    const at = formatPath(['scenarios', index]);
    const kinds =
      typeof scenario === 'object' && scenario !== null && !Array.isArray(scenario)
        ? SCENARIO_KINDS.filter((kind) => Object.hasOwn(scenario, kind))
        : [];
    const kind = kinds[0];
    if (kinds.length !== 1 || kind === undefined) {
      problems.push({
        path: at,
        code: kinds.length === 0 ? 'no_scenario_kind' : 'several_scenario_kinds',
        message: `must hold exactly one of ${SCENARIO_KINDS.join(', ')}${kinds.length > 1 ? `; it holds ${kinds.join(', ')}` : ''}`,
      });
      return;
    }
    const parsed = SCENARIOS[kind].safeParse(scenario);
    if (parsed.success) {
      scenarios.push(parsed.data);
      return;
    }
    // The expected outcome is an error or the kind's outcome: its problems are
    // those of the one it means, not of both.
    const inExpect = (path: string) => /^expect(?:$|[.[])/.test(path);
    const expect = (scenario as { readonly expect?: unknown }).expect;
    const found = schemaProblems(parsed, scenario).filter((p) => !inExpect(p.path));
    if (expect === undefined)
      found.push({ path: 'expect', code: 'required', message: 'is required' });
    else {
      const schema =
        typeof expect === 'object' && expect !== null && Object.hasOwn(expect, 'error')
          ? ExpectedErrorSchema
          : EXPECTS[kind];
      for (const p of schemaProblems(schema.safeParse(expect), expect))
        found.push({ ...p, path: joinPath('expect', p.path) });
    }
    for (const p of found) problems.push({ ...p, path: joinPath(at, p.path) });
  });
  if (!head.success || problems.length > 0)
    throw new AgreementInputError(problems, 'Invalid scenario file');
  return { ...(head.data as Omit<ScenarioFile, 'scenarios'>), scenarios };
}

/**
 * A path inside an object: `scenarios[3]` and `expect.sum` →
 * `scenarios[3].expect.sum`; the object itself for an empty inner path.
 */
function joinPath(outer: string, inner: string): string {
  return inner === '' ? outer : `${outer}.${inner}`;
}
