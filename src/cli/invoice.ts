import { AgreementInputError, type InputProblem } from '../model/errors.js';
import type { Invoice } from '../model/invoice.js';
import { normalizeAmount } from '../words/norwegian-amount.js';
import { type CliIo, UsageError } from './io.js';
import { readJson, readText } from './load-agreement.js';

/** The forms of invoice file `verify --invoice` reads. */
export type InvoiceFormat = 'json' | 'csv' | 'csv-nb';

/** Header names (compared in lower case) of the kommunenummer column and of the amount column. */
const NUMBER_HEADERS = ['number', 'kommunenummer', 'nr.', 'nr'];
const AMOUNT_HEADERS = ['amount', 'beløp', 'beløp (kr)', 'belop'];

/** An amount as the engine takes it (after {@link normalizeAmount}): at most 15 digits of kroner, two decimals. */
const AMOUNT = /^\d{1,15}(?:\.\d{1,2})?$/;

/**
 * Reads the invoice for `verify --invoice FILE` (`-`: standard input): a
 * JSON file of the shape `{ "lines": [{ "number", "amount" }] }`
 * (schema/invoice.json; checked by `verifyInvoice`), or a CSV table in
 * either dialect, told apart by the header line's separator:
 *
 * - `csv`: commas, amounts with a decimal dot (`1234.50`);
 * - `csv-nb`: semicolons, amounts as Norwegians write them (`1 234,50`,
 *   grouped by spaces or no-break spaces), a UTF-8 byte order mark allowed.
 *
 * Fields may be quoted (RFC 4180: `"…"`, `""` for a quote). The header names
 * the kommunenummer column (`number`, `kommunenummer`, `Nr.`) and the amount
 * column (`amount`, `beløp`, `Beløp (kr)`), in any case; other columns are
 * ignored, and so are blank lines. A kommunenummer of three digits gets back
 * the leading zero a spreadsheet drops (`301` → `0301`). Every line's
 * problem is reported at once, by line number.
 *
 * @example
 * const io: CliIo = { stdout: console.log, stderr: console.error,
 *   readFile: () => '\uFEFFKommunenummer;Kommune;Beløp (kr)\n5001;Trondheim;"400 672,63"\n301;Oslo;12\n' };
 * readInvoice('faktura.csv', io);
 * //=> { format: 'csv-nb', invoice: { lines: [{ number: '5001', amount: '400672.63' }, { number: '0301', amount: '12' }] } }
 */
export function readInvoice(
  path: string,
  io: CliIo,
): { readonly format: InvoiceFormat; readonly invoice: Invoice } {
  const text = readText(path, io).replace(/^\uFEFF/, '');
  const name = path === '-' ? 'standard input' : path;
  if (/^\s*[[{]/.test(text)) {
    return { format: 'json', invoice: readJson(path, { ...io, readFile: () => text }) as Invoice };
  }
  const firstLine = text.split(/\r?\n/, 1)[0] as string;
  const separator = firstLine.includes(';') ? ';' : ',';
  const format: InvoiceFormat = separator === ';' ? 'csv-nb' : 'csv';
  const [header, ...rows] = parseCsv(text, separator, name);
  const titles = (header?.cells ?? []).map((cell) => cell.trim());
  const names = titles.map((title) => title.toLowerCase());
  const numberAt = columnOf(names, NUMBER_HEADERS, 'kommunenummer', name);
  const amountAt = columnOf(names, AMOUNT_HEADERS, 'amount', name);
  const problems: InputProblem[] = [];
  const lines: { number: string; amount: string }[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const where = (column: number) => `${name}, line ${line}, ${titles[column] as string}`;
    const problem = (column: number, code: string, message: string) =>
      problems.push({ path: where(column), code, message });
    const rawNumber = (cells[numberAt] ?? '').trim();
    const number = /^\d{3}$/.test(rawNumber) ? `0${rawNumber}` : rawNumber;
    const amount = normalizeAmount(cells[amountAt] ?? '');
    if (number === '') {
      problem(
        numberAt,
        'required',
        'has no kommunenummer (a sum line? verify adds up the lines itself: remove it)',
      );
    } else if (!/^\d{4}$/.test(number)) {
      problem(
        numberAt,
        'invalid_format',
        `must be a kommunenummer of four digits, e.g. 5001: ${JSON.stringify(rawNumber.slice(0, 40))}`,
      );
    } else if (seen.has(number)) {
      problem(numberAt, 'duplicate_line', `${number} is invoiced on line ${seen.get(number)} too`);
    } else seen.set(number, line);
    if (!AMOUNT.test(amount)) {
      problem(
        amountAt,
        amount === '' ? 'required' : 'invalid_format',
        `must be an amount in NOK with at most two decimals, e.g. ${
          format === 'csv' ? '1234.50' : '1 234,50'
        }: ${JSON.stringify(amount.slice(0, 40))}`,
      );
    }
    lines.push({ number, amount });
  }
  if (problems.length > 0) throw new AgreementInputError(problems, `Invalid invoice ${name}`);
  if (lines.length === 0) {
    throw new UsageError(`${name} has no invoice lines under its header`, {
      code: 'no_lines',
      path: name,
      nb: `${name} har ingen fakturalinjer under overskriften`,
    });
  }
  return { format, invoice: { lines } };
}

/** The one column whose header is one of `accepted`; a usage error naming them otherwise. */
function columnOf(
  names: readonly string[],
  accepted: readonly string[],
  what: string,
  path: string,
): number {
  const found = names.flatMap((name, i) => (accepted.includes(name) ? [i] : []));
  if (found.length === 1) return found[0] as number;
  const has = names.join(', ').slice(0, 200);
  throw new UsageError(
    `${path}: the header must name ${found.length === 0 ? 'a' : 'only one'} ${what} column (${accepted.join(', ')}; any case); it has: ${has}`,
    {
      code: 'invalid_header',
      path,
      nb: `${path}: overskriften må ha ${found.length === 0 ? 'en' : 'bare én'} kolonne for ${what === 'amount' ? 'beløp' : what} (${accepted.join(', ')}; store eller små bokstaver); den har: ${has}`,
    },
  );
}

/**
 * RFC 4180 records: fields split by `separator`, a field in double quotes
 * may hold the separator, line breaks and `""` for a quote. Each record with
 * the line it starts on (1-based).
 */
function parseCsv(
  text: string,
  separator: string,
  path: string,
): { readonly line: number; readonly cells: readonly string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += c;
  }
  if (quoted) {
    throw new UsageError(`${path}, line ${quoteLine}: a quoted field is not closed`, {
      code: 'unclosed_quote',
      path,
      nb: `${path}, linje ${quoteLine}: et felt i anførselstegn er ikke avsluttet`,
    });
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  return records;
}
