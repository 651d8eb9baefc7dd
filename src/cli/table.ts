import { formatDateNb, formatNumberNb } from '../internal/format-nb.js';
import { UsageError } from './io.js';

/**
 * A command's table as data, written by one renderer in each `--format`:
 * `table` for the terminal (Norwegian number format, at most 100 columns),
 * `csv` (RFC 4180: comma, dot decimals, a header of the JSON field names)
 * and `csv-nb` (a byte order mark, semicolons, decimal comma, no digit
 * grouping, Norwegian headers), for a spreadsheet.
 *
 * The kinds of a column:
 * - `text`: as it is;
 * - `code`: digits that are a name, not a number (kommunenummer): kept as
 *   text with its leading zero, so quoted in csv-nb;
 * - `integer`, `amount` (dot-decimal kroner), `percent` (dot-decimal
 *   percent): numbers, right-aligned;
 * - `date`: `YYYY-MM-DD`, as it is in CSV, `1. januar 2025` in the table.
 */
export type ColumnKind = 'text' | 'code' | 'integer' | 'amount' | 'percent' | 'date';

/** One column: its JSON/CSV name, its heading in the table and in csv-nb, and its kind. */
export interface DataColumn {
  /** The JSON field name, the `csv` header. */
  readonly key: string;
  /** The heading in the terminal table (bokmål, short). */
  readonly header: string;
  /** The `csv-nb` header, where it differs from `header` (e.g. `Kommunenummer` for `Nr.`). */
  readonly headerNb?: string;
  readonly kind: ColumnKind;
}

/** A cell: a string (dot-decimal for numbers, ISO for dates), a number, or `null` for none. */
export type Cell = string | number | null;

/** Rows of cells under columns, and a sum row that only the terminal table shows. */
export interface DataTable {
  readonly columns: readonly DataColumn[];
  readonly rows: readonly (readonly Cell[])[];
  readonly footer?: readonly Cell[];
}

/** The output formats of `--format`. */
export const FORMATS = ['table', 'json', 'csv', 'csv-nb'] as const;
export type Format = (typeof FORMATS)[number];

/** The widest line of a terminal table. */
export const TABLE_WIDTH = 100;

/**
 * The format asked for: `--format`, or `json` for `--json` (its alias), or
 * `table`. Both given must agree; a command without a table takes only
 * `table` and `json`.
 */
export function formatOption(format: string | undefined, json: boolean, hasTable = true): Format {
  if (format === undefined) return json ? 'json' : 'table';
  const known = (FORMATS as readonly string[]).includes(format);
  if (!known || (!hasTable && format !== 'table' && format !== 'json')) {
    throw new UsageError(
      `--format must be ${hasTable ? 'table, json, csv or csv-nb' : 'table or json (this command prints no table)'}; got "${format}"`,
      {
        code: 'invalid_value',
        path: '--format',
        nb: `--format må være ${hasTable ? 'table, json, csv eller csv-nb' : 'table eller json (denne kommandoen skriver ingen tabell)'}; fikk "${format}"`,
      },
    );
  }
  if (json && format !== 'json') {
    throw new UsageError(`--json is --format json; it cannot go with --format ${format}`, {
      code: 'conflicting_options',
      path: '--format',
      nb: `--json er --format json; det kan ikke gis sammen med --format ${format}`,
    });
  }
  return format as Format;
}

const NUMERIC: ReadonlySet<ColumnKind> = new Set(['integer', 'amount', 'percent']);

/** A cell for the terminal, in Norwegian form. */
function terminalCell(cell: Cell, kind: ColumnKind): string {
  if (cell === null) return '';
  // A word in a number column ("mangler" for an amount missing) stays as it is.
  if (typeof cell === 'string' && !/^-?\d/.test(cell)) return cell;
  if (kind === 'integer' || kind === 'amount') return formatNumberNb(cell);
  if (kind === 'percent') return `${formatNumberNb(cell)} %`;
  if (kind === 'date') return formatDateNb(String(cell));
  return String(cell);
}

/** Words of `text` in lines of at most `width` characters; a longer word is cut. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ').filter((w) => w !== '')) {
    while (word.length > width) {
      if (line !== '') lines.push(line);
      line = '';
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  // The last line; for a text without words, the one empty line.
  lines.push(line);
  return lines;
}

/**
 * A line of `prefix` and `text`, wrapped to `width` with the continuation
 * lines indented as far as the prefix: for reasons and findings.
 *
 * @example
 * hangingLine('  §9  ', 'Kostnadene fordeles etter antall innbyggere i kommunene', 40);
 * //=> '  §9  Kostnadene fordeles etter antall\n      innbyggere i kommunene'
 */
export function hangingLine(prefix: string, text: string, width = TABLE_WIDTH): string {
  const room = Math.max(width - prefix.length, 20);
  return wrapWords(text, room)
    .map((line, i) => `${i === 0 ? prefix : ' '.repeat(prefix.length)}${line}`.trimEnd())
    .join('\n');
}

