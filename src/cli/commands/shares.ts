import { liabilityShares } from '../../finance/liability-shares.js';
import { ownershipShares } from '../../finance/ownership-shares.js';
import { formatDateNb } from '../../internal/format-nb.js';
import type { Agreement } from '../../model/agreement.js';
import type { Lang } from '../../words/explain.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../io.js';
import { populationSum, reasonsJson, reasonsText, toJson } from '../output.js';
import { readQuantities } from '../quantities.js';
import { alternativeLines, readingsOption } from '../readings.js';
import { type DataColumn, type Format, PARTY_COLUMNS, renderAs } from '../table.js';

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
    readonly format: Format;
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
      {
        code: 'conflicting_options',
        path: '--liability',
        nb: 'shares --liability tar verken --pool eller --quantities: ansvaret følger eierandelene',
      },
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
  if (options.format === 'json') {
    return toJson({ ...shares, reasons: reasonsJson(shares.reasons, lang) });
  }
  const stated = shares.statedPercentSum !== undefined;
  const columns: DataColumn[] = [
    ...PARTY_COLUMNS,
    { key: 'population', header: 'Innbyggere', kind: 'integer' },
    { key: 'percent', header: 'Andel', headerNb: 'Andel (%)', kind: 'percent' },
    {
      key: 'percentLargestRemainder',
      header: 'Største rest',
      headerNb: 'Største rest (%)',
      kind: 'percent',
    },
  ];
  if (stated) {
    columns.push({
      key: 'statedPercent',
      header: 'I avtalen',
      headerNb: 'I avtalen (%)',
      kind: 'percent',
    });
  }
  const table = {
    columns,
    rows: shares.parties.map((p) => [
      p.number,
      p.name,
      p.population ?? null,
      p.percent,
      p.percentLargestRemainder,
      ...(stated ? [p.statedPercent ?? null] : []),
    ]),
    footer: [
      null,
      'Sum',
      populationSum(shares.parties),
      shares.percentSum,
      shares.percentLargestRemainderSum,
      ...(stated ? [shares.statedPercentSum ?? null] : []),
    ],
  };
  if (options.format !== 'table') return renderAs(table, options.format);
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
  return `${heading}\n\n${renderAs(table, 'table')}\n\n${others}${reasonsText(shares.reasons, lang)}\n`;
}
