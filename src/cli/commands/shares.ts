import { liabilityShares } from '../../finance/liability-shares.js';
import { ownershipShares } from '../../finance/ownership-shares.js';
import { formatDateNb } from '../../internal/format-nb.js';
import type { Agreement } from '../../model/agreement.js';
import type { Lang } from '../../words/explain.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../io.js';
import {
  percentNb,
  populationNb,
  populationSumNb,
  reasonsJson,
  reasonsText,
  toJson,
} from '../output.js';
import { readQuantities } from '../quantities.js';
import { alternativeLines, readingsOption } from '../readings.js';
import { type Column, renderTable } from '../table.js';

/**
 * `kommunesamarbeid shares [--date D] [--pool P] [--quantities FILE] [--liability]`:
 * the ownership table, a pool's cost shares, or the liability shares.
 */
export function sharesCommand(
  agreement: Agreement,
  options: {
    readonly date?: string | undefined;
    readonly reading?: readonly string[] | undefined;
    readonly pool?: string | undefined;
    readonly quantities?: string | undefined;
    readonly liability?: boolean | undefined;
    readonly json: boolean;
  },
  io: CliIo,
  lang: Lang = 'nb',
): string {
  const { pool, quantities: file } = options;
  const common = {
    ...(options.date === undefined ? {} : { date: options.date }),
    ...readingsOption(options.reading),
  };
  if (options.liability === true && (pool !== undefined || file !== undefined)) {
    throw new UsageError(
      'shares --liability takes neither --pool nor --quantities: liability follows the ownership',
    );
  }
  const liability = options.liability === true ? liabilityShares(agreement, common) : null;
  const shares =
    liability ??
    ownershipShares(agreement, {
      ...common,
      ...(pool === undefined ? {} : { pool }),
      ...(file === undefined ? {} : { quantities: readQuantities(file, io) }),
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
      : pool === undefined
        ? ' (etter kostnadsnøkkelen)'
        : ` (etter nøkkelen for ${agreement.costPools?.find((p) => p.id === pool)?.name ?? pool})`;
  const what =
    liability !== null
      ? `Ansvarsandeler (${liability.law}${liability.verified ? '' : ', ikke verifisert'})`
      : shares.kind === 'ownership'
        ? 'Eierandeler'
        : 'Kostnadsandeler';
  const heading = `${agreement.title}\n${what} per ${formatDateNb(shares.date)}${which}`;
  const others = alternativeLines(
    shares.alternatives,
    'percent',
    'ingen kostnadsnøkkel gjelder under denne tolkningen på datoen',
  ).join('\n');
  return `${heading}\n\n${renderTable(columns, rows, footer)}\n\n${others}${reasonsText(shares.reasons, lang)}\n`;
}
