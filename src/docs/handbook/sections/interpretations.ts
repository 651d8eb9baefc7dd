import type { Agreement } from '../../../model/agreement.js';
import { clauseContaining } from '../../../model/clause-ref.js';
import type { Block, Inline } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { join, slug, writer } from '../words.js';

/** Tolkningsregister: each interpretation note, its chosen reading and the alternatives. */
export function interpretationsSection(_agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const { notes } = ctx;
  h(2, 'Tolkningsregister', 'tolkning');
  /** A note's text names another note by its number, not by its id: «consensus-scope» → «tolkning 4». */
  const named = (text: string) =>
    notes.reduce((t, n, i) => t.replaceAll(`«${n.id}»`, `«tolkning ${i + 1}»`), text);
  if (notes.length === 0) p('Avtalen har ingen tolkningsnotater.');
  notes.forEach((note, i) => {
    h(
      3,
      `Tolkning ${i + 1}${note.clauses.length === 0 ? '' : ` (${note.clauses.join(', ')})`}`,
      `tolkning-${note.id}`,
    );
    const targets = [...new Set(note.clauses.map((c) => clauseContaining(ctx.refs, c)))].filter(
      (ref): ref is string => ref !== undefined,
    );
    if (targets.length > 0)
      p(
        'Gjelder: ',
        ...join(targets.map((ref): Inline => ({ link: `#${slug(ref)}`, text: ref }))),
        '.',
      );
    p(`Spørsmål: ${named(note.question)}`);
    p(`Valgt lesning: ${named(note.reading)}`);
    const selectable = note.alternatives.some((a) => a.id !== undefined);
    if (note.readingId !== undefined)
      p(
        'Lesningen kan velges i programmet med ',
        { code: `--reading ${note.id}=${note.readingId}` },
        selectable ? '; de andre lesningene med koden i tabellen.' : '.',
      );
    if (note.alternatives.length > 0) {
      blocks.push({
        kind: 'table',
        head: ['Alternativ', 'Hva som endres', ...(selectable ? ['Kode'] : [])],
        rows: note.alternatives.map((a) => [
          named(a.reading),
          named(a.consequence),
          ...(selectable ? [a.id === undefined ? '–' : ({ code: a.id } as Inline)] : []),
        ]),
      });
    }
  });
  return blocks;
}
