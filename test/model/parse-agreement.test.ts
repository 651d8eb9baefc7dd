import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { AgreementSchema } from '../../src/model/agreement.js';
import { AgreementInputError, formatPath } from '../../src/model/errors.js';
import { parseAgreement, safeParseAgreement } from '../../src/model/parse-agreement.js';
import { schemaProblems } from '../../src/model/schema-problems.js';
import { small } from '../fixtures/small-agreement.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

/** A JSON copy of the built-in agreement, as a file would hold it. */
const asFile = () =>
  JSON.parse(JSON.stringify(helseplattformen)) as Record<string, unknown> & {
    parties: Record<string, unknown>[];
  };

describe('parseAgreement', () => {
  it('accepts the built-in Helseplattformen agreement unchanged', () => {
    expect(parseAgreement(asFile())).toEqual(helseplattformen);
  });

  it('rejects a malformed kommunenummer, naming its path', () => {
    const file = asFile();
    file.parties[3] = { ...file.parties[3], municipality: { number: '508', name: 'Ålesund' } };
    const error = catchInputError(() => parseAgreement(file));
    expect(error.problems).toEqual([
      {
        path: 'costKeys[0].statedTable.percents["1508"]',
        code: 'unknown_party',
        message: 'names 1508, which is not among the parties',
      },
      {
        path: 'parties[3].municipality.number',
        code: 'invalid_format',
        message: 'must be a kommunenummer: four digits as a string, e.g. "5001"',
      },
    ]);
    expect(error.message).toContain('parties[3].municipality.number: must be a kommunenummer');
  });

  it('rejects a kommunenummer given as a number (the leading zero would be lost)', () => {
    const file = asFile();
    file.parties[0] = { ...file.parties[0], municipality: { number: 301, name: 'Oslo' } };
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[0].statedTable.percents["5001"]', 'unknown_party'],
      ['parties[0].municipality.number', 'invalid_type'],
    ]);
  });

  it('rejects duplicate parties, pointing at the first listing', () => {
    const file = asFile();
    file.parties.push(file.parties[3] as Record<string, unknown>);
    const error = catchInputError(() => parseAgreement(file));
    expect(error.problems).toEqual([
      {
        path: 'parties[34].municipality.number',
        code: 'duplicate_party',
        message: 'duplicate party 1508: already listed as parties[3]',
      },
    ]);
  });

  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['textual', '1000'],
  ])('rejects a %s population with "must be a whole number ≥ 0"', (_, population) => {
    const file = asFile();
    file.parties[3] = { ...file.parties[3], population };
    const error = catchInputError(() => parseAgreement(file));
    expect(error.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'parties[3].population: must be a whole number ≥ 0',
    ]);
  });

  it('rejects a total population of zero', () => {
    const file = asFile();
    file.parties = file.parties.map((p) => ({ ...p, population: 0 }));
    expect(problemsOf(() => parseAgreement(file))).toEqual([['parties', 'zero_total_population']]);
  });

  it('reports every problem at once, in path order', () => {
    const file = asFile();
    file.parties[1] = { ...file.parties[1], population: -3 };
    file.parties[2] = { ...file.parties[2], municipality: { number: '5001', name: 'Trondheim' } };
    file.parties[5] = { ...file.parties[5], populaton: 5 };
    file['validFrom'] = '2025-02-30';
    file['legalForm'] = 'IKS';
    delete file['title'];
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[0].statedTable.percents["1506"]', 'unknown_party'],
      ['legalForm', 'invalid_value'],
      ['parties[1].population', 'too_small'],
      ['parties[2].municipality.number', 'duplicate_party'],
      ['parties[5].populaton', 'unknown_field'],
      ['title', 'required'],
      ['validFrom', 'invalid_format'],
    ]);
  });

  it('rejects membership dates out of order and clause references that name no clause', () => {
    const file = asFile();
    file.parties[0] = {
      ...file.parties[0],
      membership: { joined: '2025-01-01', noticeSentOn: '2025-03-01', withdrawn: '2025-02-01' },
    };
    file['costKeys'] = [{ kind: 'population', validFrom: '2025-01-01', clause: '§99' }];
    file['validUntil'] = '2024-12-31';
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[0].clause', 'unknown_clause'],
      ['parties[0].membership.withdrawn', 'date_order'],
      ['validUntil', 'date_order'],
    ]);
  });

  it('rejects what the schema alone cannot see: two keys from one date, a second kontorkommune, a missing population, unknown notes and readings, repeated organs and matters', () => {
    type Organ = Record<string, unknown> & {
      abstention: Record<string, unknown>;
      chair: { standIn: Record<string, unknown> };
      matters: Record<string, unknown>[];
    };
    const file = asFile() as ReturnType<typeof asFile> & { organs: Organ[]; costKeys: unknown[] };
    file.costKeys = [file.costKeys[0], file.costKeys[0]];
    delete file['populationReferenceDate'];
    const { population: _, ...noPopulation } = file.parties[2] as { population: number };
    file.parties[2] = noPopulation;
    file.parties[1] = { ...file.parties[1], roles: ['kontorkommune'] };
    file.parties[3] = {
      ...file.parties[3],
      membership: { joined: '2025-06-01', noticeSentOn: '2025-03-01' },
    };
    const [representantskap] = file.organs as [Organ];
    representantskap.abstention = { ...representantskap.abstention, note: 'no-such-note' };
    representantskap.chair.standIn = {
      note: 'chair-absent-casting-vote',
      castingVote: { 'presiding-person': true, 'someone-else': false },
    };
    representantskap.matters = [
      representantskap.matters[0] ?? {},
      representantskap.matters[0] ?? {},
    ];
    file.organs = [representantskap, representantskap];
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[1].validFrom', 'duplicate_cost_key'],
      // The matters that decide admission, amendment and dissolution went with the duplicated list.
      ['lifecycle.admission.matter', 'unknown_matter'],
      ['lifecycle.amendment.matter', 'unknown_matter'],
      ['lifecycle.dissolution.matter', 'unknown_matter'],
      ['organs[0].abstention.note', 'unknown_note'],
      ['organs[0].chair.standIn', 'missing_reading'],
      ['organs[0].chair.standIn.note', 'unknown_reading'],
      ['organs[0].matters[1].id', 'duplicate_matter'],
      ['organs[1].abstention.note', 'unknown_note'],
      ['organs[1].chair.standIn', 'missing_reading'],
      ['organs[1].chair.standIn.note', 'unknown_reading'],
      ['organs[1].id', 'duplicate_organ'],
      ['organs[1].matters[1].id', 'duplicate_matter'],
      ['parties', 'several_kontorkommuner'],
      ['parties[2].population', 'required'],
      ['parties[3].membership.noticeSentOn', 'date_order'],
      ['populationReferenceDate', 'required'],
    ]);
  });

  it('rejects input that is not an object at all', () => {
    for (const input of [null, 42, 'agreement', [], undefined]) {
      const result = safeParseAgreement(input);
      expect(result.success).toBe(false);
    }
    expect(problemsOf(() => parseAgreement([]))).toEqual([['', 'invalid_type']]);
  });

  it('treats a "__proto__" key as an unknown field and pollutes no prototype', () => {
    const file = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(helseplattformen).slice(1)}`,
    );
    expect(problemsOf(() => parseAgreement(file))).toEqual([['__proto__', 'unknown_field']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('does not modify its input', () => {
    const file = asFile();
    const before = structuredClone(file);
    parseAgreement(file);
    file.parties[0] = { ...file.parties[0], population: -1 };
    const broken = structuredClone(file);
    safeParseAgreement(file);
    expect(file).toEqual(broken);
    expect(before).toEqual(asFile());
  });

  it('never throws anything but AgreementInputError, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeParseAgreement(value);
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error).toBeInstanceOf(AgreementInputError);
      }),
    );
  });
});

describe('formatPath', () => {
  it('writes paths the way a JSON author reads them', () => {
    expect(formatPath(['parties', 3, 'population'])).toBe('parties[3].population');
    expect(formatPath([])).toBe('');
    expect(formatPath(['a key'])).toBe('["a key"]');
  });
});

describe('parseAgreement: what the schema alone cannot see, problem by problem', () => {
  it('accepts the small file with every optional part, as is', () => {
    expect(parseAgreement(small())).toEqual(small());
  });

  it('names every clause reference that is not among the clauses, wherever it is', () => {
    const file = small();
    file.clauses = [{ ref: '§3', title: 'Annet', text: '' }];
    expect(problemsOf(() => parseAgreement(file)).map(([path, code]) => `${code} ${path}`)).toEqual(
      [
        'costKeys[0].clause',
        'hostRoles.clause',
        'interpretations[0].clauses[0]',
        'interpretations[0].clauses[1]',
        'lifecycle.admission.clause',
        'lifecycle.amendment.clause',
        'lifecycle.breach.clause',
        'lifecycle.calendar[0].clause',
        'lifecycle.dissolution.clause',
        'lifecycle.dissolution.documentsClause',
        'lifecycle.merger.clause',
        'lifecycle.withdrawal.clause',
        'organs[0].abstention.clause',
        'organs[0].chair.clause',
        'organs[0].clause',
        'organs[0].deputies.clause',
        'organs[0].duties[0].clause',
        'organs[0].matters[0].candidateProtected.clause',
        'organs[0].matters[0].reading.rules["kan-avsta"].clause',
        'organs[0].matters[0].reading.rules["ma-stemme"].clause',
        'organs[0].matters[0].rule.clause',
        'organs[0].meetings.clause',
        'organs[0].quorum.clause',
        'organs[0].seats.clause',
        'organs[0].termYears.clause',
        'partiesClause',
        'validityClause',
      ].map((path) => `unknown_clause ${path}`),
    );
    expect(catchInputError(() => parseAgreement(file)).problems[0]).toEqual({
      path: 'costKeys[0].clause',
      code: 'unknown_clause',
      message: "cites clause §2, which is not among the agreement's clauses",
    });
  });

  it('rejects a clause listed twice, pointing at the first listing', () => {
    const file = small();
    file.clauses = [
      ...file.clauses,
      { ref: '§3', title: 'A', text: '' },
      { ref: '§1', title: 'B', text: '' },
    ];
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'clauses[3].ref',
        code: 'duplicate_clause',
        message: 'duplicate clause §1: already listed as clauses[0]',
      },
    ]);
  });

  it('rejects an interpretation note listed twice, and a reading id used twice within a note', () => {
    const file = small();
    const [note] = file.interpretations as Record<string, unknown>[];
    file.interpretations = [
      note as Record<string, unknown>,
      {
        ...note,
        alternatives: [
          { id: 'annen', reading: 'Nei.', consequence: 'Avholdende teller ikke.' },
          { id: 'annen', reading: 'Nei, men …', consequence: 'Som valgt.' },
        ],
      },
    ];
    // In path order, as every error lists its problems. The organ's readings of the note
    // ("ma-stemme", "kan-avsta") are checked against its first listing only.
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'interpretations[1].alternatives[1].id',
        code: 'duplicate_reading',
        message: 'duplicate reading annen: already the id of interpretations[1].alternatives[0].id',
      },
      {
        path: 'interpretations[1].id',
        code: 'duplicate_note',
        message: 'duplicate interpretation note stemmeplikt: already listed as interpretations[0]',
      },
    ]);
  });

  it('withdrawal must come after joining and after the notice; the notice may be sent on the day of joining', () => {
    const membership = (m: Record<string, string>) => {
      const file = small();
      file.parties[1] = { ...file.parties[1], membership: m };
      return file;
    };
    const at = 'parties[1].membership';
    expect(
      catchInputError(() =>
        parseAgreement(membership({ joined: '2025-01-01', withdrawn: '2025-01-01' })),
      ).problems,
    ).toEqual([
      {
        path: `${at}.withdrawn`,
        code: 'date_order',
        message: 'must be after the day the party joined (2025-01-01)',
      },
    ]);
    expect(
      parseAgreement(membership({ joined: '2025-01-01', withdrawn: '2025-01-02' })).parties[1]
        ?.membership,
    ).toEqual({
      joined: '2025-01-01',
      withdrawn: '2025-01-02',
    });
    expect(
      parseAgreement(
        membership({ joined: '2025-01-01', noticeSentOn: '2025-01-01', withdrawn: '2026-01-01' }),
      ).parties,
    ).toHaveLength(2);
    expect(
      catchInputError(() =>
        parseAgreement(
          membership({ joined: '2025-01-02', noticeSentOn: '2025-01-01', withdrawn: '2025-01-01' }),
        ),
      ).problems,
    ).toEqual([
      {
        path: `${at}.noticeSentOn`,
        code: 'date_order',
        message: 'must not be before the day the party joined (2025-01-02)',
      },
      {
        path: `${at}.withdrawn`,
        code: 'date_order',
        message: 'must be after the day the party joined (2025-01-02)',
      },
      {
        path: `${at}.withdrawn`,
        code: 'date_order',
        message: 'must be after the notice was sent (2025-01-01)',
      },
    ]);
    expect(
      catchInputError(() =>
        parseAgreement(
          membership({ joined: '2025-01-01', noticeSentOn: '2025-06-01', withdrawn: '2025-06-01' }),
        ),
      ).problems,
    ).toEqual([
      {
        path: `${at}.withdrawn`,
        code: 'date_order',
        message: 'must be after the notice was sent (2025-06-01)',
      },
    ]);
  });

  it('an agreement may end on the day it starts, not before; the message gives both dates', () => {
    expect(parseAgreement({ ...small(), validUntil: '2025-01-01' }).validUntil).toBe('2025-01-01');
    expect(
      catchInputError(() => parseAgreement({ ...small(), validUntil: '2024-12-31' })).problems,
    ).toEqual([
      {
        path: 'validUntil',
        code: 'date_order',
        message: 'ends (2024-12-31) before the agreement starts (validFrom 2025-01-01)',
      },
    ]);
  });

  it('regions: ids unique, every municipality a party, and in one region only', () => {
    const file = small();
    file.regions = [
      { id: 'nord', name: 'Nord', municipalities: ['0001', '0009'] },
      { id: 'nord', name: 'Nord igjen', municipalities: ['0002', '0001'] },
    ];
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'regions[0].municipalities[1]',
        code: 'unknown_party',
        message: 'names 0009, which is not among the parties',
      },
      {
        path: 'regions[1].id',
        code: 'duplicate_region',
        message: 'duplicate region nord: already listed as regions[0]',
      },
      {
        path: 'regions[1].municipalities[1]',
        code: 'several_regions',
        message: '0001 is already in regions[0]; a municipality belongs to one region',
      },
    ]);
  });

  it('regions that are not well formed get the schema’s problems only', () => {
    const file = small();
    file.regions = [
      { id: 'nord', name: 'Nord', municipalities: [1, '0001'] },
      { id: 'sor', name: 'Sør', municipalities: '0002' },
      '0002',
      null,
    ];
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['regions[0].municipalities[0]', 'invalid_type'],
      ['regions[1].municipalities', 'invalid_type'],
      ['regions[2]', 'invalid_type'],
      ['regions[3]', 'invalid_type'],
    ]);
  });

  it('a reading a rule names must be a reading of its note; a note whose readings have no ids offers none', () => {
    const file = small();
    const [note] = file.interpretations as [Record<string, unknown>];
    file.interpretations = [
      {
        ...note,
        readingId: undefined,
        alternatives: [{ reading: 'Nei.', consequence: 'Avholdende teller ikke.' }],
      },
    ];
    delete (file.interpretations[0] as Record<string, unknown>)['readingId'];
    const problems = catchInputError(() => parseAgreement(file)).problems;
    expect(problems).toContainEqual({
      path: 'organs[0].abstention.note',
      code: 'unknown_reading',
      message: 'note "stemmeplikt" has no reading "ma-stemme" (it has: none with an id)',
    });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'organs[0].abstention.note unknown_reading',
      'organs[0].abstention.note unknown_reading',
      'organs[0].chair.standIn.note unknown_reading',
      'organs[0].chair.standIn.note unknown_reading',
      'organs[0].matters[0].candidateProtected.note unknown_reading',
      'organs[0].matters[0].candidateProtected.note unknown_reading',
      'organs[0].matters[0].reading.note unknown_reading',
      'organs[0].matters[0].reading.note unknown_reading',
    ]);
  });

  it('a note with readings the data says nothing for: each is named, "reading" or "readings"', () => {
    const file = small();
    const [note] = file.interpretations as [Record<string, unknown>];
    file.interpretations = [
      {
        ...note,
        alternatives: [
          { id: 'kan-avsta', reading: 'Nei.', consequence: 'Teller ikke.' },
          { id: 'delvis', reading: 'Delvis.', consequence: 'Noen teller.' },
          { id: 'aldri', reading: 'Aldri.', consequence: 'Ingen teller.' },
        ],
      },
    ];
    const [organ] = file.organs as [Record<string, Record<string, unknown>>];
    organ['abstention'] = {
      ...organ['abstention'],
      allowedByReading: { 'ma-stemme': false, 'kan-avsta': true, delvis: true },
    };
    organ['chair'] = {
      ...organ['chair'],
      standIn: { note: 'stemmeplikt', castingVote: { 'ma-stemme': true } },
    };
    const problems = catchInputError(() => parseAgreement(file)).problems;
    expect(problems.filter((p) => p.code === 'missing_reading')).toEqual([
      {
        path: 'organs[0].abstention',
        code: 'missing_reading',
        message: 'says nothing for reading "aldri" of note "stemmeplikt"',
      },
      {
        path: 'organs[0].chair.standIn',
        code: 'missing_reading',
        message: 'says nothing for readings "kan-avsta", "delvis", "aldri" of note "stemmeplikt"',
      },
      {
        path: 'organs[0].matters[0].candidateProtected',
        code: 'missing_reading',
        message: 'says nothing for readings "delvis", "aldri" of note "stemmeplikt"',
      },
      {
        path: 'organs[0].matters[0].reading',
        code: 'missing_reading',
        message: 'says nothing for readings "delvis", "aldri" of note "stemmeplikt"',
      },
    ]);
    expect(problems.filter((p) => p.code !== 'missing_reading')).toEqual([]);
  });

  it('a note id that is not text is the schema’s problem only; the notes that are text still count', () => {
    const file = small();
    file.interpretations = [
      { ...(file.interpretations[0] as object), id: 7 },
      ...file.interpretations,
    ];
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['interpretations[0].id', 'invalid_type'],
    ]);
  });

  it('a candidate protection names a note the agreement lacks: one problem, at the note', () => {
    const file = small();
    const [organ] = file.organs as [
      Record<string, unknown> & { matters: Record<string, unknown>[] },
    ];
    organ.matters = [
      {
        ...organ.matters[0],
        candidateProtected: {
          clause: '§2',
          note: 'ukjent',
          opposition: { 'ma-stemme': 'count-as-for' },
        },
      },
    ];
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'organs[0].matters[0].candidateProtected.note',
        code: 'unknown_note',
        message: `names interpretation note "ukjent", which is not among the agreement's interpretations`,
      },
    ]);
  });

  it('two kontorkommuner are too many, one is fine; the message counts them', () => {
    const file = small();
    file.parties = file.parties.map((p) => ({ ...p, roles: ['kontorkommune'] }));
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'parties',
        code: 'several_kontorkommuner',
        message: '2 parties have the role "kontorkommune"; there can be only one',
      },
    ]);
    file.parties[1] = { ...file.parties[1], roles: ['vertskommune'] };
    expect(parseAgreement(file).parties[0]?.roles).toEqual(['kontorkommune']);
  });

  it('two cost keys from one date, and a stated table naming a non-party, with their messages', () => {
    const file = small();
    file.costKeys = [
      { kind: 'population', validFrom: '2025-01-01', clause: '§2' },
      {
        kind: 'population',
        validFrom: '2026-01-01',
        clause: '§2',
        statedTable: { percents: { '0001': '60', '0003': '40' } },
      },
      { kind: 'population', validFrom: '2025-01-01', clause: '§2' },
    ];
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'costKeys[1].statedTable.percents["0003"]',
        code: 'unknown_party',
        message: 'names 0003, which is not among the parties',
      },
      {
        path: 'costKeys[2].validFrom',
        code: 'duplicate_cost_key',
        message: 'another cost key (costKeys[0]) also applies from 2025-01-01',
      },
    ]);
  });

  it('populations are needed only with a population key; a total of 0 is reported only when every population is given and valid', () => {
    const file = small();
    file.parties = file.parties.map(({ population: _, ...p }) => p);
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'parties[0].population',
        code: 'required',
        message: 'is required: a cost key is by population',
      },
      {
        path: 'parties[1].population',
        code: 'required',
        message: 'is required: a cost key is by population',
      },
    ]);
    const { populationReferenceDate: _, ...noDate } = small();
    expect(catchInputError(() => parseAgreement(noDate)).problems).toEqual([
      {
        path: 'populationReferenceDate',
        code: 'required',
        message: 'is required: a cost key is by population',
      },
    ]);
    const stated = {
      ...file,
      populationReferenceDate: undefined,
      costKeys: [
        {
          kind: 'stated-shares',
          validFrom: '2025-01-01',
          clause: '§2',
          shares: { '0001': '1/2', '0002': '1/2' },
        },
      ],
    };
    delete (stated as Record<string, unknown>)['populationReferenceDate'];
    expect(parseAgreement(stated).parties.map((p) => p.population)).toEqual([undefined, undefined]);
    const zero = small();
    zero.parties = zero.parties.map((p) => ({ ...p, population: 0 }));
    expect(catchInputError(() => parseAgreement(zero)).problems).toEqual([
      {
        path: 'parties',
        code: 'zero_total_population',
        message:
          'the total population of the parties is 0: a population cost key cannot divide anything',
      },
    ]);
    const { population: _p, ...unknown } = zero.parties[1] as { population: number };
    zero.parties[1] = unknown;
    expect(problemsOf(() => parseAgreement(zero))).toEqual([['parties[1].population', 'required']]);
    zero.parties[1] = { ...zero.parties[1], population: -5 };
    expect(problemsOf(() => parseAgreement(zero))).toEqual([
      ['parties[1].population', 'too_small'],
    ]);
    zero.parties[1] = { ...zero.parties[1], population: 0.5 };
    expect(problemsOf(() => parseAgreement(zero))).toEqual([
      ['parties[1].population', 'invalid_type'],
    ]);
  });
});

