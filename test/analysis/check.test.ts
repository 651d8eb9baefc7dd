import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../src/agreements/digitrondelag/index.js';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { rorosOsHoltalen } from '../../src/agreements/roros-os-holtalen/index.js';
import { check } from '../../src/analysis/check.js';
import { weightedIks } from '../fixtures/weighted-iks.js';
import { words } from '../helpers/words.js';

describe('check finds what is wrong in an agreement file', () => {
  it('an invalid file: valid false with every problem and no findings', () => {
    const r = check({ ...helseplattformen, id: 'Not An Id' });
    expect([r.valid, r.problems.map((p) => p.path), r.findings]).toEqual([false, ['id'], []]);
  });

  it('a fixed-and-population key that does not add up, and stated fractions that do not sum to 1', () => {
    const a = JSON.parse(JSON.stringify(rorosOsHoltalen)) as Record<string, unknown>;
    a['costKeys'] = [
      {
        kind: 'fixed-and-population',
        validFrom: '2016-07-01',
        clause: '§8',
        fixedPercent: '40',
        populationPercent: '50',
      },
      {
        kind: 'stated-shares',
        validFrom: '2020-01-01',
        clause: '§8',
        shares: { '5025': '1/2', '3430': '1/4', '5026': '1/5' },
      },
    ];
    // B2: parts that do not make up 100 % are an error in the file itself, never rescaled.
    const bad = check(a);
    expect(bad.valid).toBe(false);
    expect(bad.problems.map((p) => [p.path, p.code])).toEqual([['costKeys[0]', 'parts_not_100']]);
    (a['costKeys'] as unknown[]).shift();
    const codes = check(a)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => [f.severity, f.code, f.values]);
    // B1: stated shares that do not make up the whole are an error (the functions refuse them).
    expect(codes).toEqual(
      expect.arrayContaining([
        [
          'error',
          'stated_sum_not_100',
          { of: 'stated-shares', table: null, sum: '95', expected: '100', unit: 'percent' },
        ],
      ]),
    );
  });

  it('stated percents that do not sum to 100, and an organ with no seats', () => {
    const a = JSON.parse(JSON.stringify(rorosOsHoltalen)) as Record<string, unknown> & {
      organs: Record<string, unknown>[];
      serviceAreas: Record<string, unknown>[];
    };
    a['costKeys'] = [
      {
        kind: 'stated-shares',
        validFrom: '2016-07-01',
        clause: '§8',
        shares: { '5025': '50', '3430': '20', '5026': '29.5' },
      },
    ];
    const organ = a.organs[0] ?? {};
    a.organs = [{ ...organ, id: 'tomt', name: 'Tomt organ', seats: { clause: '§6' } }, organ];
    const r = check(a);
    expect(r.valid).toBe(true);
    expect(
      r.findings.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.code, f.values]),
    ).toEqual(
      expect.arrayContaining([
        [
          'error',
          'stated_sum_not_100',
          { of: 'stated-shares', table: null, sum: '99.5', expected: '100', unit: 'percent' },
        ],
        ['error', 'organ_without_seats', { organ: 'Tomt organ' }],
      ]),
    );
  });

  it('the checklist of a kommunalt oppgavefellesskap names each item the agreement lacks', () => {
    const a = JSON.parse(JSON.stringify(helseplattformen)) as Record<string, unknown> & {
      parties: { roles?: string[] }[];
      clauses: { title: string; text: string }[];
    };
    for (const p of a.parties) delete p.roles;
    a.clauses = a.clauses.map((c) => ({
      ...c,
      text: c.text.replace(/\blån\b/gi, 'kreditt').replace(/innskudd|finansier/gi, 'betal'),
      title: c.title.replace(/\blån\b/gi, 'kreditt').replace(/innskudd|finansier/gi, 'betal'),
    }));
    const missing = check(a)
      .findings.filter((f) => f.code === 'statutory_item_missing')
      .map((f) => f.values['item']);
    expect(missing).toEqual(['office-municipality', 'contributions', 'borrowing']);
  });
  it('an interkommunalt politisk råd is checked against its own list: a representantskap is expected', () => {
    const a = {
      ...JSON.parse(JSON.stringify(digitrondelag)),
      legalForm: 'interkommunalt-politisk-rad',
    };
    const r = check(a);
    expect(r.valid).toBe(true);
    expect(
      r.findings.filter((f) => f.code === 'statutory_item_missing').map((f) => f.values['item']),
    ).toEqual(['council']);
    expect(r.findings.map((f) => f.code)).not.toContain('outside_statutory_forms');
  });

  it('a stated table without a name or a printed total is compared with 100 % and called the agreement’s table', () => {
    const a = JSON.parse(JSON.stringify(helseplattformen)) as Record<string, unknown> & {
      costKeys: { statedTable: Record<string, unknown> }[];
    };
    const table = a.costKeys[0]?.statedTable;
    if (table === undefined) throw new Error('Helseplattformen has a stated table');
    delete table['name'];
    delete table['totalPercent'];
    delete table['totalPopulation'];
    const finding = check(a).findings.find((f) => f.code === 'stated_sum_not_100');
    expect(finding?.values).toEqual({
      of: 'table-percents',
      table: null,
      sum: '100.01',
      expected: '100',
      unit: 'percent',
    });
    expect(words(finding)).toEqual({
      nb: 'Prosentene i avtalens tabell summerer til 100,01 %, ikke 100 %.',
      en: "The percentages in the agreement's table sum to 100.01 %, not 100 %.",
    });
  });
});

/** A party as a file gives it. */
const party = (number: string, name: string, joined = '2025-01-01', population = 1000) => ({
  municipality: { number, name },
  population,
  membership: { joined },
});

/** A board that decides by simple majority, as a file gives it. */
const organ = (id: string, seats: Record<string, unknown>) => ({
  id,
  name: `Organ ${id}`,
  clause: '§1',
  seats: { ...seats, clause: '§1' },
  deputies: { allowed: false },
  abstention: { allowed: true },
  quorum: { kind: 'none' },
  matters: [
    {
      id: 'alt',
      name: 'Alle saker',
      rule: { kind: 'simple-majority', tie: 'rejected', clause: '§1' },
    },
  ],
});

/**
 * A small vertskommunesamarbeid written to meet each item of its checklist
 * exactly once: "vertskommune" in §1, "oppgave" in §2, a cost key, and
 * withdrawal in the heading of §3 only.
 */
const vertskommune = () => ({
  id: 'vk',
  title: 'Vertskommuneavtale',
  legalForm: 'vertskommunesamarbeid',
  validFrom: '2025-01-01',
  parties: [party('0001', 'Aby'), party('0002', 'Bby')],
  costKeys: [
    {
      kind: 'stated-shares',
      validFrom: '2025-01-01',
      clause: '§2',
      shares: { '0001': '60', '0002': '40' },
    },
  ],
  clauses: [
    { ref: '§1', title: 'Partene', text: 'Aby er vertskommune.' },
    { ref: '§2', title: 'Økonomi', text: 'Bby overlater oppgavene til Aby og betaler 40 %.' },
    { ref: '§3', title: 'Uttreden', text: 'Skriftlig, med tolv måneders frist.' },
  ],
});

/**
 * A small kommunalt oppgavefellesskap that states all eight items: a title,
 * parties, a kontorkommune, "myndighet", a representantskap, "innskudd",
 * percentages in a table, "lån".
 */
