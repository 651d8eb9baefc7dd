import { formatDateNb, formatNumberNb } from '../../../internal/format-nb.js';
import type { Agreement } from '../../../model/agreement.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { describeKeyNb, keySource, writer } from '../words.js';

/** Kostnadsnøkler: each cost key, from when, for what, by which clause and source. */
export function costKeysSection(agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const { areas, noteName } = ctx;
  const poolName = (id: string) => agreement.costPools?.find((p) => p.id === id)?.name ?? id;
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
        describeKeyNb(key, agreement.measures),
        `${
          key.serviceArea === undefined
            ? 'hele avtalen'
            : (areas.find((a) => a.id === key.serviceArea)?.name ?? key.serviceArea)
        }${key.pool === undefined ? '' : `; kostnadsområde ${poolName(key.pool)}`}${key.reading === undefined ? '' : `; bare under en lesning som må velges (${noteName(key.reading.note)})`}`,
        key.clause,
        keySource(key) ?? 'avtaleteksten',
      ]),
    });
  }
  const limited = agreement.costKeys.flatMap((key) =>
    key.limits === undefined ? [] : [{ key, limits: key.limits }],
  );
  if (limited.length > 0) {
    p(
      'Gulv og tak per kommune: en kommune under gulvet betaler gulvet, en over taket betaler taket, og resten fordeles på de andre etter nøkkelen.',
    );
    blocks.push({
      kind: 'list',
      items: limited.map(({ key, limits }) => [
        `Nøkkelen fra ${formatDateNb(key.validFrom)} (${key.clause}): ${Object.entries(limits)
          .map(
            ([number, { floor, cap }]) =>
              `${number} ${[
                ...(floor === undefined ? [] : [`minst ${formatNumberNb(floor)} kr`]),
                ...(cap === undefined ? [] : [`høyst ${formatNumberNb(cap)} kr`]),
              ].join(' og ')}`,
          )
          .join('; ')}`,
      ]),
    });
  }
  const measures = agreement.measures ?? [];
  if (measures.length > 0) {
    h(3, 'Målte mengder', 'maalte-mengder');
    p(
      'Deler av en nøkkel kan fordeles etter målt mengde (forbruk). Mengdene er opplysninger om virkeligheten og oppgis for hver fordeling (i CLI med --quantities).',
    );
    blocks.push({
      kind: 'table',
      head: ['Id', 'Mengde', 'Enhet', 'Bestemmelse'],
      rows: measures.map((m) => [m.id, m.name, m.unit, m.clause]),
    });
  }
  const pools = agreement.costPools ?? [];
  if (pools.length > 0) {
    h(3, 'Kostnadsområder', 'kostnadsomrader');
    p(
      'Kostnadene i et område fordeles etter områdets egen nøkkel, eller etter den felles nøkkelen når området ikke har noen (i CLI med --pool).',
    );
    blocks.push({
      kind: 'table',
      head: ['Id', 'Område', 'Bestemmelse'],
      rows: pools.map((pool) => [pool.id, pool.name, pool.clause]),
    });
  }
  if (agreement.populationReferenceDate !== undefined)
    p(`Folketall per ${formatDateNb(agreement.populationReferenceDate)}.`);
  const dates = [
    ...new Set(agreement.parties.flatMap((party) => Object.keys(party.populations ?? {}))),
  ].sort();
  if (dates.length > 0) {
    h(3, 'Folketall over tid', 'folketall-over-tid');
    p(
      'Folketallet per dato for hver kommune. En nøkkel som leser folketallet per 1. januar i budsjettåret, året før eller en fast dato, bruker tallet for den datoen; mangler det, er det en feil som nevner datoen.',
    );
    blocks.push({
      kind: 'table',
      head: ['Nr.', 'Kommune', ...dates.map((d) => formatDateNb(d))],
      rows: agreement.parties.map((party) => [
        party.municipality.number,
        party.municipality.name,
        ...dates.map((d) => {
          const figure = party.populations?.[d];
          return figure === undefined ? '' : formatNumberNb(figure);
        }),
      ]),
      right: dates.map((_, i) => i + 2),
    });
  }
  return blocks;
}
