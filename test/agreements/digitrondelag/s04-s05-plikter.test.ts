import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../../src/agreements/digitrondelag/index.js';

const duties = (clause: string) =>
  (digitrondelag.obligations ?? []).filter((o) => o.clause === clause).map((o) => [o.who, o.duty]);

describe('§4.2–§4.6 og §5: pliktene til organene og partene i DigiTrøndelag, som data', () => {
  it('§4.2: lederen kaller inn til programstyrets møter, leder dem og har ansvaret for referatet', () => {
    const programstyre = digitrondelag.organs?.find((o) => o.id === 'programstyre');
    expect(programstyre?.duties?.filter((d) => d.clause === '§4.2').map((d) => d.text)).toEqual([
      'Leder innkaller til møter i programstyret, er ordstyrer for møtene og er ansvarlig for at referat føres',
    ]);
  });

  it('§4.3: den parten som har ansvaret for å gjennomføre et vedtak i programstyret, sørger for at det blir gjennomført', () => {
    expect(duties('§4.3')).toEqual([
      [
        'Hver part med gjennomføringsansvar',
        'Sørge for at beslutninger fattet i programstyret blir gjennomført',
      ],
    ]);
  });

  it('§4.4: Trondheim ansetter programlederen; programlederen realiserer samarbeidet; programområdet har de åtte funksjonene bestemmelsen lister opp', () => {
    const all = duties('§4.4');
    expect(all.slice(0, 2)).toEqual([
      ['5001 Trondheim', 'Utpeke programleder etter drøfting i programstyret'],
      [
        'Programleder',
        'Realisere samarbeidet i henhold til samarbeidsavtalen, mandat og andre vedtak fattet i programstyret',
      ],
    ]);
    const functions = all.slice(2);
    expect(functions).toHaveLength(8);
    expect(functions.every(([who]) => who === 'Programområdet')).toBe(true);
    expect(functions.map(([, duty]) => duty?.split(': ').at(-1))).toEqual([
      'følge opp samarbeidsavtalen',
      'Koordinere underliggende tiltak og prosjekter',
      'Utarbeide forslag til budsjett, budsjettoppfølging og forvaltning av midler innenfor vedtatte rammer',
      'Etablere interne rutiner og prosesser knyttet til prosjektgjennomføring',
      'Koordinere ekstern kommunikasjon og samhandling',
      'Foreslå opprettelse av faggrupper eller teamnettverk etter behov',
      'Dokumenthåndtering og arkivering',
      'Administrativ forvaltning av metoder, verktøy og felles spesifikasjoner',
    ]);
  });

  it('§4.6: hvert prosjekt har mandat og budsjett forankret hos partene og i programstyret; et medlem av programstyret sitter i hver styringsgruppe', () => {
    expect(duties('§4.6')).toEqual([
      [
        'De deltakende partene og programstyret',
        'Avtale mandat og budsjett for hvert gjennomføringsprosjekt, forankret blant de deltakende partene og i programstyret',
      ],
      [
        'Programstyret',
        'Når et prosjekt får egen styringsgruppe, skal minst én av programstyrets representanter delta i den',
      ],
    ]);
  });

  it('§5: tjenester og spesialkompetanse som programkontoret leverer utover det årlige tilskuddet, avtales og finansieres særskilt', () => {
    expect(duties('§5')).toContainEqual([
      'Partene',
      'Avtale og finansiere særskilt tjenester og spesialistkompetanse programkontoret leverer på områder den enkelte kommune ellers ville kjøpt i markedet eller ansatt i egen organisasjon',
    ]);
  });

  it('§3.1 og §4.3: kilden nevner ingen samarbeidsform; «avtalebasert samarbeid» er vår slutning, og vedtak i programstyret binder partene som avtale, ikke som offentlig myndighet (notat "legal-form")', () => {
    expect(digitrondelag.legalForm).toBe('avtalebasert-samarbeid');
    const note = digitrondelag.interpretations?.find((n) => n.id === 'legal-form');
    expect(note?.clauses).toEqual(['§3.1', '§4.3']);
    expect(note?.reading).toContain('Kilden nevner ingen samarbeidsform');
    expect(note?.reading).toContain('vår slutning');
    expect(note?.reading).toContain('avtaleforpliktelse');
    expect(note?.reading).toContain('utøver ikke offentlig myndighet');
    expect(note?.alternatives.map((a) => a.reading)).toEqual([
      'Samarbeidet er et vertskommunesamarbeid med Trondheim som vertskommune (kommuneloven kapittel 20).',
    ]);
  });
});
