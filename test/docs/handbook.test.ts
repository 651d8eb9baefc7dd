import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { initTemplate } from '../../src/cli/init-template.js';
import { builtInAgreements } from '../../src/cli/load-agreement.js';
import { handbook } from '../../src/docs/handbook/index.js';
import { TEST_TITLES } from '../../src/docs/test-titles.generated.js';
import type { Agreement } from '../../src/model/agreement.js';
import { LEGAL_FORMS } from '../../src/model/legal-form.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { smallAgreement } from '../fixtures/small-agreement.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';

const book = (id: string) => {
  const agreement = builtInAgreements[id];
  if (agreement === undefined) throw new Error(id);
  return handbook(agreement, { testTitles: TEST_TITLES[id] ?? [], year: 2026, apiBase: '../api' });
};

describe('the handbooks, as a reader would check them', () => {
  const { markdown, html } = book('helseplattformen');

  it('has every clause of Helseplattformen with its heading and text, and its status', () => {
    for (const clause of helseplattformen.clauses) {
      expect(markdown).toContain(`### ${clause.ref} ${clause.title}`);
    }
    expect(markdown).toContain(
      'Status: regnes ut av [membersOn](#regel-membersOn) og [ownershipShares](#regel-ownershipShares).',
    );
    expect(markdown).toContain('Status: kan ikke regnes ut. Tvisteløsning.');
    expect(markdown).toContain('> Representantskapet består av 1 representant fra hver kommune.');
  });

  it('lists the tests under the clause they name, by their own bokmål titles, as not run here when no results are given', () => {
    const s5 = markdown.slice(markdown.indexOf('### §5 '), markdown.indexOf('### §6 '));
    expect(s5).toContain(
      '\n- §5 representantskapet er vedtaksført med 17 av 34 til stede, varamedlemmer medregnet\n',
    );
    expect(s5).toMatch(/Tester \(\d+; ikke kjørt her\):\n\n<a id="k-5-tester"><\/a>\n\n- §5/);
    expect(html).toContain('<ul id="k-5-tester"><li>§5');
    expect(html).not.toContain('lang="en"');
    // An it.each title from the source, without the run's values: its placeholders read "…".
    expect(markdown).toContain('- §9 tabell 9.1: … … har … innbyggere og eierandel … %\n');
    expect(markdown).not.toMatch(/%s|\$[a-z]/);
  });

  it('starts with the coverage summary: 22 clauses, 10 computed and tested, 3 of them only partly (§9, §13, §16), 12 not computable', () => {
    expect(markdown).toContain(
      '| Bestemmelser | Kan regnes ut | Har regel | Har test | Bare delvis regnet ut | Kan ikke regnes ut |',
    );
    expect(markdown).toContain('| 22 | 10 | 10 | 10 | 3 | 12 |');
  });

  it('§9, §13, §16: partly computed, with the sentences no rule computes (borrowing, selvkost, Bilag 5 price adjustment; keeping documents; remedies and damages)', () => {
    const section = (ref: string, next: string) =>
      markdown.slice(markdown.indexOf(`### ${ref} `), markdown.indexOf(`### ${next} `));
    const s9 = section('§9', '§10');
    expect(s9).toContain('Status: delvis regnet ut av [ownershipShares]');
    expect(s9).toContain(
      '- «Oppgavefellesskapet har ikke myndighet til å ta opp lån»: et forbud som ingen regel kontrollerer.',
    );
    expect(s9).toContain(
      'bilaget er ikke blant kildene, så prisjusteringen etter bilaget regnes ikke ut.',
    );
    expect(s9).toContain('(selvkost)');
    expect(section('§13', '§14')).toContain('Status: delvis regnet ut av [decide]');
    expect(section('§16', '§17')).toContain(
      '- Erstatningsansvaret for direkte tap forårsaket av uaktsomhet: ingen regel regner det ut.',
    );
    expect(section('§12', '§13')).toContain('Status: regnes ut av');
    expect(section('§12', '§13')).not.toContain('delvis');
  });

  it('tests whose own title speaks of a range (§1–§19) are listed once, as tests of several clauses, not under §19', () => {
    const s19 = markdown.slice(
      markdown.indexOf('### §19 '),
      markdown.indexOf('## Tester av flere'),
    );
    expect(s19).not.toContain('ordrett i kildedokumentet');
    const general = markdown.slice(markdown.indexOf('## Tester av flere bestemmelser'));
    expect(general).toContain(
      '- hvert avsnitt i hver bestemmelse står ordrett i kildedokumentet\n',
    );
    const digi = book('digitrondelag').markdown;
    const s7 = digi.slice(digi.indexOf('### §7 '), digi.indexOf('## Tester av flere'));
    // Seven tests in test/agreements/digitrondelag/s06-s07-varighet.test.ts cite §7 in a title of their own:
    // six start with §7, one is the §3.1 note whose consequences include §7.
    expect(s7).toContain('Tester (7; ikke kjørt her):');
    expect(s7).not.toContain('§1–§7');
  });

  it('has the ownership table with both roundings and the note that the printed percentages sum to 100.01', () => {
    expect(markdown).toContain('| 5001 | Trondheim | 214 565 | 40,07 % | 40,07 % | 40,07 % |');
    expect(markdown).toContain('| 1511 | Vanylven | 3 026 | 0,57 % | 0,56 % | 0,57 % |');
    expect(markdown).toContain('|  | Sum | 535 512 | 100,01 % | 100,00 % | 100,01 % |');
    expect(markdown).toContain(
      'Prosentene som står i tabell 9.1 summerer til 100,01 %, ikke 100,00 % som tabellen oppgir.',
    );
  });

  it('has the worked examples with the figures the code computes', () => {
    expect(markdown).toContain('### Et vedtaksført møte: 17 av 34 til stede');
    expect(markdown).toContain('§5: Ikke vedtaksfør: 16 av 34 er til stede; minst 17 kreves.');
    expect(markdown).toContain('Stemmelikhet (9–9): møteleders stemme (5001) er avgjørende');
    expect(markdown).toContain('Ikke enstemmig: 33 av 34 medlemmer stemte for; mot: 3430.');
    // Os (the last party) gives notice 1 March 2025: it leaves 1 March 2026, last financed 28 February 2026.
    expect(markdown).toContain(
      'Uttreden skjer 1. mars 2026; siste dag med plikt til finansiering er 28. februar 2026.',
    );
    expect(markdown).toContain('### Årsoppgjør 2026 med en uttreden');
    expect(markdown).toContain('| 3430 | Os | 59 | ');
    expect(markdown).toContain(
      'Eksempel: en tenkt kommune, 9999 Eksempelkommune, med 1 400 innbyggere (kommunen og tallene er laget for eksempelet)',
    );
    expect(markdown).toContain('Vedtas av representantskapet ved ');
    expect(markdown).not.toContain('Bindal, med');
  });

  it('has the interpretation register and the calendar of the coming year', () => {
    (helseplattformen.interpretations ?? []).forEach((note, i) => {
      expect(markdown).toContain(
        `<a id="tolkning-${note.id}"></a>\n\n### Tolkning ${i + 1} (${note.clauses.join(', ')})`,
      );
    });
    expect(markdown).toContain('| 28. februar 2026 | Oppgavefellesskapet |');
  });

  it.each(Object.keys(builtInAgreements))(
    '%s: every internal link of the HTML page points to an element on it',
    (id) => {
      const page = book(id).html;
      const ids = new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
      const links = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(links.length).toBeGreaterThan(5);
      expect(links.filter((l) => !ids.has(l))).toEqual([]);
    },
  );

  it('the HTML and the Markdown are built from the same blocks', () => {
    expect(html).toContain('<h3 id="k-9">§9 Eierandel, innskuddsplikt og finansiering</h3>');
    expect(html).toContain('<td class="r">100,01 %</td>');
  });
});

