import type { Agreement } from '../../../model/agreement.js';
import { clauseContaining } from '../../../model/clause-ref.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { splitComputes } from '../examples.js';
import { clauseHeading, join, slug, writer } from '../words.js';

/** Bestemmelser: every clause with its text, its status (computed by which rules, or not and why) and the tests that name it. */
export function clausesSection(agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const { traces, refs, api } = ctx;
  h(2, 'Bestemmelser', 'bestemmelser');
  agreement.clauses.forEach((clause, i) => {
    const trace = traces[i] as (typeof traces)[number];
    h(3, clauseHeading(trace.ref, trace.title), slug(trace.ref));
    if (clause.text !== '') blocks.push({ kind: 'quote', text: clause.text });
    if (trace.rules.length > 0 && trace.notComputedParts.length > 0) {
      p('Status: delvis regnet ut av ', ...join(trace.rules.map(api)), '. Ikke regnet ut:');
      blocks.push({ kind: 'list', items: trace.notComputedParts.map((part) => [part]) });
    } else if (trace.rules.length > 0) {
      p('Status: regnes ut av ', ...join(trace.rules.map(api)), '.');
    } else {
      p(`Status: kan ikke regnes ut. ${trace.notComputable ?? ''}`);
    }
    const keys = agreement.costKeys.filter(
      (k) => (clauseContaining(refs, k.clause) ?? k.clause) === trace.ref,
    );
    if (keys.length > 0 && keys.every((k) => !splitComputes(agreement, k)))
      p(
        `Merk: med dataene slik de er, kan ingen kostnadsnøkkel under ${trace.ref} regnes ut; fordelingen krever opplysninger som mangler i dataene (se kostnadsnøklene).`,
      );
    if (trace.tests.length > 0) {
      p(`Tester (${trace.tests.length}; titlene er på engelsk):`);
      blocks.push({ kind: 'list', items: trace.tests.map((t) => [t]), lang: 'en' });
    } else if (trace.rules.length > 0) {
      p('Tester: ingen.');
    }
  });
  return blocks;
}