describe('parseAgreement: the consistency checks read only what is well formed', () => {
  /** The schema's problems alone, worded and ordered as parseAgreement words and orders them. */
  const schemaOnly = (file: unknown) =>
    new AgreementInputError(schemaProblems(AgreementSchema.safeParse(file), file)).problems;

  it('a file whose related fields all have the wrong type gets the schema’s problems and no others', () => {
    const file = small();
    const [organ] = file.organs as [
      Record<string, unknown> & { matters: Record<string, unknown>[] },
    ];
    const broken = {
      ...file,
      parties: ['0001', file.parties[1]],
      costKeys: [
        { kind: 'population', validFrom: 20250101, clause: 2, statedTable: { percents: ['50'] } },
        { kind: 'population', validFrom: 20250101, clause: '§2' },
      ],
      regions: [
        { id: 7, name: 'Nord', municipalities: [1] },
        { id: 7, name: 'Sør', municipalities: [1] },
      ],
      organs: [
        {
          ...organ,
          id: 7,
          clause: 1,
          abstention: { allowed: true, note: 'stemmeplikt', allowedByReading: ['ma-stemme'] },
          chair: {
            title: 'leder',
            clause: '§1',
            standIn: { note: 'stemmeplikt', castingVote: ['ma-stemme'] },
          },
          matters: [
            {
              ...organ.matters[0],
              id: 7,
              reading: { note: 'stemmeplikt', rules: ['ma-stemme'] },
              candidateProtected: { clause: 2, note: 7 },
            },
          ],
        },
      ],
      clauses: [{ ref: 1, title: 'Partene', text: '' }, ...file.clauses],
      interpretations: [{ ...file.interpretations[0], clauses: [1, '§2'], readingId: 7 }],
      lifecycle: { ...file.lifecycle, withdrawal: { notice: { months: 12 }, clause: 1 } },
      partiesClause: 1,
    };
    const problems = catchInputError(() => parseAgreement(broken)).problems;
    expect(problems).toEqual(schemaOnly(broken));
    expect(problems.length).toBeGreaterThan(15);
  });

  it('parties, keys, organs, regions and notes that are not lists are the schema’s problems only', () => {
    const broken = {
      ...small(),
      parties: 'Aby og Bby',
      costKeys: { kind: 'population' },
      organs: 'styret',
      regions: 'nord',
      interpretations: 'ingen',
      lifecycle: { calendar: 'årlig' },
    };
    expect(catchInputError(() => parseAgreement(broken)).problems).toEqual(schemaOnly(broken));
  });

  it('no parties and a population key: the list is too short, and no total of 0 is claimed', () => {
    const broken = { ...small(), parties: [], regions: [], partiesClause: undefined };
    delete (broken as Record<string, unknown>)['partiesClause'];
    expect(problemsOf(() => parseAgreement(broken))).toEqual([['parties', 'too_small']]);
  });

  it('a reading the note does not have: the message lists the readings it has', () => {
    const file = small();
    const [organ] = file.organs as [
      Record<string, unknown> & { matters: Record<string, unknown>[] },
    ];
    organ.matters = [
      {
        ...organ.matters[0],
        reading: {
          note: 'stemmeplikt',
          rules: {
            'ma-stemme': { kind: 'consensus', clause: '§1' },
            'kan-avsta': { kind: 'consensus', clause: '§1' },
            flertall: { kind: 'consensus', clause: '§1' },
          },
        },
      },
    ];
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'organs[0].matters[0].reading.note',
        code: 'unknown_reading',
        message: 'note "stemmeplikt" has no reading "flertall" (it has: ma-stemme, kan-avsta)',
      },
    ]);
  });

  it('admission, amendment and dissolution must name a body the agreement has, and a matter of it', () => {
    const file = small();
    const { lifecycle } = file;
    const typos = {
      ...file,
      lifecycle: {
        ...lifecycle,
        admission: { ...lifecycle.admission, organ: 'styret' },
        amendment: { ...lifecycle.amendment, organ: 'representantskap', matter: 'endring' },
      },
    };
    expect(catchInputError(() => parseAgreement(typos)).problems).toEqual([
      {
        path: 'lifecycle.admission.organ',
        code: 'unknown_organ',
        message: 'names body "styret", which is not among the agreement\'s organs',
      },
      {
        path: 'lifecycle.amendment.matter',
        code: 'unknown_matter',
        message: 'names matter "endring", which is not among the matters of "representantskap"',
      },
    ]);
  });

  it('a malformed id of a body or matter, or of the reference to one, gives only the schema’s problem', () => {
    const file = small();
    const [organ] = file.organs as [
      Record<string, unknown> & { matters: Record<string, unknown>[] },
    ];
    const { lifecycle } = file;
    const ID = 'must be an id of lowercase letters, digits and hyphens';
    // A second body whose id is malformed: what "styret" names cannot be known.
    const twoBodies = {
      ...file,
      organs: [organ, { ...organ, id: 'Styret' }],
      lifecycle: { ...lifecycle, admission: { ...lifecycle.admission, organ: 'styret' } },
    };
    expect(problemsOf(() => parseAgreement(twoBodies))).toEqual([
      ['organs[1].id', 'invalid_format'],
    ]);
    // A second matter whose id is malformed, and the admission naming it as it was meant.
    const twoMatters = {
      ...file,
      organs: [{ ...organ, matters: [...organ.matters, { ...organ.matters[0], id: 'Opptak' }] }],
      lifecycle: { ...lifecycle, admission: { ...lifecycle.admission, matter: 'opptak' } },
    };
    expect(problemsOf(() => parseAgreement(twoMatters))).toEqual([
      ['organs[0].matters[1].id', 'invalid_format'],
    ]);
    // A reference to a matter that is not text.
    const notText = {
      ...file,
      lifecycle: { ...lifecycle, admission: { ...lifecycle.admission, matter: 7 } },
    };
    expect(catchInputError(() => parseAgreement(notText)).problems).toEqual([
      { path: 'lifecycle.admission.matter', code: 'invalid_type', message: ID },
    ]);
    // References that are malformed ids, bodies that are not a list, matters that are not a list.
    const only = (changed: Record<string, unknown>) =>
      problemsOf(() => parseAgreement({ ...file, ...changed }));
    const admission = (change: Record<string, unknown>) => ({
      lifecycle: { ...lifecycle, admission: { ...lifecycle.admission, ...change } },
    });
    expect(only(admission({ organ: 'Styret' }))).toEqual([
      ['lifecycle.admission.organ', 'invalid_format'],
    ]);
    expect(only(admission({ matter: 'Budsjett' }))).toEqual([
      ['lifecycle.admission.matter', 'invalid_format'],
    ]);
    expect(only({ organs: 'representantskap' })).toEqual([['organs', 'invalid_type']]);
    // No bodies at all is well formed, and then every body the lifecycle names is unknown.
    const { organs: _, ...noOrgans } = file;
    expect(problemsOf(() => parseAgreement(noOrgans))).toEqual([
      ['lifecycle.admission.organ', 'unknown_organ'],
    ]);
    expect(only({ organs: [{ ...organ, matters: 'budsjett' }] })).toEqual([
      ['organs[0].matters', 'invalid_type'],
    ]);
  });

  it('a reading id that repeats the chosen reading is named with it', () => {
    const file = small();
    const [note] = file.interpretations as Record<string, unknown>[];
    file.interpretations = [
      {
        ...note,
        alternatives: [{ id: 'ma-stemme', reading: 'Ja.', consequence: 'Som valgt.' }],
      },
    ];
    expect(catchInputError(() => parseAgreement(file)).problems).toContainEqual({
      path: 'interpretations[0].alternatives[0].id',
      code: 'duplicate_reading',
      message: 'duplicate reading ma-stemme: already the id of interpretations[0].readingId',
    });
  });

  it('an organ or a matter listed twice: the message names the first listing', () => {
    const file = small();
    const [organ] = file.organs as [
      Record<string, unknown> & { matters: Record<string, unknown>[] },
    ];
    organ.matters = [organ.matters[0] ?? {}, { ...organ.matters[0], name: 'Budsjett igjen' }];
    file.organs = [organ, { ...organ, name: 'Representantskapet igjen', matters: [] }];
    expect(catchInputError(() => parseAgreement(file)).problems).toEqual([
      {
        path: 'organs[0].matters[1].id',
        code: 'duplicate_matter',
        message: 'duplicate matter budsjett: already listed as organs[0].matters[0]',
      },
      {
        path: 'organs[1].id',
        code: 'duplicate_organ',
        message: 'duplicate organ representantskap: already listed as organs[0]',
      },
    ]);
  });

  it('dates are put in order only when both exist in the calendar', () => {
    const file = small();
    const party = (n: string, membership: Record<string, string>) => ({
      municipality: { number: n, name: `Kommune ${n}` },
      population: 10,
      membership,
    });
    file.parties = [
      ...file.parties,
      party('0003', { joined: '2025-02-30', withdrawn: '2025-01-01' }),
      party('0004', { joined: '2025-02-30', noticeSentOn: '2025-01-01' }),
      party('0005', { joined: '2025-01-01', noticeSentOn: '2025-13-01', withdrawn: '2025-06-01' }),
    ];
    expect(
      problemsOf(() =>
        parseAgreement({ ...file, validFrom: '2025-02-30', validUntil: '2025-01-01' }),
      ),
    ).toEqual([
      ['parties[2].membership.joined', 'invalid_format'],
      ['parties[3].membership.joined', 'invalid_format'],
      ['parties[4].membership.noticeSentOn', 'invalid_format'],
      ['validFrom', 'invalid_format'],
    ]);
  });

  it('a population that is not a whole number ≥ 0 does not count towards a total of 0', () => {
    const file = small();
    const withPopulations = (a: unknown, b: unknown) => ({
      ...file,
      parties: [
        { ...file.parties[0], population: a },
        { ...file.parties[1], population: b },
      ],
    });
    expect(problemsOf(() => parseAgreement(withPopulations(5, -5)))).toEqual([
      ['parties[1].population', 'too_small'],
    ]);
    expect(problemsOf(() => parseAgreement(withPopulations(0, null)))).toEqual([
      ['parties[1].population', 'invalid_type'],
    ]);
  });

  it('a note’s reading ids are those given as text: a readingId that is not text is not offered', () => {
    const file = small();
    file.interpretations = [{ ...file.interpretations[0], readingId: 7 }];
    const problems = catchInputError(() => parseAgreement(file)).problems;
    expect(problems.filter((p) => p.path === 'organs[0].abstention.note')).toEqual([
      {
        path: 'organs[0].abstention.note',
        code: 'unknown_reading',
        message: 'note "stemmeplikt" has no reading "ma-stemme" (it has: kan-avsta)',
      },
    ]);
  });
});

