import { formatDateNb } from '../../../internal/format-nb.js';
import { deadlines } from '../../../lifecycle/deadlines.js';
import type { Agreement } from '../../../model/agreement.js';
import { clauseContaining } from '../../../model/clause-ref.js';
import { describeDuty } from '../../../words/explain.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { attempt, slug, writer } from '../words.js';

/** Frister: the deadline calendar of the year. */
export function deadlinesSection(agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const { options, refs } = ctx;
  h(2, `Frister ${options.year}`, 'frister');
  const calendar = attempt(() => deadlines(agreement, { year: options.year }));
  if (calendar === null) p('Fristene kan ikke regnes ut av dataene.');
  else if (calendar.length === 0)
    p(
      `Ingen daterte frister i ${options.year}${agreement.validUntil !== undefined && agreement.validUntil < `${options.year}-01-01` ? `: avtalen gjaldt til og med ${formatDateNb(agreement.validUntil)}` : ''}.`,
    );
  else {
    blocks.push({
      kind: 'table',
      head: ['Frist', 'Hvem', 'Hva', 'Bestemmelse'],
      rows: calendar.map((d) => [
        d.from === null ? formatDateNb(d.due) : `${formatDateNb(d.from)}–${formatDateNb(d.due)}`,
        d.who,
        describeDuty(d.duty, 'nb'),
        {
          link: `#${slug(clauseContaining(refs, d.clause) ?? d.clause)}`,
          text: d.clause,
        },
      ]),
    });
  }
  return blocks;
}