const oppgavefellesskap = () => ({
  id: 'ko',
  title: 'Oppgavefellesskap',
  legalForm: 'kommunalt-oppgavefellesskap',
  validFrom: '2025-01-01',
  populationReferenceDate: '2024-01-01',
  parties: [{ ...party('0001', 'Aby'), roles: ['kontorkommune'] }, party('0002', 'Bby')],
  costKeys: [
    {
      kind: 'population',
      validFrom: '2025-01-01',
      clause: '§2',
      statedTable: { percents: { '0001': '50', '0002': '50' } },
    },
  ],
  organs: [organ('representantskapet', { perParty: true })],
  clauses: [
    { ref: '§1', title: 'Myndighet', text: 'Fellesskapet har myndighet etter vedtektene.' },
    {
      ref: '§2',
      title: 'Økonomi',
      text: 'Hver deltaker gjør et innskudd. Fellesskapet kan ta opp lån.',
    },
  ],
});

type AgreementFile = Record<string, unknown> & {
  clauses: { ref: string; title: string; text: string }[];
};
/** The findings on a file that must be valid (a test of findings on an invalid file would pass vacuously). */
const validReport = (file: unknown) => {
  const r = check(file);
  if (!r.valid) throw new Error(`invalid file: ${JSON.stringify(r.problems)}`);
  return r;
};
const findings = (file: unknown) =>
  validReport(file).findings.map((f) => [f.severity, f.code, f.clause, f.values]);
const missingItems = (file: unknown) =>
  validReport(file)
    .findings.filter((f) => f.code === 'statutory_item_missing')
    .map((f) => f.values['item']);
const withClauseText = (
  file: AgreementFile,
  ref: string,
  text: string,
  title?: string,
): AgreementFile => ({
  ...file,
  clauses: file.clauses.map((c) =>
    c.ref === ref ? { ...c, text, ...(title === undefined ? {} : { title }) } : c,
  ),
});

const VK_SOURCE = 'LEGAL.md §1.3 (kommuneloven kapittel 20, UNVERIFIED)';
const KO_SOURCE =
  'LEGAL.md §1.2 (kommuneloven § 19-4, UNVERIFIED; eierandeler: Samfunnsbedriftene)';

