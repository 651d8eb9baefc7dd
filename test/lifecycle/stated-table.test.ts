import { describe, expect, it } from 'vitest';
import { statedTableReasons } from '../../src/lifecycle/stated-table.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { small, smallAgreement } from '../fixtures/small-agreement.js';

/** The small agreement printing its population shares in a table, named or not. */
function withTable(statedTable: Record<string, unknown>): Agreement {
  return parseAgreement({
    ...small(),
    costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§2', statedTable }],
  });
}

const withdrawal = {
  clause: '§1',
  change: 'withdrawal',
  decidedBy: null,
  note: 'stemmeplikt',
} as const;

describe('statedTableReasons', () => {
  it('a key that prints its shares in a table: one reason, citing the clause of the change', () => {
    const reasons = statedTableReasons(withTable({ name: 'Tabell A' }), '2025-06-01', withdrawal);
    expect(reasons.map((r) => [r.code, r.agreement, r.clause, r.values])).toEqual([
      [
        'shares_stated_in_table',
        'liten',
        '§1',
        { table: 'Tabell A', change: 'withdrawal', decidedBy: null, note: 'stemmeplikt' },
      ],
    ]);
  });

  it('a table without a name is named null; an admission carries the body that decides', () => {
    const reasons = statedTableReasons(withTable({}), '2025-06-01', {
      clause: '§2',
      change: 'admission',
      decidedBy: 'representantskapet',
      note: null,
    });
    expect(reasons.map((r) => [r.clause, r.values])).toEqual([
      ['§2', { table: null, change: 'admission', decidedBy: 'representantskapet', note: null }],
    ]);
  });

  it('a key that prints no table gives no reason', () => {
    expect(statedTableReasons(smallAgreement(), '2025-06-01', withdrawal)).toEqual([]);
  });
});
