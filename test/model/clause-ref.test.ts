import { describe, expect, it } from 'vitest';
import { clauseContaining } from '../../src/model/clause-ref.js';

describe('clauseContaining: the one rule for clause references', () => {
  const refs = ['§1', '§2', '§4', '§4 A', '§10'];

  it('a listed clause is itself', () => {
    expect(clauseContaining(refs, '§2')).toBe('§2');
    expect(clauseContaining(refs, '§4 A')).toBe('§4 A');
  });

  it('a part after a space is in its clause, the longest that contains it', () => {
    expect(clauseContaining(refs, '§1 første ledd')).toBe('§1');
    expect(clauseContaining(refs, '§4 B ii')).toBe('§4');
    expect(clauseContaining(refs, '§4 A i')).toBe('§4 A');
    expect(clauseContaining(['§4 A', '§4'], '§4 A i')).toBe('§4 A');
  });

  it('a reference that runs on, or names no listed clause, is in none', () => {
    for (const ref of ['§2b', '§20', '§3', '§10a', '', '§ 1']) {
      expect(clauseContaining(refs, ref)).toBeUndefined();
    }
  });
});