describe('check against the statutory checklists (LEGAL.md §1.2–§1.4, not verified against the statute)', () => {
  it('a vertskommunesamarbeid that states all five items: one finding, the checklist itself, citing no clause (the form is data, not a clause)', () => {
    expect(findings(vertskommune())).toEqual([
      [
        'info',
        'statutory_checklist',
        '',
        { form: 'vertskommunesamarbeid', items: 5, source: VK_SOURCE },
      ],
    ]);
  });

  it.each<[string, (f: AgreementFile) => unknown, string[]]>([
    [
      'no "vertskommune" anywhere',
      (f) => withClauseText(f, '§1', 'Aby og Bby.'),
      ['host-municipality'],
    ],
    [
      'no "oppgave" and no service area',
      (f) => withClauseText(f, '§2', 'Bby betaler 40 %.'),
      ['delegated-tasks'],
    ],
    ['no cost key', (f) => ({ ...f, costKeys: [] }), ['financial-settlement']],
    [
      'nothing on withdrawal or notice',
      (f) => withClauseText(f, '§3', 'Skriftlig.', 'Frister'),
      ['withdrawal-and-termination'],
    ],
    [
      'nothing at all of the four',
      (f) => ({
        ...f,
        costKeys: [],
        clauses: [{ ref: '§1', title: 'Partene', text: 'Aby og Bby.' }],
      }),
      [
        'host-municipality',
        'delegated-tasks',
        'financial-settlement',
        'withdrawal-and-termination',
      ],
    ],
  ])('a vertskommunesamarbeid with %s misses exactly that', (_, change, missing) => {
    expect(missingItems(change(vertskommune()))).toEqual(missing);
    const r = validReport(change(vertskommune()));
    expect(r.findings.find((f) => f.code === 'statutory_item_missing')?.values).toEqual({
      form: 'vertskommunesamarbeid',
      item: missing[0],
      source: VK_SOURCE,
    });
  });

  it('tasks may be stated by a service area instead of the word, and notice by lifecycle.withdrawal instead', () => {
    const file = withClauseText(
      withClauseText(vertskommune(), '§2', 'Bby betaler 40 %.'),
      '§3',
      'Skriftlig.',
      'Frister',
    );
    expect(missingItems(file)).toEqual(['delegated-tasks', 'withdrawal-and-termination']);
    const stated = {
      ...file,
      serviceAreas: [
        { id: 'kemner', name: 'Kemner', clause: '§2', participants: ['0001', '0002'] },
      ],
      lifecycle: { withdrawal: { notice: { months: 12 }, clause: '§3' } },
    };
    expect(missingItems(stated)).toEqual([]);
  });

  it('"oppsigelse" in a text counts for withdrawal as "uttreden" does', () => {
    expect(
      missingItems(withClauseText(vertskommune(), '§3', 'Oppsigelse skjer skriftlig.', 'Frister')),
    ).toEqual([]);
  });

  it('a kommunalt oppgavefellesskap that states all eight items: only the checklist, with the KO source', () => {
    expect(findings(oppgavefellesskap())).toEqual([
      [
        'info',
        'statutory_checklist',
        '',
        { form: 'kommunalt-oppgavefellesskap', items: 8, source: KO_SOURCE },
      ],
    ]);
  });

  it.each<[string, (f: AgreementFile) => unknown, string[]]>([
    ['a title of spaces only', (f) => ({ ...f, title: '   ' }), ['name']],
    [
      'no kontorkommune',
      (f) => ({ ...f, parties: [party('0001', 'Aby'), party('0002', 'Bby')] }),
      ['office-municipality'],
    ],
    [
      'neither "oppgave" nor "myndighet"',
      (f) => withClauseText(f, '§1', 'Etter vedtektene.', 'Formål'),
      ['tasks-and-authority'],
    ],
    [
      'a board that is not a representantskap',
      (f) => ({ ...f, organs: [organ('styret', { perParty: true })] }),
      ['council-members-per-participant'],
    ],
    ['no organs at all', ({ organs: _, ...f }) => f, ['council-members-per-participant']],
    [
      'no "innskudd" or "finansier", no "lån"',
      (f) => withClauseText(f, '§2', 'Hver deltaker betaler; utlånet er Abys.'),
      ['contributions', 'borrowing'],
    ],
    [
      'a population key without stated percentages',
      (f) => ({ ...f, costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§2' }] }),
      ['shares-stated'],
    ],
    [
      'a fixed part and the rest by population, no share stated',
      (f) => ({
        ...f,
        costKeys: [
          {
            kind: 'fixed-and-population',
            validFrom: '2025-01-01',
            clause: '§2',
            fixedPercent: '40',
            populationPercent: '60',
          },
        ],
      }),
      ['shares-stated'],
    ],
  ])('a kommunalt oppgavefellesskap with %s misses exactly that', (_, change, missing) => {
    expect(missingItems(change(oppgavefellesskap()))).toEqual(missing);
  });

  it('a representantskap among other bodies counts; each kind of key is looked at, not only the first', () => {
    const file = {
      ...oppgavefellesskap(),
      organs: [
        organ('styret', { perParty: true }),
        organ('representantskapet', { perParty: true }),
      ],
      costKeys: [
        { kind: 'population', validFrom: '2025-01-01', clause: '§2' },
        {
          kind: 'stated-shares',
          validFrom: '2026-01-01',
          clause: '§2',
          shares: { '0001': '50', '0002': '50' },
        },
      ],
    };
    expect(missingItems(file)).toEqual([]);
    expect(missingItems({ ...file, legalForm: 'interkommunalt-politisk-rad' })).toEqual([]);
  });

  it('ownership shares stated apart from a population key count as the shares stated (eierandeler)', () => {
    const file = {
      ...oppgavefellesskap(),
      costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§2' }],
    };
    expect(missingItems(file)).toEqual(['shares-stated']);
    expect(
      missingItems({
        ...file,
        ownership: { clause: '§2', shares: { '0001': '50', '0002': '50' } },
      }),
    ).toEqual([]);
  });

  it('words are read across clauses, never run together: "lån" as the heading after a text ending in a letter', () => {
    const file = {
      ...oppgavefellesskap(),
      clauses: [
        { ref: '§1', title: 'Formål', text: 'Fellesskapet har myndighet' },
        { ref: '§2', title: 'Lån', text: 'Innskudd etter folketall' },
      ],
    };
    expect(missingItems(file)).toEqual([]);
  });

  it('"finansier" counts for the contribution duty, and shares stated as fractions count as stated', () => {
    const file = {
      ...withClauseText(
        oppgavefellesskap(),
        '§2',
        'Deltakerne finansierer driften. Lån kan tas opp.',
      ),
      costKeys: [
        {
          kind: 'stated-shares',
          validFrom: '2025-01-01',
          clause: '§2',
          shares: { '0001': '1/2', '0002': '1/2' },
        },
      ],
    };
    expect(missingItems(file)).toEqual([]);
  });

  it('an interkommunalt politisk råd is checked for its three items, with its own source', () => {
    const { organs: _, ...file } = {
      ...oppgavefellesskap(),
      legalForm: 'interkommunalt-politisk-rad',
    };
    expect(findings(file)).toEqual([
      [
        'warning',
        'statutory_item_missing',
        '',
        {
          form: 'interkommunalt-politisk-rad',
          item: 'council',
          source: 'LEGAL.md §1.4 (kommuneloven kapittel 18, UNVERIFIED)',
        },
      ],
      [
        'info',
        'statutory_checklist',
        '',
        {
          form: 'interkommunalt-politisk-rad',
          items: 3,
          source: 'LEGAL.md §1.4 (kommuneloven kapittel 18, UNVERIFIED)',
        },
      ],
    ]);
  });

  it('an interkommunalt politisk råd without a name misses "navn" first', () => {
    const file = { ...oppgavefellesskap(), legalForm: 'interkommunalt-politisk-rad', title: ' ' };
    expect(missingItems(file)).toEqual(['name']);
  });

  it.each(['aksjeselskap', 'samvirkeforetak', 'forening'])(
    'a %s has no checklist here and is not outside the statutory forms: no finding',
    (legalForm) => {
      expect(findings({ ...vertskommune(), legalForm })).toEqual([]);
    },
  );

  it('an avtalebasert samarbeid with no clauses, organs or notes: one finding, citing no clause', () => {
    const file = {
      id: 'nettverk',
      title: 'Nettverk',
      legalForm: 'avtalebasert-samarbeid',
      validFrom: '2025-01-01',
      parties: [party('0301', 'Oslo')],
      costKeys: [],
      clauses: [],
    };
    expect(check(file)).toMatchObject({ valid: true, problems: [] });
    expect(findings(file)).toEqual([
      ['info', 'outside_statutory_forms', '', { form: 'avtalebasert-samarbeid', inferred: true }],
    ]);
  });
});

describe('check: sums that are right give no finding; sums that are wrong say by how much', () => {
  const shares = (values: Record<string, string>) => ({
    ...vertskommune(),
    costKeys: [{ kind: 'stated-shares', validFrom: '2025-01-01', clause: '§2', shares: values }],
  });
  const sums = (file: unknown) =>
    validReport(file)
      .findings.filter((f) => f.code === 'stated_sum_not_100')
      .map((f) => [f.severity, f.clause, f.values]);

  it('percentages that sum to 100 exactly (with decimals), and fractions that sum to 1', () => {
    expect(sums(shares({ '0001': '33.333333', '0002': '66.666667' }))).toEqual([]);
    expect(sums(shares({ '0001': '1/3', '0002': '2/3' }))).toEqual([]);
    expect(sums(shares({ '0001': '1/2', '0002': '3/6' }))).toEqual([]);
  });

  it('100.000001 % is not 100 %: a millionth of a percentage point is seen', () => {
    expect(sums(shares({ '0001': '33.333334', '0002': '66.666667' }))).toEqual([
      [
        'error',
        '§2',
        { of: 'stated-shares', table: null, sum: '100.000001', expected: '100', unit: 'percent' },
      ],
    ]);
  });

  it('fractions that do not sum to 1 are reported in lowest terms: 1/2 + 1/3 = 5/6, 2/4 + 3/4 = 5/4', () => {
    expect(sums(shares({ '0001': '1/2', '0002': '1/3' }))).toEqual([
      [
        'error',
        '§2',
        { of: 'stated-shares', table: null, sum: '5/6', expected: '1', unit: 'fraction' },
      ],
    ]);
    expect(sums(shares({ '0001': '2/4', '0002': '3/4' }))).toEqual([
      [
        'error',
        '§2',
        { of: 'stated-shares', table: null, sum: '125', expected: '100', unit: 'percent' },
      ],
    ]);
  });

  it('fractions mixed with percentages are summed exactly: 1/2 + 40 % = 90 %; 50 % + 1/2 = 100 %', () => {
    expect(sums(shares({ '0001': '1/2', '0002': '40' }))).toEqual([
      [
        'error',
        '§2',
        { of: 'stated-shares', table: null, sum: '90', expected: '100', unit: 'percent' },
      ],
    ]);
    expect(sums(shares({ '0001': '50', '0002': '1/2' }))).toEqual([]);
    expect(sums(shares({ '0001': '1/3', '0002': '1/2' }))[0]?.[2]).toMatchObject({ sum: '5/6' });
  });

  it('a stated share for a non-party and a key for a service area that does not exist are problems with their paths', () => {
    const file = {
      ...shares({ '0001': '50', '0002': '25', '0009': '25' }),
    };
    file.costKeys.push({
      kind: 'stated-shares',
      validFrom: '2026-01-01',
      clause: '§2',
      shares: { '0001': '50', '0002': '50' },
      serviceArea: 'brann',
    } as (typeof file.costKeys)[number]);
    expect(check(file).problems).toEqual([
      {
        path: 'costKeys[0].shares["0009"]',
        code: 'unknown_party',
        message: 'states a share for 0009, which is not among the parties',
      },
      {
        path: 'costKeys[1].serviceArea',
        code: 'unknown_service_area',
        message: 'names service area "brann", which is not among the agreement\'s service areas',
      },
    ]);
  });

  it('shares the agreement says to scale are reported as information, not as an error', () => {
    const file = shares({ '0001': '67', '0002': '34' });
    (file.costKeys[0] as Record<string, unknown>)['scaleToWhole'] = true;
    expect(sums(file)).toEqual([
      [
        'info',
        '§2',
        { of: 'stated-shares', table: null, sum: '101', expected: '100', unit: 'percent' },
      ],
    ]);
  });

  it('check words a 67/34 % sum as "101 %, ikke 100 %", with no digits split apart', () => {
    const finding = validReport(shares({ '0001': '67', '0002': '34' })).findings.find(
      (f) => f.code === 'stated_sum_not_100',
    );
    expect(words(finding)?.nb).toBe('De oppgitte andelene summerer til 101 %, ikke 100 %.');
    expect(words(finding)?.en).toBe('The stated shares sum to 101 %, not 100 %.');
  });

  it('a fixed part and a population part of 40 % and 60 % make 100 %: no finding', () => {
    const file = {
      ...vertskommune(),
      populationReferenceDate: '2024-01-01',
      costKeys: [
        {
          kind: 'fixed-and-population',
          validFrom: '2025-01-01',
          clause: '§2',
          fixedPercent: '40',
          populationPercent: '60.0',
        },
      ],
    };
    expect(sums(file)).toEqual([]);
  });

  it('a stated table is compared with the total it prints, not with 100', () => {
    const table = (percents: Record<string, string>, totalPercent?: string) => ({
      ...oppgavefellesskap(),
      costKeys: [
        {
          kind: 'population',
          validFrom: '2025-01-01',
          clause: '§2',
          statedTable: {
            name: 'Tabell 1',
            percents,
            ...(totalPercent === undefined ? {} : { totalPercent }),
          },
        },
      ],
    });
    expect(sums(table({ '0001': '50', '0002': '49.99' }, '99.99'))).toEqual([]);
    expect(sums(table({ '0001': '50', '0002': '50.00' }, '99.99'))).toEqual([
      [
        'warning',
        '§2',
        {
          of: 'table-percents',
          table: 'Tabell 1',
          sum: '100.00',
          expected: '99.99',
          unit: 'percent',
        },
      ],
    ]);
    expect(sums(table({ '0001': '50.5', '0002': '49.5' }))).toEqual([]);
  });
});

describe('check looks inside a key made of parts', () => {
  /** The small vertskommune with a key of parts: half equal, half by the shares `shares` states. */
  const partsFile = (shares: Record<string, string>, more: Record<string, unknown> = {}) => ({
    ...vertskommune(),
    costKeys: [
      {
        kind: 'parts',
        validFrom: '2025-01-01',
        clause: '§2',
        parts: [
          { share: '50', basis: { kind: 'equal' } },
          { share: '50', basis: { kind: 'stated-shares', shares, ...more }, clause: '§2 b' },
        ],
      },
    ],
  });
  const CODES = ['stated_sum_not_100', 'party_not_in_table', 'quantities_needed'];
  const keyFindings = (file: unknown) =>
    findings(file).filter(([, code]) => CODES.includes(code as string));

  it('a part whose stated shares make up the whole for every member: no finding', () => {
    expect(keyFindings(partsFile({ '0001': '60', '0002': '40' }))).toEqual([]);
    expect(keyFindings(partsFile({ '0001': '1/3', '0002': '2/3' }))).toEqual([]);
  });

  it('a part’s shares that do not sum to the whole: an error citing the key, naming the part', () => {
    // 60 + 35 = 95 %; 1/2 + 1/3 = 5/6.
    const short = keyFindings(partsFile({ '0001': '60', '0002': '35' }));
    expect(short).toEqual([
      [
        'error',
        'stated_sum_not_100',
        '§2',
        { of: 'stated-shares', table: null, sum: '95', expected: '100', unit: 'percent', part: 1 },
      ],
    ]);
    expect(keyFindings(partsFile({ '0001': '1/2', '0002': '1/3' }))).toEqual([
      [
        'error',
        'stated_sum_not_100',
        '§2',
        { of: 'stated-shares', table: null, sum: '5/6', expected: '1', unit: 'fraction', part: 1 },
      ],
    ]);
    const finding = validReport(partsFile({ '0001': '60', '0002': '35' })).findings.find(
      (f) => f.code === 'stated_sum_not_100',
    );
    expect(words(finding)).toEqual({
      nb: 'De oppgitte andelene for del 2 av nøkkelen summerer til 95 %, ikke 100 %.',
      en: 'The stated shares of part 2 of the key sum to 95 %, not 100 %.',
    });
    // The part says to scale its shares: information, not an error.
    expect(keyFindings(partsFile({ '0001': '60', '0002': '35' }, { scaleToWhole: true }))).toEqual([
      [
        'info',
        'stated_sum_not_100',
        '§2',
        {
          of: 'stated-shares',
          table: null,
          sum: '95',
          expected: '100',
          unit: 'percent',
          part: 1,
        },
      ],
    ]);
  });

  it('a member on the key’s start missing from a part’s shares: an error; a later member is not expected', () => {
    const missing = partsFile({ '0001': '100' });
    expect(keyFindings(missing)).toEqual([
      ['error', 'party_not_in_table', '§2', { table: null, parties: ['0002 Bby'], part: 1 }],
    ]);
    expect(
      words(validReport(missing).findings.find((f) => f.code === 'party_not_in_table')),
    ).toEqual({
      nb: '0002 Bby mangler i andelene avtalen oppgir for del 2 av nøkkelen.',
      en: '0002 Bby is missing from the shares the agreement states for part 2 of the key.',
    });
    // 0003 joins after the key starts; 0002 withdrew before it (its share is not needed).
    const later = {
      ...partsFile({ '0001': '100' }),
      parties: [
        party('0001', 'Aby'),
        {
          ...party('0002', 'Bby', '2024-01-01'),
          membership: { joined: '2024-01-01', withdrawn: '2024-12-31' },
        },
        party('0003', 'Cby', '2025-06-01'),
      ],
    };
    expect(keyFindings(later)).toEqual([]);
  });

  it('a key for a service area expects the area’s participants, those outside the agreement too', () => {
    const area = (participants: string[] | null) => ({
      ...partsFile({ '0001': '100' }),
      parties: [party('0001', 'Aby'), party('0002', 'Bby'), party('0003', 'Cby')],
      serviceAreas: [
        {
          id: 'brann',
          name: 'Brann',
          clause: '§2',
          participants,
          otherParticipants: [{ municipality: { number: '0009', name: 'Øby' }, population: 5 }],
        },
      ],
    });
    const inArea = (participants: string[] | null, shares: Record<string, string>) => {
      const file = area(participants);
      const key = { ...file.costKeys[0], serviceArea: 'brann' } as Record<string, unknown> & {
        parts: Record<string, unknown>[];
      };
      key.parts[1] = { share: '50', basis: { kind: 'stated-shares', shares } };
      return { ...file, costKeys: [key] };
    };
    // 0002 and 0003 are not in the area; Øby is, outside the agreement, and may state a share.
    expect(keyFindings(inArea(['0001'], { '0001': '75', '0009': '25' }))).toEqual([]);
    expect(keyFindings(inArea(['0001', '0002'], { '0001': '100' }))).toEqual([
      [
        'error',
        'party_not_in_table',
        '§2',
        { table: null, parties: ['0002 Bby', '0009 Øby'], part: 1 },
      ],
    ]);
    // An area without participants outside the agreement expects its parties alone.
    const own = inArea(['0001', '0002'], { '0001': '100' });
    delete (own.serviceAreas[0] as { otherParticipants?: unknown }).otherParticipants;
    expect(keyFindings(own)).toEqual([
      ['error', 'party_not_in_table', '§2', { table: null, parties: ['0002 Bby'], part: 1 }],
    ]);
    // An area that does not list its participants: nobody is known to be missing.
    expect(keyFindings(inArea(null, { '0001': '100' }))).toEqual([]);
    // A share for a municipality neither a party nor in the area is a problem naming the area.
    expect(check(inArea(['0001'], { '0001': '75', '0008': '25' })).problems).toEqual([
      {
        path: 'costKeys[0].parts[1].basis.shares["0008"]',
        code: 'unknown_party',
        message:
          'states a share for 0008, which is not among the parties or the participants of brann',
      },
    ]);
  });

  it('property: a part’s shares are an error exactly when their exact sum is not the whole, whatever their order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 12 })), {
          minLength: 2,
          maxLength: 2,
        }),
        fc.boolean(),
        (fractions, reversed) => {
          const [[a, b], [c, d]] = fractions as [[number, number], [number, number]];
          // a/b + c/d = (ad + cb) / bd, the whole when ad + cb = bd.
          const whole = a * d + c * b === b * d;
          const entries: [string, string][] = [
            ['0001', `${a}/${b}`],
            ['0002', `${c}/${d}`],
          ];
          const file = partsFile(Object.fromEntries(reversed ? entries.reverse() : entries));
          const sums = keyFindings(file).filter(([, code]) => code === 'stated_sum_not_100');
          expect(sums.length).toBe(whole ? 0 : 1);
          if (!whole) expect(sums[0]?.[0]).toBe('error');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a part by a measured quantity: information that a split needs its quantities', () => {
    const file = {
      ...partsFile({ '0001': '60', '0002': '40' }),
      measures: [{ id: 'water', name: 'Levert vann', unit: 'm³', clause: '§2' }],
    };
    (file.costKeys[0] as { parts: unknown[] }).parts.push({
      share: '0',
      basis: { kind: 'measured', measure: 'water' },
    });
    expect(keyFindings(file)).toEqual([
      [
        'info',
        'quantities_needed',
        '§2',
        { measure: 'water', name: 'Levert vann', unit: 'm³', part: 2 },
      ],
    ]);
    expect(words(validReport(file).findings.find((f) => f.code === 'quantities_needed'))).toEqual({
      nb: 'Del 3 av nøkkelen fordeles etter Levert vann (m³): en fordeling trenger hver deltakers mengde av «water» (i CLI: split --quantities FIL).',
      en: 'Part 3 of the key is split by Levert vann (m³): a split needs each participant\'s quantity of "water" (in the CLI: split --quantities FILE).',
    });
  });
});

