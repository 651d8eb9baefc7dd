import { check } from '../../analysis/check.js';
import { shortenMessage } from '../../model/errors.js';
import { explain, type Lang } from '../../words/explain.js';
import type { CliIo } from '../io.js';
import { builtInAgreements, readJson } from '../load-agreement.js';
import { reasonsJson, toJson } from '../output.js';

/**
 * `kommunesamarbeid check [--agreement id|file.json]`: schema problems and
 * findings. Exit code 0 whatever the outcome — an invalid agreement is what
 * `check` is for, reported with every problem and `valid: false`; only a
 * file that cannot be read or parsed as JSON is a usage error (2).
 */
export function checkCommand(
  idOrPath: string | undefined,
  json: boolean,
  io: CliIo,
  lang: Lang = 'nb',
): string {
  const source = idOrPath ?? 'helseplattformen';
  const input = Object.hasOwn(builtInAgreements, source)
    ? builtInAgreements[source]
    : readJson(source, io);
  const report = check(input);
  if (json) {
    return toJson({
      agreement: report.valid ? (input as { id: string }).id : null,
      valid: report.valid,
      problems: report.problems.map((p) => ({
        ...p,
        path: shortenMessage(p.path),
        message: shortenMessage(p.message),
      })),
      findings: report.findings.map((f) => ({
        severity: f.severity,
        clause: f.clause,
        message: explain(f, lang),
        code: f.code,
      })),
      reasons: reasonsJson(report.findings, lang),
    });
  }
  if (!report.valid) {
    return `${source}: ugyldig avtalefil (${report.problems.length} feil):\n${report.problems
      .map(
        (p) =>
          `  ${p.path === '' ? '(input)' : shortenMessage(p.path)}: ${shortenMessage(p.message)}`,
      )
      .join('\n')}\n`;
  }
  const label = { error: 'FEIL', warning: 'ADVARSEL', info: 'INFO' } as const;
  const order = { error: 0, warning: 1, info: 2 } as const;
  const lines = [...report.findings]
    .sort((a, b) => order[a.severity] - order[b.severity])
    .map((f) => `${label[f.severity].padEnd(9)} ${f.clause.padEnd(8)} ${explain(f, lang)}`);
  return `${source}: gyldig avtalefil. ${report.findings.length} funn.\n\n${lines.join('\n')}\n`;
}
