import type { Agreement } from '../../../model/agreement.js';
import type { Block, Inline } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { join, slug, writer } from '../words.js';

/** Eksempler: the worked examples, computed by the code. */
export function examplesSection(_agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  h(2, 'Eksempler', 'eksempler');
  const { examples } = ctx;
  if (examples.length === 0)
    p(
      'Det lages ingen regnede eksempler for denne avtalen; reglene som gjelder den, står under hver bestemmelse. Eksempler lages bare for fordeling etter en kostnadsnøkkel som dataene kan regne ut, for vedtak i et organ med ett sete per part og en brøk som krav til vedtaksførhet, for uttreden og for opptak.',
    );
  else p('Eksemplene er regnet ut av koden da håndboken ble laget.');
  for (const example of examples) {
    h(3, example.title, example.id);
    blocks.push(...example.blocks);
    if (example.clauses.length > 0)
      p(
        'Bestemmelser: ',
        ...join(example.clauses.map((ref): Inline => ({ link: `#${slug(ref)}`, text: ref }))),
        '.',
      );
  }
  return blocks;
}