describe('check: parties, seats and clause references', () => {
  it('a party that joins after the key applies is not expected in its table, nor in the parties clause', () => {
    const file = {
      ...oppgavefellesskap(),
      partiesClause: '§1',
      parties: [
        { ...party('0001', 'Aby'), roles: ['kontorkommune'] },
        party('0002', 'Bby'),
        party('0003', 'Cby', '2025-06-01'),
      ],
      clauses: [
        { ref: '§1', title: 'Myndighet', text: 'Deltakere: 0001 Aby og 0002 Bby, med myndighet.' },
        { ref: '§2', title: 'Økonomi', text: 'Innskudd. Lån.' },
      ],
    };
    expect(findings(file).filter(([severity]) => severity !== 'info')).toEqual([]);
    const late = { ...file, parties: [...file.parties.slice(0, 2), party('0003', 'Cby')] };
    expect(findings(late).filter(([severity]) => severity !== 'info')).toEqual([
      ['warning', 'party_not_in_table', '§2', { table: null, parties: ['0003 Cby'] }],
      [
        'warning',
        'clause_parties_differ',
        '§1',
        { clause: '§1', notParties: [], notInClause: ['0003 Cby'] },
      ],
    ]);
  });

  it('a parties clause that names no kommunenummer is not compared with the data', () => {
    const file = { ...vertskommune(), partiesClause: '§1' };
    expect(findings(file).filter(([severity]) => severity !== 'info')).toEqual([]);
  });

  it('a number followed by a lowercase word is not a party ("2025 kroner"); one followed by a name is', () => {
    const file = withClauseText(
      { ...vertskommune(), partiesClause: '§1' },
      '§1',
      'Aby er vertskommune. 0001 Aby, 0002 Bby og 0009 Øby betaler 2025 kroner.',
    );
    expect(findings(file).filter(([severity]) => severity !== 'info')).toEqual([
      [
        'warning',
        'clause_parties_differ',
        '§1',
        { clause: '§1', notParties: ['0009'], notInClause: [] },
      ],
    ]);
  });

  it('seats: per party counts the parties at the start; per region is never "no seats"', () => {
    const seats = (s: Record<string, unknown>, joined = '2025-01-01') =>
      findings({
        ...vertskommune(),
        parties: [party('0001', 'Aby', joined), party('0002', 'Bby', joined)],
        organs: [organ('styret', s)],
      }).filter(([, code]) => code === 'organ_without_seats');
    const none = [['error', 'organ_without_seats', '§1', { organ: 'Organ styret' }]];
    expect(seats({ perParty: true })).toEqual([]);
    expect(seats({ perParty: true }, '2025-02-01')).toEqual(none);
    expect(seats({ perParty: false })).toEqual(none);
    expect(seats({})).toEqual(none);
    expect(seats({ perRegion: true })).toEqual([]);
    expect(seats({ perRegion: false })).toEqual(none);
    expect(seats({ fixed: [{ id: 'ks', name: 'KS' }] }, '2025-02-01')).toEqual([]);
    expect(seats({ fixed: [] })).toEqual(none);
  });

  it('an organ with no matters has no decision rule (info); one with matters has', () => {
    const file = {
      ...vertskommune(),
      organs: [
        { ...organ('styret', { perParty: true }), matters: [] },
        organ('radet', { perParty: true }),
      ],
    };
    expect(findings(file).filter(([, code]) => code === 'organ_without_rule')).toEqual([
      ['info', 'organ_without_rule', '§1', { organ: 'Organ styret' }],
    ]);
  });

  it('a clause reference may add a part after a space ("§2 b" is in "§2"), not run on ("§2b", "§20")', () => {
    const file = {
      ...vertskommune(),
      serviceAreas: ['§2', '§2 b', '§2b', '§20', '§3 a i'].map((clause, i) => ({
        id: `omrade-${i}`,
        name: `Område ${i}`,
        clause,
        participants: null,
      })),
      obligations: [
        { who: 'Aby', duty: 'Regnskap', clause: '§1 første ledd' },
        { who: 'Bby', duty: 'Betale', clause: '§4' },
        { who: 'Bby', duty: 'Betale', clause: '§99' },
      ],
    };
    // A reference to no clause makes the file invalid, as anywhere else in it.
    const report = check(file);
    expect(report.valid).toBe(false);
    expect(report.problems.map((p) => [p.path, p.code, p.message])).toEqual(
      [
        ['obligations[1].clause', '§4'],
        ['obligations[2].clause', '§99'],
        ['serviceAreas[2].clause', '§2b'],
        ['serviceAreas[3].clause', '§20'],
      ].map(([path, ref]) => [
        path,
        'unknown_clause',
        `cites clause ${ref}, which is not among the agreement's clauses`,
      ]),
    );
  });

  it('an avtalebasert samarbeid cites the clause its legal basis names, not its validity clause; every interpretation note is listed at its first clause', () => {
    const file = {
      ...vertskommune(),
      legalForm: 'avtalebasert-samarbeid',
      validityClause: '§3',
      interpretations: [
        {
          id: 'frist',
          clauses: ['§3', '§1'],
          question: 'Når løper fristen?',
          reading: 'Fra varselet.',
          alternatives: [],
        },
      ],
    };
    expect(findings(file)).toEqual([
      ['info', 'outside_statutory_forms', '', { form: 'avtalebasert-samarbeid', inferred: true }],
      ['info', 'interpretation_open', '§3', { note: 'frist', question: 'Når løper fristen?' }],
    ]);
    const based = { ...file, legalBasis: 'Avtalebasert nettverk (§2)' };
    expect(findings(based)[0]).toEqual([
      'info',
      'outside_statutory_forms',
      '§2',
      { form: 'avtalebasert-samarbeid', inferred: false },
    ]);
    expect(findings(based)[0]).toBeDefined();
    // A clause the agreement does not have is not cited.
    expect(findings({ ...file, legalBasis: 'Nettverk (§9)' })[0]?.[2]).toBe('');
    expect(findings({ ...file, legalBasis: 'Nettverk' })[0]?.[2]).toBe('');
  });
});

