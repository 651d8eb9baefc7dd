import { check } from '../../analysis/check.js';
import { shortenMessage } from '../../model/errors.js';
import { explain, type Lang } from '../../words/explain.js';
import { problemMessage } from '../../words/input-words.js';
import type { CliIo } from '../io.js';
import { builtInAgreements, readJson } from '../load-agreement.js';
import { MESSAGES } from '../messages.js';
import { reasonsJson, toJson } from '../output.js';
import { type DataTable, type Format, fitWidth, hangingLine, renderAs } from '../table.js';

/**
 * `kommunesamarbeid check [--agreement id|file.json]`: schema problems and
 * findings. The report is printed whatever the outcome; the exit code is 2
 * when the file is invalid or a finding has the severity `error`, 0 when
 * only warnings and information remain. A file that cannot be read or
 * parsed as JSON is a usage error (2, no report).
 */
export function checkCommand(
  idOrPath: string | undefined,
  format: Format,
  io: CliIo,
  lang: Lang = 'nb',
): { readonly text: string; readonly exitCode: number } {
  const source = idOrPath ?? 'helseplattformen';
  const input = Object.hasOwn(builtInAgreements, source)
    ? builtInAgreements[source]
    : readJson(source, io);
  const report = check(input);
  const exitCode = !report.valid || report.findings.some((f) => f.severity === 'error') ? 2 : 0;
  const t = MESSAGES[lang];
  const order = { error: 0, warning: 1, info: 2 } as const;
  const findings = [...report.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const problems = report.problems.map((p) => ({
    ...p,
    path: shortenMessage(p.path),
    message: shortenMessage(problemMessage(p, lang)),
  }));
  if (format === 'json') {
    const text = toJson({
      agreement: report.valid ? (input as { id: string }).id : null,
      valid: report.valid,
      problems,
      findings: report.findings.map((f) => ({
        severity: f.severity,
        clause: f.clause,
        message: explain(f, lang),
        code: f.code,
      })),
      reasons: reasonsJson(report.findings, lang),
    });
    return { text, exitCode };
  }
  if (format !== 'table') {
    const table: DataTable = report.valid
      ? {
          columns: [
            { key: 'severity', header: 'Alvorlighet', kind: 'text' },
            { key: 'clause', header: 'Punkt', kind: 'text' },
            { key: 'code', header: 'Kode', kind: 'text' },
            { key: 'message', header: 'Funn', kind: 'text' },
          ],
          rows: findings.map((f) => [f.severity, f.clause, f.code, explain(f, lang)]),
        }
      : {
          columns: [
            { key: 'path', header: 'Sti', kind: 'text' },
            { key: 'code', header: 'Kode', kind: 'text' },
            { key: 'message', header: 'Feil', kind: 'text' },
          ],
          rows: problems.map((p) => [p.path, p.code, p.message]),
        };
    return { text: renderAs(table, format), exitCode };
  }
  if (!report.valid) {
    // A path can be long: its message wraps under the path, not after it.
    const lines = problems.map((p) =>
      fitWidth(`  ${p.path === '' ? t.wholeInput : p.path}: ${p.message}`),
    );
    return {
      text: `${source}: ${t.invalidFile} (${t.problems(problems.length)}):\n${lines.join('\n')}\n`,
      exitCode,
    };
  }
  const lines = findings.map((f) =>
    hangingLine(`${t.severity[f.severity].padEnd(9)} ${f.clause.padEnd(8)} `, explain(f, lang)),
  );
  return {
    text: `${source}: ${t.validFile(report.findings.length)}\n\n${lines.join('\n')}\n`,
    exitCode,
  };
}
