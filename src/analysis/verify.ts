import { assertAgreement, assertOptions } from '../finance/agreement-input.js';
import { costKeyOn } from '../finance/cost-key-on.js';
import { type SplitCostOptions, splitCost } from '../finance/split-cost.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import { type Invoice, invoiceProblems } from '../model/invoice.js';
import type { IsoDate } from '../model/iso-date.js';
import { type AmountInput, formatAmount, parseAmount } from '../rules/money.js';
import { citing, type Reason } from '../rules/reason.js';

/**
 * Options for {@link verifyInvoice}: those of `splitCost` (the date, a
 * service area, a cost pool, measured quantities, readings of the notes).
 *
 * @example
 * const options: VerifyInvoiceOptions = { date: '2025-12-31' };
 */
export type VerifyInvoiceOptions = SplitCostOptions;

/**
 * One party of the split beside its line on the invoice; see {@link verifyInvoice}.
 *
 * @example
 * const result = verifyInvoice(helseplattformen, '1000.00', { lines: [{ number: '5001', amount: '400.00' }] });
 * const line: InvoicedParty | undefined = result.parties[0];
 * line; //=> { number: '5001', name: 'Trondheim', expected: '400.67', invoiced: '400.00', difference: '-0.67' }
 */
export interface InvoicedParty {
  /** Kommunenummer. */
  readonly number: string;
  readonly name: string;
  /** What the split gives the party, NOK with two decimals and a dot. */
  readonly expected: string;
  /** What the invoice charges it, or `null` when the invoice has no line for it. */
  readonly invoiced: string | null;
  /** invoiced − expected (no line counts as 0): positive when invoiced too much. */
  readonly difference: string;
}

/**
 * A party invoiced another amount than the split gives it.
 *
 * @example
 * const deviation: InvoiceDeviation = {
 *   number: '5001', name: 'Trondheim', expected: '400.67', invoiced: '400.00', difference: '-0.67',
 * };
 */
export interface InvoiceDeviation {
  readonly number: string;
  readonly name: string;
  readonly expected: string;
  readonly invoiced: string;
  /** invoiced − expected, exact øre: positive when invoiced too much. */
  readonly difference: string;
}

/**
 * A party that owes an amount above zero and has no line on the invoice.
 *
 * @example
 * const missing: InvoiceMissing = { number: '1505', name: 'Kristiansund', expected: '45.57' };
 */
export interface InvoiceMissing {
  readonly number: string;
  readonly name: string;
  readonly expected: string;
}

/**
 * A line for a kommunenummer that is not a party of the split.
 *
 * @example
 * const extra: InvoiceExtra = { number: '0301', invoiced: '12.00' };
 */
export interface InvoiceExtra {
  readonly number: string;
  readonly invoiced: string;
}

/**
 * The outcome of {@link verifyInvoice} (fakturakontroll).
 *
 * @example
 * // Trondheim alone on the invoice: its 400.67 is the amount, and it owes only its share.
 * const result: InvoiceCheck = verifyInvoice(helseplattformen, null, {
 *   lines: [{ number: '5001', amount: '400.67' }],
 * });
 * result.ok; //=> false
 * result.missing.length; //=> 33
 */
export interface InvoiceCheck {
  readonly agreement: string;
  /** No deviation, no party missing, no line extra. */
  readonly ok: boolean;
  /** The amount split, NOK with two decimals. */
  readonly amount: string;
  /**
   * Where the amount came from: given by the caller, the invoice's sum (no
   * amount given), or set by a rate per inhabitant (no amount given).
   */
  readonly amountFrom: 'given' | 'invoice' | 'rate';
  readonly date: IsoDate;
  /** Every party of the split, in the agreement's order, beside its line. */
  readonly parties: readonly InvoicedParty[];
  readonly deviations: readonly InvoiceDeviation[];
  readonly missing: readonly InvoiceMissing[];
  /** In the invoice's order. */
  readonly extra: readonly InvoiceExtra[];
  /** The sum of the invoice's lines. */
  readonly invoicedSum: string;
  /** The split's reasons, then one per finding (or one that the invoice matches). */
  readonly reasons: readonly Reason[];
}

