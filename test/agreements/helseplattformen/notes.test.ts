import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';

const note = (id: string) => helseplattformen.interpretations?.find((n) => n.id === id);

describe('Helseplattformen: what the text leaves open is recorded (the interpretation register)', () => {
  it('§5 "sitter i kommunestyrets valgperiode": the term is the council’s election period, and the first one is shorter (note "representantskap-term")', () => {
    const n = note('representantskap-term');
    expect(n?.clauses).toEqual(['§5']);
    expect(n?.reading).toContain('normalt 4 år');
    expect(n?.reading).toContain('Den første perioden er kortere');
  });

  it('§6 the board’s quorum ("alle regioners styremedlemmer eller varamedlemmer") applies to innstillinger too, by default (note "board-quorum-recommendations")', () => {
    const n = note('board-quorum-recommendations');
    expect(n?.clauses).toEqual(['§6']);
    expect(n?.reading.startsWith('Ja.')).toBe(true);
    expect(n?.alternatives).toHaveLength(1);
  });

  it('§5 "øverste klageorgan for alle klagesaker": which cases is not computed, and the presentation’s narrower scope is recorded (note "complaint-scope")', () => {
    expect(note('complaint-scope')?.reading).toContain('personalforvaltning');
  });

  it('§9 and §14 the population basis of 1.1.2024 is fixed; a yearly update would be an amendment (§15) (note "population-basis")', () => {
    const n = note('population-basis');
    expect(n?.clauses).toEqual(['§9', '§14']);
    expect(n?.reading.startsWith('Fast.')).toBe(true);
    expect(n?.reading).toContain('(§15)');
  });

  it('§12 and §16 a later withdrawal date named in the notice, and deadlines that end on a holiday, are recorded as open (note "timing-details")', () => {
    expect(note('timing-details')?.alternatives).toHaveLength(2);
  });

  it('§5 the duty to vote rests on two premises not checked against the statute, and elections may allow blank votes (note "duty-to-vote")', () => {
    const reading = note('duty-to-vote')?.reading ?? '';
    expect(reading).toContain('Begge premissene må verifiseres mot lovteksten');
    expect(reading).toContain('§ 5-1 (sekundærkilde)');
    expect(reading).toContain('Ved valg');
  });

  it('§5 and §6 the presiding person’s casting vote: only the 1992 law is checked (note "chair-absent-casting-vote")', () => {
    const reading = note('chair-absent-casting-vote')?.reading ?? '';
    expect(reading).toContain('1992 § 35 nr. 1');
    expect(reading).toContain('er ikke kontrollert mot lovteksten');
  });
});
