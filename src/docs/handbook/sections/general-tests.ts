import type { Agreement } from '../../../model/agreement.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { testsList, writer } from '../words.js';

/** Tester av flere bestemmelser: tests of the text as a whole (none without them). */
export function generalTestsSection(_agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const { general } = ctx;
  const skipped = ctx.skippedOf(undefined);
  if (general.length > 0 || skipped.length > 0) {
    h(2, 'Tester av flere bestemmelser', 'felles-tester');
    p(
      'Disse testene gjelder avtaleteksten som helhet eller flere bestemmelser samlet (overskrifter, rekkefølge, ordrett tekst), og regnes ikke til noen enkelt bestemmelse.',
    );
    testsList(blocks, ctx, general, skipped, 'felles-tester-liste');
  }
  return blocks;
}
