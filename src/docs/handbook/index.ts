import type { Agreement } from '../../model/agreement.js';
import { type Block, toHtml, toMarkdown } from '../blocks.js';
import { type HandbookOptions, handbookContext, type Section } from './context.js';
import { clausesSection } from './sections/clauses.js';
import { costKeysSection } from './sections/cost-keys.js';
import { coverageSection } from './sections/coverage.js';
import { deadlinesSection } from './sections/deadlines.js';
import { examplesSection } from './sections/examples.js';
import { generalTestsSection } from './sections/general-tests.js';
import { interpretationsSection } from './sections/interpretations.js';
import { introSection } from './sections/intro.js';
import { lifecycleSection } from './sections/lifecycle.js';
import { obligationsSection } from './sections/obligations.js';
import { organsSection } from './sections/organs.js';
import { partiesSection } from './sections/parties.js';
import { serviceAreasSection } from './sections/service-areas.js';
import { sourcesSection } from './sections/sources.js';

export type { HandbookOptions } from './context.js';

/** The sections of the handbook, in order; a section with nothing to say gives no blocks. */
const SECTIONS: readonly Section[] = [
  introSection,
  coverageSection,
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
  sourcesSection,
  deadlinesSection,
];

/**
 * The handbook (håndbok) of an agreement, in Norwegian bokmål, as Markdown and
 * as a static HTML page that prints well to PDF, built from the agreement's
 * data and by running the library: the coverage summary, the parties and
 * bodies, the ownership table, every clause with its status (computed by
 * which rules, with links to the API reference, or not computable and why)
 * and the tests that name it, worked examples computed by the code, the
 * interpretation register, and the deadline calendar.
 *
 * @example
 * const { markdown, html } = handbook(helseplattformen, { testTitles: [], year: 2026, apiBase: '../api' });
 * markdown.includes('100,01 %'); //=> true
 */
export function handbook(
  agreement: Agreement,
  options: HandbookOptions,
): { readonly markdown: string; readonly html: string } {
  const ctx = handbookContext(agreement, options);
  const blocks: Block[] = SECTIONS.flatMap((section) => section(agreement, ctx));
  return { markdown: toMarkdown(blocks), html: toHtml(blocks, agreement.title) };
}
