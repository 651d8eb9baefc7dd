import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { builtInAgreements } from '../../src/cli/load-agreement.js';
import { toHtml, toMarkdown } from '../../src/docs/blocks.js';
import { handbook } from '../../src/docs/handbook/index.js';
import { TEST_TITLES } from '../../src/docs/test-titles.generated.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { iks, iksFile, turnOfYear, turnOfYearFile } from '../fixtures/withdrawal-timing.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';

const OPTIONS = { testTitles: [], year: 2026, apiBase: '../api' } as const;
const builtIn = (id: string): Agreement => {
  const agreement = builtInAgreements[id];
  if (agreement === undefined) throw new Error(id);
  return agreement;
};
const book = (id: string) =>
  handbook(builtIn(id), { ...OPTIONS, testTitles: TEST_TITLES[id] ?? [] });
/** The text of a section of a Markdown handbook, from its heading to the next heading of the same level. */
const section = (markdown: string, heading: string) => {
  const from = markdown.indexOf(heading);
  if (from < 0) throw new Error(`no section ${heading}`);
  const level = heading.split(' ')[0] as string;
  const next = markdown.indexOf(`\n${level} `, from + heading.length);
  return markdown.slice(from, next < 0 ? undefined : next);
};

describe('the bokmål text has no raw ids, no English and no sentence that misstates a rule', () => {
  it.each(Object.keys(builtInAgreements))(
    '%s: the legal form by its Norwegian name, no id slug, and no reading id in «» (outside the reasons, whose words the words layer makes)',
    (id) => {
      const { markdown } = book(id);
      const ownText = markdown
        .split('\n')
        .filter((line) => !/^- [^ ]+: /.test(line))
        .join('\n');
      expect(markdown).not.toMatch(/kommunalt-oppgavefellesskap|avtalebasert-samarbeid/);
      expect(ownText).not.toMatch(/«[a-z0-9]+(?:-[a-z0-9]+)+»/);
      expect(markdown).not.toContain('valgt av');
      expect(markdown).not.toContain('Periode:');
      expect(markdown).not.toContain('ingen regler som eksemplene kan vise');
    },
  );

  it('Helseplattformen §1.2: "kommunalt oppgavefellesskap, jf. kommuneloven kapittel 19 (§1.2)", without nested brackets', () => {
    expect(book('helseplattformen').markdown).toContain(
      'Samarbeidsform: kommunalt oppgavefellesskap, jf. kommuneloven kapittel 19 (§1.2). Gjelder fra 1. januar 2025 (§12).',
    );
  });

  it('DigiTrøndelag §6: the network form in Norwegian, and the dates pointing to the notes they rest on', () => {
    expect(book('digitrondelag').markdown).toContain(
      'Samarbeidsform: avtalebasert samarbeid (uten egen organisasjonsform). Gjelder fra 1. januar 2019 til og med 31. desember 2022 (§6). Datoene bygger på en tolkning, se [tolkning 1](#tolkning-signing-date), [tolkning 2](#tolkning-end-of-2022) og [tolkning 3](#tolkning-evaluation-february-2021).',
    );
  });

  it('Helseplattformen §5 and §6: the reading a rule depends on is linked from the rule table; the reading codes stand apart from the bokmål text', () => {
    const { markdown } = book('helseplattformen');
    expect(markdown).toContain(
      '| Endring av økonomiske rammer (§5 a) | enstemmighet blant alle medlemmene | §5 | [tolkning 4](#tolkning-consensus-scope) |',
    );
    expect(markdown).toContain(
      '- Kan avstå: nei (§5; avhenger av [tolkning 18](#tolkning-duty-to-vote)).',
    );
    const note = section(markdown, '### Tolkning 4 (');
    expect(note).toContain(
      'Lesningen kan velges i programmet med `--reading consensus-scope=all-seats`; de andre lesningene med koden i tabellen.',
    );
    expect(note).toContain('| Alternativ | Hva som endres | Kode |');
    expect(note).toMatch(/\| `present` \|\n/);
    // §6 "regions-change-rule" names note 4 in its own text: by number, not by id.
    expect(markdown).toContain('som enstemmighet blant de fremmøtte (se «tolkning 4»)');
  });

  it('Helseplattformen §6: "Leder og nestleder velges for 2 år" is the chair’s term, not the board’s; §5: the members sit for 4 years', () => {
    const { markdown } = book('helseplattformen');
    expect(section(markdown, '### Styret (§6)')).toContain('- Funksjonstid for leder: 2 år (§6).');
    expect(section(markdown, '### Representantskapet (§5)')).toContain(
      '- Funksjonstid for medlemmene: 4 år (§5).',
    );
  });

  it('DigiTrøndelag §4.2 and KHS: the chair line says who is or appoints the leader, as the data says, not "valgt av"', () => {
    expect(book('digitrondelag').markdown).toContain(
      '- Hvem som er eller velger leder: rådmannen i Trondheim, eller den han utpeker (§4.2).',
    );
    expect(book('khs-vestre-viken').markdown).toContain(
      '- Hvem som er eller velger leder: Bærum kommune som ledende kommune (Om KHS).',
    );
    expect(section(book('helseplattformen').markdown, '### Styret (§6)')).toContain(
      '- Hvem som er eller velger leder: styret selv (§6). Om en annen som leder møtet har dobbeltstemmen, avhenger av [tolkning 16](#tolkning-chair-absent-casting-vote).',
    );
  });

  it('where the agreement is silent on deputies, abstention and quorum, the handbook says so instead of stating the default as fact', () => {
    const digi = builtIn('digitrondelag');
    const silent: Agreement = {
      ...digi,
      organs: (digi.organs ?? []).map((o) => {
        const { clause: _d, ...deputies } = o.deputies ?? { allowed: true };
        const { clause: _a, ...abstention } = o.abstention ?? { allowed: false };
        const { chair: _c, ...organ } = o;
        return { ...organ, deputies, abstention, quorum: { kind: 'none' as const } };
      }),
    };
    const facts = section(handbook(silent, OPTIONS).markdown, '### Programstyret');
    expect(facts).toContain('- Varamedlemmer: avtalen sier ingenting; dataene regner med nei.');
    expect(facts).toContain('- Kan avstå: avtalen sier ingenting; dataene regner med ja.');
    expect(facts).toContain('- Vedtaksførhet: avtalen sier ingenting; dataene stiller ingen krav.');
    expect(facts).not.toContain('Hvem som er eller velger');
    const withFraction: Agreement = {
      ...silent,
      organs: (silent.organs ?? []).map((o) => ({
        ...o,
        quorum: { kind: 'all-seats' as const } as never,
        chair: { title: 'møteleder', clause: '§4.2' },
      })),
    };
    const strict = section(handbook(withFraction, OPTIONS).markdown, '### Programstyret');
    expect(strict).toContain(
      '- Vedtaksførhet: avtalen sier ingenting; dataene stiller kravet alle seter representert (medlem eller varamedlem).',
    );
    expect(strict).toContain('- Leder: møteleder (§4.2).');
  });

  it('KHS: a clause whose heading repeats its reference is headed once ("### Vedlegg", not "### Vedlegg Vedlegg"); a reference that is a word is followed by a colon', () => {
    const { markdown } = book('khs-vestre-viken');
    expect(markdown).toContain('### Vedlegg\n');
    expect(markdown).toContain('### Begrunnelse\n');
    expect(markdown).toContain('### Innstilling: Kommunedirektørens innstilling\n');
    expect(markdown).not.toMatch(/### (\S+) \1\n/);
  });

  it('DigiTrøndelag §6: a calendar for a year after the agreement ended says that it ended', () => {
    expect(book('digitrondelag').markdown).toContain(
      'Ingen daterte frister i 2026: avtalen gjaldt til og med 31. desember 2022.',
    );
    const last = handbook(builtIn('digitrondelag'), { ...OPTIONS, year: 2022 }).markdown;
    expect(last).not.toContain('avtalen gjaldt til og med');
    expect(handbook(agreementWith([partyOf('0001', 1)]), OPTIONS).markdown).toContain(
      'Ingen daterte frister i 2026.',
    );
  });

  // The mutation sandbox need not hold the generated docs/api.
  it
    .skipIf(process.env['STRYKER_MUTATOR_WORKER'] !== undefined)
    .each(Object.keys(builtInAgreements))(
    '%s: every link into the API reference names a page that exists in docs/api',
    (id) => {
      const links = [...book(id).html.matchAll(/href="\.\.\/api\/([^"#]+)"/g)].map((m) => m[1]);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links)
        expect(existsSync(new URL(`../../docs/api/${link}`, import.meta.url)), link).toBe(true);
    },
  );

  it('DigiTrøndelag: no worked example is generated, and the handbook says so without claiming that no rule computes', () => {
    expect(section(book('digitrondelag').markdown, '## Eksempler')).toContain(
      'Det lages ingen regnede eksempler for denne avtalen; reglene som gjelder den, står under hver bestemmelse.',
    );
  });

  it('the parties: roles by their Norwegian names', () => {
    const parties = [
      { ...partyOf('0001', 100), roles: ['ledende-kommune' as const, 'vertskommune' as const] },
      partyOf('0002', 300),
    ];
    const stated: Agreement = {
      ...agreementWith(parties),
      costKeys: [
        {
          kind: 'stated-shares',
          validFrom: '2025-01-01',
          clause: '§9',
          shares: { '0001': '1/2', '0002': '1/2' },
        },
      ],
    };
    expect(handbook(stated, OPTIONS).markdown).toContain(
      '| 0001 | Kommune 0001 | 100 | ledende kommune, vertskommune |',
    );
  });
});

describe('obligations, service areas, cost keys and every data source are shown', () => {
  const roros = book('roros-os-holtalen').markdown;

  it('Røros–Os–Holtålen §8: every dated key with its kind, clause and source; the 40/60 key shown as resting on its source, not on §8', () => {
    const keys = section(roros, '## Kostnadsnøkler');
    expect(keys).toContain(
      '| 1. juli 2016 | etter folketall | hele avtalen | §8 B | avtaleteksten |',
    );
    expect(keys).toContain(
      '| 1. januar 2019 | 40 % likt fordelt, 60 % etter folketall | hele avtalen; bare under en lesning som må velges (tolkning 2) | §8 B | Røros kommunestyres vedtak om å endre punkt 8 B, omtalt av nearadio.no',
    );
    expect(keys).toContain('Folketall per 1. januar 2024.');
  });

  it('Røros–Os–Holtålen §8: 1 000 000 kr by the 40/60 key, worked by hand (400 000 / 3 each, 600 000 by 5 685 / 1 891 / 2 035 of 9 611)', () => {
    // Røros 133 333,33… + 600 000 × 5 685 / 9 611 = 133 333,33 + 354 905,84 = 488 239,17;
    // Os 133 333,33 + 118 052,23 = 251 385,57 (rounded up by the remaining øre); Holtålen 133 333,33 + 127 041,93 = 260 375,26.
    const example = section(roros, '### Fordeling etter nøkkelen fra 1. januar 2019');
    expect(example).toContain('| 5025 | Røros | 488 239,17 |');
    expect(example).toContain('| 3430 | Os | 251 385,57 |');
    expect(example).toContain('| 5026 | Holtålen | 260 375,26 |');
    expect(example).toContain('|  | Sum | 1 000 000,00 |');
    expect(example).toContain(
      '(§8 B; verdiene står ikke i avtaleteksten, kilde: Røros kommunestyres vedtak om å endre punkt 8 B',
    );
    const population = section(roros, '### Fordeling etter nøkkelen fra 1. juli 2016');
    // 1 000 000 × 5 685 / 9 611 = 591 509,73
    expect(population).toContain('| 5025 | Røros | 591 509,73 |');
  });

  it('Røros–Os–Holtålen §4: the service areas with participants, Tolga outside the agreement, hosts where the data has them, and the areas whose participants the agreement does not list', () => {
    const areas = section(roros, '## Tjenesteområder');
    expect(areas).toContain(
      '| A: Felles kemnerkontor (gjelder også Tolga kommune) | Røros, Os, Holtålen, Tolga (ikke part i avtalen) | ikke oppgitt i dataene |  | §4 A iv |',
    );
    expect(areas).toContain(
      '| B: Felles landbrukskontor | Røros, Os, Holtålen | Os | ukjent, senest 1. januar 2020 (§9) | §4 B i |',
    );
    expect(areas).toContain(
      '| C: Felles NAV-kontor | Røros, Holtålen | ikke oppgitt i dataene |  | §4 C i |',
    );
    expect(areas).toContain('| D: Brann | ikke oppgitt i avtalen |');
    expect(areas).toContain(
      '- Brann: Regionalt samarbeid med flere kommuner; deltakerne står ikke i avtalen.',
    );
  });

  it('Røros–Os–Holtålen §3, §5, §7–§9 and DigiTrøndelag §3.1: the obligations as a table with their clauses', () => {
    expect(section(roros, '## Plikter')).toContain(
      '| Samarbeidskommunene | Bruke den eksisterende bygningsmassen | §5 |',
    );
    expect(book('digitrondelag').markdown).toContain('## Plikter');
    expect(book('helseplattformen').markdown).not.toContain('## Plikter');
  });

  it('every data source is listed: the 40/60 key (Røros–Os–Holtålen) and the 2 kr per inhabitant (KHS)', () => {
    expect(section(roros, '## Kilder utenfor avtaleteksten')).toContain(
      '| Kostnadsnøkkelen fra 1. januar 2019 (40 % likt fordelt, 60 % etter folketall) | Røros kommunestyres vedtak om å endre punkt 8 B, omtalt av nearadio.no (https://www.nearadio.no/',
    );
    expect(section(book('khs-vestre-viken').markdown, '## Kilder utenfor avtaleteksten')).toContain(
      '| Kostnadsnøkkelen fra 12. juni 2015 (2,00 kr per innbygger) | Eiermøte 2015: «Kommunene betaler 2 kr pr innbygger»',
    );
  });

  it('a source anywhere in the data (a field named source, …Source or sources) is listed with what it is the source of; a service area’s start date is shown', () => {
    const base = agreementWith([partyOf('0001', 100), partyOf('0002', 300)]);
    const sourced = {
      ...base,
      populationSource: 'SSB tabell 07459',
      serviceAreas: [
        {
          id: 'brann',
          name: 'Brann',
          clause: '§9',
          participants: ['0001'],
          host: '0001',
          start: { date: '2026-01-01', clause: '§9' },
          hostSource: 'Kommunestyret 2025',
          sources: ['Avis 1', 2],
        },
      ],
      organs: [],
      regions: [{ id: 'nord', name: 'Nord', municipalities: ['0001'], source: 'Regionkart' }],
      obligations: [{ who: 'Alle', duty: 'Møte', clause: '§9', source: 'Referat' }],
      lifecycle: { withdrawal: { notice: { months: 12 }, clause: '§9', source: 'Brev' } },
      clauses: [{ ref: '§9', title: 'Kostnader', text: '', source: 'Utkast' }],
      interpretations: [
        { id: 'x', clauses: [], question: 'Q?', reading: 'R.', alternatives: [], source: 'Notat' },
      ],
    } as unknown as Agreement;
    const { markdown } = handbook(sourced, OPTIONS);
    const sources = section(markdown, '## Kilder utenfor avtaleteksten');
    expect(sources).toContain('| Avtalen | SSB tabell 07459 |');
    expect(sources).toContain('| Tjenesteområdet Brann | Kommunestyret 2025 |');
    expect(sources).toContain('| Tjenesteområdet Brann | Avis 1 |');
    expect(sources).not.toContain('| 2 |');
    expect(sources).toContain('| Regionen Nord | Regionkart |');
    expect(sources).toContain('| Plikten «Møte» | Referat |');
    expect(sources).toContain('| Uttreden, opptak, endring og andre regler over tid | Brev |');
    expect(sources).toContain('| Bestemmelsen §9 | Utkast |');
    expect(sources).toContain('| Tolkning 1 | Notat |');
    expect(markdown).toContain('### Tolkning 1\n');
    expect(section(markdown, '## Tjenesteområder')).toContain(
      '| Brann | Kommune 0001 | Kommune 0001 | 1. januar 2026 (§9) | §9 |',
    );
  });

  it('a key for a service area is split among that area’s participants in its own example', () => {
    const base = agreementWith([partyOf('0001', 100), partyOf('0002', 300), partyOf('0003', 600)]);
    const withArea: Agreement = {
      ...base,
      serviceAreas: [{ id: 'brann', name: 'Brann', clause: '§9', participants: ['0001', '0002'] }],
      costKeys: [
        ...base.costKeys,
        { kind: 'population', validFrom: '2025-01-01', clause: '§9', serviceArea: 'brann' },
      ],
    };
    const { markdown } = handbook(withArea, OPTIONS);
    expect(section(markdown, '## Kostnadsnøkler')).toContain(
      '| 1. januar 2025 | etter folketall | Brann | §9 | avtaleteksten |',
    );
    // 1 000 000 × 100 / 400 = 250 000; × 300 / 400 = 750 000.
    const example = section(markdown, '### Fordeling etter nøkkelen fra 1. januar 2025 (Brann)');
    expect(example).toContain('| 0001 | Kommune 0001 | 250 000,00 |');
    expect(example).toContain('| 0002 | Kommune 0002 | 750 000,00 |');
    expect(example).not.toContain('0003');
  });

  it('data that points nowhere is shown as it is, not dropped: a key for an unknown area, a host that is not a party, a note that is missing', () => {
    const base = agreementWith([partyOf('0001', 100), partyOf('0002', 300)]);
    const loose = {
      ...base,
      serviceAreas: [
        { id: 'brann', name: 'Brann', clause: '§9', participants: null, host: '0009' },
      ],
      costKeys: [
        ...base.costKeys,
        { kind: 'population', validFrom: '2025-01-01', clause: '§9', serviceArea: 'vann' },
      ],
      organs: [
        {
          ...(builtIn('digitrondelag').organs ?? [])[0],
          abstention: { allowed: true, clause: '§9', note: 'mangler' },
        },
      ],
    } as unknown as Agreement;
    const { markdown } = handbook(loose, OPTIONS);
    expect(markdown).toContain('| 1. januar 2025 | etter folketall | vann | §9 | avtaleteksten |');
    expect(markdown).toContain('| Brann | ikke oppgitt i avtalen | 0009 |  | §9 |');
    expect(markdown).toContain('- Kan avstå: ja (§9; avhenger av `mangler`).');
  });

  it('a note whose chosen reading has a code but whose alternatives have none; a note with alternatives of which one has no code', () => {
    const notes = [
      {
        id: 'a',
        clauses: ['§9'],
        question: 'Q1?',
        reading: 'R1.',
        readingId: 'r1',
        alternatives: [{ reading: 'A1.', consequence: 'C1.' }],
      },
      {
        id: 'b',
        clauses: ['§9'],
        question: 'Q2?',
        reading: 'R2.',
        readingId: 'r2',
        alternatives: [
          { id: 'x', reading: 'A2.', consequence: 'C2.' },
          { reading: 'A3.', consequence: 'C3.' },
        ],
      },
    ];
    const agreement = {
      ...agreementWith([partyOf('0001', 100)]),
      interpretations: notes,
    } as unknown as Agreement;
    const { markdown } = handbook(agreement, OPTIONS);
    expect(markdown).toContain('Lesningen kan velges i programmet med `--reading a=r1`.');
    expect(markdown).toContain('| Alternativ | Hva som endres |\n| --- | --- |\n| A1. | C1. |');
    expect(markdown).toContain(
      'Lesningen kan velges i programmet med `--reading b=r2`; de andre lesningene med koden i tabellen.',
    );
    expect(markdown).toContain('| A2. | C2. | `x` |\n| A3. | C3. | – |');
  });

  it('§14 admission example: the deciding body mid-sentence in lower case, an acronym kept as written', () => {
    const renamed: Agreement = {
      ...helseplattformen,
      organs: (helseplattformen.organs ?? []).map((o) =>
        o.id === 'representantskap' ? { ...o, name: 'RSK' } : o,
      ),
    };
    expect(handbook(renamed, OPTIONS).markdown).toContain('Vedtas av RSK ved ');
  });

  it('an admission the data cannot compute (its body is missing) leaves the admission example out', () => {
    const base = agreementWith([partyOf('0001', 100), partyOf('0002', 300)]);
    const agreement: Agreement = {
      ...base,
      lifecycle: {
        admission: { clause: '§9', organ: 'mangler', matter: 'opptak', conditions: [] },
      },
    };
    expect(handbook(agreement, OPTIONS).markdown).not.toContain('### Opptak');
  });

  it('KHS "Om KHS": the cost functions are listed, but the handbook says that the built-in data cannot run them (no populations); Helseplattformen §9 can', () => {
    const note =
      'Merk: med dataene slik de er, kan ingen kostnadsnøkkel under Om KHS regnes ut; fordelingen krever opplysninger som mangler i dataene (se kostnadsnøklene).';
    expect(section(book('khs-vestre-viken').markdown, '### Om KHS: ')).toContain(note);
    expect(book('helseplattformen').markdown).not.toContain('Merk: med dataene slik de er');
    expect(book('khs-vestre-viken').markdown).toContain(
      '- Testene er ikke kjørt her: håndboken viser hvilke tester som finnes, ikke om de består.',
    );
  });

  it('an agreement without cost keys says so', () => {
    const none: Agreement = { ...agreementWith([partyOf('0001', 100)]), costKeys: [] };
    expect(handbook(none, OPTIONS).markdown).toContain(
      'Avtalen har ingen kostnadsnøkkel i dataene.',
    );
  });
});

describe('names, titles and clause texts cannot break the HTML or the Markdown', () => {
  const hostileName = '<script>alert("x")</script> & \'Co\' | A\nB';
  const hostile = parseAgreement({
    ...agreementWith([partyOf('0001', 100, hostileName), partyOf('0002', 300)]),
    title: '<img src=x onerror=alert(1)> & "Avtale"',
    clauses: [
      {
        ref: '§9',
        title: '<b>Kostnader</b> | & &amp;',
        text: '<script>steal()</script>\n\n# not a heading',
      },
    ],
    obligations: [{ who: 'A | B', duty: 'Plikt\n| x | y |', clause: '§9' }],
  });
  const { markdown, html } = handbook(hostile, OPTIONS);

  it('HTML: no element from the data, every special character escaped', () => {
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain(
      '<title>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Avtale&quot;</title>',
    );
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; | A\nB',
    );
    expect(html).toContain('<blockquote>&lt;script&gt;steal()&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Kostnader&lt;/b&gt; | &amp; &amp;amp;');
  });

  it('Markdown: a name cannot end a table row or cell, open HTML, or start a heading', () => {
    expect(markdown).toContain('| 0001 | \\<script\\>alert("x")\\</script\\> & \'Co\' \\| A B |');
    expect(markdown).toContain('# \\<img src=x onerror=alert(1)\\> & "Avtale"');
    expect(markdown).toContain('### §9 \\<b\\>Kostnader\\</b\\> \\| & \\&amp;');
    expect(markdown).toContain('> \\# not a heading');
    expect(markdown).toContain('| A \\| B | Plikt \\| x \\| y \\| | §9 |');
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| 0001 |'))) {
      const cells = line.split(/(?<!\\)\|/).length - 2;
      expect(cells).toBeGreaterThanOrEqual(3);
      expect(line.endsWith('|')).toBe(true);
    }
  });

  it('the block renderers: ids and languages escaped, code with a backtick fenced, links without spaces or brackets', () => {
    const blocks = [
      { kind: 'heading', level: 2, text: 'A', id: 'x"y' },
      {
        kind: 'paragraph',
        parts: [{ code: 'a`b' }, ' ', { code: 'c' }, ' ', { link: 'a b(c).html', text: '[t]' }],
      },
      { kind: 'list', items: [['x']], lang: 'e"n' },
    ] as const;
    const md = toMarkdown(blocks);
    expect(md).toContain('<a id="x&quot;y"></a>');
    expect(md).toContain('`` a`b `` `c` [\\[t\\]](a%20b%28c%29.html)');
    const page = toHtml(blocks, 'T');
    expect(page).toContain('<h2 id="x&quot;y">A</h2>');
    expect(page).toContain('<ul lang="e&quot;n"><li>x</li></ul>');
    expect(page).toContain('<code>a`b</code>');
  });
});

describe('valid agreements that crashed the handbook', () => {
  it('ids equal to Object.prototype names ("constructor") as agreement, organ, matter, note and reading ids', () => {
    const text = JSON.stringify(helseplattformen)
      .replaceAll('"representantskap"', '"constructor"')
      .replaceAll('"consensus-scope"', '"constructor"')
      .replaceAll('"readingId":"all-seats"', '"readingId":"constructor"')
      .replaceAll('"all-seats":{', '"constructor":{');
    const agreement = parseAgreement({ ...JSON.parse(text), id: 'constructor' });
    expect(TEST_TITLES['constructor']).toBeUndefined();
    expect(TEST_TITLES['toString']).toBeUndefined();
    const { markdown } = handbook(agreement, {
      ...OPTIONS,
      testTitles: TEST_TITLES[agreement.id] ?? [],
    });
    expect(markdown).toContain('Vedtas av representantskapet ved ');
    expect(markdown).toContain('[tolkning 4](#tolkning-constructor)');
    expect(markdown).toContain('`--reading constructor=constructor`');
  });

  it('an agreement with 1811 Bindal as a party: the handbook is made, the admission example takes a made-up newcomer with a number no party has', () => {
    const parties = helseplattformen.parties.map((p) =>
      p.municipality.number === '3430'
        ? { ...p, municipality: { number: '1811', name: 'Bindal' } }
        : p,
    );
    const withBindal: Agreement = {
      ...helseplattformen,
      parties,
      costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§9' }],
    };
    const { markdown } = handbook(withBindal, OPTIONS);
    expect(markdown).toContain('| 1811 | Bindal | 1 891 |');
    expect(markdown).toContain('en tenkt kommune, 9999 Eksempelkommune,');
    const with9999: Agreement = {
      ...withBindal,
      parties: parties.map((p) =>
        p.municipality.number === '1811'
          ? { ...p, municipality: { number: '9999', name: 'Niær' } }
          : p,
      ),
    };
    expect(handbook(with9999, OPTIONS).markdown).toContain(
      'en tenkt kommune, 9998 Eksempelkommune,',
    );
  });

  it('an example the data cannot compute is left out, never a crash (the only party leaving; a key without populations)', () => {
    const alone: Agreement = {
      ...agreementWith([partyOf('0001', 100)]),
      lifecycle: { withdrawal: { notice: { months: 12 }, clause: '§9' } },
    };
    const { markdown } = handbook(alone, OPTIONS);
    expect(markdown).not.toContain('### Uttreden');
    expect(markdown).toContain('### Fordeling etter nøkkelen fra 1. januar 2025');
    const { population: _, ...unknown } = partyOf('0003', 0);
    const noPopulation: Agreement = agreementWith([partyOf('0001', 100), unknown]);
    expect(handbook(noPopulation, OPTIONS).markdown).not.toContain('### Fordeling');
  });
});

describe('the README coverage table', () => {
  it('an agreement with the id "constructor" has no tests, not Object’s constructor', async () => {
    const { coverageTable } = await import('../../src/docs/coverage-table.js');
    const agreement: Agreement = { ...agreementWith([partyOf('0001', 100)]), id: 'constructor' };
    expect(coverageTable([agreement], {}).split('\n')[2]).toBe(
      '| `constructor` | 1 | 1 | 1 | 0 | 0 |',
    );
    expect(coverageTable([agreement], { constructor: ['§9 splits'] }).split('\n')[2]).toBe(
      '| `constructor` | 1 | 1 | 1 | 1 | 0 |',
    );
  });
});

describe('withdrawal and admission rules in words', () => {
  const lifecycleOf = (agreement: Agreement) =>
    section(handbook(agreement, OPTIONS).markdown, '## Uttreden og opptak');

  it('Helseplattformen: twelve months from sending, at the end of the period, extra costs; the admission conditions and the key', () => {
    const text = lifecycleOf(helseplattformen);
    expect(text).toContain('### Regler for uttreden (§12)');
    expect(text).toContain(
      '- Oppsigelsestid: 1 år, regnet fra den dagen det skriftlige varselet sendes.\n- Uttreden skjer når oppsigelsestiden er ute; plikten til finansiering opphører fra og med den datoen.\n- Kommunen som trer ut, dekker dokumenterte ekstra kostnader ved uttreden.',
    );
    expect(text).toContain('### Regler for opptak (§14)');
    expect(text).toContain('Opptak av nye deltakere vedtas av representantskapet.');
    expect(text).toContain('| har inngått Samarbeidsavtalen | §14 | ja |');
    expect(text).toContain(
      'Den nye deltakerens andel følger kostnadsnøkkelen (innbyggertall per 1. januar 2024); står andelene i en tabell, må det vedtas en ny tabell.',
    );
  });

  it('a turn of the year, from receipt, a minimum membership, no extra costs', () => {
    const text = lifecycleOf(turnOfYear());
    expect(text).toContain(
      '- Oppsigelsestid: 1 år, regnet fra den dagen det skriftlige varselet mottas.\n- Uttreden skjer fra første årsskifte etter at oppsigelsestiden er ute; plikten til finansiering opphører fra og med den datoen.\n- Ingen uttreden før kommunen har vært deltaker i 3 år (§7).\n- Avtalen sier ikke at kommunen som trer ut, dekker ekstra kostnader ved uttreden.',
    );
    expect(text).not.toContain('Regler for opptak');
  });

  it('an IKS: the unverified statutory year; the end of the calendar year; months', () => {
    expect(lifecycleOf(iks(18))).toContain(
      '- Oppsigelsestid: 18 måneder, regnet fra den dagen det skriftlige varselet sendes.\n- Uttreden skjer når oppsigelsestiden er ute; plikten til finansiering opphører fra og med den datoen.\n- Etter IKS-loven § 30 kan en deltaker i alle fall si opp med 1 år skriftlig varsel (regelen er ikke verifisert mot lovteksten); gir avtalen en senere dato, gjelder lovens.',
    );
    const file = iksFile(1);
    const styre = parseAgreement({
      ...file,
      lifecycle: {
        withdrawal: {
          ...file.lifecycle.withdrawal,
          takesEffect: 'end-of-calendar-year',
          statute: 'kommuneloven-1992-27-3',
          minimumMembership: { months: 6, clause: '§10' },
        },
      },
    });
    const text = lifecycleOf(styre);
    expect(text).toContain('Oppsigelsestid: 1 måned,');
    expect(text).toContain('ved utgangen av kalenderåret da oppsigelsestiden løper ut');
    expect(text).toContain('deltaker i 6 måneder (§10)');
    expect(text).toContain(
      'Etter kommuneloven 1992 § 27 nr. 3 kan en deltaker i alle fall si opp med 1 år skriftlig varsel; gir',
    );
  });

  it('admission: no conditions; the share by population at a date, or by a new table', () => {
    const { populationReferenceDate: _, ...file } = turnOfYearFile();
    const withAdmission = (newcomerShare?: Record<string, unknown>) =>
      parseAgreement({
        ...file,
        costKeys: [
          {
            kind: 'stated-shares',
            validFrom: '2020-01-01',
            clause: '§5',
            shares: { '0001': '1/2', '0002': '1/2' },
          },
        ],
        organs: [
          {
            id: 'styret',
            name: 'Styret',
            clause: '§1',
            seats: { perParty: true, clause: '§1' },
            deputies: { allowed: true, clause: '§1' },
            abstention: { allowed: true, clause: '§1' },
            quorum: {
              kind: 'fraction-present',
              fraction: { numerator: 1, denominator: 2 },
              clause: '§1',
            },
            matters: [
              {
                id: 'opptak',
                name: 'Opptak',
                rule: { kind: 'unanimity', of: 'all-seats', clause: '§1' },
              },
            ],
          },
        ],
        lifecycle: {
          admission: {
            clause: '§1',
            organ: 'styret',
            matter: 'opptak',
            conditions: [],
            ...(newcomerShare === undefined ? {} : { newcomerShare }),
          },
        },
      });
    const plain = lifecycleOf(withAdmission());
    expect(plain).toContain('Avtalen setter ingen vilkår for opptak.');
    expect(plain).toContain(
      'Den nye deltakerens andel følger kostnadsnøkkelen; står andelene i en tabell, må det vedtas en ny tabell.',
    );
    expect(plain).not.toContain('Regler for uttreden');
    expect(
      lifecycleOf(withAdmission({ by: 'population', populationDate: '2025-01-01', clause: '§5' })),
    ).toContain(
      'Den nye deltakerens andel følger innbyggertallet per 1. januar 2025 (§5); står andelene i en tabell, skaleres de andres andeler ned til resten.',
    );
    expect(lifecycleOf(withAdmission({ by: 'population' }))).toContain(
      'Den nye deltakerens andel følger innbyggertallet; står',
    );
    expect(lifecycleOf(withAdmission({ by: 'stated-table' }))).toContain(
      'Den nye deltakerens andel settes i en ny tabell over andeler som styret vedtar.',
    );
  });
});

describe('the worked withdrawal follows the agreement’s timing', () => {
  it('from receipt, at the turn of the year, without extra costs where the agreement charges none', () => {
    const file = turnOfYearFile();
    const both = parseAgreement({
      ...file,
      parties: file.parties.map((p) => ({ ...p, membership: { joined: '2020-01-01' } })),
    });
    const { markdown } = handbook(both, OPTIONS);
    // The example's leaver is the last party, Bby; its notice is received two months after the start.
    expect(markdown).toContain('0002 Bbys skriftlige varsel om uttreden mottas 1. mars 2020.');
    // 1 March 2021 by the notice, but not before three years from 1 January 2020: 1 January 2023,
    // itself a turn of the year.
    expect(markdown).toContain('Uttreden skjer 1. januar 2023;');
    expect(markdown).toContain('Årets kostnad 2023: 10 000 000,00 kr.');
    expect(markdown).not.toContain('25 000,00 kr i dokumenterte ekstra');
  });
});

describe('admission rules naming a body the data does not have', () => {
  it('an agreement built in code: the body by its id', () => {
    const base = turnOfYear();
    const agreement: Agreement = {
      ...base,
      lifecycle: {
        admission: {
          clause: '§1',
          organ: 'radet',
          matter: 'opptak',
          conditions: [],
          newcomerShare: { by: 'stated-table' },
        },
      },
    };
    const text = section(handbook(agreement, OPTIONS).markdown, '## Uttreden og opptak');
    expect(text).toContain('Opptak av nye deltakere vedtas av radet.');
    expect(text).toContain('andeler som radet vedtar.');
  });
});
