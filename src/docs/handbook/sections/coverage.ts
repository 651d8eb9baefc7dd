import { formatDateNb } from '../../../internal/format-nb.js';
import type { Agreement } from '../../../model/agreement.js';
import type { Block } from '../../blocks.js';
import { clauseCoverage } from '../../traceability.js';
import type { HandbookContext } from '../context.js';
import { writer } from '../words.js';

/** Dekning: how many clauses can be computed, have a rule, have a test. */
export function coverageSection(_agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const coverage = clauseCoverage(ctx.traces);
  h(2, 'Dekning', 'dekning');
  blocks.push({
    kind: 'table',
    head: [
      'Bestemmelser',
      'Kan regnes ut',
      'Har regel',
      'Har test',
      'Bare delvis regnet ut',
      'Kan ikke regnes ut',
    ],
    rows: [
      [
        coverage.clauses,
        coverage.computable,
        coverage.implemented,
        coverage.tested,
        coverage.partlyComputed,
        coverage.notComputable,
      ].map(String),
    ],
    right: [0, 1, 2, 3, 4, 5],
  });
  p(
    'En test regnes til en bestemmelse når testens egen tittel nevner bestemmelsen. Tester som gjelder flere bestemmelser samlet (for eksempel «§1–§7»), regnes ikke til noen av dem.',
  );
  return blocks;
}

/** What the handbook says of the test run: its date and results, or that the tests were not run here. */
export function testRunText(ctx: HandbookContext): string {
  const results = ctx.options.results;
  if (results === undefined)
    return 'Testene er ikke kjørt her: håndboken viser hvilke tester som finnes, ikke om de består. Med resultatene fra en testkjøring (npm run docs, eller docs --results FIL) viser den resultatet av hver test.';
  const count = (status: string) => results.filter((r) => r.status === status).length;
  const when = ctx.options.testedOn === undefined ? '' : ` ${formatDateNb(ctx.options.testedOn)}`;
  return `Testene ble kjørt${when} for denne håndboken: ${count('passed')} bestått, ${count('failed')} feilet, ${count('skipped')} ikke kjørt. En test som ikke ble kjørt, regnes ikke som bevis og står for seg.`;
}
