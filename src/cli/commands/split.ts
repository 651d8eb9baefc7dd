import { splitCost } from '../../finance/split-cost.js';
import { formatDateNb, formatNumberNb } from '../../internal/format-nb.js';
import type { Agreement } from '../../model/agreement.js';
import type { Lang } from '../../words/explain.js';
import type { CliIo } from '../io.js';
import { normalizeAmount } from '../norwegian-amount.js';
import { populationNb, populationSumNb, reasonsJson, reasonsText, toJson } from '../output.js';
import { readQuantities } from '../quantities.js';
import { alternativeLines, readingsOption } from '../readings.js';
import { renderTable } from '../table.js';

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
    readonly json: boolean;
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
  if (options.json) {
    return toJson({ ...split, reasons: reasonsJson(split.reasons, lang) });
  }
  const columns = [
    { header: 'Nr.', align: 'left' },
    { header: 'Kommune', align: 'left' },
    { header: 'Innbyggere', align: 'right' },
    { header: 'Beløp (kr)', align: 'right' },
  ] as const;
  const rows = split.parties.map((p) => [
    p.number,
    p.name,
    populationNb(p.population),
    formatNumberNb(p.amount),
  ]);
  const footer = ['', 'Sum', populationSumNb(split.parties), formatNumberNb(split.sum)];
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
  return `${heading}\n\n${renderTable(columns, rows, footer)}\n\n${others}${reasonsText(split.reasons, lang)}\n`;
}
