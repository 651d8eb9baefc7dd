import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { AgreementInputError, formatPath, type InputProblem } from './errors.js';
import { maxChars, maxEntries } from './limits.js';
import { KommunenummerSchema } from './municipality.js';
import { schemaProblems } from './schema-problems.js';

const AMOUNT_MESSAGE =
  'must be an amount in NOK as text: digits with a dot before at most two decimals, e.g. "1234.50"';

/**
 * Schema for one line of an {@link Invoice}: a kommunenummer and the amount
 * invoiced to it.
 *
 * @example
 * InvoiceLineSchema.safeParse({ number: '5001', amount: '400.67' }).success; //=> true
 * InvoiceLineSchema.safeParse({ number: '5001', amount: '400,67' }).success; //=> false
 */
export const InvoiceLineSchema = z.strictObject({
  number: KommunenummerSchema,
  amount: z
    .string({ error: AMOUNT_MESSAGE })
    .check(
      z.regex(/^\d{1,15}(?:\.\d{1,2})?$/, { error: AMOUNT_MESSAGE }),
      z.describe(
        'The amount invoiced to the municipality, NOK as text with a dot before at most two decimals, e.g. "400.67" (never a JSON number: no binary rounding).',
      ),
    ),
  name: z.exactOptional(
    z
      .string({ error: 'must be the municipality name as text' })
      .check(
        maxChars(100),
        z.describe('The municipality name as the invoice writes it; not compared.'),
      ),
  ),
});

/**
 * Schema for an invoice file (`schema/invoice.json` is generated from it):
 * the lines of one invoice (faktura), one per municipality.
 *
 * @example
 * InvoiceSchema.safeParse({ lines: [{ number: '5001', amount: '400.67' }] }).success; //=> true
 */
export const InvoiceSchema = z.strictObject({
  $schema: z.exactOptional(
    z.string().check(z.describe('The JSON Schema of this file, for editors; not read.')),
  ),
  lines: z
    .array(InvoiceLineSchema)
    .check(
      z.minLength(1, { error: 'must list at least one line' }),
      maxEntries(10_000),
      z.describe('One line per municipality invoiced; each kommunenummer at most once.'),
    ),
});

/**
 * An invoice (faktura) to check against the split the agreement gives
 * (`verifyInvoice` in `kommunesamarbeid/analysis`): per municipality, by its
 * kommunenummer, the amount invoiced, in NOK as a dot-decimal string.
 *
 * @example
 * const invoice: Invoice = {
 *   lines: [
 *     { number: '5001', amount: '400.67' },
 *     { number: '1505', amount: '45.57', name: 'Kristiansund' },
 *   ],
 * };
 */
export type Invoice = DeepReadonly<z.output<typeof InvoiceSchema>>;

/**
 * One line of an {@link Invoice}.
 *
 * @example
 * const line: InvoiceLine = { number: '5001', amount: '400.67' };
 */
export type InvoiceLine = Invoice['lines'][number];

/**
 * Every problem of an invoice: what the schema finds, and a kommunenummer
 * given on more than one line (each repeat, naming the first). Paths start
 * at `prefix` (`'invoice'` → `invoice.lines[3].amount`; `''` → `lines[3].amount`).
 *
 * @internal
 */
export function invoiceProblems(input: unknown, prefix: string): InputProblem[] {
  const problems = [...schemaProblems(InvoiceSchema.safeParse(input), input)];
  const lines = (input as { lines?: unknown } | null)?.lines;
  if (Array.isArray(lines)) {
    const first = new Map<string, number>();
    lines.forEach((line, i) => {
      const number = (line as { number?: unknown } | null)?.number;
      if (typeof number !== 'string') return;
      const earlier = first.get(number);
      if (earlier === undefined) first.set(number, i);
      else
        problems.push({
          path: formatPath(['lines', i, 'number']),
          code: 'duplicate_line',
          message: `${JSON.stringify(number.slice(0, 40))} is invoiced twice: also at lines[${earlier}] (give one line per municipality)`,
        });
    });
  }
  if (prefix === '') return problems;
  return problems.map((p) => ({ ...p, path: p.path === '' ? prefix : `${prefix}.${p.path}` }));
}

/**
 * Reads an invoice (faktura) from JSON: `{ lines: [{ number, amount }] }`,
 * each kommunenummer at most once, amounts as dot-decimal text.
 *
 * @throws {@link AgreementInputError} listing every problem with its path.
 * @example
 * parseInvoice({ lines: [{ number: '5001', amount: '400.67' }] }).lines.length; //=> 1
 * parseInvoice({ lines: [{ number: '5001', amount: 400.67 }] }); // throws: lines[0].amount: must be an amount in NOK as text
 */
export function parseInvoice(input: unknown): Invoice {
  const problems = invoiceProblems(input, '');
  if (problems.length > 0) throw new AgreementInputError(problems, 'Invalid invoice');
  return input as Invoice;
}
