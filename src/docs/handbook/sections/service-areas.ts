import type { Agreement } from '../../../model/agreement.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { startOf, writer } from '../words.js';

/** Tjenesteområder: each service area's participants, host and start (none without areas). */
export function serviceAreasSection(agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h } = writer(blocks);
  const { areas } = ctx;
  if (areas.length > 0) {
    h(2, 'Tjenesteområder', 'tjenesteomrader');
    const partyName = (n: string) =>
      agreement.parties.find((x) => x.municipality.number === n)?.municipality.name ?? n;
    blocks.push({
      kind: 'table',
      head: ['Område', 'Deltakere', 'Vertskommune', 'Starter', 'Bestemmelse'],
      rows: areas.map((area) => [
        `${area.group === undefined ? '' : `${area.group}: `}${area.name}`,
        [
          area.participants === null
            ? 'ikke oppgitt i avtalen'
            : area.participants.map(partyName).join(', '),
          ...(area.otherParticipants ?? []).map(
            (o) => `${o.municipality.name} (ikke part i avtalen)`,
          ),
        ].join(', '),
        area.host === undefined ? 'ikke oppgitt i dataene' : partyName(area.host),
        startOf(area) ?? '',
        area.clause,
      ]),
    });
    const remarks = areas.filter((a) => a.note !== undefined);
    if (remarks.length > 0)
      blocks.push({
        kind: 'list',
        items: remarks.map((a) => [`${a.name}: ${a.note}`]),
      });
  }
  return blocks;
}
