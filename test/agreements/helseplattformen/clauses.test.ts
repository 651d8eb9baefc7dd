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

describe('§1–§19 the clauses, as data', () => {
  it('has every clause from §1 to §19, with §1.1, §1.2 and §1.3, in the agreement’s order', () => {
    expect(helseplattformen.clauses.map((c) => c.ref)).toEqual([
      '§1',
      '§1.1',
      '§1.2',
      '§1.3',
      ...Array.from({ length: 18 }, (_, i) => `§${i + 2}`),
    ]);
  });

  it('gives every clause its heading from the agreement', () => {
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

  it('§9 keeps the principles of the cost split as text', () => {
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
    'every paragraph of every clause is word for word in the source document',
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
    'the source document has no clause heading the data lacks',
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