describe('the handbook of a minimal agreement says what the data lacks', () => {
  const parties = [partyOf('0001', 100), partyOf('0002', 300)];
  const minimal: Agreement = {
    ...agreementWith(parties),
    costKeys: [
      {
        kind: 'stated-shares',
        validFrom: '2025-01-01',
        clause: '§9',
        shares: { '0001': '1/4', '0002': '3/4' },
      },
    ],
  };

  it('no organs, no interpretations, and a stated key: no share table, the parties listed with their populations', () => {
    const { markdown } = handbook(minimal, { testTitles: [], year: 2026, apiBase: '../api' });
    expect(markdown).toContain('Avtalen har ingen organer i dataene.');
    expect(markdown).toContain('| Nr. | Kommune | Innbyggere | Roller |');
    expect(markdown).not.toContain('| Andel (halv opp)');
    expect(markdown).toContain('Kommune 0001');
    expect(markdown).toContain('Avtalen har ingen tolkningsnotater.');
    expect(markdown).toContain('Dataene oppgir ingen kilde utenfor avtaleteksten.');
    // The stated key 1/4 : 3/4 splits 1 000 000,00 kr into 250 000,00 and 750 000,00.
    expect(markdown).toContain('andeler som avtalen oppgir (§9).');
    expect(markdown).toContain('| 0001 | Kommune 0001 | 250 000,00 |');
    expect(markdown).toContain('| 0002 | Kommune 0002 | 750 000,00 |');
  });

  it('a party without a population is shown as not given', () => {
    const { population: _, ...unknown } = partyOf('0003', 0);
    const withUnknown: Agreement = { ...minimal, parties: [...parties, unknown] };
    const { markdown } = handbook(withUnknown, { testTitles: [], year: 2026, apiBase: '../api' });
    expect(markdown).toContain('ikke oppgitt');
  });

  it('a population key the parties cannot fill leaves the share table out instead of failing', () => {
    const { population: _, ...unknown } = partyOf('0003', 0);
    const broken: Agreement = { ...agreementWith([...parties, unknown]) };
    const { markdown } = handbook(broken, { testTitles: [], year: 2026, apiBase: '../api' });
    expect(markdown).not.toContain('| Sum |');
    expect(markdown).toContain('ikke oppgitt');
  });
});

