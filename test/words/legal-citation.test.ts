import { describe, expect, it } from 'vitest';
import { forHandbookReaders } from '../../src/words/legal-citation.js';

describe('the legal notes cited as a handbook reader can follow them', () => {
  it.each([
    ['(kontrollert, LEGAL.md §1.5);', '(kontrollert, kildegrunnlag 1.5);'],
    ['kilde: LEGAL.md §6 og LEGAL.md § 7', 'kilde: kildegrunnlag 6 og kildegrunnlag 7'],
    ['se LEGAL.md.', 'se et internt notat.'],
    ['the minimum content, UNVERIFIED)', 'the minimum content, ikke verifisert)'],
    ['Ingen kilde her.', 'Ingen kilde her.'],
  ])('%s → %s', (given, said) => {
    expect(forHandbookReaders(given)).toBe(said);
  });
});
