import { formatDateNb } from '../../../internal/format-nb.js';
import type { Agreement } from '../../../model/agreement.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { describeKeyNb, writer } from '../words.js';

/** Kilder utenfor avtaleteksten: every value the data takes from a source other than the text. */
export function sourcesSection(agreement: Agreement, _ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  h(2, 'Kilder utenfor avtaleteksten', 'kilder');
  const sources = dataSources(agreement);
  if (sources.length === 0) p('Dataene oppgir ingen kilde utenfor avtaleteksten.');
  else {
    p(
      'Disse verdiene står ikke i avtaleteksten; dataene bygger på kilden som er oppgitt, ikke på bestemmelsen.',
    );
    blocks.push({
      kind: 'table',
      head: ['Hva', 'Kilde'],
      rows: sources.map((s) => [s.what, s.source]),
    });
  }
  return blocks;
}

/** Every `source` (or `…Source`) text anywhere under a value of the data. */
function sourcesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(sourcesIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    /^sources?$|Sources?$/.test(key)
      ? (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string')
      : sourcesIn(v),
  );
}

/** Every data source named anywhere in the agreement's data, with what it is the source of. */
function dataSources(agreement: Agreement): { readonly what: string; readonly source: string }[] {
  const from = (what: string, value: unknown) =>
    sourcesIn(value).map((source) => ({ what, source }));
  const {
    parties,
    costKeys,
    serviceAreas,
    organs,
    regions,
    obligations,
    lifecycle,
    clauses,
    interpretations,
    ...rest
  } = agreement;
  return [
    ...from('Avtalen', rest),
    ...parties.flatMap((p) => from(`${p.municipality.number} ${p.municipality.name}`, p)),
    ...costKeys.flatMap((k) =>
      from(`Kostnadsnøkkelen fra ${formatDateNb(k.validFrom)} (${describeKeyNb(k)})`, k),
    ),
    ...(serviceAreas ?? []).flatMap((a) => from(`Tjenesteområdet ${a.name}`, a)),
    ...(organs ?? []).flatMap((o) => from(o.name, o)),
    ...(regions ?? []).flatMap((r) => from(`Regionen ${r.name}`, r)),
    ...(obligations ?? []).flatMap((o) => from(`Plikten «${o.duty}»`, o)),
    ...from('Uttreden, opptak, endring og andre regler over tid', lifecycle),
    ...clauses.flatMap((c) => from(`Bestemmelsen ${c.ref}`, c)),
    ...(interpretations ?? []).flatMap((n, i) => from(`Tolkning ${i + 1}`, n)),
  ];
}
