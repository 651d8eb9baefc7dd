import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauses } from '../../../src/agreements/digitrondelag/clauses.js';
import { sourceMissing } from '../../helpers/sources.js';

const SOURCE = new URL('../../../../shared/sources/digitrondelag-avtale.txt', import.meta.url);

/** Whitespace carries no meaning in the comparison: the source breaks lines mid-sentence. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

const textOf = (ref: string) => clauses.find((c) => c.ref === ref)?.text ?? '';

describe('§1–§7 the DigiTrøndelag clauses, as data', () => {
  it('has every clause from §1 to §7, with §3.1–§3.2 and §4.1–§4.6, in the agreement’s order', () => {
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

  it('gives every clause its heading from the agreement', () => {
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

  it('§3 is a heading only, with no text of its own', () => {
    expect(textOf('§3')).toBe('');
  });

  it('§1 keeps the footnote marker and ends with the footnote to it', () => {
    const paragraphs = textOf('§1').split('\n\n');
    expect(paragraphs).toContain(
      'Digitalisering[1] fører til at innbyggere og næringsliv forventer digital samhandling med kommunen og tilgang til åpne data.',
    );
    expect(paragraphs.at(-1)).toMatch(/^\[1\] Med digitalisering mener vi /);
  });

  it('§4.3 lists the members and the tasks of the programme board one per line', () => {
    const text = textOf('§4.3');
    expect(text).toContain(
      'Programstyret består av:\n● Trondheim har fast representasjon\n● Representanter på rådmannsnivå fra de ulike delene av Trøndelag\n● èn representant for KS Trøndelag.\n● en representant for Trøndelag fylkeskommune',
    );
    expect(text).toContain(
      '● Beslutter og prioriterer fellesprosjekter med vedtatt fremdrift og leveranse med tilhørende finansiering\n',
    );
  });

  it.skipIf(sourceMissing(SOURCE))(
    'every paragraph of every clause is word for word in the source document',
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
    'the source document has no clause heading the data lacks',
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