/**
 * A small IKS whose text states each item of its checklist once: adopted by
 * the kommunestyre (§1), its purpose (§1), the head office (§2), shares in
 * percent, the contribution (§3) and a representantskap with a seat per party.
 */
const iks = () => ({
  id: 'iks',
  title: 'Renovasjon IKS',
  legalForm: 'interkommunalt-selskap',
  validFrom: '2025-01-01',
  parties: [party('0001', 'Aby'), party('0002', 'Bby')],
  costKeys: [
    {
      kind: 'stated-shares',
      validFrom: '2025-01-01',
      clause: '§3',
      shares: { '0001': '70', '0002': '30' },
    },
  ],
  organs: [organ('representantskapet', { perParty: true })],
  clauses: [
    {
      ref: '§1',
      title: 'Selskapsavtale',
      text: 'Avtalen er vedtatt av hvert kommunestyre. Selskapets formål er renovasjon.',
    },
    { ref: '§2', title: 'Kontor', text: 'Selskapet har hovedkontor i Aby.' },
    { ref: '§3', title: 'Eierandeler', text: 'Aby 70 %, Bby 30 %. Innskudd etter eierandel.' },
  ],
});

const IKS_SOURCE =
  'LEGAL.md §1.7 (IKS-loven § 4: a written selskapsavtale adopted by the kommunestyre itself, verified; the minimum content, UNVERIFIED)';
