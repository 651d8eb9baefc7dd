import { LEGAL_CITATION } from '../../../words/legal-citation.js';
import { type Block, type Cell, type Inline, textsOf } from '../../blocks.js';
import { LEGAL_BASIS, type LegalSection } from '../../legal-basis.js';
import { writer } from '../words.js';

/** The anchor of a section of the legal basis: "1.5" → "kildegrunnlag-1-5". */
const anchor = (section: string) => `kildegrunnlag-${section.replace('.', '-')}`;

/** The sections of the legal notes that text cites, in the table's order. */
export function legalSectionsCited(blocks: readonly Block[]): LegalSection[] {
  const cited = new Set<string>();
  for (const text of textsOf(blocks)) {
    for (const m of text.matchAll(LEGAL_CITATION)) cited.add(m[1] ?? '');
  }
  return LEGAL_BASIS.filter((s) => cited.has(s.section));
}

/**
 * Kildegrunnlag: what the handbook takes from the legal notes, each
 * statement with its source and whether it is verified (none when nothing
 * is cited).
 */
export function legalBasisSection(sections: readonly LegalSection[]): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  if (sections.length === 0) return blocks;
  h(2, 'Kildegrunnlag utenfor avtalen', 'kildegrunnlag');
  p(
    'Det håndboken bygger på om lov og forvaltningspraksis og om kilder utenfor avtaleteksten, med kilden for hvert utsagn. «Verifisert» betyr kontrollert mot kilden som er oppgitt; «ikke verifisert» betyr at utsagnet ikke er kontrollert og ikke må leses som gjeldende rett.',
  );
  for (const section of sections) {
    h(3, `Kildegrunnlag ${section.section}: ${section.title}`, anchor(section.section));
    blocks.push({
      kind: 'table',
      head: ['Utsagn', 'Kilde', 'Status'],
      rows: section.statements.map((s) => [
        s.text,
        s.source,
        s.verified ? 'verifisert' : 'ikke verifisert',
      ]),
    });
  }
  return blocks;
}

/** Text with each citation of the legal notes as a link to its section of the legal basis. */
function cite(text: string): (string | { readonly link: string; readonly text: string })[] {
  const parts: (string | { readonly link: string; readonly text: string })[] = [];
  let from = 0;
  for (const m of text.matchAll(LEGAL_CITATION)) {
    const section = m[1];
    if (m.index > from) parts.push(text.slice(from, m.index));
    parts.push(
      section !== undefined && LEGAL_BASIS.some((s) => s.section === section)
        ? { link: `#${anchor(section)}`, text: `kildegrunnlag ${section}` }
        : 'et internt notat som ikke følger med håndboken',
    );
    from = m.index + m[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

/** Plain text with the citations named, without links (headings, quotes, code). */
const named = (text: string) =>
  cite(text)
    .map((part) => (typeof part === 'string' ? part : part.text))
    .join('')
    .replaceAll('UNVERIFIED', 'ikke verifisert');

const inline = (part: Inline): Inline[] =>
  typeof part === 'string'
    ? cite(part.replaceAll('UNVERIFIED', 'ikke verifisert'))
    : 'code' in part
      ? [{ code: named(part.code) }]
      : [{ ...part, text: named(part.text) }];

const cell = (c: Cell): Cell => {
  const parts = (typeof c === 'string' || !Array.isArray(c) ? [c as Inline] : c).flatMap(inline);
  return parts.length === 1 ? (parts[0] as Inline) : parts;
};

/**
 * The blocks with every citation of the legal notes ("LEGAL.md §1.5") made a
 * link to the handbook's own legal basis ("kildegrunnlag 1.5"), and
 * "UNVERIFIED" said in bokmål: the handbook cites nothing the reader cannot
 * open.
 */
export function citeLegalBasis(blocks: readonly Block[]): Block[] {
  return blocks.map((b): Block => {
    if (b.kind === 'heading' || b.kind === 'quote') return { ...b, text: named(b.text) };
    if (b.kind === 'paragraph') return { ...b, parts: b.parts.flatMap(inline) };
    if (b.kind === 'list') return { ...b, items: b.items.map((item) => item.flatMap(inline)) };
    if (b.kind === 'html') return b;
    return { ...b, rows: b.rows.map((row) => row.map(cell)) };
  });
}
