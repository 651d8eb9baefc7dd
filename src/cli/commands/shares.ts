import { ownershipShares } from '../../finance/ownership-shares.js';
import { formatDateNb } from '../../internal/format-nb.js';
import type { Agreement } from '../../model/agreement.js';
import type { Lang } from '../../words/explain.js';
import {
  percentNb,
  populationNb,
  populationSumNb,
  reasonsJson,
  reasonsText,
  toJson,
} from '../output.js';
import { alternativeLines, readingsOption } from '../readings.js';
import { type Column, renderTable } from '../table.js';

/** `kommunesamarbeid shares [--date D]`: the ownership table. */
export function sharesCommand(
  agreement: Agreement,
  options: {
    readonly date?: string | undefined;
    readonly reading?: readonly string[] | undefined;
    readonly json: boolean;
  },
  lang: Lang = 'nb',
): string {
  const shares = ownershipShares(agreement, {
    ...(options.date === undefined ? {} : { date: options.date }),
    ...readingsOption(options.reading),
  });
  if (options.json) {
    return toJson({ ...shares, reasons: reasonsJson(shares.reasons, lang) });
  }
  const stated = shares.statedPercentSum !== undefined;
  const columns: Column[] = [
    { header: 'Nr.', align: 'left' },
    { header: 'Kommune', align: 'left' },
    { header: 'Innbyggere', align: 'right' },
    { header: 'Andel', align: 'right' },
    { header: 'Største rest', align: 'right' },
  ];
  if (stated) columns.push({ header: 'I avtalen', align: 'right' });
  const rows = shares.parties.map((p) => [
    p.number,
    p.name,
    populationNb(p.population),
    percentNb(p.percent),
    percentNb(p.percentLargestRemainder),
    ...(p.statedPercent === undefined ? [] : [percentNb(p.statedPercent)]),
  ]);
  const footer = [
    '',
    'Sum',
    populationSumNb(shares.parties),
    percentNb(shares.percentSum),
    percentNb(shares.percentLargestRemainderSum),
    ...(shares.statedPercentSum === undefined ? [] : [percentNb(shares.statedPercentSum)]),
  ];
  const which =
    shares.basis === 'stated-ownership'
      ? ` (oppgitt i avtalen, ${String(agreement.ownership?.clause)}; ikke kostnadsnøkkelen)`
      : ' (etter kostnadsnøkkelen)';
  const heading = `${agreement.title}\n${shares.kind === 'ownership' ? 'Eierandeler' : 'Kostnadsandeler'} per ${formatDateNb(shares.date)}${which}`;
  const others = alternativeLines(
    shares.alternatives,
    'percent',
    'ingen kostnadsnøkkel gjelder under denne tolkningen på datoen',
  ).join('\n');
  return `${heading}\n\n${renderTable(columns, rows, footer)}\n\n${others}${reasonsText(shares.reasons, lang)}\n`;
}
