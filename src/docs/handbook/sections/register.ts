import type { Agreement } from '../../../model/agreement.js';
import type { Block, Cell, Inline } from '../../blocks.js';
import { type HandbookContext, ruleAnchor } from '../context.js';
import { clauseHeading, join, STATUS_NB, slug, writer } from '../words.js';
import { notesOf, testsAnchor } from './clauses.js';

/** "–" for an empty cell, else the parts joined by commas. */
const listed = (parts: readonly Inline[]): Cell =>
  parts.length === 0 ? '–' : parts.flatMap((part, i) => (i === 0 ? [part] : [', ', part]));

/**
 * The tests of a clause as a link to their list: "12 bestått" (with
 * results), "12, ikke kjørt" (without), "–" without tests.
 */
function testsCell(ctx: HandbookContext, tests: readonly string[], anchor: string): Cell {
  if (tests.length === 0) return '–';
  if (!ctx.testsRun) return { link: `#${anchor}`, text: `${tests.length}, ikke kjørt` };
  const failed = tests.filter((t) => ctx.status(t) === 'failed').length;
  const passed = tests.length - failed;
  return {
    link: `#${anchor}`,
    text: [
      ...(passed === 0 ? [] : [`${passed} ${STATUS_NB.passed}`]),
      ...(failed === 0 ? [] : [`${failed} ${STATUS_NB.failed}`]),
    ].join(', '),
  };
}

/** Register over bestemmelser: every clause with links to its rules, tests, interpretation notes and examples. */
export function registerSection(_agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  h(2, 'Register over bestemmelser', 'register');
  p(
    'Hver bestemmelse med reglene som regner den ut, testene som nevner den, tolkningene som gjelder den, og eksemplene som viser den.',
  );
  blocks.push({
    kind: 'table',
    head: ['Bestemmelse', 'Status', 'Regler', 'Tester', 'Tolkninger', 'Eksempler'],
    rows: ctx.traces.map((trace): Cell[] => [
      { link: `#${slug(trace.ref)}`, text: clauseHeading(trace.ref, trace.title) },
      trace.rules.length === 0
        ? trace.notComputable === null
          ? 'ikke regnet ut'
          : 'kan ikke regnes ut'
        : trace.notComputedParts.length > 0
          ? 'delvis regnet ut'
          : 'regnes ut',
      listed(trace.rules.map(ctx.api)),
      testsCell(ctx, trace.tests, testsAnchor(trace.ref)),
      listed(notesOf(ctx, trace.ref).map((n) => ctx.noteLink(n.id))),
      listed(
        ctx.examples
          .filter((e) => e.clauses.includes(trace.ref))
          .map((e): Inline => ({ link: `#${e.id}`, text: e.title })),
      ),
    ]),
  });
  return blocks;
}

/** Regler: each rule the handbook names, the clauses it computes, and their tests; a link to its API page when the handbook has the API's address. */
export function rulesSection(_agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const rules = [...new Set(ctx.traces.flatMap((t) => t.rules))];
  if (rules.length === 0) return blocks;
  h(2, 'Regler', 'regler');
  p(
    'Funksjonene i programmet som regner ut bestemmelsene, med bestemmelsene hver av dem regner ut og testene av dem.',
  );
  const api = ctx.apiPage;
  blocks.push({
    kind: 'table',
    head: ['Regel', 'Regner ut', 'Tester', ...(api === undefined ? [] : ['API-referanse'])],
    rows: rules.map((rule): Cell[] => {
      const traces = ctx.traces.filter((t) => t.rules.includes(rule));
      const tested = traces.filter((t) => t.tests.length > 0);
      return [
        { anchor: ruleAnchor(rule), text: rule },
        join(traces.map((t): Inline => ({ link: `#${slug(t.ref)}`, text: t.ref }))),
        listed(
          tested.map(
            (t): Inline => ({
              link: `#${testsAnchor(t.ref)}`,
              text: `${t.ref} (${t.tests.length})`,
            }),
          ),
        ),
        ...(api === undefined ? [] : [api(rule)]),
      ];
    }),
  });
  return blocks;
}
