import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { sourceMissing } from '../../helpers/sources.js';

const SOURCE = new URL(
  '../../../../shared/sources/helseplattformen-samarbeidsavtale.txt',
  import.meta.url,
);

/** Whitespace carries no meaning in the comparison: the source breaks lines mid-sentence. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('§1–§19: bestemmelsene, som data', () => {
  it('har alle bestemmelsene fra §1 til §19, med §1.1, §1.2 og §1.3, i avtalens rekkefølge', () => {
    expect(helseplattformen.clauses.map((c) => c.ref)).toEqual([
      '§1',
      '§1.1',
      '§1.2',
      '§1.3',
      ...Array.from({ length: 18 }, (_, i) => `§${i + 2}`),
    ]);
  });

  it('gir hver bestemmelse overskriften fra avtalen', () => {
    const titles = Object.fromEntries(helseplattformen.clauses.map((c) => [c.ref, c.title]));
    expect(titles).toMatchObject({
      '§1.3': 'Partene i denne avtalen – oppgavefellesskapets deltakere',
      '§5': 'Representantskapet',
      '§6': 'Oppgavefellesskapets styre',
      '§9': 'Eierandel, innskuddsplikt og finansiering',
      '§12': 'Uttredelse',
      '§15': 'Avtalerevisjon – endring av samarbeidsavtalen',
      '§19': 'Signering',
    });
  });

  it('§9 beholder prinsippene for kostnadsfordelingen som tekst', () => {
    const text = helseplattformen.clauses.find((c) => c.ref === '§9')?.text ?? '';
    expect(text).toContain(
      'Prinsippene som ligger til grunn for kostnadsfordelingen er som følger:',
    );
    expect(text).toContain(
      '- Prinsippet om fordeling følger antall innbyggere per kommune – som angitt i tabell 9.1',
    );
    expect(text).toContain(
      'Fakturering av kommunens andel vil skje en gang per år, etterskuddsvis i desember måned.',
    );
  });

  it.skipIf(sourceMissing(SOURCE))(
    'hvert avsnitt i hver bestemmelse står ordrett i kildedokumentet',
    () => {
      const source = squeeze(readFileSync(SOURCE, 'utf8'));
      for (const clause of helseplattformen.clauses) {
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
      const headings = [...text.matchAll(/^\s*(\d+(?:\.\d)?)\.? ([A-ZÆØÅ][^\n]*?)\s*$/gm)]
        .filter((m) => Number(m[1]) <= 19 && !/\d{4}/.test(m[2] ?? ''))
        .map((m) => `§${m[1]} ${m[2]}`);
      const data = helseplattformen.clauses.map((c) => `${c.ref} ${c.title}`);
      expect(headings).toHaveLength(22);
      for (const heading of headings) expect(data).toContain(heading);
    },
  );
});
