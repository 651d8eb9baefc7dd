import { AgreementInputError, type InputProblem } from '../model/errors.js';

/**
 * The result of one test in a run: passed (bestått), failed (feilet) or
 * skipped (ikke kjørt; a test that was skipped, pending or a todo). A skipped
 * test is never evidence.
 *
 * @example
 * const status: TestStatus = 'passed';
 */
export type TestStatus = 'passed' | 'failed' | 'skipped';

/**
 * One test and its result: the title as "describe › … › it", with the
 * values of an `it.each` filled in, as the run reported it.
 *
 * @example
 * const result: TestResult = { title: '§9 › §9 tabell 9.1: Trondheim har eierandel 40,07 %', status: 'passed' };
 */
export interface TestResult {
  readonly title: string;
  readonly status: TestStatus;
}

/**
 * The results of a test run (testkjøring), per agreement: the tests in
 * test/agreements/<id>/ (or any folder named agreements/<id>/) and the
 * scenarios of that agreement (a group titled "Scenarioer i <id>/<file>", as
 * test/scenarios/ names them), in the order of the run. `date` is the day
 * the run started (UTC), when the report gives it.
 *
 * @example
 * const testRun: TestRun = { date: '2026-12-01', byAgreement: { helseplattformen: [] } };
 */
export interface TestRun {
  readonly date?: string;
  readonly byAgreement: Readonly<Record<string, readonly TestResult[]>>;
}

/** The agreement a test file belongs to: the folder after `agreements/`. */
const AGREEMENT_FOLDER = /(?:^|[\\/])agreements[\\/]([a-z0-9]+(?:-[a-z0-9]+)*)[\\/]/;

/** The agreement of a scenario test, from its group's title: "Scenarioer i <id>/<file>". */
const SCENARIO_GROUP = /^Scenarioer i ([a-z0-9]+(?:-[a-z0-9]+)*)\//;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The results of a run from vitest's JSON report (`vitest run --reporter=json
 * --outputFile=reports/tests.json`, the format Jest also writes): each test
 * of an agreement with its status, grouped by agreement id. Tests outside an
 * `agreements/<id>/` folder are left out, except scenarios, whose group is
 * titled "Scenarioer i <id>/<file>".
 *
 * @throws {@link index!AgreementInputError} when the value is not such a report, listing every problem with its path.
 *
 * @example
 * const report = {
 *   startTime: Date.UTC(2026, 11, 1, 17),
 *   testResults: [{ name: '/repo/test/agreements/helseplattformen/s09.test.ts', assertionResults: [
 *     { ancestorTitles: ['§9'], title: '§9 Trondheim har eierandel 40,07 %', status: 'passed' },
 *   ] }],
 * };
 * readTestResults(report).byAgreement.helseplattformen;
 * //=> [{ title: '§9 › §9 Trondheim har eierandel 40,07 %', status: 'passed' }]
 * readTestResults(report).date; //=> '2026-12-01'
 */
export function readTestResults(report: unknown): TestRun {
  const problems: InputProblem[] = [];
  const problem = (path: string, message: string) =>
    problems.push({ path, code: 'invalid_test_report', message });
  const byAgreement: Record<string, TestResult[]> = Object.create(null);
  let date: string | undefined;
  if (!isObject(report) || !Array.isArray(report['testResults'])) {
    problem('testResults', 'must be a list of test files (vitest --reporter=json)');
  } else {
    const start = report['startTime'];
    if (typeof start === 'number' && Number.isFinite(start) && Math.abs(start) <= 8.64e15)
      date = new Date(start).toISOString().slice(0, 10);
    report['testResults'].forEach((file: unknown, i) => {
      const at = `testResults[${i}]`;
      if (!isObject(file) || typeof file['name'] !== 'string') {
        problem(`${at}.name`, 'must be the path of the test file');
        return;
      }
      const tests = file['assertionResults'];
      if (!Array.isArray(tests)) {
        problem(`${at}.assertionResults`, 'must be a list of tests');
        return;
      }
      const id = AGREEMENT_FOLDER.exec(file['name'])?.[1];
      tests.forEach((test: unknown, j) => {
        const path = `${at}.assertionResults[${j}]`;
        const ancestors = isObject(test) ? test['ancestorTitles'] : undefined;
        if (
          !isObject(test) ||
          typeof test['title'] !== 'string' ||
          typeof test['status'] !== 'string' ||
          !Array.isArray(ancestors) ||
          !ancestors.every((a) => typeof a === 'string')
        ) {
          problem(path, 'must be a test with ancestorTitles, title and status');
          return;
        }
        const agreement = id ?? SCENARIO_GROUP.exec(String(ancestors[0] ?? ''))?.[1];
        if (agreement === undefined) return;
        const status = test['status'];
        const list = byAgreement[agreement] ?? [];
        list.push({
          title: [...ancestors, test['title']].join(' › '),
          status: status === 'passed' || status === 'failed' ? status : 'skipped',
        });
        byAgreement[agreement] = list;
      });
    });
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Invalid test report');
  return date === undefined ? { byAgreement } : { date, byAgreement };
}
