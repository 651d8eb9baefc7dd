import { verifyInvoice } from '../../analysis/verify.js';
import { formatDateNb, formatNumberNb } from '../../internal/format-nb.js';
import type { Agreement } from '../../model/agreement.js';
import { formatAmount, parseAmount } from '../../rules/money.js';
import type { Lang } from '../../words/explain.js';
import { normalizeAmount } from '../../words/norwegian-amount.js';
import { readInvoice } from '../invoice.js';
import { type CliIo, UsageError } from '../io.js';
import { reasonsJson, reasonsText, toJson } from '../output.js';
import { readQuantities } from '../quantities.js';
import { readingsOption } from '../readings.js';
import { renderTable } from '../table.js';

/**
 * The exit code of `verify` when the invoice deviates from the split (a
 * deviation, a party missing or a line extra): distinct from 1 (internal
 * error) and 2 (bad input or usage).
 */
export const INVOICE_DEVIATES_EXIT = 3;

/** What a command prints, with an exit code other than 0. */
export interface CommandOutcome {
  readonly text: string;
  readonly exitCode: number;
}

/**
 * `kommunesamarbeid verify --invoice FILE [--amount A] [--date D] …`: the
 * invoice beside the split. Exit code 0 when it matches,
 * {@link INVOICE_DEVIATES_EXIT} when it does not.
 */
export function verifyCommand(
  agreement: Agreement,
  options: {
    readonly invoice?: string | undefined;
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
): CommandOutcome {
  const file = options.invoice;
  if (file === undefined) {
    throw new UsageError('verify needs --invoice FILE (CSV or JSON; - for standard input)', {
      code: 'missing_option',
      path: '--invoice',
      nb: 'verify trenger --invoice FILE (CSV eller JSON; - for standard inn)',
    });
  }
  if (file === '-' && options.quantities === '-') {
    throw new UsageError('only one file can be read from standard input (-)', {
      code: 'conflicting_options',
      path: '--quantities',
      nb: 'bare én fil kan leses fra standard inn (-)',
    });
  }
  const area = options['service-area'];
  const { pool } = options;
  const { format, invoice } = readInvoice(file, io);
  const check = verifyInvoice(
    agreement,
    options.amount === undefined ? null : normalizeAmount(options.amount),
    invoice,
    {
      ...(options.date === undefined ? {} : { date: options.date }),
      ...(area === undefined ? {} : { serviceArea: area }),
      ...(pool === undefined ? {} : { pool }),
      ...(options.quantities === undefined
        ? {}
        : { quantities: readQuantities(options.quantities, io) }),
      ...readingsOption(options.reading),
    },
  );
  const exitCode = check.ok ? 0 : INVOICE_DEVIATES_EXIT;
  if (options.json) {
    return { text: toJson({ ...check, reasons: reasonsJson(check.reasons, lang) }), exitCode };
  }
  const columns = [
    { key: 'number', header: 'Nr.', kind: 'code' },
    { key: 'name', header: 'Kommune', kind: 'text' },
    { key: 'expected', header: 'Forventet', kind: 'amount' },
    { key: 'invoiced', header: 'Fakturert', kind: 'amount' },
    { key: 'difference', header: 'Avvik', kind: 'amount' },
  ] as const;
  let partyLines = 0n;
  const rows = check.parties.map((p) => {
    partyLines += p.invoiced === null ? 0n : parseAmount(p.invoiced);
    // A party owed 0.00 may be left off the invoice: not missing, nothing to show.
    const invoiced = p.invoiced !== null ? p.invoiced : p.expected === '0.00' ? null : 'mangler';
    return [p.number, p.name, p.expected, invoiced, p.difference === '0.00' ? null : p.difference];
  });
  const total = formatAmount(partyLines - parseAmount(check.amount));
  const footer = [
    null,
    'Sum',
    check.amount,
    formatAmount(partyLines),
    total === '0.00' ? null : total,
  ];
  const source =
    check.amountFrom === 'invoice'
      ? '\nIntet beløp er oppgitt: fakturaens sum er beløpet som fordeles.'
      : check.amountFrom === 'rate'
        ? '\nSatsen per innbygger gir beløpet.'
        : '';
  const from = file === '-' ? 'fra standard input' : file;
  const heading = `${agreement.title}\nKontroll av faktura ${from} (${format}) mot fordelingen av ${formatNumberNb(check.amount)} kr per ${formatDateNb(check.date)}${source}`;
  const extra =
    check.extra.length === 0
      ? ''
      : `Linjer for kommuner som ikke er deltakere:\n${check.extra
          .map((e) => `  ${e.number}  ${formatNumberNb(e.invoiced)} kr`)
          .join(
            '\n',
          )}\nFakturaens sum med disse linjene: ${formatNumberNb(check.invoicedSum)} kr\n\n`;
  const missing =
    check.missing.length === 0
      ? ''
      : `Mangler på fakturaen: ${check.missing
          .map((m) => `${m.number} ${m.name} (${formatNumberNb(m.expected)} kr)`)
          .join(', ')}\n\n`;
  const verdict = check.ok
    ? 'Resultat: fakturaen stemmer med fordelingen.'
    : `Resultat: AVVIK (${[
        `${check.deviations.length} beløp avviker`,
        `${check.missing.length} mangler`,
        `${check.extra.length} ekstra`,
      ].join(', ')}); returkode ${INVOICE_DEVIATES_EXIT}.`;
  return {
    text: `${heading}\n\n${renderTable({ columns, rows, footer })}\n\n${missing}${extra}${verdict}\n\n${reasonsText(check.reasons, lang)}\n`,
    exitCode,
  };
}
