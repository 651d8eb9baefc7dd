import { splitCost } from '../../finance/split-cost.js';
import { formatDateNb, formatNumberNb } from '../../internal/format-nb.js';
import type { Agreement } from '../../model/agreement.js';
import { UsageError } from '../io.js';
import { populationNb, populationSumNb, reasonsJson, reasonsText, toJson } from '../output.js';
import { renderTable } from '../table.js';

/** `kommunesamarbeid split --amount A [--date D]`: a cost split. */
export function splitCommand(
  agreement: Agreement,
  options: {
    readonly amount?: string | undefined;
    readonly date?: string | undefined;
    readonly json: boolean;
  },
): string {
  if (options.amount === undefined) {
    throw new UsageError('split needs --amount, the amount in NOK, e.g. --amount 10000000.00');
  }
  const split = splitCost(
    agreement,
    options.amount,
    options.date === undefined ? {} : { date: options.date },
  );
  if (options.json) {
    return toJson({ ...split, reasons: reasonsJson(split.reasons) });
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
  const heading = `${agreement.title}\nFordeling av ${formatNumberNb(split.amount)} kr per ${formatDateNb(split.date)}`;
  return `${heading}\n\n${renderTable(columns, rows, footer)}\n\n${reasonsText(split.reasons)}\n`;
}
