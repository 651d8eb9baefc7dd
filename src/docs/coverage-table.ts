import type { Agreement } from '../model/agreement.js';
import { clauseCoverage, traceClauses } from './traceability.js';

/**
 * The clause coverage of agreements as a Markdown table, for the README (a
 * test keeps the README's copy equal to it).
 *
 * @example
 * coverageTable([helseplattformen], { helseplattformen: [] }).split('\n')[0];
 * //=> '| Agreement | Clauses | Computable | With a rule | Tested | Not computable |'
 */
export function coverageTable(
  agreements: readonly Agreement[],
  titles: Readonly<Record<string, readonly string[]>>,
): string {
  const rows = agreements.map((a) => {
    const own = Object.hasOwn(titles, a.id) ? titles[a.id] : undefined;
    const c = clauseCoverage(traceClauses(a, own ?? []));
    return `| \`${a.id}\` | ${c.clauses} | ${c.computable} | ${c.implemented} | ${c.tested} | ${c.notComputable} |`;
  });
  return [
    '| Agreement | Clauses | Computable | With a rule | Tested | Not computable |',
    '| --- | --: | --: | --: | --: | --: |',
    ...rows,
  ].join('\n');
}
