import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DataTable,
  fitWidth,
  formatOption,
  hangingLine,
  renderAs,
  renderCsv,
  renderTable,
  wrapWords,
} from '../../src/cli/table.js';

const TABLE: DataTable = {
  columns: [
    { key: 'number', header: 'Nr.', headerNb: 'Kommunenummer', kind: 'code' },
    { key: 'name', header: 'Kommune', kind: 'text' },
    { key: 'population', header: 'Innbyggere', kind: 'integer' },
    { key: 'amount', header: 'Beløp (kr)', kind: 'amount' },
    { key: 'percent', header: 'Andel', headerNb: 'Andel (%)', kind: 'percent' },
    { key: 'due', header: 'Frist', kind: 'date' },
  ],
  rows: [
    ['0301', 'Oslo', 709037, '1234567.80', '40.07', '2026-02-28'],
    ['5001', 'Trondheim, by', null, '0.05', '100.00', null],
  ],
  footer: [null, 'Sum', 709037, '1234567.85', '140.07', null],
};

/** RFC 4180 read back, by a second simple method: fields and records, quotes undone. */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

describe('renderCsv: csv (RFC 4180) and csv-nb (a Norwegian spreadsheet)', () => {
  it('csv: the JSON field names, commas, dot decimals, ISO dates, CRLF, no sum row; a comma quoted', () => {
    expect(renderCsv(TABLE, 'csv')).toBe(
      'number,name,population,amount,percent,due\r\n' +
        '0301,Oslo,709037,1234567.80,40.07,2026-02-28\r\n' +
        '5001,"Trondheim, by",,0.05,100.00,\r\n',
    );
  });

  it('csv-nb: a byte order mark, semicolons, Norwegian headers, decimal comma, no grouping; kommunenummer quoted', () => {
    expect(renderCsv(TABLE, 'csv-nb')).toBe(
      '\uFEFFKommunenummer;Kommune;Innbyggere;Beløp (kr);Andel (%);Frist\r\n' +
        '"0301";Oslo;709037;1234567,80;40,07;2026-02-28\r\n' +
        '"5001";Trondheim, by;;0,05;100,00;\r\n',
    );
  });

  it('quotes a separator, a quote (doubled), CR or LF; a text that a spreadsheet reads as a formula gets a quote mark', () => {
    const table: DataTable = {
      columns: [{ key: 'name', header: 'Navn', kind: 'text' }],
      rows: [['a;b'], ['say "hi"'], ['two\nlines'], ['=SUM(A1)'], ['+1'], ['-1'], ['@x'], ['ok']],
    };
    expect(renderCsv(table, 'csv-nb')).toBe(
      '\uFEFFNavn\r\n"a;b"\r\n"say ""hi"""\r\n"two\nlines"\r\n\'=SUM(A1)\r\n\'+1\r\n\'-1\r\n\'@x\r\nok\r\n',
    );
    expect(renderCsv(table, 'csv').split('\r\n').slice(1, 3)).toEqual(['a;b', '"say ""hi"""']);
  });

  it('property: csv read back gives the cells (numbers and dates as given, text as given or with a formula guard)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    const rows = fc.array(fc.tuple(text, fc.integer({ min: 0, max: 1e9 })), { maxLength: 6 });
    fc.assert(
      fc.property(rows, fc.constantFrom('csv' as const, 'csv-nb' as const), (cells, dialect) => {
        const table: DataTable = {
          columns: [
            { key: 'name', header: 'Kommune', kind: 'text' },
            { key: 'days', header: 'Dager', kind: 'integer' },
          ],
          rows: cells,
        };
        const out = renderCsv(table, dialect);
        const body = dialect === 'csv-nb' ? out.slice(1) : out;
        const read = parseCsv(body, dialect === 'csv' ? ',' : ';');
        expect(read).toEqual([
          dialect === 'csv' ? ['name', 'days'] : ['Kommune', 'Dager'],
          ...cells.map(([name, days]) => [
            /^[=+\-@\t\r]/.test(name) ? `'${name}` : name,
            `${days}`,
          ]),
        ]);
      }),
    );
  });
});