const IKS_CONTENT = 'IKS-loven § 4 second paragraph as remembered; not in LEGAL.md (UNVERIFIED)';

describe('check: the statutory checklist of an interkommunalt selskap (IKS-loven § 4)', () => {
  it('an IKS stating every item: only the checklist, 8 items of which 1 verified', () => {
    expect(findings(iks())).toEqual([
      [
        'info',
        'statutory_checklist',
        '',
        { form: 'interkommunalt-selskap', items: 8, source: IKS_SOURCE, verifiedItems: 1 },
      ],
    ]);
  });

  it('no word of the kommunestyre: the verified item is missing, marked verified with its source', () => {
    const file = withClauseText(iks(), '§1', 'Selskapets formål er renovasjon.');
    expect(findings(file)[0]).toEqual([
      'warning',
      'statutory_item_missing',
      '',
      {
        form: 'interkommunalt-selskap',
        item: 'adopted-by-council',
        source: 'LEGAL.md §1.7 (IKS-loven § 4, verified)',
        verified: true,
      },
    ]);
    expect(words(validReport(file).findings[0])).toEqual({
      nb: 'For et interkommunalt selskap (IKS) forventes avtalen å angi: at selskapsavtalen er skriftlig og vedtatt av kommunestyret selv. Det finnes ikke i dataene. (Verifisert; kilde: LEGAL.md §1.7 (IKS-loven § 4, verified).)',
      en: 'For interkommunalt-selskap the agreement is expected to state: that the company agreement is written and adopted by the municipal council itself. The data does not. (Verified; source: LEGAL.md §1.7 (IKS-loven § 4, verified).)',
    });
  });

  it.each([
    ['bystyre', 'Vedtatt av bystyret.'],
    ['fylkesting', 'Vedtatt av fylkestinget.'],
  ])('adoption by the %s counts as by the council itself', (_, text) => {
    const file = withClauseText(iks(), '§1', `${text} Selskapets formål er renovasjon.`);
    expect(missingItems(file)).toEqual([]);
  });

  it('the minimum content as remembered: each item missing is marked unverified', () => {
    const { organs: _, ...bare } = {
      ...iks(),
      costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§1' }],
      populationReferenceDate: '2024-01-01',
      clauses: [{ ref: '§1', title: 'Selskapsavtale', text: 'Vedtatt av kommunestyret.' }],
    };
    const r = validReport(bare);
    const missing = r.findings.filter((f) => f.code === 'statutory_item_missing');
    expect(missing.map((f) => f.values['item'])).toEqual([
      'head-office',
      'purpose',
      'shares-stated',
      'contributions',
      'council-members-per-participant',
    ]);
    for (const f of missing) {
      expect([f.values['verified'], f.values['source']]).toEqual([false, IKS_CONTENT]);
    }
    expect(words(missing[1])).toEqual({
      nb: `For et interkommunalt selskap (IKS) forventes avtalen å angi: selskapets formål. Det finnes ikke i dataene. (Ikke verifisert mot lovteksten; kilde: ${IKS_CONTENT}.)`,
      en: `For interkommunalt-selskap the agreement is expected to state: the company's purpose. The data does not. (Not verified against the statute's text; source: ${IKS_CONTENT}.)`,
    });
    expect(words(r.findings.find((f) => f.code === 'statutory_checklist'))).toEqual({
      nb: `Avtalen er sjekket mot 8 punkter som forventes for et interkommunalt selskap (IKS). 1 av dem er verifisert mot loven, de andre ikke; kilde: ${IKS_SOURCE}.`,
      en: `The agreement was checked against 8 items expected for interkommunalt-selskap. 1 of them are verified against the statute, the others are not; source: ${IKS_SOURCE}.`,
    });
  });

  it('a kontorkommune counts as the head office; an empty title misses the name', () => {
    const file = {
      ...withClauseText(iks(), '§2', 'Kontoret ligger hos Aby.'),
      parties: [{ ...party('0001', 'Aby'), roles: ['kontorkommune'] }, party('0002', 'Bby')],
    };
    expect(missingItems(file)).toEqual([]);
    expect(missingItems(withClauseText(iks(), '§2', 'Kontoret ligger hos Aby.'))).toEqual([
      'head-office',
    ]);
    expect(missingItems({ ...iks(), title: ' ' })).toEqual(['name']);
    expect(
      missingItems(withClauseText(iks(), '§2', 'Selskapet har forretningskontor i Aby.')),
    ).toEqual([]);
  });
});

