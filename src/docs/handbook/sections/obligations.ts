import type { Agreement } from '../../../model/agreement.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { writer } from '../words.js';

/** Plikter: who has which duty (none without obligations). */
export function obligationsSection(_agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h } = writer(blocks);
  const { obligations } = ctx;
  if (obligations.length > 0) {
    h(2, 'Plikter', 'plikter');
    blocks.push({
      kind: 'table',
      head: ['Hvem', 'Plikt', 'Bestemmelse'],
      rows: obligations.map((o) => [o.who, o.duty, o.clause]),
    });
  }
  return blocks;
}
