import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../src/model/events.js';
import { parseMeeting } from '../../src/model/meeting.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { parseRegions } from '../../src/model/parse-regions.js';
import { small } from '../fixtures/small-agreement.js';
import { catchInputError } from '../helpers/errors.js';

type Path = readonly (string | number)[];

/** A copy of `file` with the value at `path` replaced (a missing last key is added). */
function withValue(file: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(file) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) as string | number] = value;
  return copy;
}

const problems = (fn: () => unknown) =>
  catchInputError(fn).problems.map((p) => [p.path, p.code, p.message]);

const ID = 'must be an id of lowercase letters, digits and hyphens';
const LEGAL_FORMS =
  'must be one of: "interkommunalt-politisk-rad", "kommunalt-oppgavefellesskap", "vertskommunesamarbeid", "interkommunalt-selskap", "aksjeselskap", "samvirkeforetak", "forening", "avtalebasert-samarbeid", "interkommunalt-styre-1992", "administrativt-vertskommunesamarbeid-1992", "vertskommunesamarbeid-med-nemnd-1992"';

/**
 * One wrong value at a time in a valid agreement file, and the one problem it
 * must give: the path, zod's code, and the message written for that field.
 */
const note = small().interpretations[0] as Record<string, unknown>;
const agreementCases: [Path, unknown, string, string, string][] = [
  [['id'], 7, 'id', 'invalid_type', `${ID}, e.g. "legevakt-nord"`],
  [['id'], 'Liten', 'id', 'invalid_format', `${ID}, e.g. "legevakt-nord"`],
  [['id'], 'a'.repeat(81), 'id', 'too_big', 'must be at most 80 characters'],
  [['title'], 7, 'title', 'invalid_type', 'must be the title as text'],
  [['title'], '', 'title', 'too_small', 'must not be empty'],
  [['title'], 'a'.repeat(301), 'title', 'too_big', 'must be at most 300 characters'],
  [
    ['lifecycle', 'admission', 'conditions'],
    [{ id: 'Medlemskap', text: 'er medlem', clause: '§1', protects: false }],
    'lifecycle.admission.conditions[0].id',
    'invalid_format',
    'must be an id of lowercase letters, digits and hyphens',
  ],
  [['legalForm'], 'iks', 'legalForm', 'invalid_value', LEGAL_FORMS],
  [['$schema'], 7, '$schema', 'invalid_type', 'must be the address of the JSON Schema as text'],
  [['$comment'], 'én linje', '$comment', 'invalid_type', 'must be a list of lines of text'],
  [['$comment'], ['ok', 7], '$comment[1]', 'invalid_type', 'must be text'],
  [['legalBasis'], 19, 'legalBasis', 'invalid_type', 'must be text'],
  [
    ['validFrom'],
    '2025-02-29',
    'validFrom',
    'invalid_format',
    'must be a date YYYY-MM-DD that exists in the calendar',
  ],
  [
    ['clauses', 2],
    { ref: 7, title: '', text: '' },
    'clauses[2].ref',
    'invalid_type',
    'must be a clause reference as text, e.g. "§9"',
  ],
  [
    ['clauses', 2],
    { ref: '', title: '', text: '' },
    'clauses[2].ref',
    'too_small',
    'must not be empty',
  ],
  [
    ['clauses', 2],
    { ref: `§${'1'.repeat(40)}`, title: '', text: '' },
    'clauses[2].ref',
    'too_big',
    'must be at most 40 characters',
  ],
  [
    ['clauses', 0, 'title'],
    7,
    'clauses[0].title',
    'invalid_type',
    'must be the clause heading as text',
  ],
  [
    ['clauses', 0, 'title'],
    'x'.repeat(301),
    'clauses[0].title',
    'too_big',
    'must be at most 300 characters',
  ],
  [
    ['clauses', 0, 'notComputable'],
    false,
    'clauses[0].notComputable',
    'invalid_type',
    'must say, in bokmål, why the clause cannot be computed',
  ],
  [['clauses', 0, 'text'], 7, 'clauses[0].text', 'invalid_type', 'must be the clause text'],
  [
    ['clauses', 0, 'text'],
    'x'.repeat(100_001),
    'clauses[0].text',
    'too_big',
    'must be at most 100 000 characters',
  ],
  [
    ['parties', 0, 'municipality', 'name'],
    7,
    'parties[0].municipality.name',
    'invalid_type',
    'must be the municipality name as text',
  ],
  [
    ['parties', 0, 'municipality', 'name'],
    '',
    'parties[0].municipality.name',
    'too_small',
    'must not be empty',
  ],
  [
    ['parties', 0, 'municipality', 'name'],
    'x'.repeat(101),
    'parties[0].municipality.name',
    'too_big',
    'must be at most 100 characters',
  ],
  [
    ['parties', 0, 'population'],
    100_000_001,
    'parties[0].population',
    'too_big',
    'must be at most 100 000 000',
  ],
  [['parties', 0, 'region'], 7, 'parties[0].region', 'invalid_type', 'must be a region id as text'],
  [['parties', 0, 'region'], '', 'parties[0].region', 'too_small', 'must not be empty'],
  [
    ['parties', 0, 'roles'],
    ['leder'],
    'parties[0].roles[0]',
    'invalid_value',
    'must be "kontorkommune", "vertskommune" or "ledende-kommune"',
  ],
  [
    ['costKeys', 0],
    { kind: 'share', validFrom: '2025-01-01', clause: '§2' },
    'costKeys[0].kind',
    'invalid_union',
    'must be a cost key with a known "kind" ("population", "fixed-and-population", "per-inhabitant", "stated-shares", "parts")',
  ],
  [
    ['costKeys', 0, 'serviceArea'],
    7,
    'costKeys[0].serviceArea',
    'invalid_type',
    'must be a service area id of lowercase letters, digits and hyphens',
  ],
  [
    ['costKeys', 0, 'serviceArea'],
    'Kemner',
    'costKeys[0].serviceArea',
    'invalid_format',
    'must be a service area id of lowercase letters, digits and hyphens',
  ],
  [
    ['costKeys', 0, 'statedTable'],
    { name: 9 },
    'costKeys[0].statedTable.name',
    'invalid_type',
    'must be the name of the table, e.g. "Tabell 9.1"',
  ],
  [
    ['costKeys', 0, 'statedTable'],
    { name: '' },
    'costKeys[0].statedTable.name',
    'too_small',
    'must not be empty',
  ],
  [
    ['costKeys', 0, 'statedTable'],
    { percents: { '0001': 50 } },
    'costKeys[0].statedTable.percents["0001"]',
    'invalid_type',
    'must be a percentage as a dot-decimal string, e.g. "40.07"',
  ],
  [
    ['costKeys', 0, 'statedTable'],
    { percents: { '0001': '100.5' } },
    'costKeys[0].statedTable.percents["0001"]',
    'invalid_format',
    'must be a percentage from 0 to 100 as a dot-decimal string, e.g. "40.07"',
  ],
  [
    ['costKeys', 0, 'statedTable'],
    { totalPopulation: 1.5 },
    'costKeys[0].statedTable.totalPopulation',
    'invalid_type',
    'must be a whole number ≥ 0',
  ],
  [
    ['costKeys', 0, 'statedTable'],
    { totalPopulation: -1 },
    'costKeys[0].statedTable.totalPopulation',
    'too_small',
    'must be a whole number ≥ 0',
  ],
  [
    ['costKeys', 0, 'statedTable'],
    { totalPopulation: 1_000_000_000_001 },
    'costKeys[0].statedTable.totalPopulation',
    'too_big',
    'must be at most 1 000 000 000 000',
  ],
  [
    ['costKeys', 0],
    { kind: 'per-inhabitant', validFrom: '2025-01-01', clause: '§2', ratePerInhabitant: 2 },
    'costKeys[0].ratePerInhabitant',
    'invalid_type',
    'must be an amount in NOK, e.g. "2.00"',
  ],
  [
    ['costKeys', 0],
    { kind: 'per-inhabitant', validFrom: '2025-01-01', clause: '§2', ratePerInhabitant: '2.001' },
    'costKeys[0].ratePerInhabitant',
    'invalid_format',
    'must be an amount in NOK, e.g. "2.00"',
  ],
  [
    ['costKeys', 0],
    { kind: 'stated-shares', validFrom: '2025-01-01', clause: '§2', shares: { '0001': 1 } },
    'costKeys[0].shares["0001"]',
    'invalid_type',
    'must be a percentage like "40.07" or a fraction like "1/3"',
  ],
  [
    ['costKeys', 0],
    { kind: 'stated-shares', validFrom: '2025-01-01', clause: '§2', shares: { '0001': '1/0' } },
    'costKeys[0].shares["0001"]',
    'invalid_format',
    'must be a percentage like "40.07" or a fraction like "1/3"',
  ],
  [
    ['serviceAreas'],
    [{ id: 'Kemner', name: 'Kemner', clause: '§1', participants: null }],
    'serviceAreas[0].id',
    'invalid_format',
    ID,
  ],
  [
    ['serviceAreas'],
    [{ id: 7, name: 'Kemner', clause: '§1', participants: null }],
    'serviceAreas[0].id',
    'invalid_type',
    ID,
  ],
  [
    ['regions', 0, 'id'],
    7,
    'regions[0].id',
    'invalid_type',
    'must be a region id of lowercase letters, digits and hyphens',
  ],
  [
    ['regions', 0, 'id'],
    'Nord',
    'regions[0].id',
    'invalid_format',
    'must be a region id of lowercase letters, digits and hyphens',
  ],
  [['regions', 0, 'name'], 7, 'regions[0].name', 'invalid_type', 'must be text'],
  [
    ['regions', 0, 'municipalities'],
    [],
    'regions[0].municipalities',
    'too_small',
    'must list at least one municipality',
  ],
  [['interpretations', 1], { ...note, id: 'Annen' }, 'interpretations[1].id', 'invalid_format', ID],
  [['interpretations', 1], { ...note, id: 7 }, 'interpretations[1].id', 'invalid_type', ID],
  [
    ['interpretations', 1],
    { ...note, id: 'annen', readingId: 'Ma' },
    'interpretations[1].readingId',
    'invalid_format',
    ID,
  ],
  [
    ['interpretations', 1],
    { ...note, id: 'annen', alternatives: [{ id: 7, reading: 'Nei.', consequence: 'Ingen.' }] },
    'interpretations[1].alternatives[0].id',
    'invalid_type',
    ID,
  ],
  [
    ['interpretations', 0, 'clauses'],
    [],
    'interpretations[0].clauses',
    'too_small',
    'must name at least one clause',
  ],
  [
    ['interpretations', 0, 'question'],
    7,
    'interpretations[0].question',
    'invalid_type',
    'must be text',
  ],
  [
    ['interpretations', 0, 'question'],
    '',
    'interpretations[0].question',
    'too_small',
    'must not be empty',
  ],
  [
    ['interpretations', 0, 'question'],
    'x'.repeat(2001),
    'interpretations[0].question',
    'too_big',
    'must be at most 2000 characters',
  ],
  [
    ['interpretations', 0, 'reading'],
    'x'.repeat(4001),
    'interpretations[0].reading',
    'too_big',
    'must be at most 4000 characters',
  ],
  [
    ['interpretations', 0, 'alternatives', 0, 'consequence'],
    '',
    'interpretations[0].alternatives[0].consequence',
    'too_small',
    'must not be empty',
  ],
  [
    ['lifecycle', 'calendar', 0, 'who'],
    7,
    'lifecycle.calendar[0].who',
    'invalid_type',
    'must be text',
  ],
  [['lifecycle', 'calendar', 0, 'id'], 'Rapport', 'lifecycle.calendar[0].id', 'invalid_format', ID],
  [['lifecycle', 'admission', 'organ'], 7, 'lifecycle.admission.organ', 'invalid_type', ID],
  [
    ['lifecycle', 'calendar', 0, 'due', 'month'],
    2.5,
    'lifecycle.calendar[0].due.month',
    'invalid_type',
    'must be a month 1–12',
  ],
  [
    ['lifecycle', 'calendar', 0, 'due', 'day'],
    'first',
    'lifecycle.calendar[0].due.day',
    'invalid_union',
    'must be a day 1–31 or "last"',
  ],
  [['organs', 0, 'id'], 'Styret', 'organs[0].id', 'invalid_format', ID],
  [['organs', 0, 'id'], 7, 'organs[0].id', 'invalid_type', ID],
  [['organs', 0, 'name'], 7, 'organs[0].name', 'invalid_type', 'must be text'],
  [['organs', 0, 'name'], '', 'organs[0].name', 'too_small', 'must not be empty'],
  [
    ['organs', 0, 'quorum', 'fraction', 'numerator'],
    0.5,
    'organs[0].quorum.fraction.numerator',
    'invalid_type',
    'must be a whole number ≥ 1',
  ],
  [
    ['organs', 0, 'quorum', 'fraction', 'denominator'],
    'to',
    'organs[0].quorum.fraction.denominator',
    'invalid_type',
    'must be a whole number ≥ 1',
  ],
  [
    ['organs', 0, 'name'],
    'a'.repeat(301),
    'organs[0].name',
    'too_big',
    'must be at most 300 characters',
  ],
  [
    ['interpretations', 0, 'alternatives'],
    [
      ...(note['alternatives'] as unknown[]),
      ...Array.from({ length: 20 }, (_, i) => ({ reading: `${i}`, consequence: '-' })),
    ],
    'interpretations[0].alternatives',
    'too_big',
    'must list at most 20 entries',
  ],
  [
    ['organs', 0, 'quorum', 'fraction'],
    { numerator: 3, denominator: 2 },
    'organs[0].quorum.fraction',
    'custom',
    'must be a fraction from 0 to 1 (numerator ≤ denominator)',
  ],
  [
    ['organs', 0, 'quorum'],
    { kind: 'half' },
    'organs[0].quorum.kind',
    'invalid_union',
    'must be a quorum rule with kind "none", "fraction-present" or "all-seats"',
  ],
  [
    ['organs', 0, 'matters', 0, 'rule', 'tie'],
    'coin',
    'organs[0].matters[0].rule.tie',
    'invalid_value',
    'must be "chair-decides", "rejected" or "lot"',
  ],
  [
    ['organs', 0, 'matters', 0, 'rule'],
    { kind: 'unanimity', of: 'all', clause: '§1' },
    'organs[0].matters[0].rule.of',
    'invalid_value',
    'must be "all-seats" or "present"',
  ],
  [
    ['organs', 0, 'matters', 0, 'rule'],
    {
      kind: 'qualified-majority',
      fraction: { numerator: 2, denominator: 3 },
      of: 'present',
      clause: '§1',
    },
    'organs[0].matters[0].rule.of',
    'invalid_value',
    'must be "votes-cast" or "all-seats"',
  ],
  [
    ['organs', 0, 'matters', 0, 'rule'],
    { kind: 'majority', clause: '§1' },
    'organs[0].matters[0].rule.kind',
    'invalid_union',
    'must be a decision rule with kind "simple-majority", "unanimity", "consensus", "consensus-else-chair", "qualified-majority", "weighted-majority" or "all-of"',
  ],
  [
    ['organs', 0, 'termYears', 'of'],
    'board',
    'organs[0].termYears.of',
    'invalid_value',
    'must be "members" or "chair"',
  ],
];