/**
 * Checks an invoice (faktura) against the split the agreement gives
 * (kostnadsfordeling): each party's expected amount (as `splitCost` gives
 * it, on the same options), what the invoice charges it and the difference
 * (invoiced − expected, exact øre); the parties missing from the invoice and
 * the lines for municipalities that are not parties. `ok` when there is no
 * deviation, no party missing and no line extra.
 *
 * - `amount`: the total the invoice should split. `null`: the invoice's own
 *   sum is split (a reason says so), except under a rate per inhabitant,
 *   which sets the amount itself.
 * - Lines that sum to another total than the amount are reported by a
 *   reason giving both sums (`invoice_sum_differs`); such an invoice always
 *   has a deviation, a party missing or a line extra too, so it is not `ok`.
 * - A party whose expected amount is 0.00 may be left off the invoice: it
 *   owes nothing, and is not missing. A line for a non-party is extra even at
 *   0.00: the invoice names a municipality the split does not have on that
 *   date (a withdrawn party, a wrong number).
 *
 * Each finding is a reason citing the cost key's clause.
 *
 * @see splitCost for the split and its options.
 * @throws {@link index!AgreementInputError} for an invalid invoice (every problem,
 *   paths from `invoice`: `invoice.lines[3].amount`; a kommunenummer on two
 *   lines is one), and for whatever `splitCost` refuses.
 *
 * @example
 * const invoice = {
 *   lines: [
 *     { number: '5001', amount: '400.68' },
 *     ...splitCost(helseplattformen, '1000.00').parties.slice(1)
 *       .map((p) => ({ number: p.number, amount: p.amount })),
 *   ],
 * };
 * const result = verifyInvoice(helseplattformen, '1000.00', invoice);
 * result.ok; //=> false
 * result.deviations;
 * //=> [{ number: '5001', name: 'Trondheim', expected: '400.67', invoiced: '400.68', difference: '0.01' }]
 */
export function verifyInvoice(
  agreement: Agreement,
  amount: AmountInput | null,
  invoice: Invoice,
  options: VerifyInvoiceOptions = {},
): InvoiceCheck {
  assertAgreement(agreement);
  const problems = invoiceProblems(invoice, 'invoice');
  if (problems.length > 0) throw new AgreementInputError(problems, 'Invalid invoice');
  const checked = assertOptions(options) as VerifyInvoiceOptions;
  const invoiced = new Map<string, bigint>();
  let sum = 0n;
  for (const line of invoice.lines) {
    const ore = parseAmount(line.amount);
    invoiced.set(line.number, ore);
    sum += ore;
  }
  const invoicedSum = formatAmount(sum);
  const amountFrom =
    amount !== null
      ? 'given'
      : costKeyOn(
            agreement,
            checked.date ?? agreement.validFrom,
            checked.serviceArea,
            checked.readings,
            checked.pool,
          ).kind === 'per-inhabitant'
        ? 'rate'
        : 'invoice';
  const split = splitCost(agreement, amountFrom === 'invoice' ? invoicedSum : amount, checked);
  const parties: InvoicedParty[] = [];
  const deviations: InvoiceDeviation[] = [];
  const missing: InvoiceMissing[] = [];
  for (const { number, name, amount: expected } of split.parties) {
    const owed = parseAmount(expected);
    const got = invoiced.get(number);
    const difference = formatAmount((got ?? 0n) - owed);
    const line = got === undefined ? null : formatAmount(got);
    parties.push({ number, name, expected, invoiced: line, difference });
    if (line === null) {
      if (owed > 0n) missing.push({ number, name, expected });
    } else if (got !== owed) {
      deviations.push({ number, name, expected, invoiced: line, difference });
    }
  }
  const members = new Set(split.parties.map((p) => p.number));
  const extra: InvoiceExtra[] = invoice.lines
    .filter((line) => !members.has(line.number))
    .map((line) => ({ number: line.number, invoiced: formatAmount(parseAmount(line.amount)) }));
  const ok = deviations.length === 0 && missing.length === 0 && extra.length === 0;
  // splitCost's last reason is always the split itself, citing the cost key's clause.
  const cite = citing(agreement.id);
  const clause = (split.reasons.at(-1) as Reason).clause;
  const total = parseAmount(split.amount);
  return {
    agreement: agreement.id,
    ok,
    amount: split.amount,
    amountFrom,
    date: split.date,
    parties,
    deviations,
    missing,
    extra,
    invoicedSum,
    reasons: [
      ...split.reasons,
      ...(amountFrom === 'invoice'
        ? [
            cite(clause, 'invoice_sum_as_amount', {
              amount: invoicedSum,
              lines: invoice.lines.length,
            }),
          ]
        : []),
      ...(sum === total
        ? []
        : [
            cite(clause, 'invoice_sum_differs', {
              amount: split.amount,
              invoicedSum,
              difference: formatAmount(sum - total),
            }),
          ]),
      ...deviations.map((d) => cite(clause, 'invoice_deviates', { ...d })),
      ...missing.map((m) => cite(clause, 'invoice_party_missing', { ...m })),
      ...extra.map((e) => cite(clause, 'invoice_party_extra', { ...e })),
      ...(ok
        ? [cite(clause, 'invoice_matches', { parties: parties.length, amount: split.amount })]
        : []),
    ],
  };
}
