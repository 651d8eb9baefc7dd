import { splitCost } from '../../finance/split-cost.js';
import { formatDateNb, formatNumberNb } from '../../internal/format-nb.js';
import type { Agreement } from '../../model/agreement.js';
import type { Lang } from '../../words/explain.js';
import { normalizeAmount } from '../../words/norwegian-amount.js';
import type { CliIo } from '../io.js';
import { populationSum, reasonsJson, reasonsText, toJson } from '../output.js';
import { readQuantities } from '../quantities.js';
import { alternativeLines, readingsOption } from '../readings.js';
import { type DataTable, type Format, PARTY_COLUMNS, renderAs } from '../table.js';

/** `kommunesamarbeid split [--amount A] [--date D] [--pool P] [--quantities FILE]`: a cost split. */
export function splitCommand(
  agreement: Agreement,
  options: {
    readonly amount?: string | undefined;
    readonly date?: string | undefined;
    readonly 'service-area'?: string | undefined;
    readonly reading?: readonly string[] | undefined;
    readonly pool?: string | undefined;
    readonly quantities?: string | undefined;
    readonly format: Format;
  },
  io: CliIo,
  lang: Lang = 'nb',
): string {
  const area = options['service-area'];
  const { pool } = options;
  const file = options.quantities;
  // Without --amount, only a key that sets the amount (a rate per inhabitant) can split.
  const amount = options.amount === undefined ? null : normalizeAmount(options.amount);
  const split = splitCost(agreement, amount, {
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(area === undefined ? {} : { serviceArea: area }),
    ...(pool === undefined ? {} : { pool }),
    ...(file === undefined ? {} : { quantities: readQuantities(file, io) }),
    ...readingsOption(options.reading),
  });
  if (options.format === 'json') {
    return toJson({ ...split, reasons: reasonsJson(split.reasons, lang) });
  }
  const table: DataTable = {
    columns: [
      ...PARTY_COLUMNS,
      { key: 'population', header: 'Innbyggere', kind: 'integer' },
      { key: 'amount', header: 'Beløp (kr)', kind: 'amount' },
    ],
    rows: split.parties.map((p) => [p.number, p.name, p.population ?? null, p.amount]),
    footer: [null, 'Sum', populationSum(split.parties), split.sum],
  };
  if (options.format !== 'table') return renderAs(table, options.format);
  const areaName =
    area === undefined
      ? (agreement.serviceAreas ?? []).length > 0
        ? ' (felles nøkkel for hele avtalen; et tjenesteområde velges med --service-area)'
        : ''
      : ` (${agreement.serviceAreas?.find((a) => a.id === area)?.name ?? area})`;
  const heading = `${agreement.title}\nFordeling av ${formatNumberNb(split.amount)} kr per ${formatDateNb(split.date)}${areaName}`;
  const others = alternativeLines(
    split.alternatives,
    'amount',
    'ingen kostnadsnøkkel gjelder under denne tolkningen på datoen',
  ).join('\n');
  return `${heading}\n\n${renderAs(table, 'table')}\n\n${others}${reasonsText(split.reasons, lang)}\n`;
}