describe('each field of an agreement file has its own message', () => {
  it('a field without a message of its own says what type it must be, with "a" or "an"', () => {
    const file = small();
    expect(
      problems(() =>
        parseAgreement({
          ...file,
          obligations: [{ who: 7, duty: 'Regnskap', clause: '§1' }],
          organs: [{ ...file.organs[0], deputies: { allowed: 'ja' } }],
          costKeys: { '0': file.costKeys[0] },
        }),
      ),
    ).toEqual([
      ['costKeys', 'invalid_type', 'must be an array'],
      ['obligations[0].who', 'invalid_type', 'must be a string'],
      ['organs[0].deputies.allowed', 'invalid_type', 'must be a boolean'],
    ]);
  });

  // The titles name the path and the code, not the value: some values are 100 000 characters long.
  it.each(
    agreementCases.map(([path, value, at, code, message]) => ({ path, value, at, code, message })),
  )('$at: $code, "$message"', ({ path, value, at, code, message }) => {
    expect(problems(() => parseAgreement(withValue(small(), path, value)))).toEqual([
      [at, code, message],
    ]);
  });

  it('a quorum fraction has a numerator and denominator of 1 to 1 000, and is at most 1', () => {
    const at = ['organs', 0, 'quorum', 'fraction'] as const;
    const FRACTION = 'must be a fraction from 0 to 1 (numerator ≤ denominator)';
    expect(problems(() => parseAgreement(withValue(small(), [...at, 'numerator'], 1001)))).toEqual([
      ['organs[0].quorum.fraction', 'custom', FRACTION],
      ['organs[0].quorum.fraction.numerator', 'too_big', 'must be at most 1 000'],
    ]);
    expect(problems(() => parseAgreement(withValue(small(), [...at, 'denominator'], 0)))).toEqual([
      ['organs[0].quorum.fraction', 'custom', FRACTION],
      ['organs[0].quorum.fraction.denominator', 'too_small', 'must be at least 1'],
    ]);
  });

  it('a field that is missing is "required"; one that is not known says how to check the spelling', () => {
    const { title: _, ...file } = { ...small(), titel: 'Liten avtale' };
    expect(problems(() => parseAgreement(file))).toEqual([
      [
        'titel',
        'unknown_field',
        'is not a known field (check the spelling against the JSON Schema in schema/)',
      ],
      ['title', 'required', 'is required'],
    ]);
    expect(
      problems(() =>
        parseAgreement({ ...small(), costKeys: [{ validFrom: '2025-01-01', clause: '§2' }] }),
      ),
    ).toEqual([['costKeys[0].kind', 'required', 'is required']]);
    expect(problems(() => parseMeeting({ date: '2025-03-12', presiding: '0001' }))).toEqual([
      ['attendance', 'required', 'is required'],
      ['ballots', 'required', 'is required'],
    ]);
  });

  it('parties: at least one, and at most 10 000 (one per kommunenummer)', () => {
    const file = { ...small(), costKeys: [], regions: [], partiesClause: undefined };
    delete (file as Record<string, unknown>)['partiesClause'];
    expect(problems(() => parseAgreement({ ...file, parties: [] }))).toEqual([
      ['parties', 'too_small', 'must list at least one party'],
    ]);
    const party = (small().parties[0] ?? {}) as Record<string, unknown>;
    const many = Array.from({ length: 10_001 }, () => party);
    expect(
      catchInputError(() => parseAgreement({ ...file, parties: many })).problems.find(
        (p) => p.path === 'parties',
      ),
    ).toEqual({
      path: 'parties',
      code: 'too_big',
      message: 'must list at most 10 000 parties (one per kommunenummer)',
    });
  });
});

