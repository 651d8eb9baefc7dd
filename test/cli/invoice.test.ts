import { describe, expect, it } from 'vitest';
import { readInvoice } from '../../src/cli/invoice.js';
import type { CliIo } from '../../src/cli/io.js';
import { AgreementInputError } from '../../src/model/errors.js';

const ioOf = (text: string): CliIo => ({
  stdout: () => undefined,
  stderr: () => undefined,
  readFile: () => text,
});
const read = (text: string) => readInvoice('f', ioOf(text));
const lines = (text: string) => read(text).invoice.lines;

describe('readInvoice: a CSV invoice in either dialect, or JSON', () => {
  it('csv: commas, dot decimals, quoted fields (a comma, a line break, "" for a quote), CRLF', () => {
    const text =
      'Kommune,number,amount\r\n"Os, Innlandet",3430,12.5\r\n"Line\r\nbreak ""x""",5001," 1234.00"\r\n"A",5002,7';
    const result = read(text);
    expect(result.format).toBe('csv');
    expect(result.invoice.lines).toEqual([
      { number: '3430', amount: '12.5' },
      { number: '5001', amount: '1234.00' },
      { number: '5002', amount: '7' },
    ]);
    // The English grouping comma is not read: 1,234.00 could as well be 1.234.
    expect(() => read('number,amount\n5001,"1,234.00"\n')).toThrow(
      'f, line 2, amount: must be an amount in NOK with at most two decimals, e.g. 1234.50: "1,234.00"',
    );
    // A record's line is the line it starts on, after a field with a line break.
    expect(() => read('nr,amount,x\n5001,1,"a\nb"\n5002,x,y\n')).toThrow('f, line 4, amount');
  });

  it('csv-nb: semicolons, a byte order mark, spaces and no-break spaces between groups, other columns ignored', () => {
    const result = read(
      '\uFEFFKommune;KOMMUNENUMMER;Mva;Beløp\n\nTrondheim;5001;0;1\u00A0234\u00A0567,89\n  ;  ;  ;  \nOslo;301;0;0,5\rMolde;1506;x;1 000\n',
    );
    expect(result).toEqual({
      format: 'csv-nb',
      invoice: {
        lines: [
          { number: '5001', amount: '1234567.89' },
          // A spreadsheet dropped the leading zero of 0301.
          { number: '0301', amount: '0.5' },
          { number: '1506', amount: '1000' },
        ],
      },
    });
  });

  it('the header: each column named once, any case; "nr" and "belop" without the marks too', () => {
    expect(lines('NR;BELOP\n5001;1\n')).toEqual([{ number: '5001', amount: '1' }]);
    expect(lines('Nr.,Amount\n5001,1\n')).toEqual([{ number: '5001', amount: '1' }]);
    expect(() => read('kommune;beløp\n5001;1\n')).toThrow(
      'f: the header must name a kommunenummer column (number, kommunenummer, nr., nr; any case); it has: kommune, beløp',
    );
    expect(() => read('nr;amount;beløp\n5001;1;1\n')).toThrow(
      'f: the header must name only one amount column (amount, beløp, beløp (kr), belop; any case); it has: nr, amount, beløp',
    );
    expect(() => read('')).toThrow('f: the header must name a kommunenummer column');
  });

  it('a line too short, a quote not closed, no lines at all', () => {
    let error: unknown;
    try {
      read('nr;kommune;beløp\n5001;Trondheim\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AgreementInputError);
    expect((error as AgreementInputError).problems).toEqual([
      {
        path: 'f, line 2, beløp',
        code: 'required',
        message: 'must be an amount in NOK with at most two decimals, e.g. 1 234,50: ""',
      },
    ]);
    expect(() => read('beløp;nr\n5\n')).toThrow('f, line 2, nr: has no kommunenummer');
    expect(() => read('nr,amount\n5001,1.00\n5002,"1.00\n')).toThrow(
      'f, line 3: a quoted field is not closed',
    );
    expect(() => read('nr,amount\n\n,\n')).toThrow('f has no invoice lines under its header');
    expect(() => read('nr,amount\n5001,1.234\n')).toThrow(
      'f, line 2, amount: must be an amount in NOK with at most two decimals, e.g. 1234.50: "1.234"',
    );
  });

  it('JSON: told by its first character, a byte order mark allowed; a key twice is an error with its place', () => {
    expect(read('\uFEFF  {"lines":[{"number":"5001","amount":"1.00"}]}')).toEqual({
      format: 'json',
      invoice: { lines: [{ number: '5001', amount: '1.00' }] },
    });
    // Not checked here: verifyInvoice checks the shape, with paths from invoice.
    expect(read('[1]').invoice).toEqual([1]);
    expect(() => read('{"lines":[],"lines":[]}')).toThrow('Duplicate keys in f');
    expect(() => read('{"lines":')).toThrow('f is not valid JSON');
  });
});
