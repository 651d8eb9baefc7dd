import { describe, expect, it } from 'vitest';
import { builtInAgreements } from '../../src/cli/load-agreement.js';
import { type Block, textsOf, toHtml, toMarkdown } from '../../src/docs/blocks.js';
import { withoutPlaceholders } from '../../src/docs/handbook/context.js';
import { handbook } from '../../src/docs/handbook/index.js';
import {
  citeLegalBasis,
  legalSectionsCited,
} from '../../src/docs/handbook/sections/legal-basis.js';
import { LEGAL_BASIS } from '../../src/docs/legal-basis.js';
import { readTestResults } from '../../src/docs/test-results.js';
import { AgreementInputError } from '../../src/model/errors.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';

const builtIn = (id: string) => {
  const agreement = builtInAgreements[id];
  if (agreement === undefined) throw new Error(id);
  return agreement;
};
const OPTIONS = { testTitles: [], year: 2026 } as const;
const small = agreementWith([partyOf('0001', 100), partyOf('0002', 300)]);

describe('the header: how to cite the handbook', () => {
  it('names each source document with its date and address where the data gives them, "ikke oppgitt" where not', () => {
    const { markdown } = handbook(builtIn('roros-os-holtalen'), OPTIONS);
    expect(markdown).toContain(
      '| Samarbeidsavtale mellom Røros – Os – Holtålen. Kommunereformen | 18. mai 2016 | ikke oppgitt | Avtaleteksten, «Endelig versjon, 18. mai 2016», utarbeidet av et forhandlingsutvalg; bestemmelsene i dataene er sitert herfra. |',
    );
    expect(markdown).toContain(
      '| Nyhetssak på nearadio.no: Røros, Os og Holtålen intensiverer samarbeidet | 7. november 2017 | [http://nearadio.no/nyheter/roros-os-og-holtalen-intensiverer-samarbeidet/19.18019](http://nearadio.no/nyheter/roros-os-og-holtalen-intensiverer-samarbeidet/19.18019) |',
    );
    expect(markdown).toContain('Kildedokumenter, avtaleteksten først:');
  });

  it('one source is "Kildedokument:", none is said; no version is "ikke oppgitt"; the date given is shown without the note on the default', () => {
    const one = handbook(
      { ...small, sources: [{ title: 'Avtalen' }] },
      { ...OPTIONS, date: '2026-02-03', version: '9.9.9' },
    ).markdown;
    expect(one).toContain('Kildedokument:\n\n| Dokument | Dato | Adresse | Om kilden |');
    expect(one).toContain('| Avtalen | ikke oppgitt | ikke oppgitt |  |');
    expect(one).toContain(
      '- Programversjon: kommunesamarbeid 9.9.9.\n- Håndbokens dato: 3. februar 2026.\n',
    );
    const none = handbook(small, OPTIONS).markdown;
    expect(none).toContain('Kildedokument: dataene oppgir ikke hvilket dokument de bygger på.');
    expect(none).toContain('- Programversjon: ikke oppgitt.');
    expect(none).toContain(
      `- Håndbokens dato: 1. januar 2025 (datoen avtalen gjelder fra; ingen annen dato ble oppgitt).`,
    );
  });

  it('the fingerprint is the SHA-256 of the clause text, and changes with one character of it', () => {
    const agreement = builtIn('digitrondelag');
    const fingerprint = /`([0-9a-f]{64})`/.exec(handbook(agreement, OPTIONS).markdown)?.[1];
    const clauses = agreement.clauses.map((c, i) => (i === 0 ? { ...c, text: `${c.text}.` } : c));
    const edited = /`([0-9a-f]{64})`/.exec(
      handbook({ ...agreement, clauses }, OPTIONS).markdown,
    )?.[1];
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(edited).toMatch(/^[0-9a-f]{64}$/);
    expect(edited).not.toBe(fingerprint);
  });

  it('a date or a test-run date that does not exist is an input error, not a handbook', () => {
    expect(() => handbook(small, { ...OPTIONS, date: '2026-02-30' })).toThrow(AgreementInputError);
    expect(() => handbook(small, { ...OPTIONS, testedOn: '2026-13-01', results: [] })).toThrow(
      /testedOn: must be a date/,
    );
  });

  it('the print footer names the first source, the version, the date and the fingerprint; without sources, the title', () => {
    const html = handbook({ ...small, title: 'Tittel "med" <tegn>' }, OPTIONS).html;
    expect(html).toContain(
      '@bottom-left{content:"Tittel \\22 med\\22  \\3c tegn\\3e  · håndbok per 1. januar 2025\\A SHA-256 av avtaleteksten: ',
    );
    expect(html).toContain('@bottom-right{content:"Side " counter(page) " av " counter(pages)');
    expect(html).toContain('size:A4');
    expect(html).toContain('h1,h2,h3{break-after:avoid;break-inside:avoid}');
    expect(html).not.toContain('break-before:page');
  });
});