describe('the handbook of an agreement file of another legal form', () => {
  const ros = builtInAgreements['roros-os-holtalen'] as Agreement;
  it.each([
    ['interkommunalt-styre-1992', 'interkommunalt styre (kommuneloven 1992 § 27)'],
    [
      'administrativt-vertskommunesamarbeid-1992',
      'administrativt vertskommunesamarbeid (kommuneloven 1992 § 28-1 b)',
    ],
    [
      'vertskommunesamarbeid-med-nemnd-1992',
      'vertskommunesamarbeid med felles folkevalgt nemnd (kommuneloven 1992 § 28-1 c)',
    ],
  ] as const)('a %s names its form and the paragraph of the 1992 law', (legalForm, name) => {
    const agreement = { ...ros, legalForm };
    const { markdown } = handbook(agreement, { testTitles: [], year: 2026, apiBase: '../api' });
    expect(markdown).toContain(`Samarbeidsform: ${name}, jf. `);
  });
});

describe('the handbook of an agreement the user writes', () => {
  const files = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) =>
    f.endsWith('.json'),
  );
  const read = (url: URL) => parseAgreement(JSON.parse(readFileSync(url, 'utf8')) as unknown);
  const agreements: readonly [string, Agreement][] = [
    ...files.map((f): [string, Agreement] => [
      f,
      read(new URL(`../../examples/${f}`, import.meta.url)),
    ]),
    [
      'usage-key-agreement.json',
      read(new URL('../fixtures/usage-key-agreement.json', import.meta.url)),
    ],
    ['small-agreement (two parties, a quorum of one)', smallAgreement()],
    ...LEGAL_FORMS.map((form): [string, Agreement] => [
      `init --form ${form}`,
      parseAgreement(initTemplate(form, 2026)),
    ]),
  ];

  it.each(agreements)('is written for %s, with its worked examples', (_, agreement) => {
    const { markdown } = handbook(agreement, { testTitles: [], year: 2026, apiBase: '../api' });
    expect(markdown).toContain(`\n# ${agreement.title}\n`);
  });

  it('shows no inquorate meeting when one present member is a quorum (nobody would preside)', () => {
    const { markdown } = handbook(smallAgreement(), {
      testTitles: [],
      year: 2026,
      apiBase: '../api',
    });
    expect(markdown).toContain('Et vedtaksført møte: 1 av 2 til stede');
    expect(markdown).not.toContain('Et møte som ikke er vedtaksført');
  });
});
