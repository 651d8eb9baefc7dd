import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { rorosOsHoltalen } from '../../src/agreements/roros-os-holtalen/index.js';
import { barChartSvg, percentOf, splitCsvNb, splitView } from '../../src/explorer/views.js';
import { splitCost } from '../../src/finance/split-cost.js';

describe('the split the page shows', () => {
  it('Røros–Os–Holtålen, 300 000,00 kr typed the Norwegian way: the library’s parts, each with its part of the whole', () => {
    const view = splitView(rorosOsHoltalen, { amount: '300 000,00', date: '2025-01-01' });
    if (!view.ok) throw new Error('the split is valid');
    // 300 000 × 5 685 / 9 611 = 177 452,92…; 1 891 → 59 026,12…; 2 035 → 63 520,96…
    expect(view.rows).toEqual([
      { number: '5025', name: 'Røros', percent: '59.15', amount: '177452.92' },
      { number: '3430', name: 'Os', percent: '19.68', amount: '59026.12' },
      { number: '5026', name: 'Holtålen', percent: '21.17', amount: '63520.96' },
    ]);
    expect(view.sum).toBe('300000.00');
    expect(view.reasons.every((r) => r.clause.startsWith('§'))).toBe(true);
  });

  it('a bad amount is every problem with its path, not an exception', () => {
    expect(splitView(helseplattformen, { amount: '12,345' })).toEqual({
      ok: false,
      problems: [{ path: 'amount', message: 'has more than two decimals: "12.345"' }],
    });
  });

  it('the same amounts as splitCost for any amount (Helseplattformen, 34 parties)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (ore) => {
        const amount = `${ore / 100n}.${(ore % 100n).toString().padStart(2, '0')}`;
        const view = splitView(helseplattformen, { amount: amount.replace('.', ',') });
        if (!view.ok) throw new Error('valid');
        expect(view.rows.map((r) => r.amount)).toEqual(
          splitCost(helseplattformen, amount).parties.map((p) => p.amount),
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('percentOf: øre as a percent of the whole, half up to two decimals', () => {
  it('by hand', () => {
    expect(percentOf(1n, 3n)).toBe('33.33');
    expect(percentOf(2n, 3n)).toBe('66.67');
    expect(percentOf(1n, 8n)).toBe('12.50');
    expect(percentOf(1n, 80_000n)).toBe('0.00');
    expect(percentOf(1n, 40_000n)).toBe('0.00');
    expect(percentOf(3n, 40_000n)).toBe('0.01');
    expect(percentOf(5n, 5n)).toBe('100.00');
    expect(percentOf(0n, 0n)).toBe('0.00');
  });
});

describe('the download and the chart', () => {
  it('CSV for a Norwegian spreadsheet, the number quoted, a name with a semicolon quoted', () => {
    expect(
      splitCsvNb([
        { number: '0301', name: 'Oslo', percent: '99.50', amount: '1234.50' },
        { number: '5001', name: 'A;B', percent: '0.50', amount: '6.20' },
      ]),
    ).toBe(
      '\uFEFFKommunenummer;Kommune;Andel (%);Beløp (kr)\r\n"0301";Oslo;99,50;1234,50\r\n"5001";"A;B";0,50;6,20\r\n',
    );
  });

  it('one bar per party, the longest for the largest part, names escaped', () => {
    const svg = barChartSvg([
      { number: '1', name: 'A<b>', percent: '75.00', amount: '3.00' },
      { number: '2', name: 'B', percent: '25.00', amount: '1.00' },
    ]);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect((widths[0] as number) / (widths[1] as number)).toBeCloseTo(3, 2);
    expect(svg).toContain('A&lt;b&gt;');
    expect(svg).toContain('75,00 %');
  });
});
