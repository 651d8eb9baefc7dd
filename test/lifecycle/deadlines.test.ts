import { describe, expect, it } from 'vitest';
import { deadlines } from '../../src/lifecycle/deadlines.js';
import { smallAgreement } from '../fixtures/small-agreement.js';
import { problemsOf } from '../helpers/errors.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const agreement = smallAgreement();

describe('deadlines', () => {
  it('a yearly duty due on the last day of February is dated in the year asked', () => {
    expect(deadlines(agreement, { year: 2025 })).toEqual([
      {
        id: 'rapport',
        from: null,
        due: '2025-02-28',
        who: 'Styret',
        duty: { kind: 'stated', what: 'Rapport' },
        clause: '§2',
        party: null,
        reading: null,
        alternatives: [],
      },
    ]);
  });

  it('a year or party of the wrong type is named', () => {
    expect(
      problemsOf(() => deadlines(agreement, { year: '2026', party: 5001 } as Untyped)),
    ).toEqual([
      ['party', 'invalid_type'],
      ['year', 'invalid_year'],
    ]);
  });
});
