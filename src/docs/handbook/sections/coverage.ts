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
    'En test regnes til en bestemmelse når testens egen tittel nevner bestemmelsen. Tester som gjelder flere bestemmelser samlet (for eksempel «§1–§7»), regnes ikke til noen av dem. Håndboken viser hvilke tester som finnes, ikke om de besto da den ble laget.',
  );
  return blocks;
}
