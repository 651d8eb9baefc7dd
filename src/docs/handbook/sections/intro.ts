import { formatDateNb } from '../../../internal/format-nb.js';
import type { Agreement } from '../../../model/agreement.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { cited, join, LEGAL_FORM_NB, writer } from '../words.js';

/** The title, what the handbook is, the form, the dates, and the list of sections. */
export function introSection(agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const { options, notes, general, areas, obligations, noteLink } = ctx;
  h(1, agreement.title, 'top');
  const validity = agreement.validityClause;
  const validityNotes =
    validity === undefined ? [] : notes.filter((n) => n.clauses.includes(validity));
  p(
    'Håndbok generert fra de samme dataene og den samme koden som regner ut svarene, for avtalen ',
    { code: agreement.id },
    `. Den skal ikke redigeres for hånd. Samarbeidsform: ${LEGAL_FORM_NB[agreement.legalForm]}${agreement.legalBasis === undefined ? '' : `, jf. ${agreement.legalBasis}`}. Gjelder fra ${formatDateNb(agreement.validFrom)}${agreement.validUntil === undefined ? '' : ` til og med ${formatDateNb(agreement.validUntil)}`} ${cited(validity)}.`,
    ...(validityNotes.length === 0
      ? []
      : [
          ' Datoene bygger på en tolkning, se ',
          ...join(validityNotes.map((n) => noteLink(n.id))),
          '.',
        ]),
  );
  const sections: [string, string][] = [
    ['dekning', 'Dekning'],
    ['parter', 'Parter'],
    ['nokler', 'Kostnadsnøkler'],
    ...(areas.length === 0 ? [] : [['tjenesteomrader', 'Tjenesteområder'] as [string, string]]),
    ['organer', 'Organer'],
    ...(obligations.length === 0 ? [] : [['plikter', 'Plikter'] as [string, string]]),
    ['bestemmelser', 'Bestemmelser'],
    ...(general.length === 0
      ? []
      : [['felles-tester', 'Tester av flere bestemmelser'] as [string, string]]),
    ['eksempler', 'Eksempler'],
    ['tolkning', 'Tolkningsregister'],
    ['kilder', 'Kilder utenfor avtaleteksten'],
    ['frister', `Frister ${options.year}`],
  ];
  blocks.push({ kind: 'list', items: sections.map(([id, text]) => [{ link: `#${id}`, text }]) });
  return blocks;
}