describe('check: the forms of kommuneloven 1992 (§ 27, § 28-1 b, § 28-1 c)', () => {
  const styre = (months?: number) => ({
    ...vertskommune(),
    legalForm: 'interkommunalt-styre-1992',
    ...(months === undefined
      ? {}
      : { lifecycle: { withdrawal: { notice: { months }, clause: '§3' } } }),
  });

  it('an interkommunalt styre (§ 27): replaced by IPR or KO in the law of 2018, verified', () => {
    const f = findings(styre());
    expect(f).toEqual([
      [
        'info',
        'form_of_repealed_law',
        '',
        {
          form: 'interkommunalt-styre-1992',
          replacedBy: ['interkommunalt-politisk-rad', 'kommunalt-oppgavefellesskap'],
          source: 'LEGAL.md §1.2 (veileder om interkommunalt samarbeid kap. 6.1, verified)',
          verified: true,
        },
      ],
    ]);
    expect(words(validReport(styre()).findings[0])).toEqual({
      nb: 'Samarbeidet er et interkommunalt styre etter kommuneloven 1992 § 27. Formen er fra kommuneloven 1992; i kommuneloven 2018 svarer den til et interkommunalt politisk råd eller et kommunalt oppgavefellesskap. (Verifisert; kilde: LEGAL.md §1.2 (veileder om interkommunalt samarbeid kap. 6.1, verified).)',
      en: 'The cooperation is interkommunalt-styre-1992, a form of kommuneloven 1992; in kommuneloven 2018 it corresponds to interkommunalt-politisk-rad or kommunalt-oppgavefellesskap. (Verified; source: LEGAL.md §1.2 (veileder om interkommunalt samarbeid kap. 6.1, verified).)',
    });
  });

  it('§ 27 nr. 3: a notice of 24 months is longer than the one year the statute allows; 12 is not', () => {
    expect(findings(styre(12)).map((f) => f[1])).toEqual(['form_of_repealed_law']);
    const long = validReport(styre(24)).findings.find(
      (f) => f.code === 'notice_longer_than_statute',
    );
    expect([long?.severity, long?.clause, long?.values]).toEqual([
      'warning',
      '§3',
      {
        form: 'interkommunalt-styre-1992',
        months: 24,
        statutoryMonths: 12,
        source: 'LEGAL.md §1.6 (kommuneloven 1992 § 27 nr. 3, verified)',
        verified: true,
      },
    ]);
    expect(words(long)).toEqual({
      nb: 'Avtalen krever 24 måneders varsel ved uttreden, men en deltaker i et interkommunalt styre etter kommuneloven 1992 § 27 kan i alle fall si opp med 12 måneders skriftlig varsel. (Verifisert; kilde: LEGAL.md §1.6 (kommuneloven 1992 § 27 nr. 3, verified).)',
      en: "The agreement requires 24 months' notice of withdrawal, but a participant in interkommunalt-styre-1992 may in any case withdraw with 12 months' written notice. (Verified; source: LEGAL.md §1.6 (kommuneloven 1992 § 27 nr. 3, verified).)",
    });
    // The statutory floor is the styre's alone: a vertskommune with 24 months has no such finding.
    expect(findings({ ...styre(24), legalForm: 'vertskommunesamarbeid' }).map((f) => f[1])).toEqual(
      ['statutory_checklist'],
    );
  });

  it.each([
    [
      'administrativt-vertskommunesamarbeid-1992',
      'et administrativt vertskommunesamarbeid etter kommuneloven 1992 § 28-1 b',
    ],
    [
      'vertskommunesamarbeid-med-nemnd-1992',
      'et vertskommunesamarbeid med felles folkevalgt nemnd etter kommuneloven 1992 § 28-1 c',
    ],
  ])(
    'a %s is checked as a vertskommune (unverified) and named with its paragraph',
    (legalForm, nb) => {
      const source = 'LEGAL.md §1.3 and §1.6 (kommuneloven kapittel 20, UNVERIFIED)';
      const file = { ...withClauseText(vertskommune(), '§3', 'Skriftlig.', 'Frister'), legalForm };
      const r = validReport(file);
      expect(findings(file)).toEqual([
        [
          'warning',
          'statutory_item_missing',
          '',
          {
            form: legalForm,
            item: 'withdrawal-and-termination',
            source: 'LEGAL.md §1.3 (kommuneloven kapittel 20, UNVERIFIED)',
          },
        ],
        [
          'info',
          'statutory_checklist',
          '',
          {
            form: legalForm,
            items: 5,
            source: 'LEGAL.md §1.3 (kommuneloven kapittel 20, UNVERIFIED)',
          },
        ],
        [
          'info',
          'form_of_repealed_law',
          '',
          { form: legalForm, replacedBy: ['vertskommunesamarbeid'], source, verified: false },
        ],
      ]);
      expect(words(r.findings[2])?.en).toBe(
        `The cooperation is ${legalForm}, a form of kommuneloven 1992; in kommuneloven 2018 it corresponds to vertskommunesamarbeid. (Not verified against the statute's text; source: ${source}.)`,
      );
      expect(words(r.findings[2])?.nb).toBe(
        `Samarbeidet er ${nb}. Formen er fra kommuneloven 1992; i kommuneloven 2018 svarer den til et vertskommunesamarbeid. (Ikke verifisert mot lovteksten; kilde: ${source}.)`,
      );
    },
  );
});

describe('check: a text still marked "FYLL INN" (as init writes it) is a warning at its path', () => {
  it('each text with the mark, in the order of the file, citing its clause where it is in one; $comment is not read', () => {
    const file = {
      ...vertskommune(),
      title: 'FYLL INN: tittel',
      $comment: ['Bytt ut alt som er merket FYLL INN.'],
      parties: [{ ...party('0001', 'Aby'), roles: ['vertskommune'] }, party('0002', 'FYLL INN')],
      clauses: [
        ...vertskommune().clauses.slice(0, 2),
        { ref: '§3', title: 'Uttreden (FYLL INN)', text: 'Skriftlig, med tolv måneders frist.' },
      ],
    };
    const r = validReport(file);
    expect(
      r.findings
        .filter((f) => f.code === 'fill_in_left')
        .map((f) => [f.severity, f.clause, f.values]),
    ).toEqual([
      ['warning', '', { path: 'title', mark: 'FYLL INN' }],
      ['warning', '', { path: 'parties[1].municipality.name', mark: 'FYLL INN' }],
      ['warning', '§3', { path: 'clauses[2].title', mark: 'FYLL INN' }],
    ]);
    expect(words(r.findings.find((f) => f.code === 'fill_in_left'))).toEqual({
      nb: '«FYLL INN» står fortsatt i title: skriv inn det avtalen sier der.',
      en: '"FYLL INN" (fill in) is still in title: write what the agreement says there.',
    });
  });

  it('a text without the mark, or with it in other letters, is no finding', () => {
    const file = { ...vertskommune(), title: 'Fyll inn senere' };
    expect(validReport(file).findings.map((f) => f.code)).not.toContain('fill_in_left');
  });
});

