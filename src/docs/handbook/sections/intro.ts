import { formatDateNb } from '../../../internal/format-nb.js';
import type { Agreement } from '../../../model/agreement.js';
import type { Block, Cell } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { cited, join, LEGAL_FORM_NB, writer } from '../words.js';
import { testRunText } from './coverage.js';

/**
 * The title, what the handbook is, the form and the dates, and how to cite
 * it (kildeangivelse): the source documents, the program's version, the
 * handbook's date, the fingerprint of the clause text and the test run.
 */
export function introSection(agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const { options, notes, noteLink } = ctx;
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
  h(2, 'Kildeangivelse', 'kildeangivelse');
  const sources = agreement.sources ?? [];
  if (sources.length === 0) p('Kildedokument: dataene oppgir ikke hvilket dokument de bygger på.');
  else {
    p(sources.length === 1 ? 'Kildedokument:' : 'Kildedokumenter, avtaleteksten først:');
    blocks.push({
      kind: 'table',
      head: ['Dokument', 'Dato', 'Adresse', 'Om kilden'],
      rows: sources.map((s): Cell[] => [
        s.title,
        s.date === undefined ? 'ikke oppgitt' : formatDateNb(s.date),
        s.url === undefined ? 'ikke oppgitt' : { link: s.url, text: s.url },
        s.about ?? '',
      ]),
    });
  }
  blocks.push({
    kind: 'list',
    items: [
      [
        `Programversjon: ${options.version === undefined ? 'ikke oppgitt' : `kommunesamarbeid ${options.version}`}.`,
      ],
      [
        `Håndbokens dato: ${formatDateNb(ctx.date)}${options.date === undefined ? ' (datoen avtalen gjelder fra; ingen annen dato ble oppgitt)' : ''}.`,
      ],
      [
        'Fingeravtrykk av avtaleteksten (SHA-256 av bestemmelsene, som ',
        { code: 'textFingerprint' },
        ' regner det): ',
        { code: ctx.fingerprint },
        '.',
      ],
      [testRunText(ctx)],
    ],
  });
  return blocks;
}