describe('test results', () => {
  const report = {
    startTime: Date.UTC(2026, 0, 2, 3),
    testResults: [
      {
        name: 'C:\\repo\\test\\agreements\\helseplattformen\\a.test.ts',
        assertionResults: [
          { ancestorTitles: ['§5 R', '§5 q'], title: '§5: vedtaksført', status: 'passed' },
          { ancestorTitles: [], title: '§5: feil', status: 'failed' },
          { ancestorTitles: [], title: '§5: todo', status: 'todo' },
          { ancestorTitles: [], title: '§5: pending', status: 'pending' },
        ],
      },
      {
        name: '/repo/test/agreements/khs-vestre-viken/b.test.ts',
        assertionResults: [{ ancestorTitles: [], title: 'Om KHS: x', status: 'passed' }],
      },
      {
        name: '/repo/test/docs/c.test.ts',
        assertionResults: [{ ancestorTitles: [], title: 'y', status: 'passed' }],
      },
      {
        name: '/repo/test/scenarios/scenarios.test.ts',
        assertionResults: [
          {
            ancestorTitles: ['Scenarioer i roros-os-holtalen/s08.json'],
            title: '§8 B i etter folketall',
            status: 'passed',
          },
          { ancestorTitles: ['Scenarioer i '], title: 'z', status: 'passed' },
          { ancestorTitles: [], title: 'Scenarioer i helseplattformen/x.json', status: 'passed' },
        ],
      },
    ],
  };

  it('reads a vitest JSON report: titles with their describe blocks, statuses (todo and pending are skipped), the UTC day it started; scenarios by their group "Scenarioer i <id>/<file>"', () => {
    const run = readTestResults(report);
    expect(run.date).toBe('2026-01-02');
    expect(run.byAgreement).toEqual({
      helseplattformen: [
        { title: '§5 R › §5 q › §5: vedtaksført', status: 'passed' },
        { title: '§5: feil', status: 'failed' },
        { title: '§5: todo', status: 'skipped' },
        { title: '§5: pending', status: 'skipped' },
      ],
      'khs-vestre-viken': [{ title: 'Om KHS: x', status: 'passed' }],
      'roros-os-holtalen': [
        {
          title: 'Scenarioer i roros-os-holtalen/s08.json › §8 B i etter folketall',
          status: 'passed',
        },
      ],
    });
    expect(Object.getPrototypeOf(run.byAgreement)).toBeNull();
    expect(readTestResults({ testResults: [] })).toEqual({ byAgreement: {} });
    expect(readTestResults({ startTime: Number.NaN, testResults: [] }).date).toBeUndefined();
    expect(readTestResults({ startTime: 9e15, testResults: [] }).date).toBeUndefined();
  });

  it('anything else is one input error listing every problem with its path', () => {
    const problems = (value: unknown) => {
      try {
        readTestResults(value);
      } catch (error) {
        if (error instanceof AgreementInputError)
          return error.problems.map((p) => `${p.path}: ${p.message}`);
      }
      return [];
    };
    expect(problems(null)).toEqual([
      'testResults: must be a list of test files (vitest --reporter=json)',
    ]);
    expect(problems([])).toEqual([
      'testResults: must be a list of test files (vitest --reporter=json)',
    ]);
    expect(
      problems({
        testResults: [
          null,
          { name: 1 },
          { name: 'x' },
          {
            name: 'test/agreements/a/x.test.ts',
            assertionResults: [
              null,
              { title: 't', status: 'passed' },
              { ancestorTitles: [1], title: 't', status: 'passed' },
              { ancestorTitles: [], title: 2, status: 'passed' },
              { ancestorTitles: [], title: 't', status: 3 },
            ],
          },
        ],
      }),
    ).toEqual([
      'testResults[0].name: must be the path of the test file',
      'testResults[1].name: must be the path of the test file',
      'testResults[2].assertionResults: must be a list of tests',
      ...[0, 1, 2, 3, 4].map(
        (j) =>
          `testResults[3].assertionResults[${j}]: must be a test with ancestorTitles, title and status`,
      ),
    ]);
  });

  it('the handbook shows each test with its result; a clause whose tests were all skipped says none ran', () => {
    const agreement = builtIn('helseplattformen');
    const { markdown } = handbook(agreement, {
      ...OPTIONS,
      testedOn: '2026-12-01',
      results: [
        { title: '§9 › §9: riktig', status: 'passed' },
        { title: '§16: hoppet over', status: 'skipped' },
        { title: 'hele teksten: hoppet over', status: 'skipped' },
        { title: 'hele teksten: kjørt', status: 'passed' },
      ],
    });
    const s16 = markdown.slice(markdown.indexOf('### §16 '), markdown.indexOf('### §17 '));
    expect(s16).toContain(
      'Tester: ingen ble kjørt.\n\nIkke kjørt (1; regnes ikke som bevis):\n\n- §16: hoppet over\n',
    );
    const general = markdown.slice(markdown.indexOf('## Tester av flere bestemmelser'));
    expect(general).toContain(
      'Tester (1 av 1 bestått):\n\n<a id="felles-tester-liste"></a>\n\n- Bestått: hele teksten: kjørt\n',
    );
    expect(general).toContain(
      'Ikke kjørt (1; regnes ikke som bevis):\n\n- hele teksten: hoppet over\n',
    );
    // The register: §9's one test passed; §16 has none that ran; §5 none at all.
    expect(markdown).toContain('| [1 bestått](#k-9-tester) |');
    expect(markdown).toMatch(
      /\| \[§16 Avtalebrudd - Mislighold\]\(#k-16\) \| delvis regnet ut \| [^|]+ \| – \|/,
    );
    expect(markdown).toContain(
      '- Testene ble kjørt 1. desember 2026 for denne håndboken: 2 bestått, 0 feilet, 2 ikke kjørt.',
    );
    const undated = handbook(agreement, { ...OPTIONS, results: [] }).markdown;
    expect(undated).toContain(
      '- Testene ble kjørt for denne håndboken: 0 bestått, 0 feilet, 0 ikke kjørt.',
    );
  });

  it('the register shows a failed test as failed, and tests not run as not run', () => {
    const agreement = builtIn('helseplattformen');
    const failed = handbook(agreement, {
      ...OPTIONS,
      results: [
        { title: '§9: a', status: 'failed' },
        { title: '§9: b', status: 'passed' },
        { title: '§12: c', status: 'failed' },
      ],
    }).markdown;
    expect(failed).toContain('| [1 bestått, 1 feilet](#k-9-tester) |');
    expect(failed).toContain('| [1 feilet](#k-12-tester) |');
    const notRun = handbook(agreement, { ...OPTIONS, testTitles: ['§9 x'] }).markdown;
    expect(notRun).toContain('| [1, ikke kjørt](#k-9-tester) |');
  });

  it('a source title\'s placeholders read "…", never "%s" or "$name"', () => {
    expect(
      withoutPlaceholders('§5 %s faller, %d, %i, %f, %j, %o, %# og 100 %% ($name, $a.b)'),
    ).toBe('§5 … faller, …, …, …, …, …, … og 100 % (…, …)');
  });
});

describe('links: a clause index, clause ↔ rule ↔ test ↔ interpretation note ↔ example, all within the page', () => {
  const { markdown, html } = handbook(builtIn('helseplattformen'), OPTIONS);

  it('the register lists every clause with its status and links', () => {
    const register = markdown.slice(
      markdown.indexOf('## Register over bestemmelser'),
      markdown.indexOf('## Parter'),
    );
    for (const clause of builtIn('helseplattformen').clauses)
      expect(register).toContain(`](#k-${clause.ref.slice(1).replace('.', '-')}) |`);
    expect(register.split('\n').filter((l) => l.startsWith('| [§'))).toHaveLength(22);
    expect(register).toContain(
      '| [§18 Tvisteløsning](#k-18) | kan ikke regnes ut | – | – | – | – |',
    );
    expect(register).toMatch(
      /\| \[§12 Uttredelse\]\(#k-12\) \| regnes ut \| \[isInForce\]\(#regel-isInForce\), \[withdrawalEffectiveDate\]\(#regel-withdrawalEffectiveDate\)/,
    );
  });

  it('a clause links to its notes and examples, a note back to its clauses, an example to the clauses it cites', () => {
    const s12 = markdown.slice(markdown.indexOf('### §12 '), markdown.indexOf('### §13 '));
    expect(s12).toContain('[Uttreden: Os](#uttreden)');
    expect(s12).toMatch(/Tolkninger: \[tolkning \d+\]\(#tolkning-/);
    expect(markdown).toMatch(
      /### Tolkning \d+ \(§12, §16\)\n\n<?[^\n]*\n?\n?Gjelder: \[§12\]\(#k-12\) og \[§16\]\(#k-16\)\./,
    );
    const example = markdown.slice(
      markdown.indexOf('### Uttreden: Os'),
      markdown.indexOf('### Årsoppgjør'),
    );
    expect(example).toContain('Bestemmelser: [§12](#k-12)');
  });

  it('the rule index: each rule with the clauses it computes and their tests; no API column without apiBase', () => {
    expect(markdown).toContain('| Regel | Regner ut | Tester |\n');
    expect(markdown).toMatch(
      /\| <a id="regel-decide"><\/a>decide \| \[§5\]\(#k-5\), \[§6\]\(#k-6\)/,
    );
    expect(html).toContain('<span id="regel-decide">decide</span>');
    expect(html).not.toMatch(/href="(?!#)/);
    expect(
      handbook(builtIn('helseplattformen'), { ...OPTIONS, apiBase: '' }).markdown,
    ).not.toContain('API-referanse');
  });

  it('a note on no clause, or on a clause the text lacks, links to none', () => {
    const agreement = builtIn('digitrondelag');
    const note = {
      id: 'fri',
      clauses: [],
      question: 'Spørsmål?',
      reading: 'Lesning.',
      alternatives: [],
    };
    const elsewhere = { ...note, id: 'annen', clauses: ['§99'] };
    const { markdown } = handbook({ ...agreement, interpretations: [note, elsewhere] }, OPTIONS);
    const register = markdown.slice(
      markdown.indexOf('### Tolkning 1'),
      markdown.indexOf('## Regler'),
    );
    expect(register).toContain('### Tolkning 1\n\nSpørsmål: Spørsmål?');
    expect(register).toContain('### Tolkning 2 (§99)\n\nSpørsmål: Spørsmål?');
    expect(register).not.toContain('Gjelder:');
  });

  it('an agreement no rule computes has no rule index', () => {
    const { partiesClause: _, ...rest } = small;
    const clauses = [{ ref: '§1', title: 'Om', text: 'Tekst.', notComputable: 'Bakgrunn.' }];
    const bare = handbook({ ...rest, costKeys: [], clauses }, OPTIONS).markdown;
    expect(bare).not.toContain('## Regler');
  });
});

describe('nothing the reader cannot open: LEGAL.md becomes the legal basis the handbook ships', () => {
  it.each(Object.keys(builtInAgreements))(
    '%s: no "LEGAL.md" and no "UNVERIFIED"; every citation links to a section on the page',
    (id) => {
      const { markdown, html } = handbook(builtIn(id), OPTIONS);
      expect(markdown).not.toContain('LEGAL.md');
      expect(markdown).not.toContain('UNVERIFIED');
      expect(markdown).not.toContain('et internt notat som ikke følger med');
      for (const [, section] of html.matchAll(/href="#(kildegrunnlag-[^"]+)"/g))
        expect(html).toContain(`id="${section}"`);
    },
  );

  it('Røros–Os–Holtålen quotes §1.6 and §6 of the legal basis, with their sources, verified or not', () => {
    const { markdown } = handbook(builtIn('roros-os-holtalen'), OPTIONS);
    expect(markdown).toContain(
      '(kommuneloven 1992 § 28 a, [kildegrunnlag 1.6](#kildegrunnlag-1-6))',
    );
    const basis = markdown.slice(
      markdown.indexOf('## Kildegrunnlag utenfor avtalen'),
      markdown.indexOf('## Frister'),
    );
    expect(basis.match(/^### .+$/gm)).toEqual([
      '### Kildegrunnlag 1.6: Kommuneloven 1992',
      '### Kildegrunnlag 6: Røros–Os–Holtålen',
    ]);
    expect(basis).toContain(
      'kilden sier ikke «likt». | Tolkning av nearadio.no-saken om endringen av punkt 8 B | ikke verifisert |',
    );
    expect(basis).toContain('| verifisert |');
  });

  it('citations in every kind of block: a known section a link, an unknown one said plainly, UNVERIFIED in bokmål', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 2, text: 'Om LEGAL.md §1.5', id: 'h' },
      {
        kind: 'paragraph',
        parts: ['A (LEGAL.md §1.5) b LEGAL.md §9.9 c UNVERIFIED', { code: 'LEGAL.md §6' }],
      },
      { kind: 'list', items: [['LEGAL.md'], [{ link: '#x', text: 'LEGAL.md §5' }]] },
      { kind: 'table', head: ['a'], rows: [['LEGAL.md §2'], ['uten'], [['x ', 'LEGAL.md §1.7']]] },
      { kind: 'quote', text: 'LEGAL.md §1.1' },
    ];
    expect(legalSectionsCited(blocks).map((s) => s.section)).toEqual([
      '1.1',
      '1.5',
      '1.7',
      '2',
      '5',
      '6',
    ]);
    expect(toMarkdown(citeLegalBasis(blocks))).toBe(
      `${[
        '<a id="h"></a>\n\n## Om kildegrunnlag 1.5',
        'A ([kildegrunnlag 1.5](#kildegrunnlag-1-5)) b et internt notat som ikke følger med håndboken c ikke verifisert`kildegrunnlag 6`',
        '- et internt notat som ikke følger med håndboken\n- [kildegrunnlag 5](#x)',
        '| a |\n| --- |\n| [kildegrunnlag 2](#kildegrunnlag-2) |\n| uten |\n| x [kildegrunnlag 1.7](#kildegrunnlag-1-7) |',
        '> kildegrunnlag 1.1',
      ].join('\n\n')}\n`,
    );
  });

  it('every statement of the legal basis has a source and a section title; sections are unique', () => {
    expect(new Set(LEGAL_BASIS.map((s) => s.section)).size).toBe(LEGAL_BASIS.length);
    for (const section of LEGAL_BASIS) {
      expect(section.title).not.toBe('');
      for (const s of section.statements) expect(s.source).not.toBe('');
    }
  });
});

describe('the block model', () => {
  it('an anchor, a list with an id and a cell of several parts, in Markdown and HTML alike', () => {
    const blocks: Block[] = [
      { kind: 'list', id: 'l', items: [[{ anchor: 'a', text: 'A' }]] },
      {
        kind: 'table',
        head: ['x'],
        rows: [[[{ link: '#a', text: 'til A' }, ', ', { code: 'k' }]]],
      },
    ];
    expect(toMarkdown(blocks)).toBe(
      '<a id="l"></a>\n\n- <a id="a"></a>A\n\n| x |\n| --- |\n| [til A](#a), `k` |\n',
    );
    const html = toHtml(blocks, 'T');
    expect(html).toContain('<ul id="l"><li><span id="a">A</span></li></ul>');
    expect(html).toContain('<td><a href="#a">til A</a>, <code>k</code></td>');
    expect(html).toContain('@bottom-left{content:"";');
    // The texts of the rows (not the head, which holds no citations or clause references).
    expect(textsOf(blocks)).toEqual(['A', 'til A', ', ', 'k']);
  });
});