/**
 * Text for the terminal with every line of more than `width` characters
 * wrapped at spaces, its later lines indented two more than its first.
 *
 * @example
 * fitWidth('  one two three', 12); //=> '  one two\n    three'
 */
export function fitWidth(text: string, width = TABLE_WIDTH): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const indent = (/^ */.exec(line) as RegExpExecArray)[0];
      const lines = wrapWords(line.slice(indent.length), width - indent.length - 2);
      return lines.map((l, i) => `${indent}${i === 0 ? '' : '  '}${l}`).join('\n');
    })
    .join('\n');
}

/**
 * The table for the terminal: Norwegian number format, text left and numbers
 * right, columns two spaces apart, no trailing spaces, and at most `width`
 * columns: the widest text columns wrap, their later lines under the first.
 */
export function renderTable(table: DataTable, width = TABLE_WIDTH): string {
  const { columns } = table;
  const cells = (row: readonly Cell[]) =>
    columns.map((c, i) => terminalCell(row[i] ?? null, c.kind));
  const body = table.rows.map(cells);
  const footer = table.footer === undefined ? undefined : cells(table.footer);
  const all = footer === undefined ? body : [...body, footer];
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...all.map((row) => (row[i] as string).length)),
  );
  // Narrow the widest text column, one character at a time, until the table fits.
  const gaps = 2 * (columns.length - 1);
  for (;;) {
    const total = widths.reduce((a, b) => a + b, gaps);
    if (total <= width) break;
    let widest = -1;
    columns.forEach((column, i) => {
      const w = widths[i] as number;
      if (!NUMERIC.has(column.kind) && w > 12 && (widest < 0 || w > (widths[widest] as number)))
        widest = i;
    });
    if (widest < 0) break;
    widths[widest] = (widths[widest] as number) - 1;
  }
  const lines = (row: readonly string[]): string[] => {
    const wrapped = row.map((cell, i) => wrapWords(cell, widths[i] as number));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      columns
        .map((column, i) => {
          const cell = (wrapped[i] as string[])[k] ?? '';
          const w = widths[i] as number;
          return NUMERIC.has(column.kind) ? cell.padStart(w) : cell.padEnd(w);
        })
        .join('  ')
        .trimEnd(),
    );
  };
  const out = [...lines(columns.map((c) => c.header)), ...body.flatMap(lines)];
  if (footer !== undefined) {
    out.push(widths.map((w) => '-'.repeat(w)).join('  '), ...lines(footer));
  }
  return out.join('\n');
}

/** Characters a spreadsheet reads as the start of a formula in a text cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** An RFC 4180 field: quoted when it holds the separator, a quote, CR or LF (quotes doubled). */
function field(text: string, separator: string, quote: boolean): string {
  return quote || text.includes(separator) || /["\r\n]/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/**
 * The table as CSV: the header row and the rows, never the sum row (a
 * spreadsheet sums), lines ended by CRLF (RFC 4180).
 *
 * - `csv`: comma, the JSON field names as headers, numbers and dates as in
 *   the JSON (dot decimals, `YYYY-MM-DD`).
 * - `csv-nb`: a UTF-8 byte order mark, semicolons, Norwegian headers,
 *   decimal comma and no digit grouping (a Norwegian spreadsheet reads them
 *   as numbers); kommunenummer quoted (`"0301"`), to be imported as text.
 *
 * A text cell that a spreadsheet would read as a formula (`=`, `+`, `-`,
 * `@` first) gets a `'` in front.
 */
export function renderCsv(table: DataTable, dialect: 'csv' | 'csv-nb'): string {
  const nb = dialect === 'csv-nb';
  const separator = nb ? ';' : ',';
  const header = table.columns.map((c) =>
    field(nb ? (c.headerNb ?? c.header) : c.key, separator, false),
  );
  const rows = table.rows.map((row) =>
    table.columns.map((column, i) => {
      const cell = row[i] ?? null;
      if (cell === null) return '';
      const text = String(cell);
      if (NUMERIC.has(column.kind)) return nb ? text.replace('.', ',') : text;
      if (column.kind === 'date') return text;
      const safe = FORMULA_START.test(text) ? `'${text}` : text;
      return field(safe, separator, nb && column.kind === 'code');
    }),
  );
  return `${nb ? '\uFEFF' : ''}${[header, ...rows].map((r) => `${r.join(separator)}\r\n`).join('')}`;
}

/** The table in a CSV format, or for the terminal. */
export function renderAs(table: DataTable, format: 'table' | 'csv' | 'csv-nb'): string {
  return format === 'table' ? renderTable(table) : renderCsv(table, format);
}

/** The columns most tables start with: kommunenummer and name. */
export const PARTY_COLUMNS: readonly DataColumn[] = [
  { key: 'number', header: 'Nr.', headerNb: 'Kommunenummer', kind: 'code' },
  { key: 'name', header: 'Kommune', kind: 'text' },
];
