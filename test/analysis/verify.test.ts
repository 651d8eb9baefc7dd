import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyInvoice } from '../../src/analysis/verify.js';
import { splitCost } from '../../src/finance/split-cost.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { explain } from '../../src/words/explain.js';
import { openEndedAgreement } from '../fixtures/small-agreement.js';
import { agreementWith, helseplattformen, nok, partiesArb } from '../helpers/arbitraries.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { splitByFractions } from '../helpers/rational-split.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const agreement = openEndedAgreement();
/** Signed øre as NOK, by string operations only. */
const signed = (ore: bigint) => (ore < 0n ? `-${nok(-ore)}` : nok(ore));

describe('verifyInvoice: an invoice beside the split the agreement gives', () => {
  it('by hand: 150.00 by 100 and 50 inhabitants is 100.00 and 50.00; one line 0.01 over, one party missing, one line extra', () => {
    const check = verifyInvoice(agreement, '150.00', {
      lines: [
        { number: '0001', amount: '100.01' },
        { number: '0003', amount: '5' },
      ],
    });
    expect(check.ok).toBe(false);
    expect([check.agreement, check.amount, check.amountFrom, check.date]).toEqual([
      'liten',
      '150.00',
      'given',
      '2025-01-01',
    ]);
    expect(check.parties).toEqual([
      { number: '0001', name: 'Aby', expected: '100.00', invoiced: '100.01', difference: '0.01' },
      { number: '0002', name: 'Bby', expected: '50.00', invoiced: null, difference: '-50.00' },
    ]);
    expect(check.deviations).toEqual([
      { number: '0001', name: 'Aby', expected: '100.00', invoiced: '100.01', difference: '0.01' },
    ]);
    expect(check.missing).toEqual([{ number: '0002', name: 'Bby', expected: '50.00' }]);
    expect(check.extra).toEqual([{ number: '0003', invoiced: '5.00' }]);
    // 100.01 + 5.00; 105.01 − 150.00 = −44.99.
    expect(check.invoicedSum).toBe('105.01');
    const own = check.reasons.slice(-4);
    expect(own).toEqual([
      {
        code: 'invoice_sum_differs',
        agreement: 'liten',
        clause: '§2',
        values: { amount: '150.00', invoicedSum: '105.01', difference: '-44.99' },
      },
      {
        code: 'invoice_deviates',
        agreement: 'liten',
        clause: '§2',
        values: {
          number: '0001',
          name: 'Aby',
          expected: '100.00',
          invoiced: '100.01',
          difference: '0.01',
        },
      },
      {
        code: 'invoice_party_missing',
        agreement: 'liten',
        clause: '§2',
        values: { number: '0002', name: 'Bby', expected: '50.00' },
      },
      {
        code: 'invoice_party_extra',
        agreement: 'liten',
        clause: '§2',
        values: { number: '0003', invoiced: '5.00' },
      },
    ]);
    // Before them, the split's own reasons, unchanged.
    expect(check.reasons.slice(0, -4)).toEqual(splitCost(agreement, '150.00').reasons);
    expect(own.map((r) => explain(r, 'nb'))).toEqual([
      'Fakturaens linjer summerer til 105,01 kr, ikke 150,00 kr: 44,99 kr for lite.',
      '0001 Aby er fakturert 100,01 kr, men skal betale 100,00 kr etter fordelingen: 0,01 kr for mye.',
      '0002 Bby skal betale 50,00 kr etter fordelingen, men står ikke på fakturaen.',
      '0003 står på fakturaen med 5,00 kr, men er ikke blant deltakerne i fordelingen.',
    ]);
    expect(own.map((r) => explain(r, 'en'))).toEqual([
      "The invoice's lines sum to NOK 105.01, not NOK 150.00: NOK 44.99 too little.",
      '0001 Aby is invoiced NOK 100.01 but owes NOK 100.00 by the split: NOK 0.01 too much.',
      '0002 Bby owes NOK 50.00 by the split but is not on the invoice.',
      '0003 is on the invoice with NOK 5.00 but is not among the parties of the split.',
    ]);
  });

  it('Helseplattformen, 1 000 000.00: Trondheim 0.01 short, Kristiansund missing, Oslo extra', () => {
    // By hand: Trondheim 214 565 of 535 512 inhabitants × 100 000 000 øre = 40 067 263.2… øre,
    // Kristiansund 24 404 of them = 4 557 134.1… øre; the 17 øre left over go to larger
    // remainders (the second method below agrees), so 400 672.63 and 45 571.34.
    const byPopulation = splitByFractions(
      100_000_000n,
      helseplattformen.parties.map((p) => ({
        number: p.municipality.number,
        share: [BigInt(p.population ?? 0), 535_512n] as const,
      })),
    );
    expect([byPopulation.get('5001'), byPopulation.get('1505')]).toEqual([40_067_263n, 4_557_134n]);
    const lines = [...byPopulation]
      .filter(([number]) => number !== '1505')
      .map(([number, ore]) => ({ number, amount: number === '5001' ? nok(ore - 1n) : nok(ore) }));
    const check = verifyInvoice(helseplattformen, '1000000.00', {
      lines: [...lines, { number: '0301', amount: '1000.00', name: 'Oslo' }],
    });
    expect(check.ok).toBe(false);
    expect(check.deviations).toEqual([
      {
        number: '5001',
        name: 'Trondheim',
        expected: '400672.63',
        invoiced: '400672.62',
        difference: '-0.01',
      },
    ]);
    expect(check.missing).toEqual([{ number: '1505', name: 'Kristiansund', expected: '45571.34' }]);
    expect(check.extra).toEqual([{ number: '0301', invoiced: '1000.00' }]);
    // 1 000 000.00 − 0.01 − 45 571.34 + 1 000.00.
    expect(check.invoicedSum).toBe('955428.65');
    expect(check.parties).toHaveLength(34);
    expect(
      check.reasons.filter((r) => r.code.startsWith('invoice_')).map((r) => [r.code, r.clause]),
    ).toEqual([
      ['invoice_sum_differs', '§9'],
      ['invoice_deviates', '§9'],
      ['invoice_party_missing', '§9'],
      ['invoice_party_extra', '§9'],
    ]);
    expect(check.reasons.find((r) => r.code === 'invoice_sum_differs')?.values).toEqual({
      amount: '1000000.00',
      invoicedSum: '955428.65',
      difference: '-44571.35',
    });
  });

  it('no amount: the invoice sum is the amount, and a reason says so; an invoice that matches says that', () => {
    const check = verifyInvoice(agreement, null, {
      lines: [
        { number: '0002', amount: '33.33' },
        { number: '0001', amount: '66.67' },
      ],
    });
    // 100.00 by 100:50 is 66.666… and 33.333…: the øre left goes to the larger remainder, Aby's.
    expect([check.ok, check.amount, check.amountFrom, check.invoicedSum]).toEqual([
      true,
      '100.00',
      'invoice',
      '100.00',
    ]);
    expect([check.deviations, check.missing, check.extra]).toEqual([[], [], []]);
    expect(check.reasons.slice(-2)).toEqual([
      {
        code: 'invoice_sum_as_amount',
        agreement: 'liten',
        clause: '§2',
        values: { amount: '100.00', lines: 2 },
      },
      {
        code: 'invoice_matches',
        agreement: 'liten',
        clause: '§2',
        values: { parties: 2, amount: '100.00' },
      },
    ]);
    expect(check.reasons.slice(-2).map((r) => explain(r, 'nb'))).toEqual([
      'Intet beløp er oppgitt: fakturaens sum, 100,00 kr (2 linjer), er beløpet som fordeles.',
      'Fakturaen stemmer med fordelingen: hver av de 2 kommunene er fakturert det fordelingen gir, til sammen 100,00 kr.',
    ]);
    expect(check.reasons.slice(-2).map((r) => explain(r, 'en'))).toEqual([
      "No amount given: the invoice's sum, NOK 100.00 (2 lines), is the amount split.",
      'The invoice matches the split: each of the 2 municipalities is invoiced what the split gives it, NOK 100.00 in all.',
    ]);
    // The split's options apply: a date on which only Aby is a party.
    const alone = parseAgreement({
      id: 'alene',
      title: 'Alene',
      legalForm: 'avtalebasert-samarbeid',
      validFrom: '2025-01-01',
      populationReferenceDate: '2024-01-01',
      parties: [
        {
          municipality: { number: '0001', name: 'Aby' },
          population: 10,
          membership: { joined: '2025-01-01' },
        },
        {
          municipality: { number: '0002', name: 'Bby' },
          population: 10,
          membership: { joined: '2026-01-01' },
        },
      ],
      costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§3' }],
      clauses: [{ ref: '§3', title: 'Kostnader', text: '' }],
    });
    const one = verifyInvoice(alone, null, { lines: [{ number: '0001', amount: '7.00' }] });
    expect([one.ok, one.date, one.parties.length]).toEqual([true, '2025-01-01', 1]);
    expect(explain(one.reasons.at(-1) as never, 'nb')).toBe(
      'Fakturaen stemmer med fordelingen: kommunen er fakturert det fordelingen gir, til sammen 7,00 kr.',
    );
    expect(explain(one.reasons.at(-1) as never, 'en')).toBe(
      'The invoice matches the split: the one municipality is invoiced what the split gives it, NOK 7.00 in all.',
    );
    expect(
      explain(one.reasons.find((r) => r.code === 'invoice_sum_as_amount') as never, 'en'),
    ).toBe("No amount given: the invoice's sum, NOK 7.00 (1 line), is the amount split.");
    expect(
      explain(one.reasons.find((r) => r.code === 'invoice_sum_as_amount') as never, 'nb'),
    ).toBe('Intet beløp er oppgitt: fakturaens sum, 7,00 kr (1 linje), er beløpet som fordeles.');
    const later = verifyInvoice(
      alone,
      '20.00',
      { lines: [{ number: '0001', amount: '20.00' }] },
      { date: '2026-01-01' },
    );
    expect([later.ok, later.date, later.missing]).toEqual([
      false,
      '2026-01-01',
      [{ number: '0002', name: 'Bby', expected: '10.00' }],
    ]);
    expect(later.deviations).toEqual([
      { number: '0001', name: 'Aby', expected: '10.00', invoiced: '20.00', difference: '10.00' },
    ]);
  });

  it('under a rate per inhabitant, no amount: the rate sets it, and the invoice is checked against that', () => {
    const network = parseAgreement({
      id: 'nettverk',
      title: 'Nettverk',
      legalForm: 'avtalebasert-samarbeid',
      validFrom: '2026-01-01',
      parties: [
        {
          municipality: { number: '0001', name: 'Aby' },
          population: 1000,
          membership: { joined: '2026-01-01' },
        },
        {
          municipality: { number: '0002', name: 'Bby' },
          population: 3000,
          membership: { joined: '2026-01-01' },
        },
      ],
      costKeys: [
        {
          kind: 'per-inhabitant',
          validFrom: '2026-01-01',
          clause: '§2',
          ratePerInhabitant: '2.00',
        },
      ],
      clauses: [{ ref: '§2', title: 'Sats', text: '' }],
    });
    // kr 2 × 1 000 and × 3 000 inhabitants: 2 000.00 and 6 000.00, 8 000.00 in all.
    const check = verifyInvoice(network, null, {
      lines: [
        { number: '0001', amount: '2000.00' },
        { number: '0002', amount: '6500.00' },
      ],
    });
    expect([check.amount, check.amountFrom, check.invoicedSum, check.ok]).toEqual([
      '8000.00',
      'rate',
      '8500.00',
      false,
    ]);
    expect(check.deviations).toEqual([
      {
        number: '0002',
        name: 'Bby',
        expected: '6000.00',
        invoiced: '6500.00',
        difference: '500.00',
      },
    ]);
    expect(check.reasons.map((r) => r.code)).not.toContain('invoice_sum_as_amount');
    const differs = check.reasons.find((r) => r.code === 'invoice_sum_differs');
    expect(differs?.values).toEqual({
      amount: '8000.00',
      invoicedSum: '8500.00',
      difference: '500.00',
    });
    expect(explain(differs as never, 'nb')).toBe(
      'Fakturaens linjer summerer til 8 500,00 kr, ikke 8 000,00 kr: 500,00 kr for mye.',
    );
    expect(explain(differs as never, 'en')).toBe(
      "The invoice's lines sum to NOK 8,500.00, not NOK 8,000.00: NOK 500.00 too much.",
    );
  });

  it('no amount and a pool whose key is a rate per inhabitant: the rate, not the invoice, sets the amount', () => {
    const usageKey = parseAgreement(
      JSON.parse(
        readFileSync(new URL('../fixtures/usage-key-agreement.json', import.meta.url), 'utf8'),
      ),
    );
    // The secretariat pool: kr 12.50 × 1 000, 2 000 and 7 000 inhabitants.
    const check = verifyInvoice(
      usageKey,
      null,
      {
        lines: [
          { number: '0001', amount: '12500.00' },
          { number: '0002', amount: '25000.00' },
          { number: '0003', amount: '87500.00' },
        ],
      },
      { pool: 'secretariat' },
    );
    expect([check.ok, check.amountFrom, check.amount]).toEqual([true, 'rate', '125000.00']);
  });

  it('a party owed 0.00 may be left off; a line for a non-party is extra even at 0.00', () => {
    // 0.01 by 100:50: the one øre goes to the larger remainder (2/3 against 1/3), Aby's.
    const check = verifyInvoice(agreement, '0.01', { lines: [{ number: '0001', amount: '0.01' }] });
    expect([check.ok, check.missing]).toEqual([true, []]);
    expect(check.parties[1]).toEqual({
      number: '0002',
      name: 'Bby',
      expected: '0.00',
      invoiced: null,
      difference: '0.00',
    });
    // A party owed more than 0.00 and left off is missing, and that alone makes the invoice wrong.
    const short = verifyInvoice(agreement, '150.00', {
      lines: [{ number: '0001', amount: '100.00' }],
    });
    expect([short.ok, short.deviations, short.missing, short.extra]).toEqual([
      false,
      [],
      [{ number: '0002', name: 'Bby', expected: '50.00' }],
      [],
    ]);
    const extra = verifyInvoice(agreement, '0.01', {
      lines: [
        { number: '0001', amount: '0.01' },
        { number: '0002', amount: '0.00' },
        { number: '0009', amount: '0.00' },
      ],
    });
    expect([extra.ok, extra.deviations, extra.missing, extra.extra]).toEqual([
      false,
      [],
      [],
      [{ number: '0009', invoiced: '0.00' }],
    ]);
    expect(extra.reasons.map((r) => r.code)).not.toContain('invoice_sum_differs');
  });

  it('an invalid invoice: every problem, with its path from invoice', () => {
    expect(
      problemsOf(() =>
        verifyInvoice(agreement, '150.00', {
          lines: [
            { number: '0001', amount: '100,00' },
            { number: '1', amount: '5.00' },
            { number: '0001', amount: 5 as Untyped },
            { number: '0002', amount: '1.005', extra: true } as Untyped,
          ],
        }),
      ),
    ).toEqual([
      ['invoice.lines[0].amount', 'invalid_format'],
      ['invoice.lines[1].number', 'invalid_format'],
      ['invoice.lines[2].amount', 'invalid_type'],
      ['invoice.lines[2].number', 'duplicate_line'],
      ['invoice.lines[3].amount', 'invalid_format'],
      ['invoice.lines[3].extra', 'unknown_field'],
    ]);
    const error = catchInputError(() =>
      verifyInvoice(agreement, null, {
        lines: [
          { number: '0001', amount: '1.00' },
          { number: '0001', amount: '2.00' },
        ],
      }),
    );
    expect(error.message).toBe(
      'Invalid invoice (1 problem):\n  invoice.lines[1].number: "0001" is invoiced twice: also at lines[0] (give one line per municipality)',
    );
    expect(problemsOf(() => verifyInvoice(agreement, null, { lines: [] }))).toEqual([
      ['invoice.lines', 'too_small'],
    ]);
    expect(problemsOf(() => verifyInvoice(agreement, null, null as Untyped))).toEqual([
      ['invoice', 'invalid_type'],
    ]);
    expect(problemsOf(() => verifyInvoice(agreement, null, [] as Untyped))).toEqual([
      ['invoice', 'invalid_type'],
    ]);
    expect(problemsOf(() => verifyInvoice(agreement, null, { lines: [null] } as Untyped))).toEqual([
      ['invoice.lines[0]', 'invalid_type'],
    ]);
  });

  it('bad options, a bad agreement, an amount splitCost refuses: the same errors as splitCost', () => {
    const invoice = { lines: [{ number: '0001', amount: '1.00' }] };
    expect(problemsOf(() => verifyInvoice(agreement, '1.00', invoice, 'x' as Untyped))).toEqual([
      ['options', 'invalid_type'],
    ]);
    expect(
      problemsOf(() => verifyInvoice(agreement, null, invoice, { date: '2025-02-30' })),
    ).toEqual([['date', 'invalid_date']]);
    expect(problemsOf(() => verifyInvoice({} as Untyped, '1.00', invoice))).not.toEqual([]);
    expect(problemsOf(() => verifyInvoice(agreement, '-1.00', invoice))).toEqual([
      ['amount', 'negative'],
    ]);
    // No key on a day before the agreement: without an amount, the key's own error.
    expect(
      problemsOf(() => verifyInvoice(agreement, null, invoice, { date: '2024-06-01' })),
    ).toEqual([['date', 'no_cost_key']]);
    expect(
      problemsOf(() => verifyInvoice(agreement, '1.00', invoice, { date: '2024-06-01' })),
    ).toEqual(problemsOf(() => splitCost(agreement, '1.00', { date: '2024-06-01' })));
  });

  it('property: an invoice made from the split is ok; one line changed by d øre is exactly one deviation of d', () => {
    fc.assert(
      fc.property(
        partiesArb,
        fc.bigInt({ min: 0n, max: 10n ** 14n }),
        fc.nat(),
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((d) => d !== 0n),
        (parties, total, pick, d) => {
          const a = agreementWith(parties);
          const split = splitCost(a, nok(total));
          const lines = split.parties.map((p) => ({ number: p.number, amount: p.amount }));
          expect(verifyInvoice(a, nok(total), { lines }).ok).toBe(true);
          expect(verifyInvoice(a, null, { lines }).ok).toBe(true);
          const i = pick % lines.length;
          const line = lines[i] as { number: string; amount: string };
          const ore = BigInt(line.amount.replace('.', ''));
          const changed = ore + d < 0n ? -d : d;
          const check = verifyInvoice(a, nok(total), {
            lines: lines.map((l, j) => (j === i ? { ...l, amount: nok(ore + changed) } : l)),
          });
          expect([check.ok, check.missing, check.extra]).toEqual([false, [], []]);
          expect(check.deviations.map((x) => [x.number, x.difference])).toEqual([
            [line.number, signed(changed)],
          ]);
          expect(check.reasons.find((r) => r.code === 'invoice_sum_differs')?.values).toMatchObject(
            { difference: signed(changed) },
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
