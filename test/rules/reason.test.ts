import { describe, expect, it } from 'vitest';
import { citing, reason } from '../../src/rules/reason.js';

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
});
