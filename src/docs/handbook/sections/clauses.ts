import type { Agreement } from '../../../model/agreement.js';
import { clauseContaining } from '../../../model/clause-ref.js';
import type { Block, Inline } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { splitComputes } from '../examples.js';
import { clauseHeading, join, slug, testsList, writer } from '../words.js';

/** The interpretation notes that concern a clause (a note on "§4 A i" concerns §4). */
export function notesOf(ctx: HandbookContext, ref: string): HandbookContext['notes'] {
  return ctx.notes.filter((n) => n.clauses.some((c) => clauseContaining(ctx.refs, c) === ref));
}

/** The anchor of the list of a clause's tests: "k-9-tester". */
export const testsAnchor = (ref: string) => `${slug(ref)}-tester`;

/** Bestemmelser: every clause with its text, its status (computed by which rules, or not and why), its notes and examples, and the tests that name it with their results. */
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
    const notes = notesOf(ctx, trace.ref);
    if (notes.length > 0) p('Tolkninger: ', ...join(notes.map((n) => ctx.noteLink(n.id))), '.');
    const examples = ctx.examples.filter((e) => e.clauses.includes(trace.ref));
    if (examples.length > 0)
      p(
        'Eksempler: ',
        ...join(examples.map((e): Inline => ({ link: `#${e.id}`, text: e.title }))),
        '.',
      );
    const skipped = ctx.skippedOf(trace.ref);
    if (trace.tests.length > 0 || skipped.length > 0) {
      testsList(blocks, ctx, trace.tests, skipped, testsAnchor(trace.ref));
    } else if (trace.rules.length > 0) {
      p('Tester: ingen.');
    }
  });
  return blocks;
}