describe('renderTable: the terminal table', () => {
  it('Norwegian numbers and dates, text left and numbers right, the sum row under a rule', () => {
    expect(renderTable(TABLE)).toBe(
      [
        'Nr.   Kommune        Innbyggere    Beløp (kr)     Andel  Frist',
        '0301  Oslo              709 037  1 234 567,80   40,07 %  28. februar 2026',
        '5001  Trondheim, by                      0,05  100,00 %',
        '----  -------------  ----------  ------------  --------  ----------------',
        '      Sum               709 037  1 234 567,85  140,07 %',
      ].join('\n'),
    );
  });

  it('wraps the widest text column until the table fits, the later lines under the first', () => {
    const table: DataTable = {
      columns: [
        { key: 'who', header: 'Hvem', kind: 'text' },
        { key: 'what', header: 'Hva', kind: 'text' },
      ],
      rows: [['Styret', 'Rapportere til deltakende kommuner om regnskapet']],
    };
    expect(renderTable(table, 30)).toBe(
      [
        'Hvem    Hva',
        'Styret  Rapportere til',
        '        deltakende kommuner om',
        '        regnskapet',
      ].join('\n'),
    );
  });

  it('a table that cannot be narrowed (numbers, short text) stays as it is', () => {
    const table: DataTable = {
      columns: [
        { key: 'a', header: 'A', kind: 'amount' },
        { key: 'b', header: 'B', kind: 'text' },
      ],
      rows: [['123456789.00', 'kort']],
    };
    expect(renderTable(table, 10)).toBe('             A  B\n123 456 789,00  kort');
  });

  it('property: text tables fit in 100 columns, and every word of every cell is still there', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'æ'), minLength: 1, maxLength: 15 });
    const cell = fc.array(word, { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 4 }), (rows) => {
        const table: DataTable = {
          columns: [
            { key: 'a', header: 'A', kind: 'text' },
            { key: 'b', header: 'B', kind: 'text' },
            { key: 'c', header: 'C', kind: 'text' },
          ],
          rows,
        };
        const out = renderTable(table);
        for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
        const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
        expect(words(out).sort()).toEqual(['A', 'B', 'C', ...rows.flat().flatMap(words)].sort());
      }),
    );
  });

  it('renderAs: the table, or CSV', () => {
    expect(renderAs(TABLE, 'table')).toBe(renderTable(TABLE));
    expect(renderAs(TABLE, 'csv')).toBe(renderCsv(TABLE, 'csv'));
    expect(renderAs(TABLE, 'csv-nb')).toBe(renderCsv(TABLE, 'csv-nb'));
  });
});

describe('wrapping', () => {
  it('wrapWords: lines of at most the width, a longer word cut, an empty text one empty line', () => {
    expect(wrapWords('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrapWords('aa  bb', 2)).toEqual(['aa', 'bb']);
    expect(wrapWords('abcdefg h', 3)).toEqual(['abc', 'def', 'g h']);
    expect(wrapWords('x abcdefg', 3)).toEqual(['x', 'abc', 'def', 'g']);
    expect(wrapWords('', 3)).toEqual(['']);
  });

  it('hangingLine: later lines under the text, at least 20 columns of text', () => {
    expect(hangingLine('  §9  ', 'a b', 100)).toBe('  §9  a b');
    expect(hangingLine('- ', `${'a '.repeat(15)}b`, 10)).toBe(
      `- ${'a '.repeat(9)}a\n  ${'a '.repeat(5)}b`,
    );
  });

  it('fitWidth: a longer line wraps two columns further in; shorter lines stay', () => {
    expect(fitWidth('short\n  one two three', 12)).toBe('short\n  one two\n    three');
    expect(fitWidth('x'.repeat(12), 12)).toBe('x'.repeat(12));
  });
});

describe('formatOption: --format and --json', () => {
  it('table by default, json for --json, each format by name', () => {
    expect(formatOption(undefined, false)).toBe('table');
    expect(formatOption(undefined, true)).toBe('json');
    expect(formatOption('json', true)).toBe('json');
    for (const f of ['table', 'json', 'csv', 'csv-nb']) expect(formatOption(f, false)).toBe(f);
    expect(formatOption('json', false, false)).toBe('json');
    expect(formatOption('table', false, false)).toBe('table');
  });

  it('an unknown format, CSV without a table, or --json with another format is a usage error', () => {
    expect(() => formatOption('xlsx', false)).toThrow(
      '--format must be table, json, csv or csv-nb; got "xlsx"',
    );
    expect(() => formatOption('csv', false, false)).toThrow(
      '--format must be table or json (this command prints no table); got "csv"',
    );
    expect(() => formatOption('csv', true)).toThrow(
      '--json is --format json; it cannot go with --format csv',
    );
  });
});
