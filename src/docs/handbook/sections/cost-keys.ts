import { formatDateNb } from '../../../internal/format-nb.js';
import type { Agreement } from '../../../model/agreement.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { describeKeyNb, keySource, writer } from '../words.js';

/** Kostnadsnøkler: each cost key, from when, for what, by which clause and source. */
export function costKeysSection(agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const { areas, noteName } = ctx;
  h(2, 'Kostnadsnøkler', 'nokler');
  if (agreement.costKeys.length === 0) p('Avtalen har ingen kostnadsnøkkel i dataene.');
  else {
    p(
      'Hver nøkkel gjelder fra sin dato til neste nøkkel for samme område. En nøkkel med kilde står ikke i avtaleteksten; den bygger på kilden, ikke på bestemmelsen.',
    );
    blocks.push({
      kind: 'table',
      head: ['Fra', 'Nøkkel', 'Gjelder', 'Bestemmelse', 'Kilde'],
      rows: agreement.costKeys.map((key) => [
        `${formatDateNb(key.validFrom)}${key.validUntil === undefined ? '' : ` til og med ${formatDateNb(key.validUntil)}`}`,
        describeKeyNb(key),
        `${
          key.serviceArea === undefined
            ? 'hele avtalen'
            : (areas.find((a) => a.id === key.serviceArea)?.name ?? key.serviceArea)
        }${key.reading === undefined ? '' : `; bare under en lesning som må velges (${noteName(key.reading.note)})`}`,
        key.clause,
        keySource(key) ?? 'avtaleteksten',
      ]),
    });
  }
  if (agreement.populationReferenceDate !== undefined)
    p(`Folketall per ${formatDateNb(agreement.populationReferenceDate)}.`);
  return blocks;
}
