import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../src/model/scenario.js';
import { SCENARIO_KINDS, ScenarioFileSchema } from '../../src/model/scenario-schema.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { schemaValidator } from '../helpers/json-schema.js';

const meeting = {
  date: '2025-03-12',
  presiding: '0001',
  attendance: { '0001': 'member' },
  ballots: { '0001': 'for' },
};

/** One valid scenario of each kind, every input and expected field given. */
const everyKind = [
  {
    $comment: 'Regnet ut for hånd.',
    name: 'fordeling',
    clause: '§2',
    split: {
      amount: '150.00',
      date: '2025-01-01',
      serviceArea: 'it',
      pool: 'drift',
      quantities: {
        saker: { period: { from: '2025-01-01', to: '2025-12-31' }, values: { '0001': '1' } },
      },
      readings: { stemmeplikt: 'ma-stemme' },
    },
    expect: {
      amount: 150,
      date: '2025-01-01',
      sum: '150',
      parties: { '0001': '100', '0003': null },
      reasons: ['cost_key_population §2'],
    },
  },
  {
    name: 'andeler',
    clause: '§2',
    shares: { date: '2025-01-01', liability: true },
    expect: {
      date: '2025-01-01',
      totalPopulation: 150,
      parties: { '0001': '66.67' },
      percentLargestRemainder: { '0001': 66.67 },
      percentSum: '100.00',
      percentLargestRemainderSum: '100.00',
      statedPercentSum: null,
      reasons: [],
    },
  },
  {
    name: 'vedtak',
    clause: '§1',
    decide: {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting,
      regions: [{ id: 'nord', name: 'Nord', municipalities: ['0001'] }],
    },
    expect: {
      quorate: true,
      adopted: true,
      tieBrokenByChair: false,
      decidedByChair: false,
      drawLots: false,
      councilsMustAdopt: false,
      presiding: '0001',
      tally: { seats: 2, present: 1, for: 1, against: 0, abstain: 0, absent: 1 },
      readings: { stemmeplikt: 'ma-stemme' },
    },
  },
  {
    name: 'uttreden',
    clause: '§1',
    withdraw: {
      party: '0002',
      noticeSentOn: '2025-03-01',
      noticeReceivedOn: '2025-03-02',
      extraCosts: 10,
    },
    expect: { effectiveDate: '2026-03-01', lastFinancedDate: '2026-02-28', sharesAfter: {} },
  },
  {
    name: 'oppgjør',
    clause: '§1',
    settle: {
      year: 2025,
      amount: '1 500,00',
      events: [{ type: 'withdrawal', party: '0002', effectiveDate: '2025-07-01' }],
      pool: 'drift',
    },
    expect: {
      amount: '1500',
      extraCosts: '0',
      sum: '1500',
      parties: { '0001': '1000' },
      shares: { '0001': '1000' },
      days: { '0002': 181 },
    },
  },
  {
    name: 'opptak',
    clause: '§1',
    admit: {
      municipality: { number: '0003', name: 'Cby' },
      population: 50,
      date: '2025-07-01',
      conditionsMet: { vedtak: true },
      statedShares: { '0001': '1/2' },
    },
    expect: {
      eligible: true,
      eligibility: 'met',
      protectedFromOpposition: null,
      conditions: { vedtak: 'met' },
      organ: 'representantskap',
      sharesAfter: { '0003': '25' },
    },
  },
  { name: 'feil', clause: '§2', split: { amount: '1.005' }, expect: { error: { code: 'x' } } },
];