describe('withdrawal timing and the new party’s share: every field optional, each mistake named', () => {
  const withLifecycle = (
    withdrawal: Record<string, unknown>,
    admission: Record<string, unknown> = {},
  ) => {
    const file = small();
    return {
      ...file,
      lifecycle: {
        ...file.lifecycle,
        withdrawal: { ...file.lifecycle.withdrawal, ...withdrawal },
        admission: { ...file.lifecycle.admission, ...admission },
      },
    };
  };

  it('a file with every new field parses', () => {
    const parsed = parseAgreement(
      withLifecycle(
        {
          notice: { years: 2 },
          countedFrom: 'received',
          takesEffect: 'end-of-calendar-year',
          minimumMembership: { months: 18, clause: '§2' },
          statute: 'kommuneloven-1992-27-3',
          extraCostsCharged: false,
        },
        { newcomerShare: { by: 'population', populationDate: '2025-01-01', clause: '§2' } },
      ),
    );
    expect(parsed.lifecycle?.withdrawal?.notice).toEqual({ years: 2 });
    expect(parsed.lifecycle?.admission?.newcomerShare?.by).toBe('population');
  });

  it('each wrong value is named with what it must be', () => {
    const error = catchInputError(() =>
      parseAgreement(
        withLifecycle(
          {
            notice: { weeks: 2 },
            countedFrom: 'posted',
            takesEffect: 'soon',
            minimumMembership: { days: 3, clause: '§1' },
            statute: 'law',
          },
          { newcomerShare: { by: 'lot' } },
        ),
      ),
    );
    expect(error.problems.map((p) => [p.path, p.message])).toEqual([
      ['lifecycle.admission.newcomerShare.by', 'must be "key", "population" or "stated-table"'],
      ['lifecycle.withdrawal.countedFrom', 'must be "sent" or "received"'],
      [
        'lifecycle.withdrawal.minimumMembership.days',
        'is not a known field (check the spelling against the JSON Schema in schema/)',
      ],
      ['lifecycle.withdrawal.minimumMembership.months', 'is required'],
      ['lifecycle.withdrawal.notice.months', 'is required'],
      [
        'lifecycle.withdrawal.notice.weeks',
        'is not a known field (check the spelling against the JSON Schema in schema/)',
      ],
      [
        'lifecycle.withdrawal.statute',
        'must be one of "kommuneloven-1992-27-3", "iks-loven-30", "none"',
      ],
      [
        'lifecycle.withdrawal.takesEffect',
        'must be "end-of-period", "next-1-january" or "end-of-calendar-year"',
      ],
    ]);
  });
});

