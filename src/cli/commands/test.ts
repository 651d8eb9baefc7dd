import { dirname, isAbsolute, join } from 'node:path';
import { runScenarios, type ScenarioResult } from '../../analysis/scenarios.js';
import type { Agreement } from '../../model/agreement.js';
import { AgreementInputError } from '../../model/errors.js';
import type { Lang } from '../../words/explain.js';
import { normalizeAmount } from '../../words/norwegian-amount.js';
import { type CliIo, UsageError } from '../io.js';
import { builtInAgreements, loadAgreement, readJson } from '../load-agreement.js';
import { toJson } from '../output.js';

/**
 * What `test` prints and the exit code it asks for: 0 when every scenario
 * passed, 1 when one or more failed.
 */
export interface TestOutcome {
  readonly text: string;
  readonly exitCode: 0 | 1;
}

const WORDS = {
  nb: {
    expected: 'forventet',
    got: 'fikk',
    noError: 'ingen feil',
    nothing: 'ingenting',
    summary: (total: number, passed: number, failed: number) =>
      `${total} ${total === 1 ? 'scenario' : 'scenarioer'}: ${passed} bestått, ${failed} feilet`,
  },
  en: {
    expected: 'expected',
    got: 'got',
    noError: 'no error',
    nothing: 'nothing',
    summary: (total: number, passed: number, failed: number) =>
      `${total} ${total === 1 ? 'scenario' : 'scenarios'}: ${passed} passed, ${failed} failed`,
  },
} as const;

/**
 * `kommunesamarbeid test FILE…`: runs each scenario file (schema/scenario.json)
 * and prints a line per scenario, ✓ passed or ✗ failed with what differed,
 * and a summary. A file's agreement is a built-in id or a path relative to
 * the scenario file. A file that is not a scenario file, or whose agreement
 * cannot be read, is bad input (exit 2), named by its path.
 */
export function testCommand(
  files: readonly string[],
  options: { readonly json: boolean },
  io: CliIo,
  lang: Lang = 'nb',
): TestOutcome {
  if (files.length === 0) {
    throw new UsageError('test needs one or more scenario files', {
      code: 'missing_argument',
      nb: 'test trenger én eller flere scenariofiler',
    });
  }
  const runs = files.map((file) => ({ file, ...runFile(file, io) }));
  const all = runs.flatMap((r) => r.scenarios);
  const failed = all.filter((s) => !s.passed).length;
  const exitCode = failed === 0 ? 0 : 1;
  if (options.json) {
    return {
      text: toJson({ ok: failed === 0, passed: all.length - failed, failed, files: runs }),
      exitCode,
    };
  }
  const w = WORDS[lang];
  const show = (value: string | null, none: string) => value ?? none;
  const lines = runs.flatMap((run) => [
    `${run.file} (${run.agreement})`,
    ...run.scenarios.map((s) =>
      s.passed
        ? `  ✓ ${s.clause} ${s.name}`
        : `  ✗ ${s.clause} ${s.name} — ${s.differences
            .map(
              (d) =>
                `${d.path}: ${w.expected} ${show(d.expected, w.noError)}, ${w.got} ${show(d.actual, w.nothing)}`,
            )
            .join('; ')}`,
    ),
    '',
  ]);
  return {
    text: `${lines.join('\n')}${w.summary(all.length, all.length - failed, failed)}\n`,
    exitCode,
  };
}

/** Reads and runs one scenario file; its problems are named with the file's path. */
function runFile(
  file: string,
  io: CliIo,
): { readonly agreement: string; readonly scenarios: ScenarioResult[] } {
  let agreement = '';
  try {
    const data = readJson(file, io);
    const scenarios = runScenarios(
      data,
      (ref) => {
        agreement = ref;
        return resolveAgreement(ref, file, io);
      },
      { normalizeNumber: normalizeAmount },
    );
    return { agreement, scenarios };
  } catch (error) {
    if (!(error instanceof AgreementInputError)) throw error;
    const subject = (error.message.split('\n')[0] as string).replace(/ \(\d+ problems?\):$/, '');
    throw new AgreementInputError(error.problems, `${file}: ${subject}`);
  }
}

/** A built-in id, or an agreement file's path relative to the scenario file. */
function resolveAgreement(ref: string, file: string, io: CliIo): Agreement {
  if (Object.hasOwn(builtInAgreements, ref) || !/[/\\]|\.json$/i.test(ref)) {
    return loadAgreement(ref, io);
  }
  return loadAgreement(isAbsolute(ref) ? ref : join(dirname(file), ref), io);
}
