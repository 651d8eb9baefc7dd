import { describe, expect, it } from 'vitest';
import { costKeyOn } from '../../src/finance/cost-key-on.js';
import type { Agreement } from '../../src/model/agreement.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

const three = agreementWith([partyOf('0001', 100), partyOf('0002', 300), partyOf('0003', 600)]);
const withKeys = (costKeys: Agreement['costKeys']): Agreement => ({ ...three, costKeys });

describe('costKeyOn: the cost key in force on a date', () => {
  it('a key applies from its first day through its last; after its end, the message says when it ended', () => {
    const ended = withKeys([
      { kind: 'population', validFrom: '2025-01-01', validUntil: '2025-06-30', clause: '§9' },
    ]);
    expect(costKeyOn(ended, '2025-01-01').clause).toBe('§9');
    expect(costKeyOn(ended, '2025-06-30').clause).toBe('§9');
    expect(catchInputError(() => costKeyOn(ended, '2025-07-01')).problems).toEqual([
      {
        path: 'date',
        code: 'cost_key_ended',
        message:
          'no cost key of test-agreement applies on 2025-07-01: the key from 2025-01-01 (§9) applies only until 2025-06-30, and no other key applies on that date',
      },
    ]);
    const sourced = withKeys([
      {
        kind: 'population',
        validFrom: '2025-01-01',
        validUntil: '2025-06-30',
        clause: '§9',
        source: 'Vedtak 2025',
      },
    ]);
    expect(catchInputError(() => costKeyOn(sourced, '2025-07-01')).problems[0]?.message).toBe(
      'no cost key of test-agreement applies on 2025-07-01: the key from 2025-01-01 (§9; source: Vedtak 2025) applies only until 2025-06-30, and no other key applies on that date',
    );
  });

  it('before the first key, and with no key at all, the message says which', () => {
    expect(catchInputError(() => costKeyOn(three, '2024-12-31')).problems).toEqual([
      {
        path: 'date',
        code: 'no_cost_key',
        message:
          'no cost key of test-agreement applies on 2024-12-31 (the first applies from 2025-01-01)',
      },
    ]);
    expect(catchInputError(() => costKeyOn(withKeys([]), '2025-06-01')).problems).toEqual([
      { path: 'date', code: 'no_cost_key', message: 'test-agreement has no cost key' },
    ]);
  });

  it('the date and the readings are checked', () => {
    expect(problemsOf(() => costKeyOn(three, '2025-02-30'))).toEqual([['date', 'invalid_date']]);
    expect(problemsOf(() => costKeyOn(three, '2025-06-01', undefined, { x: 'y' }))).toEqual([
      ['readings.x', 'unknown_note'],
    ]);
  });

  it('dated keys listed newest first: still the latest key from on or before the date applies', () => {
    const fixed = {
      kind: 'fixed-and-population' as const,
      validFrom: '2026-01-01',
      clause: '§9 (endret)',
      fixedPercent: '100',
      populationPercent: '0',
    };
    const a = withKeys([fixed, { kind: 'population', validFrom: '2025-01-01', clause: '§9' }]);
    expect(costKeyOn(a, '2026-06-01').clause).toBe('§9 (endret)');
    expect(costKeyOn(a, '2025-06-01').clause).toBe('§9');
  });

  it('a service area with keys of its own never falls back to the general key, and says when its own first applies', () => {
    const a: Agreement = {
      ...withKeys([
        { kind: 'population', validFrom: '2025-01-01', clause: '§9' },
        { kind: 'population', validFrom: '2026-01-01', clause: '§10', serviceArea: 'x' },
      ]),
      serviceAreas: [{ id: 'x', name: 'X', clause: '§10', participants: ['0001', '0003'] }],
    };
    expect(costKeyOn(a, '2026-01-01', 'x').clause).toBe('§10');
    expect(costKeyOn(a, '2025-06-01').clause).toBe('§9');
    expect(catchInputError(() => costKeyOn(a, '2025-06-01', 'x')).problems).toEqual([
      {
        path: 'date',
        code: 'no_cost_key',
        message:
          'no cost key of test-agreement applies on 2025-06-01 (the first applies from 2026-01-01)',
      },
    ]);
  });
});