describe('sources: the documents the data is taken from', () => {
  const base = () => JSON.parse(JSON.stringify(small())) as Record<string, unknown>;
  const messages = (sources: unknown) =>
    catchInputError(() => parseAgreement({ ...base(), sources })).problems.map(
      (p) => `${p.path}: ${p.message}`,
    );

  it('takes a title, and a date, an address and a note only where the document gives them', () => {
    const sources = [
      {
        title: 'Avtalen',
        date: '2016-05-18',
        url: 'https://example.org/avtale.pdf',
        about: 'Avtaleteksten.',
      },
      { title: 'Nyhetssak', url: 'http://example.org/sak' },
      { title: 'Saksframlegg' },
    ];
    expect(parseAgreement({ ...base(), sources }).sources).toEqual(sources);
    expect(parseAgreement(base()).sources).toBeUndefined();
  });

  it('names each mistake: an empty or missing title, a day that does not exist, an address that is not one, too long a text', () => {
    expect(
      messages([
        { title: '' },
        { url: 'https://example.org' },
        { title: 'a', date: '2016-02-30' },
        { title: 'a', url: 'example.org/avtale' },
        { title: 'a', url: 'https://exa mple.org' },
        { title: 'a', url: `https://example.org/${'x'.repeat(481)}` },
        { title: 'x'.repeat(301) },
        { title: 'a', about: 'x'.repeat(1001) },
        { title: 'a', other: 1 },
        { title: 5 },
        { title: 'a', url: 5, about: 5 },
      ]),
    ).toEqual([
      'sources[0].title: must not be empty',
      'sources[1].title: is required',
      'sources[2].date: must be a date YYYY-MM-DD that exists in the calendar',
      'sources[3].url: must be an address starting with https:// or http://',
      'sources[4].url: must be an address starting with https:// or http://',
      'sources[5].url: must be at most 500 characters',
      'sources[6].title: must be at most 300 characters',
      'sources[7].about: must be at most 1 000 characters',
      'sources[8].other: is not a known field (check the spelling against the JSON Schema in schema/)',
      'sources[9].title: must be the title of the document as text',
      'sources[10].about: must be text',
      'sources[10].url: must be an address starting with https:// or http://',
    ]);
    expect(messages(Array.from({ length: 51 }, () => ({ title: 'a' })))).toEqual([
      expect.stringMatching(/^sources: must (?:have|list|hold) at most 50/),
    ]);
    expect(messages('Avtalen')).toEqual([expect.stringMatching(/^sources: /)]);
  });
});
