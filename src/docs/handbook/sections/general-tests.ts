import type { Agreement } from '../../../model/agreement.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { writer } from '../words.js';

/** Tester av flere bestemmelser: tests of the text as a whole (none without them). */
export function generalTestsSection(_agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const { general } = ctx;
  if (general.length > 0) {
    h(2, 'Tester av flere bestemmelser', 'felles-tester');
    p(
      `Disse testene gjelder avtaleteksten som helhet eller flere bestemmelser samlet (overskrifter, rekkefølge, ordrett tekst), og regnes ikke til noen enkelt bestemmelse. Tester (${general.length}; titlene er på engelsk):`,
    );
    blocks.push({ kind: 'list', items: general.map((t) => [t]), lang: 'en' });
  }
  return blocks;
}
