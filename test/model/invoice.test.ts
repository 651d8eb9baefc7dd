import { describe, expect, it } from 'vitest';
import {
  InvoiceLineSchema,
  InvoiceSchema,
  invoiceProblems,
  parseInvoice,
} from '../../src/model/invoice.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

describe('parseInvoice: an invoice file, one line per kommunenummer, amounts as dot-decimal text', () => {
  it('reads lines with a name or without, and a $schema for editors', () => {
    const file = {
      $schema: 'https://kommunesamarbeid.no/schema/invoice.json',
      lines: [
        { number: '0301', amount: '0.5' },
        { number: '5001', amount: '1234567890123.45', name: 'Trondheim' },
        { number: '1505', amount: '000100' },
      ],
    };
    expect(parseInvoice(file)).toBe(file);
    expect(InvoiceLineSchema.safeParse({ number: '5001', amount: '1.2' }).success).toBe(true);
    expect(InvoiceSchema.safeParse({ lines: [] }).success).toBe(false);
  });

  it('every problem, with its path: the number, the amount, an unknown field, a repeated kommunenummer', () => {
    const error = catchInputError(() =>
      parseInvoice({
        lines: [
          { number: '5001', amount: '1 234,50' },
          { number: '501', amount: '1.234' },
          { number: '5001', amount: 12, kommune: 'x' },
          { number: '5001', amount: '1', name: '' },
        ],
        total: '1.00',
      }),
    );
    expect(error.problems.map((p) => [p.path, p.code])).toEqual([
      ['lines[0].amount', 'invalid_format'],
      ['lines[1].amount', 'invalid_format'],
      ['lines[1].number', 'invalid_format'],
      ['lines[2].amount', 'invalid_type'],
      ['lines[2].kommune', 'unknown_field'],
      ['lines[2].number', 'duplicate_line'],
      ['lines[3].number', 'duplicate_line'],
      ['total', 'unknown_field'],
    ]);
    expect(error.message.split('\n')[0]).toBe('Invalid invoice (8 problems):');
    expect(error.problems[0]?.message).toBe(
      'must be an amount in NOK as text: digits with a dot before at most two decimals, e.g. "1234.50"',
    );
    expect(error.problems[6]?.message).toBe(
      '"5001" is invoiced twice: also at lines[0] (give one line per municipality)',
    );
  });

  it('an invoice that is not an object, has no lines or too many', () => {
    expect(problemsOf(() => parseInvoice(undefined))).toEqual([['', 'required']]);
    expect(problemsOf(() => parseInvoice({}))).toEqual([['lines', 'required']]);
    expect(problemsOf(() => parseInvoice({ lines: {} }))).toEqual([['lines', 'invalid_type']]);
    expect(problemsOf(() => parseInvoice({ lines: [] }))).toEqual([['lines', 'too_small']]);
    const many = Array.from({ length: 10_001 }, (_, i) => ({
      number: String(i % 10_000).padStart(4, '0'),
      amount: '1',
    }));
    expect(problemsOf(() => parseInvoice({ lines: many }))).toEqual([
      ['lines', 'too_big'],
      ['lines[10000].number', 'duplicate_line'],
    ]);
  });

  it('paths from a prefix, for an invoice passed as an argument', () => {
    expect(
      invoiceProblems({ lines: [{ number: 5001, amount: '1' }] }, 'invoice').map((p) => p.path),
    ).toEqual(['invoice.lines[0].number']);
    expect(invoiceProblems('x', 'invoice').map((p) => p.path)).toEqual(['invoice']);
    // Only a kommunenummer given as text can repeat: a number twice is two type errors.
    expect(
      invoiceProblems(
        {
          lines: [
            { number: 5001, amount: '1' },
            { number: 5001, amount: '1' },
          ],
        },
        '',
      ).map((p) => [p.path, p.code]),
    ).toEqual([
      ['lines[0].number', 'invalid_type'],
      ['lines[1].number', 'invalid_type'],
    ]);
    // A long text repeated is echoed by its first 40 characters.
    const long = '1'.repeat(50);
    expect(
      invoiceProblems(
        {
          lines: [
            { number: long, amount: '1' },
            { number: long, amount: '1' },
          ],
        },
        '',
      ).find((p) => p.code === 'duplicate_line')?.message,
    ).toBe(
      `"${'1'.repeat(40)}" is invoiced twice: also at lines[0] (give one line per municipality)`,
    );
    expect(invoiceProblems({ lines: [{ number: '5001', amount: '1' }] }, 'invoice')).toEqual([]);
  });
});
