import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauses } from '../../../src/agreements/digitrondelag/clauses.js';
import { sourceMissing } from '../../helpers/sources.js';

const SOURCE = new URL('../../../../shared/sources/digitrondelag-avtale.txt', import.meta.url);

/** Whitespace carries no meaning in the comparison: the source breaks lines mid-sentence. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

const textOf = (ref: string) => clauses.find((c) => c.ref === ref)?.text ?? '';

describe('§1–§7: bestemmelsene i DigiTrøndelag, som data', () => {
  it('har alle bestemmelsene fra §1 til §7, med §3.1–§3.2 og §4.1–§4.6, i avtalens rekkefølge', () => {
    expect(clauses.map((c) => c.ref)).toEqual([
      '§1',
      '§2',
      '§3',
      '§3.1',
      '§3.2',
      '§4',
      '§4.1',
      '§4.2',
      '§4.3',
      '§4.4',
      '§4.5',
      '§4.6',
      '§5',
      '§6',
      '§7',
    ]);
  });

  it('gir hver bestemmelse overskriften fra avtalen', () => {
    const titles = Object.fromEntries(clauses.map((c) => [c.ref, c.title]));
    expect(titles).toMatchObject({
      '§1': 'Bakgrunn',
      '§3': 'Partenes rolle og ansvar i samarbeidet',
      '§3.1': 'Ansvar for alle de deltakende parter/kommuner',
      '§4.1': 'Porteføljestyret',
      '§4.2': 'Leder for programstyret',
      '§4.3': 'Programstyret',
      '§4.6': 'Gjennomføringsprosjekter',
      '§7': 'Endringer',
    });
  });

  it('§3 er bare en overskrift, uten egen tekst', () => {
    expect(textOf('§3')).toBe('');
  });

  it('§1 beholder fotnotemerket og slutter med fotnoten', () => {
    const paragraphs = textOf('§1').split('\n\n');
    expect(paragraphs).toContain(
      'Digitalisering[1] fører til at innbyggere og næringsliv forventer digital samhandling med kommunen og tilgang til åpne data.',
    );
    expect(paragraphs.at(-1)).toMatch(/^\[1\] Med digitalisering mener vi /);
  });

  it('§4.3 lister opp programstyrets medlemmer og oppgaver, én per linje', () => {
    const text = textOf('§4.3');
    expect(text).toContain(
      'Programstyret består av:\n● Trondheim har fast representasjon\n● Representanter på rådmannsnivå fra de ulike delene av Trøndelag\n● èn representant for KS Trøndelag.\n● en representant for Trøndelag fylkeskommune',
    );
    expect(text).toContain(
      '● Beslutter og prioriterer fellesprosjekter med vedtatt fremdrift og leveranse med tilhørende finansiering\n',
    );
  });

  it.skipIf(sourceMissing(SOURCE))(
    'hvert avsnitt i hver bestemmelse står ordrett i kildedokumentet',
    () => {
      const source = squeeze(readFileSync(SOURCE, 'utf8'));
      for (const clause of clauses) {
        expect(source, `${clause.ref} title`).toContain(squeeze(clause.title));
        for (const paragraph of clause.text.split('\n\n').filter((p) => p !== '')) {
          expect(source, `${clause.ref}: ${paragraph.slice(0, 60)}…`).toContain(squeeze(paragraph));
        }
      }
    },
  );

  it.skipIf(sourceMissing(SOURCE))(
    'kildedokumentet har ingen overskrift som mangler i dataene',
    () => {
      const text = readFileSync(SOURCE, 'utf8');
      const headings = [...text.matchAll(/^[ \t]*(\d+(?:\.\d)?)\.?[ \t]+([A-ZÆØÅ][^\n]*?)\s*$/gm)]
        .filter((m) => Number(m[1]) <= 7)
        .map((m) => `§${m[1]} ${m[2]}`);
      const data = clauses.map((c) => `${c.ref} ${c.title}`);
      expect(headings).toHaveLength(15);
      for (const heading of headings) expect(data).toContain(heading);
    },
  );
});