describe('parseScenarioFile', () => {
  it('reads a file with one scenario of each kind, every field given, into the same data', () => {
    const file = {
      $schema: '../schema/scenario.json',
      $comment: 'x',
      agreement: 'liten',
      scenarios: everyKind,
    };
    expect(parseScenarioFile(file)).toEqual(file);
    expect(SCENARIO_KINDS).toEqual(['split', 'shares', 'decide', 'withdraw', 'settle', 'admit']);
  });

  it('lists every problem of the file and of each scenario at once, each with its path', () => {
    const error = catchInputError(() =>
      parseScenarioFile({
        agreement: '',
        extra: 1,
        scenarios: [
          { name: 'to slag', clause: '§1', split: {}, shares: {}, expect: {} },
          { name: 'ingen', clause: '§1', expect: {} },
          'tekst',
          {
            name: '',
            split: { amont: '1' },
            expect: { parties: { '0001': true, '50010': '1' }, sumx: 1 },
          },
          {
            name: 'feil forventet',
            clause: '§1',
            decide: { organ: 'a', matter: 'b', meeting: {} },
            expect: { error: { cod: 'x' } },
          },
          { name: 'mangler expect', clause: '§1', withdraw: { party: '0001' } },
          {
            name: 'ukjent utfall',
            clause: '§1',
            settle: { year: 2025.5 },
            expect: { adopted: true },
          },
        ],
      }),
    );
    expect(error.message.split('\n')[0]).toBe('Invalid scenario file (20 problems):');
    expect(error.problems.map((p) => [p.path, p.code])).toEqual([
      ['agreement', 'too_small'],
      ['extra', 'unknown_field'],
      ['scenarios[0]', 'several_scenario_kinds'],
      ['scenarios[1]', 'no_scenario_kind'],
      ['scenarios[2]', 'no_scenario_kind'],
      ['scenarios[3].clause', 'required'],
      ['scenarios[3].expect.parties["0001"]', 'invalid_union'],
      ['scenarios[3].expect.parties["50010"]', 'invalid_key'],
      ['scenarios[3].expect.sumx', 'unknown_field'],
      ['scenarios[3].name', 'too_small'],
      ['scenarios[3].split.amont', 'unknown_field'],
      ['scenarios[4].decide.meeting.attendance', 'required'],
      ['scenarios[4].decide.meeting.ballots', 'required'],
      ['scenarios[4].decide.meeting.date', 'required'],
      ['scenarios[4].decide.meeting.presiding', 'required'],
      ['scenarios[4].expect.error.cod', 'unknown_field'],
      ['scenarios[4].expect.error.code', 'required'],
      ['scenarios[5].expect', 'required'],
      ['scenarios[6].expect.adopted', 'unknown_field'],
      ['scenarios[6].settle.year', 'invalid_type'],
    ]);
    expect(error.problems.find((p) => p.code === 'several_scenario_kinds')?.message).toBe(
      'must hold exactly one of split, shares, decide, withdraw, settle, admit; it holds split, shares',
    );
    expect(error.problems.find((p) => p.path === 'scenarios[1]')?.message).toBe(
      'must hold exactly one of split, shares, decide, withdraw, settle, admit',
    );
  });

  it('an expect that is not an object is named itself', () => {
    expect(
      problemsOf(() =>
        parseScenarioFile({
          agreement: 'liten',
          scenarios: [
            { name: 'x', clause: '§1', split: {}, expect: 5 },
            { name: 'y', clause: '§1', split: {}, expect: { error: 'x' } },
          ],
        }),
      ),
    ).toEqual([
      ['scenarios[0].expect', 'invalid_type'],
      ['scenarios[1].expect.error', 'invalid_type'],
    ]);
  });

  it('a file that is not an object, or without scenarios, says so', () => {
    expect(problemsOf(() => parseScenarioFile(null))).toEqual([['', 'invalid_type']]);
    expect(problemsOf(() => parseScenarioFile({ agreement: 'liten', scenarios: [] }))).toEqual([
      ['scenarios', 'too_small'],
    ]);
    expect(problemsOf(() => parseScenarioFile({ scenarios: {} }))).toEqual([
      ['agreement', 'required'],
      ['scenarios', 'invalid_type'],
    ]);
  });
});

describe('schema/scenario.json read by a third-party validator (ajv, draft 2020-12, strict)', () => {
  const valid = schemaValidator('scenario');

  it('takes the file of every kind the parser takes', () => {
    const file = { agreement: 'liten', scenarios: everyKind };
    expect(valid(file)).toEqual([]);
    expect(ScenarioFileSchema.safeParse(file).success).toBe(true);
  });

  it('refuses a scenario of no kind, an unknown field in expect and an empty list', () => {
    expect(
      valid({ agreement: 'liten', scenarios: [{ name: 'x', clause: '§1', expect: {} }] }),
    ).not.toEqual([]);
    expect(
      valid({
        agreement: 'liten',
        scenarios: [{ name: 'x', clause: '§1', split: {}, expect: { adopted: true } }],
      }),
    ).not.toEqual([]);
    expect(valid({ agreement: 'liten', scenarios: [] })).toEqual([
      '/scenarios must NOT have fewer than 1 items',
    ]);
  });
});
