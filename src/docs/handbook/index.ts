import { formatDateNb } from '../../internal/format-nb.js';
import type { Agreement } from '../../model/agreement.js';
import { type Block, toHtml, toMarkdown } from '../blocks.js';
import {
  type HandbookContext,
  type HandbookOptions,
  handbookContext,
  type Section,
} from './context.js';
import { clausesSection } from './sections/clauses.js';
import { costKeysSection } from './sections/cost-keys.js';
import { coverageSection } from './sections/coverage.js';
import { deadlinesSection } from './sections/deadlines.js';
import { examplesSection } from './sections/examples.js';
import { explorerSection } from './sections/explorer.js';
import { generalTestsSection } from './sections/general-tests.js';
import { interpretationsSection } from './sections/interpretations.js';
import { introSection } from './sections/intro.js';
import { citeLegalBasis, legalBasisSection, legalSectionsCited } from './sections/legal-basis.js';
import { lifecycleSection } from './sections/lifecycle.js';
import { obligationsSection } from './sections/obligations.js';
import { organsSection } from './sections/organs.js';
import { partiesSection } from './sections/parties.js';
import { registerSection, rulesSection } from './sections/register.js';
import { serviceAreasSection } from './sections/service-areas.js';
import { sourcesSection } from './sections/sources.js';

export type { HandbookOptions } from './context.js';

/** The sections of the handbook after its introduction, in order; a section with nothing to say gives no blocks. */
const SECTIONS: readonly Section[] = [
  coverageSection,
  registerSection,
  partiesSection,
  costKeysSection,
  serviceAreasSection,
  organsSection,
  obligationsSection,
  lifecycleSection,
  clausesSection,
  generalTestsSection,
  examplesSection,
  interpretationsSection,
  rulesSection,
  sourcesSection,
];

/**
 * The handbook (håndbok) of an agreement, in Norwegian bokmål, as Markdown and
 * as a static HTML page that prints well to PDF (A4, page numbers, a running
 * footer), built from the agreement's data and by running the library: how to
 * cite it (the source documents, the program's version, the handbook's date,
 * the SHA-256 fingerprint of the clause text), the coverage summary and a
 * register of the clauses, the parties and bodies, the ownership table, every
 * clause with its status (computed by which rules, or not computable and
 * why), its interpretation notes, examples and the tests that name it with
 * their results, worked examples computed by the code, the interpretation
 * register, the rules, the legal basis it quotes, and the deadline calendar.
 * Every link is within the page, except to the API reference when `apiBase`
 * is given.
 *
 * @example
 * const { markdown, html } = handbook(helseplattformen, { testTitles: [], year: 2026, date: '2026-01-01', version: '0.1.0' });
 * markdown.includes('100,01 %'); //=> true
 * markdown.includes('Programversjon: kommunesamarbeid 0.1.0.'); //=> true
 */
export function handbook(
  agreement: Agreement,
  options: HandbookOptions,
): { readonly markdown: string; readonly html: string } {
  const ctx = handbookContext(agreement, options);
  const intro = introSection(agreement, ctx);
  const sections = SECTIONS.flatMap((section) => section(agreement, ctx));
  const body: Block[] = [
    ...explorerSection(agreement, ctx),
    ...sections,
    ...legalBasisSection(legalSectionsCited([...intro, ...sections])),
    ...deadlinesSection(agreement, ctx),
  ];
  const blocks = citeLegalBasis([...intro, contents([...intro, ...body]), ...body]);
  return {
    markdown: toMarkdown(blocks),
    html: toHtml(blocks, agreement.title, footer(agreement, ctx)),
  };
}

/** The table of contents: a link to every section (level-2 heading). */
function contents(blocks: readonly Block[]): Block {
  return {
    kind: 'list',
    items: blocks.flatMap((b) =>
      b.kind === 'heading' && b.level === 2 ? [[{ link: `#${b.id}`, text: b.text }]] : [],
    ),
  };
}

/**
 * The running footer of every printed page: the source document, the
 * program's version and the handbook's date on one line, the fingerprint of
 * the clause text on the next.
 */
function footer(agreement: Agreement, ctx: HandbookContext): string {
  const source = agreement.sources?.[0];
  const document =
    source === undefined
      ? agreement.title
      : `${source.title}${source.date === undefined ? '' : `, ${formatDateNb(source.date)}`}`;
  const version =
    ctx.options.version === undefined ? '' : ` · kommunesamarbeid ${ctx.options.version}`;
  return `${document}${version} · håndbok per ${formatDateNb(ctx.date)}\nSHA-256 av avtaleteksten: ${ctx.fingerprint}`;
}