describe('check: property of the FYLL INN findings', () => {
  it('one warning per marked text, none for the others, each citing the clause it is in, in clause order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 12 }),
        (marks) => {
          const clauses = marks.map(([title, text], i) => ({
            ref: `§${i + 1}`,
            title: title ? `Del ${i + 1} FYLL INN` : `Del ${i + 1}`,
            text: text ? 'Tekst: FYLL INN.' : 'Tekst.',
          }));
          const file = { ...vertskommune(), costKeys: [], clauses };
          const expected = marks.flatMap(([title, text], i) => [
            ...(title ? [[`§${i + 1}`, `clauses[${i}].title`]] : []),
            ...(text ? [[`§${i + 1}`, `clauses[${i}].text`]] : []),
          ]);
          expect(
            validReport(file)
              .findings.filter((f) => f.code === 'fill_in_left')
              .map((f) => [f.clause, f.values['path']]),
          ).toEqual(expected);
        },
      ),
    );
  });
});

describe('check names the settings a body leaves to the statute', () => {
  /** The weighted IKS with the board (styre) changed. */
  const withBoard = (change: (board: Record<string, unknown>) => Record<string, unknown>) => {
    const file = weightedIks();
    return { ...file, organs: file.organs.map((o) => (o['id'] === 'styre' ? change(o) : o)) };
  };
  const defaults = (input: unknown) =>
    check(input).findings.filter((f) => f.code === 'statutory_defaults_apply');
  const stating = {
    kind: 'fraction-present',
    fraction: { numerator: 1, denominator: 2 },
    clause: '§5',
  };
  const matters = (tie: string) => [
    { id: 'drift', name: 'Drift', rule: { kind: 'simple-majority', tie, clause: '§5' } },
    {
      id: 'valg-nestleder',
      name: 'Valg av nestleder',
      election: true,
      rule: { kind: 'simple-majority', tie: 'lot', clause: '§5' },
    },
  ];

  it('a body that states all four gets no finding; one that states none lists all four, unverified', () => {
    // The representantskap states its quorum, deputies, abstention and every tie; the board none of them.
    const found = defaults(weightedIks());
    expect(found).toEqual([
      {
        code: 'statutory_defaults_apply',
        agreement: 'vekta-iks',
        clause: '§5',
        severity: 'info',
        values: {
          organ: 'Styret',
          settings: ['quorum', 'tie', 'deputies', 'abstention'],
          source: 'kommuneloven § 11-9; kommuneloven § 8-1',
          verified: false,
        },
      },
    ]);
    expect(words(found[0])).toEqual({
      nb: 'For Styret sier avtalen ikke når organet er vedtaksført, hva stemmelikhet gjør, om varamedlemmer kan møte og om medlemmene kan avstå; lovens regler gjelder. (Ikke verifisert mot lovteksten; kilde: kommuneloven § 11-9; kommuneloven § 8-1.)',
      en: "For Styret the agreement does not say when the body can decide, what a tie does, whether deputies may attend and whether members may abstain; the statute's rules apply. (Not verified against the statute's text; source: kommuneloven § 11-9; kommuneloven § 8-1.)",
    });
    const all = withBoard((o) => ({
      ...o,
      quorum: stating,
      deputies: { allowed: true, clause: '§5' },
      abstention: { allowed: false, clause: '§5' },
      matters: matters('rejected'),
    }));
    expect(defaults(all)).toEqual([]);
  });

  it('two left out: exactly those two, with only their statute', () => {
    const unsaidMembers = withBoard((o) => ({
      ...o,
      quorum: stating,
      matters: matters('rejected'),
    }));
    expect(defaults(unsaidMembers).map((f) => f.values)).toEqual([
      {
        organ: 'Styret',
        settings: ['deputies', 'abstention'],
        source: 'kommuneloven § 8-1',
        verified: false,
      },
    ]);
    const unsaidMeeting = withBoard((o) => ({
      ...o,
      deputies: { allowed: false, clause: '§5' },
      abstention: { allowed: true, clause: '§5' },
    }));
    const [finding] = defaults(unsaidMeeting);
    expect(finding?.values).toEqual({
      organ: 'Styret',
      settings: ['quorum', 'tie'],
      source: 'kommuneloven § 11-9',
      verified: false,
    });
    expect(words(finding)?.en).toBe(
      "For Styret the agreement does not say when the body can decide and what a tie does; the statute's rules apply. (Not verified against the statute's text; source: kommuneloven § 11-9.)",
    );
  });

  it('a tie is left to the statute by any simple majority without one: alone, in an all-of rule, or under a reading', () => {
    const only = (rule: object, reading?: object) =>
      withBoard((o) => ({
        ...o,
        quorum: stating,
        deputies: { allowed: true, clause: '§5' },
        abstention: { allowed: true, clause: '§5' },
        matters: [
          {
            id: 'drift',
            name: 'Drift',
            rule,
            ...(reading === undefined ? {} : { reading }),
          },
        ],
      }));
    const plain = { kind: 'simple-majority', clause: '§5' };
    const stated = { kind: 'simple-majority', tie: 'chair-decides', clause: '§5' };
    const qualified = {
      kind: 'qualified-majority',
      fraction: { numerator: 2, denominator: 3 },
      of: 'votes-cast',
      clause: '§5',
    };
    const settings = (input: unknown) => defaults(input).map((f) => f.values['settings']);
    expect(settings(only(stated))).toEqual([]);
    expect(settings(only(qualified))).toEqual([]);
    expect(settings(only(plain))).toEqual([['tie']]);
    expect(settings(only({ kind: 'all-of', rules: [qualified, plain], clause: '§5' }))).toEqual([
      ['tie'],
    ]);
    expect(settings(only({ kind: 'all-of', rules: [qualified, stated], clause: '§5' }))).toEqual(
      [],
    );
    const file = only(stated);
    const a = {
      ...file,
      interpretations: [
        {
          id: 'drift-lesning',
          clauses: ['§5'],
          question: 'Hvilken regel?',
          reading: 'Lesning a.',
          readingId: 'a',
          alternatives: [{ id: 'b', reading: 'Lesning b.', consequence: 'Noe.' }],
        },
      ],
    };
    const read = (rules: object) => {
      const organs = a.organs.map((o) =>
        o['id'] === 'styre'
          ? {
              ...o,
              matters: [
                {
                  id: 'drift',
                  name: 'Drift',
                  rule: stated,
                  reading: { note: 'drift-lesning', rules },
                },
              ],
            }
          : o,
      );
      return { ...a, organs };
    };
    expect(check(read({ a: stated, b: stated })).valid).toBe(true);
    expect(settings(read({ a: stated, b: stated }))).toEqual([]);
    expect(settings(read({ a: stated, b: plain }))).toEqual([['tie']]);
  });

  it('property: the settings listed are exactly those left out, in the order quorum, tie, deputies, abstention', () => {
    const ORDER = ['quorum', 'tie', 'deputies', 'abstention'] as const;
    fc.assert(
      fc.property(fc.subarray([...ORDER]), (left) => {
        const unsaid = new Set<string>(left);
        const board = withBoard(({ quorum: _q, deputies: _d, abstention: _a, ...o }) => ({
          ...o,
          ...(unsaid.has('quorum') ? {} : { quorum: stating }),
          ...(unsaid.has('deputies') ? {} : { deputies: { allowed: true, clause: '§5' } }),
          ...(unsaid.has('abstention') ? {} : { abstention: { allowed: false, clause: '§5' } }),
          matters: unsaid.has('tie') ? o['matters'] : matters('chair-decides'),
        }));
        const found = defaults(board);
        expect(found.map((f) => f.values['settings'])).toEqual(
          left.length === 0 ? [] : [ORDER.filter((s) => unsaid.has(s))],
        );
      }),
    );
  });
});
