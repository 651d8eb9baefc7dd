import { describe, expect, it } from 'vitest';
import { shareBasis } from '../../src/finance/share-basis.js';
import { compareWithStatedTable } from '../../src/finance/stated-table.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { small, smallAgreement } from '../fixtures/small-agreement.js';

/** The small agreement (Aby 100, Bby 50 inhabitants) printing the given table for its key. */
function withTable(statedTable: Record<string, unknown>): Agreement {
  return parseAgreement({
    ...small(),
    costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§2', statedTable }],
  });
}

const compare = (agreement: Agreement, date = '2025-06-01') =>
  compareWithStatedTable(agreement, shareBasis(agreement, date));
const codesAndValues = (agreement: Agreement, date?: string) =>
  compare(agreement, date).reasons.map((r) => [r.code, r.clause, r.values]);

describe('compareWithStatedTable: the printed table against the computed shares', () => {
  it('a table that matches: its percents in member order and their sum, no reason', () => {
    // 100/150 = 66.666… → 66.67; 50/150 = 33.333… → 33.33
    const table = withTable({
      name: 'Tabell A',
      percents: { '0001': '66.67', '0002': '33.33' },
      totalPopulation: 150,
      totalPercent: '100.00',
    });
    expect(compare(table)).toEqual({
      percents: ['66.67', '33.33'],
      percentSum: '100.00',
      reasons: [],
    });
  });

  it('each printed percent is compared at its own number of decimals', () => {
    expect(compare(withTable({ percents: { '0001': '66.7', '0002': '33' } })).reasons).toEqual([]);
  });

  it('a total, a percent and a sum that differ are each a reason with both figures', () => {
    const table = withTable({
      name: 'Tabell A',
      percents: { '0001': '66.66', '0002': '33.33' },
      totalPopulation: 151,
      totalPercent: '100.00',
    });
    expect(compare(table).percentSum).toBe('99.99');
    expect(codesAndValues(table)).toEqual([
      ['stated_total_population', '§2', { table: 'Tabell A', stated: 151, computed: 150 }],
      [
        'stated_percent_differs',
        '§2',
        {
          table: 'Tabell A',
          differences: [{ number: '0001', name: 'Aby', stated: '66.66', computed: '66.67' }],
        },
      ],
      [
        'stated_percent_sum',
        '§2',
        { table: 'Tabell A', statedSum: '99.99', statedTotal: '100.00' },
      ],
    ]);
  });

  it('a table of other parties than those on the date does not apply, and says from when it is', () => {
    const table = withTable({ percents: { '0001': '100.00' } });
    expect(compare(table)).toMatchObject({ percents: null, percentSum: null });
    expect(codesAndValues(table)).toEqual([
      [
        'stated_table_not_applicable',
        '§2',
        { table: null, date: '2025-06-01', tableDate: '2025-01-01' },
      ],
    ]);
  });

  it('a table without percents is of the members on the key’s first day; only its total is compared', () => {
    expect(compare(withTable({ totalPopulation: 150 }))).toEqual({
      percents: null,
      percentSum: null,
      reasons: [],
    });
    expect(codesAndValues(withTable({ name: 'Tabell A', totalPopulation: 149 }))).toEqual([
      ['stated_total_population', '§2', { table: 'Tabell A', stated: 149, computed: 150 }],
    ]);
  });

  it('a key that prints no table: nothing to compare', () => {
    expect(compare(smallAgreement())).toEqual({ percents: null, percentSum: null, reasons: [] });
  });
});