describe('meeting, events and region files have their own messages', () => {
  const meeting = {
    date: '2025-03-12',
    presiding: '0001',
    attendance: { '0001': 'member' },
    ballots: { '0001': 'for' },
  };

  it.each<[Path, unknown, string, string, string]>([
    [
      ['presiding'],
      'Aby kommune',
      'presiding',
      'invalid_format',
      'must be a seat id: a kommunenummer, a region id or a named seat',
    ],
    [
      ['presiding'],
      1,
      'presiding',
      'invalid_type',
      'must be a seat id: a kommunenummer, a region id or a named seat',
    ],
    [
      ['presidingRole'],
      'chair',
      'presidingRole',
      'invalid_value',
      'must be "leader", "deputy-leader", "designee" or "other"',
    ],
    [
      ['attendance'],
      'all',
      'attendance',
      'invalid_union',
      'must map each attending seat to "member" or "deputy", or list { seat, as }',
    ],
    [
      ['attendance'],
      { '0001': 'guest' },
      'attendance["0001"]',
      'invalid_value',
      'must be "member" or "deputy"',
    ],
    [
      ['attendance'],
      [{ seat: '0001', as: 'guest' }],
      'attendance[0].as',
      'invalid_value',
      'must be "member" or "deputy"',
    ],
    [
      ['ballots'],
      'for',
      'ballots',
      'invalid_union',
      'must map each voting seat to "for", "against" or "abstain", or list { seat, vote }',
    ],
    [
      ['ballots'],
      { '0001': 'yes' },
      'ballots["0001"]',
      'invalid_value',
      'must be "for", "against" or "abstain"',
    ],
    [
      ['ballots'],
      [{ seat: 'Aby kommune', vote: 'for' }],
      'ballots[0].seat',
      'invalid_format',
      'must be a seat id: a kommunenummer, a region id or a named seat',
    ],
  ])('meeting %j = %j: %s %s', (path, value, at, code, message) => {
    expect(problems(() => parseMeeting(withValue(meeting, path, value)))).toEqual([
      [at, code, message],
    ]);
  });

  it('a limit without a word of its own on the type says what the limit is', () => {
    // Before, zod/mini had nothing to say here but "Invalid input".
    const file = withValue(small(), ['lifecycle', 'calendar', 0, 'due', 'day'], 32);
    expect(problems(() => parseAgreement(file))).toEqual([
      ['lifecycle.calendar[0].due.day', 'too_big', 'must be at most 31'],
    ]);
    const events = [
      {
        type: 'admission',
        party: { number: '0003', name: '', population: 10 },
        effectiveDate: '2026-01-01',
      },
    ];
    expect(problems(() => parseEvents(events))).toEqual([
      ['[0].party.name', 'too_small', 'must not be empty'],
    ]);
  });

  it('a meeting file is read as it is given', () => {
    expect(parseMeeting(meeting)).toEqual(meeting);
    const lists = {
      ...meeting,
      presidingRole: 'deputy-leader',
      attendance: [{ seat: '0001', as: 'deputy' }],
      ballots: [{ seat: '0001', vote: 'abstain' }],
    };
    expect(parseMeeting(lists)).toEqual(lists);
  });

  it('a region division lists at least one region, and says so', () => {
    expect(problems(() => parseRegions([]))).toEqual([
      ['', 'too_small', 'must list at least one region'],
    ]);
    expect(catchInputError(() => parseRegions([])).message).toBe(
      'Invalid regions (1 problem):\n  (input): must list at least one region',
    );
    expect(catchInputError(() => parseMeeting({})).message).toMatch(
      /^Invalid meeting \(4 problems\):\n/,
    );
  });
});
