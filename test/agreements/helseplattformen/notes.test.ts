import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';

const note = (id: string) => helseplattformen.interpretations?.find((n) => n.id === id);

describe('Helseplattformen: det teksten lar stå åpent, er registrert (tolkningsregisteret)', () => {
  it('§5 «sitter i kommunestyrets valgperiode»: funksjonstiden er kommunestyrets valgperiode, og den første er kortere (notat "representantskap-term")', () => {
    const n = note('representantskap-term');
    expect(n?.clauses).toEqual(['§5']);
    expect(n?.reading).toContain('normalt 4 år');
    expect(n?.reading).toContain('Den første perioden er kortere');
  });

  it('§6: styrets krav til vedtaksførhet («alle regioners styremedlemmer eller varamedlemmer») gjelder som standard også for innstillinger (notat "board-quorum-recommendations")', () => {
    const n = note('board-quorum-recommendations');
    expect(n?.clauses).toEqual(['§6']);
    expect(n?.reading.startsWith('Ja.')).toBe(true);
    expect(n?.alternatives).toHaveLength(1);
  });

  it('§5 «øverste klageorgan for alle klagesaker»: hvilke saker det gjelder, regnes ikke ut, og presentasjonens snevrere omfang er registrert (notat "complaint-scope")', () => {
    expect(note('complaint-scope')?.reading).toContain('personalforvaltning');
  });

  it('§9 og §14: befolkningsgrunnlaget per 1.1.2024 ligger fast; en årlig oppdatering ville være en endring (§15) (notat "population-basis")', () => {
    const n = note('population-basis');
    expect(n?.clauses).toEqual(['§9', '§14']);
    expect(n?.reading.startsWith('Fast.')).toBe(true);
    expect(n?.reading).toContain('(§15)');
  });

  it('§12 og §16: en senere uttredelsesdato i varselet, og frister som ender på en helligdag, er registrert som åpne spørsmål (notat "timing-details")', () => {
    expect(note('timing-details')?.alternatives).toHaveLength(2);
  });

  it('§5: stemmeplikten bygger på to premisser som ikke er kontrollert mot lovteksten, og ved valg kan blanke stemmer være tillatt (notat "duty-to-vote")', () => {
    const reading = note('duty-to-vote')?.reading ?? '';
    expect(reading).toContain('Begge premissene må verifiseres mot lovteksten');
    expect(reading).toContain('§ 5-1 (sekundærkilde)');
    expect(reading).toContain('Ved valg');
  });

  it('§5 og §6: møteleders dobbeltstemme: bare kommuneloven 1992 er kontrollert (notat "chair-absent-casting-vote")', () => {
    const reading = note('chair-absent-casting-vote')?.reading ?? '';
    expect(reading).toContain('1992 § 35 nr. 1');
    expect(reading).toContain('er ikke kontrollert mot lovteksten');
  });
});
