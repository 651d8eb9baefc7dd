import { describe, expect, it } from 'vitest';
import { citing, reason } from '../../src/rules/reason.js';
import { catchInputError } from '../helpers/errors.js';

describe('reasons: a code, the agreement and clause it cites, and its values', () => {
  it('reason builds exactly those four fields', () => {
    expect(reason('liten', '§1', 'tie_rejected', { votes: 3 })).toEqual({
      code: 'tie_rejected',
      agreement: 'liten',
      clause: '§1',
      values: { votes: 3 },
    });
  });

  it('citing binds the agreement, so each rule names only its clause, code and values', () => {
    const cite = citing('liten');
    const r = cite('§2', 'tie_rejected', { votes: 4 });
    expect(r).toEqual({
      code: 'tie_rejected',
      agreement: 'liten',
      clause: '§2',
      values: { votes: 4 },
    });
    expect(Object.keys(r)).toEqual(['code', 'agreement', 'clause', 'values']);
  });

  it('citing refuses an agreement id that is not text (plain JavaScript passing the agreement)', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
    const untyped = citing as (agreement: any) => unknown;
    for (const agreement of [{ id: 'liten' }, 7, undefined]) {
      const error = catchInputError(() => untyped(agreement));
      expect(error.problems).toEqual([
        { path: 'agreement', code: 'invalid_type', message: "must be the agreement's id as text" },
      ]);
      expect(error.message.startsWith('Cannot cite (1 problem)')).toBe(true);
    }
    expect(citing('')('§1', 'tie_rejected', { votes: 1 }).agreement).toBe('');
  });
});
