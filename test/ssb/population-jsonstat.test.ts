import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import {
  comparePopulationToParties,
  type PopulationTable,
  partiesWithPopulation,
  populationFromJsonStat,
} from '../../src/ssb/index.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

type Json = Record<string, unknown>;

const fixtureText = readFileSync(
  new URL('../fixtures/ssb-07459-jsonstat.json', import.meta.url),
  'utf8',
);

/** A fresh copy of the fixture, to change in a test. */
const answer = () =>
  JSON.parse(fixtureText) as Json & {
    id: string[];
    size: number[];
    value: (number | null)[];
    dimension: Record<string, { category: { index: unknown; label: Record<string, string> } }>;
    extension: { px: Json };
    role: Json;
  };

/** Tabell 9.1 of Helseplattformen (population per 1 January 2024); Stjørdal is illustrative. */
const expected: PopulationTable = {
  source: 'Statistisk sentralbyrå',
  table: '07459',
  updated: '2024-02-21T07:00:00Z',
  referenceDate: '2024-01-01',
  values: [
    { number: '3430', name: 'Os', population: 1891 },
    { number: '5001', name: 'Trondheim', population: 214_565 },
    { number: '5025', name: 'Røros', population: 5685 },
    { number: '5026', name: 'Holtålen', population: 2035 },
    { number: '5035', name: 'Stjørdal', population: 24_772 },
  ],
};

describe('populationFromJsonStat: decoding', () => {
  it('reads the SSB 07459 answer: dated, sourced, names without the Sami name, sorted', () => {
    const table = populationFromJsonStat(JSON.parse(fixtureText));
    expect(table).toEqual(expected);
    expect(table.source).toBe('Statistisk sentralbyrå');
    expect(table.referenceDate).toBe('2024-01-01');
    expect(table.values.find((row) => row.number === '5001')?.name).toBe('Trondheim');
  });

  it('does not modify its input', () => {
    const input = answer();
    populationFromJsonStat(input);
    expect(input).toEqual(JSON.parse(fixtureText));
  });

  it('reads category.index given as a list of codes', () => {
    const input = answer();
    const region = input.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    region.category.index = ['3430', '5001', '5025', '5026', '5035'];
    expect(populationFromJsonStat(input)).toEqual(expected);
  });

  it('reads category.index given as an object in any order, and sorts by kommunenummer', () => {
    const input = answer();
    const region = input.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    // Positions reversed; the values follow the positions.
    region.category.index = { '5035': 0, '5026': 1, '5025': 2, '5001': 3, '3430': 4 };
    input.value = [24_772, 2035, 5685, 214_565, 1891];
    expect(populationFromJsonStat(input)).toEqual(expected);
  });

  it('decodes row-major over several dimensions and picks the year asked for', () => {
    const input = answer();
    input.size = [5, 1, 2];
    const tid = input.dimension['Tid'];
    if (tid === undefined) throw new Error('fixture has no Tid');
    tid.category = { index: { '2023': 0, '2024': 1 }, label: { '2023': '2023', '2024': '2024' } };
    // Tid varies fastest: [3430 2023, 3430 2024, 5001 2023, 5001 2024, …].
    input.value = [1, 1891, 2, 214_565, 3, 5685, 4, 2035, 5, 24_772];
    expect(populationFromJsonStat(input, { year: '2024' })).toEqual(expected);
    expect(populationFromJsonStat(input, { year: '2023' }).values.map((r) => r.population)).toEqual(
      [1, 2, 3, 4, 5],
    );
    expect(populationFromJsonStat(input, { year: '2023' }).referenceDate).toBe('2023-01-01');
  });

  it('skips the whole country and counties, keeping four-digit kommunenummer only', () => {
    const input = answer();
    input.size = [7, 1, 1];
    const region = input.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    region.category.index = ['0', '50', '3430', '5001', '5025', '5026', '5035'];
    region.category.label = {
      ...region.category.label,
      '0': 'Hele landet',
      '50': 'Trøndelag - Trööndelage',
    };
    input.value = [9_999_999, 999_999, 1891, 214_565, 5685, 2035, 24_772];
    expect(populationFromJsonStat(input)).toEqual(expected);
  });

  it('skips a municipality SSB marks "." (it did not exist that year)', () => {
    const input = answer();
    input.value[4] = null;
    input['status'] = { '4': '.' };
    expect(populationFromJsonStat(input).values.map((row) => row.number)).toEqual([
      '3430',
      '5001',
      '5025',
      '5026',
    ]);
  });

  it('reads a sparse value object and status given as a list', () => {
    const input: Json = answer();
    input['value'] = { '0': 1891, '1': 214_565, '2': 5685, '3': 2035 };
    input['status'] = [null, null, null, null, '.'];
    expect(populationFromJsonStat(input).values).toEqual(expected.values.slice(0, 4));
  });

  it('takes updated as null when the answer has none', () => {
    const input = answer();
    delete input['updated'];
    expect(populationFromJsonStat(input).updated).toBeNull();
  });
});

describe('populationFromJsonStat: bad input', () => {
  it.each([
    ['a string', 'not JSON'],
    ['null', null],
    ['a list', [1, 2, 3]],
  ])('rejects %s as not JSON-stat', (_, input) => {
    expect(problemsOf(() => populationFromJsonStat(input))).toEqual([['', 'not_json_stat']]);
  });

  it('rejects another JSON-stat version, and a missing one', () => {
    const old = answer();
    old['version'] = '1.0';
    const error = catchInputError(() => populationFromJsonStat(old));
    expect(error.problems).toEqual([
      {
        path: 'version',
        code: 'invalid_value',
        message: 'must be "2.0": ask SSB for the format "json-stat2" (JSON-stat 2.0)',
      },
    ]);
    const none = answer();
    delete none['version'];
    expect(catchInputError(() => populationFromJsonStat(none)).problems).toEqual(error.problems);
  });

  it('rejects a JSON-stat 1 bundle, listing every missing field', () => {
    const bundle = { dataset: answer() };
    expect(problemsOf(() => populationFromJsonStat(bundle)).map(([path]) => path)).toEqual([
      'class',
      'dimension',
      'id',
      'size',
      'source',
      'value',
      'version',
    ]);
  });

  it('rejects a class other than dataset', () => {
    const input = answer();
    input['class'] = 'collection';
    expect(problemsOf(() => populationFromJsonStat(input))).toEqual([['class', 'invalid_value']]);
  });

  it('rejects value and size that do not match', () => {
    const input = answer();
    input.value = [1891, 214_565, 5685, 2035];
    const error = catchInputError(() => populationFromJsonStat(input));
    expect(error.problems).toEqual([
      { path: 'value', code: 'size_mismatch', message: 'has 4 values, but size [5, 1, 1] needs 5' },
    ]);
  });

  it('rejects a size that does not match the categories, and a size of the wrong length', () => {
    const input = answer();
    input.size = [6, 1, 1];
    expect(problemsOf(() => populationFromJsonStat(input))).toEqual([
      ['size[0]', 'size_mismatch'],
      ['value', 'size_mismatch'],
    ]);
    const short = answer();
    short.size = [5, 1];
    expect(problemsOf(() => populationFromJsonStat(short))).toEqual([['size', 'size_mismatch']]);
  });

  it('rejects a dimension that id names but dimension lacks', () => {
    const input = answer();
    delete input.dimension['Tid'];
    expect(problemsOf(() => populationFromJsonStat(input))).toEqual([
      ['dimension.Tid', 'missing_dimension'],
    ]);
  });

  it('rejects an answer without a region dimension (Region eliminated: the whole country)', () => {
    const input = answer();
    input.id = ['ContentsCode', 'Tid'];
    input.size = [1, 1];
    input.value = [5_550_203];
    input.role = { time: ['Tid'], metric: ['ContentsCode'] };
    delete input.dimension['Region'];
    expect(problemsOf(() => populationFromJsonStat(input))).toEqual([
      ['dimension.Region', 'missing_dimension'],
    ]);
  });

  it('rejects values that are not whole numbers ≥ 0, and missing values, listing all', () => {
    const input = answer();
    input.value = [1891.5, null, -1, 2035, 24_772];
    input['status'] = { '1': '..' };
    const error = catchInputError(() => populationFromJsonStat(input));
    expect(error.problems).toEqual([
      {
        path: 'value[0]',
        code: 'invalid_value',
        message: 'must be a whole number ≥ 0 (inhabitants of 3430 Os in 2024), got 1891.5',
      },
      {
        path: 'value[1]',
        code: 'missing_value',
        message: 'is missing (status ".."): no figure for 5001 Trondheim - Tråante in 2024',
      },
      {
        path: 'value[2]',
        code: 'invalid_value',
        message: 'must be a whole number ≥ 0 (inhabitants of 5025 Røros - Rosse in 2024), got -1',
      },
    ]);
  });

  it('rejects a null without a status, and a value that is not a number', () => {
    const input = answer();
    input.value[3] = null;
    expect(problemsOf(() => populationFromJsonStat(input))).toEqual([
      ['value[3]', 'missing_value'],
    ]);
    const text = answer() as Json;
    text['value'] = [1891, '214565', 5685, 2035, 24_772];
    expect(problemsOf(() => populationFromJsonStat(text))).toEqual([['value[1]', 'invalid_type']]);
  });

  it('rejects several years unless options.year chooses one, and a year the answer lacks', () => {
    const input = answer();
    input.size = [5, 1, 2];
    const tid = input.dimension['Tid'];
    if (tid === undefined) throw new Error('fixture has no Tid');
    tid.category = { index: ['2023', '2024'], label: { '2023': '2023', '2024': '2024' } };
    input.value = [1, 1891, 2, 214_565, 3, 5685, 4, 2035, 5, 24_772];
    const error = catchInputError(() => populationFromJsonStat(input));
    expect(error.problems).toEqual([
      {
        path: 'dimension.Tid.category.index',
        code: 'several_years',
        message: 'has 2 years (2023, 2024): choose one with options.year',
      },
    ]);
    expect(problemsOf(() => populationFromJsonStat(input, { year: '2025' }))).toEqual([
      ['options.year', 'unknown_year'],
    ]);
  });

  it('rejects sex or age kept in the query: one category is a part, not the total', () => {
    const input = answer();
    input.id = ['Region', 'Kjonn', 'ContentsCode', 'Tid'];
    input.size = [5, 1, 1, 1];
    input.dimension['Kjonn'] = {
      category: { index: { '2': 0 }, label: { '2': 'Kvinner' } },
    };
    const error = catchInputError(() => populationFromJsonStat(input));
    expect(error.problems).toEqual([
      {
        path: 'dimension.Kjonn',
        code: 'not_eliminated',
        message:
          'selects 1 category: "2" Kvinner, so the figures are a part, not the total: leave Kjonn out of the query and SSB sums over it',
      },
    ]);
  });

  it('rejects more than one statistics variable', () => {
    const input = answer();
    input.size = [5, 2, 1];
    const contents = input.dimension['ContentsCode'];
    if (contents === undefined) throw new Error('fixture has no ContentsCode');
    contents.category = {
      index: ['Personer1', 'Andel'],
      label: { Personer1: 'Personer', Andel: 'Andel' },
    };
    input.value = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(problemsOf(() => populationFromJsonStat(input))).toEqual([
      ['dimension.ContentsCode', 'not_singleton'],
    ]);
  });

  it('rejects another statbank table', () => {
    const input = answer();
    input.extension.px['tableid'] = '06913';
    expect(problemsOf(() => populationFromJsonStat(input))).toEqual([
      ['extension.px.tableid', 'wrong_table'],
    ]);
    const byLabel = answer() as Json;
    delete byLabel['extension'];
    byLabel['label'] = '05231: Beregnet folkemengde, etter region, statistikkvariabel og år';
    expect(problemsOf(() => populationFromJsonStat(byLabel))).toEqual([['label', 'wrong_table']]);
  });

  it('rejects a broken category.index: a repeated code, a position out of range', () => {
    const repeated = answer();
    const region = repeated.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    region.category.index = ['3430', '5001', '5025', '5001', '5035'];
    expect(problemsOf(() => populationFromJsonStat(repeated))).toEqual([
      ['dimension.Region.category.index[3]', 'duplicate_category'],
    ]);
    const outOfRange = answer();
    const region2 = outOfRange.dimension['Region'];
    if (region2 === undefined) throw new Error('fixture has no Region');
    region2.category.index = { '3430': 0, '5001': 1, '5025': 2, '5026': 3, '5035': 5 };
    expect(problemsOf(() => populationFromJsonStat(outOfRange))).toEqual([
      ['dimension.Region.category.index["5035"]', 'invalid_index'],
      ['size[0]', 'size_mismatch'],
    ]);
  });

  it('rejects a dimension named twice in id, and value keys that are not positions in the cube', () => {
    const twice = answer();
    twice.id = ['Region', 'ContentsCode', 'Region'];
    twice.size = [5, 1, 5];
    twice.value = Array.from({ length: 25 }, () => 1);
    expect(problemsOf(() => populationFromJsonStat(twice))).toContainEqual([
      'id[2]',
      'duplicate_dimension',
    ]);
    const sparse = answer() as Json;
    sparse['value'] = { '0': 1891, '1': 214_565, '7': 1, x: 2 };
    const error = catchInputError(() => populationFromJsonStat(sparse));
    expect(error.problems).toEqual([
      {
        path: 'value.x',
        code: 'size_mismatch',
        message: 'is not a position in the cube: size [5, 1, 1] has positions 0 to 4',
      },
      {
        path: 'value["7"]',
        code: 'size_mismatch',
        message: 'is not a position in the cube: size [5, 1, 1] has positions 0 to 4',
      },
    ]);
  });

  it('reads a one-category dimension from its label alone, and requires index for more', () => {
    const one = answer();
    const tid = one.dimension['Tid'];
    if (tid === undefined) throw new Error('fixture has no Tid');
    tid.category = { index: undefined, label: { '2024': '2024' } };
    delete (tid.category as Json)['index'];
    expect(populationFromJsonStat(one).referenceDate).toBe('2024-01-01');
    const many = answer();
    const region = many.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    delete (region.category as Json)['index'];
    expect(problemsOf(() => populationFromJsonStat(many))).toEqual([
      ['dimension.Region.category.index', 'required'],
    ]);
  });

  it('rejects an index object that gives two codes the same position, naming the first holder', () => {
    const input = answer();
    const region = input.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    region.category.index = { '3430': 0, '5001': 1, '5025': 2, '5026': 3, '5035': 1 };
    const error = catchInputError(() => populationFromJsonStat(input));
    expect(error.problems[0]).toEqual({
      path: 'dimension.Region.category.index["5035"]',
      code: 'invalid_index',
      message: 'is position 1, which "5001" already has',
    });
  });

  it('rejects an answer that names no table, and roles that point at no dimension', () => {
    const unnamed = answer() as Json;
    delete unnamed['extension'];
    delete unnamed['label'];
    expect(problemsOf(() => populationFromJsonStat(unnamed))).toEqual([['label', 'required']]);
    const roles = answer();
    roles.role = { geo: ['Kommune'], time: ['År'], metric: ['ContentsCode'] };
    const error = catchInputError(() => populationFromJsonStat(roles));
    expect(error.problems.map((p) => [p.path, p.code, p.message])).toEqual([
      [
        'dimension.Region',
        'not_eliminated',
        'selects 5 categories: "3430" Os, "5001" Trondheim - Tråante, "5025" Røros - Rosse, "5026" Holtålen, "5035" Stjørdal, so the figures are a part, not the total: leave Region out of the query and SSB sums over it',
      ],
      [
        'dimension.Tid',
        'not_eliminated',
        'selects 1 category: "2024" 2024, so the figures are a part, not the total: leave Tid out of the query and SSB sums over it',
      ],
      [
        'role.geo[0]',
        'missing_dimension',
        'names Kommune, which is not among the dimensions in id',
      ],
      ['role.time[0]', 'missing_dimension', 'names År, which is not among the dimensions in id'],
    ]);
  });

  it('rejects a year that is not YYYY, and an answer without a year', () => {
    const input = answer();
    const tid = input.dimension['Tid'];
    if (tid === undefined) throw new Error('fixture has no Tid');
    tid.category = { index: ['2024K1'], label: { '2024K1': '2024K1' } };
    expect(catchInputError(() => populationFromJsonStat(input)).problems).toEqual([
      {
        path: 'dimension.Tid.category.index[0]',
        code: 'invalid_year',
        message: 'is "2024K1", not a year YYYY',
      },
    ]);
    const none = answer();
    none.size = [5, 1, 0];
    none.value = [];
    const tid0 = none.dimension['Tid'];
    if (tid0 === undefined) throw new Error('fixture has no Tid');
    tid0.category = { index: [], label: {} };
    expect(problemsOf(() => populationFromJsonStat(none))).toEqual([
      ['dimension.Tid.category.index', 'no_year'],
    ]);
    expect(catchInputError(() => populationFromJsonStat(none, { year: '2024' })).problems).toEqual([
      {
        path: 'options.year',
        code: 'unknown_year',
        message: 'is 2024, which the answer does not have; it has no year',
      },
    ]);
  });

  it('rejects a municipality without a name, and gives the status of a missing figure', () => {
    const input = answer();
    const region = input.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    delete region.category.label['5026'];
    input.value = [1891, 214_565, null, 2035, 24_772];
    (input as Json)['status'] = { '2': '..' };
    expect(catchInputError(() => populationFromJsonStat(input)).problems).toEqual([
      {
        path: 'dimension.Region.category.label["5026"]',
        code: 'required',
        message: 'is required: the name of municipality 5026',
      },
      {
        path: 'value[2]',
        code: 'missing_value',
        message: 'is missing (status ".."): no figure for 5025 Røros - Rosse in 2024',
      },
    ]);
  });

  it('rejects an answer with no municipality, only aggregates', () => {
    const input = answer();
    input.size = [1, 1, 1];
    input.value = [5_550_203];
    const region = input.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    region.category = { index: ['0'], label: { '0': 'Hele landet' } };
    expect(problemsOf(() => populationFromJsonStat(input))).toEqual([
      ['dimension.Region.category.index', 'no_municipalities'],
    ]);
  });
});

describe('comparePopulationToParties', () => {
  it('matches the fixture against Helseplattformen: 4 parties found, Stjørdal extra, 30 missing', () => {
    const table = populationFromJsonStat(JSON.parse(fixtureText));
    const result = comparePopulationToParties(table, helseplattformen.parties);
    const found = ['5001', '5025', '5026', '3430'];
    expect(result.extra).toEqual(['5035']);
    expect(result.renamed).toEqual([]);
    expect(result.missing).toHaveLength(30);
    expect(result.missing).toEqual(
      helseplattformen.parties
        .map((party) => party.municipality.number)
        .filter((number) => !found.includes(number)),
    );
  });

  it('reports a municipality whose name differs', () => {
    const table: PopulationTable = {
      ...expected,
      values: [{ number: '3430', name: 'Os (Innlandet)', population: 1891 }],
    };
    expect(
      comparePopulationToParties(table, [{ municipality: { number: '3430', name: 'Os' } }]),
    ).toEqual({
      missing: [],
      extra: [],
      renamed: [{ number: '3430', party: 'Os', table: 'Os (Innlandet)' }],
    });
  });
});

describe('partiesWithPopulation', () => {
  const table = () => populationFromJsonStat(JSON.parse(fixtureText));
  const known = () =>
    helseplattformen.parties.filter((party) =>
      ['5001', '5025', '5026', '3430'].includes(party.municipality.number),
    );

  it('gives the four known parties the table-9.1 populations, without changing the input', () => {
    const parties = known().map((party) => ({ ...party, population: 0 }));
    const before = structuredClone(parties);
    const result = partiesWithPopulation(parties, table());
    expect(result.map((p) => [p.municipality.number, p.population])).toEqual([
      ['5001', 214_565],
      ['5025', 5685],
      ['5026', 2035],
      ['3430', 1891],
    ]);
    expect(parties).toEqual(before);
    expect(result[0]).not.toBe(parties[0]);
    expect(result.map((p) => p.population)).toEqual(known().map((p) => p.population));
    expect(result[0]?.roles).toEqual(['kontorkommune']);
  });

  it('names every party the table has no figure for', () => {
    const error = catchInputError(() => partiesWithPopulation(helseplattformen.parties, table()));
    expect(error.problems).toHaveLength(30);
    expect(error.problems[0]).toEqual({
      path: 'parties[1].municipality.number',
      code: 'missing_population',
      message: 'is 1505, which has no figure in the population table (SSB 07459, 2024-01-01)',
    });
  });
});

/** Writes a table the way SSB's PxWebApi would answer for it (the inverse of the reader). */
function toJsonStat(
  table: PopulationTable,
  form: {
    indexAsList: boolean;
    order: readonly number[];
    parallelName: string | null;
    aggregates: boolean;
  },
): Json {
  const rows = form.order.map((i) => table.values[i] as PopulationTable['values'][number]);
  const codes = [...(form.aggregates ? ['0'] : []), ...rows.map((row) => row.number)];
  const labels: Record<string, string> = form.aggregates ? { '0': 'Hele landet' } : {};
  for (const row of rows) {
    labels[row.number] =
      form.parallelName === null ? row.name : `${row.name} - ${form.parallelName}`;
  }
  const year = table.referenceDate.slice(0, 4);
  return {
    version: '2.0',
    class: 'dataset',
    label: `${table.table}: Befolkning, etter region, statistikkvariabel og år`,
    source: table.source,
    ...(table.updated === null ? {} : { updated: table.updated }),
    role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] },
    id: ['Region', 'ContentsCode', 'Tid'],
    size: [codes.length, 1, 1],
    dimension: {
      Region: {
        label: 'region',
        category: {
          index: form.indexAsList ? codes : Object.fromEntries(codes.map((c, i) => [c, i])),
          label: labels,
        },
      },
      ContentsCode: {
        label: 'statistikkvariabel',
        category: { index: { Personer1: 0 }, label: { Personer1: 'Personer' } },
      },
      Tid: { label: 'år', category: { index: { [year]: 0 }, label: { [year]: year } } },
    },
    extension: { px: { tableid: table.table } },
    value: [...(form.aggregates ? [5_550_203] : []), ...rows.map((row) => row.population)],
  };
}

const tableArb: fc.Arbitrary<PopulationTable> = fc
  .record({
    source: fc.constantFrom('Statistisk sentralbyrå', 'Statistics Norway'),
    updated: fc.option(
      fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => `${d.toISOString().slice(0, 19)}Z`),
      { nil: null },
    ),
    year: fc.integer({ min: 1986, max: 2099 }),
    rows: fc.uniqueArray(
      fc.record({
        number: fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        name: fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{1,10}( [a-zæøå]{1,8})?$/),
        population: fc.integer({ min: 0, max: 1_000_000 }),
      }),
      { minLength: 1, maxLength: 40, selector: (row) => row.number },
    ),
  })
  .map(({ source, updated, year, rows }) => ({
    source,
    table: '07459',
    updated,
    referenceDate: `${year}-01-01`,
    values: [...rows].sort((a, b) => (a.number < b.number ? -1 : 1)),
  }));

describe('populationFromJsonStat: round trip', () => {
  it('decodes what SSB-style encoding of any table wrote, in any category order and index form', () => {
    fc.assert(
      fc.property(
        tableArb.chain((table) =>
          fc.record({
            table: fc.constant(table),
            order: fc.shuffledSubarray(
              table.values.map((_, i) => i),
              { minLength: table.values.length, maxLength: table.values.length },
            ),
            indexAsList: fc.boolean(),
            parallelName: fc.option(fc.constantFrom('Tråante', 'Rosse', 'Guovdageaidnu'), {
              nil: null,
            }),
            aggregates: fc.boolean(),
          }),
        ),
        ({ table, ...form }) => {
          expect(populationFromJsonStat(toJsonStat(table, form))).toEqual(table);
        },
      ),
    );
  });
});

describe('populationFromJsonStat: roles, labels and status symbols', () => {
  const region = (input: ReturnType<typeof answer>) => {
    const dimension = input.dimension['Region'];
    if (dimension === undefined) throw new Error('fixture has no Region');
    return dimension;
  };

  it('without role.metric the statistics variable is SSB’s ContentsCode; without any role, SSB’s Region and Tid', () => {
    const input = answer();
    input.role = { geo: ['Region'], time: ['Tid'] };
    expect(populationFromJsonStat(input)).toEqual(expected);
    delete (input as Json)['role'];
    expect(populationFromJsonStat(input)).toEqual(expected);
  });

  it('another metric named by role.metric is the variable; ContentsCode is then a breakdown', () => {
    const input = answer();
    input.role = { geo: ['Region'], time: ['Tid'], metric: ['Maal'] };
    expect(catchInputError(() => populationFromJsonStat(input)).problems).toEqual([
      {
        path: 'dimension.ContentsCode',
        code: 'not_eliminated',
        message:
          'selects 1 category: "Personer1" Personer, so the figures are a part, not the total: leave ContentsCode out of the query and SSB sums over it',
      },
    ]);
  });

  it('an answer without a year dimension says so, and lists the dimensions it has', () => {
    const input = answer();
    input.id = ['Region', 'ContentsCode'];
    input.size = [5, 1];
    delete (input as Json)['role'];
    delete input.dimension['Tid'];
    expect(catchInputError(() => populationFromJsonStat(input)).problems).toEqual([
      {
        path: 'dimension.Tid',
        code: 'missing_dimension',
        message: 'is missing: the answer has no year dimension Tid (id is [Region, ContentsCode])',
      },
    ]);
  });

  it('an answer without a region dimension, and no roles, names Region', () => {
    const input = answer();
    input.id = ['ContentsCode', 'Tid'];
    input.size = [1, 1];
    input.value = [5_550_203];
    delete (input as Json)['role'];
    delete input.dimension['Region'];
    expect(catchInputError(() => populationFromJsonStat(input)).problems).toEqual([
      {
        path: 'dimension.Region',
        code: 'missing_dimension',
        message:
          'is missing: the answer has no region dimension Region (id is [ContentsCode, Tid])',
      },
    ]);
  });

  it('a breakdown without labels is described by its codes; more than five are counted, not listed', () => {
    const input = answer();
    input.id = ['Region', 'Alder', 'ContentsCode', 'Tid'];
    input.size = [5, 7, 1, 1];
    input.value = Array.from({ length: 35 }, () => 1);
    input.dimension['Alder'] = {
      category: { index: ['000', '001', '002', '003', '004', '005', '006'] },
    } as unknown as (typeof input.dimension)[string];
    expect(catchInputError(() => populationFromJsonStat(input)).problems).toEqual([
      {
        path: 'dimension.Alder',
        code: 'not_eliminated',
        message:
          'selects 7 categories: "000", "001", "002", "003", "004", … (7 in all), so the figures are a part, not the total: leave Alder out of the query and SSB sums over it',
      },
    ]);
    input.size = [5, 5, 1, 1];
    input.value = Array.from({ length: 25 }, () => 1);
    input.dimension['Alder'] = {
      category: { index: ['000', '001', '002', '003', '004'] },
    } as unknown as (typeof input.dimension)[string];
    expect(catchInputError(() => populationFromJsonStat(input)).problems[0]?.message).toBe(
      'selects 5 categories: "000", "001", "002", "003", "004", so the figures are a part, not the total: leave Alder out of the query and SSB sums over it',
    );
  });

  it('a region dimension without labels: every municipality’s name is required', () => {
    const input = answer();
    delete (region(input).category as Json)['label'];
    expect(catchInputError(() => populationFromJsonStat(input)).problems).toEqual(
      ['3430', '5001', '5025', '5026', '5035'].map((number) => ({
        path: `dimension.Region.category.label["${number}"]`,
        code: 'required',
        message: `is required: the name of municipality ${number}`,
      })),
    );
  });

  it('a status given as one symbol applies to every cell: "." skips every missing figure, ".." names it', () => {
    const input = answer();
    input.value = [1891, null, 5685, null, 24_772];
    input['status'] = '.';
    expect(populationFromJsonStat(input).values.map((row) => row.number)).toEqual([
      '3430',
      '5025',
      '5035',
    ]);
    input['status'] = '..';
    expect(catchInputError(() => populationFromJsonStat(input)).problems).toEqual([
      {
        path: 'value[1]',
        code: 'missing_value',
        message: 'is missing (status ".."): no figure for 5001 Trondheim - Tråante in 2024',
      },
      {
        path: 'value[3]',
        code: 'missing_value',
        message: 'is missing (status ".."): no figure for 5026 Holtålen in 2024',
      },
    ]);
  });

  it('a status list of one symbol applies to every cell too; a null in a list or a missing key is no status', () => {
    const input = answer();
    input.value = [1891, null, 5685, 2035, 24_772];
    input['status'] = ['.'];
    expect(populationFromJsonStat(input).values).toHaveLength(4);
    input['status'] = [null, null, '.', null, null];
    expect(catchInputError(() => populationFromJsonStat(input)).problems).toEqual([
      {
        path: 'value[1]',
        code: 'missing_value',
        message: 'is missing: no figure for 5001 Trondheim - Tråante in 2024',
      },
    ]);
    input['status'] = { '0': '.', '1': null };
    expect(problemsOf(() => populationFromJsonStat(input))).toEqual([
      ['value[1]', 'missing_value'],
    ]);
    input['status'] = { '0': '.' };
    expect(catchInputError(() => populationFromJsonStat(input)).problems[0]?.message).toBe(
      'is missing: no figure for 5001 Trondheim - Tråante in 2024',
    );
  });

  it('a value object with an explicit null: skipped with ".", else named by its key', () => {
    const input = answer() as Json;
    input['value'] = { '0': 1891, '1': 214_565, '2': 5685, '3': 2035, '4': null };
    input['status'] = { '4': '.' };
    expect(populationFromJsonStat(input).values).toEqual(expected.values.slice(0, 4));
    delete input['status'];
    expect(catchInputError(() => populationFromJsonStat(input)).problems).toEqual([
      {
        path: 'value["4"]',
        code: 'missing_value',
        message: 'is missing: no figure for 5035 Stjørdal in 2024',
      },
    ]);
  });

  it('the name keeps everything before the first " - " only, trimmed; a hyphen without spaces stays', () => {
    const input = answer();
    region(input).category.label = {
      '3430': 'Os ',
      '5001': 'Trondheim - Tråante - Tråante',
      '5025': 'Røros-Rosse',
      '5026': 'Holtålen',
      '5035': ' Stjørdal',
    };
    expect(populationFromJsonStat(input).values.map((row) => row.name)).toEqual([
      'Os',
      'Trondheim',
      'Røros-Rosse',
      'Holtålen',
      'Stjørdal',
    ]);
  });
});

describe('comparePopulationToParties: a party listed twice', () => {
  it('is reported once', () => {
    const table: PopulationTable = { ...expected, values: expected.values.slice(0, 1) };
    const parties = [
      { municipality: { number: '0301', name: 'Oslo' } },
      { municipality: { number: '3430', name: 'Os i Østerdalen' } },
      { municipality: { number: '0301', name: 'Oslo' } },
      { municipality: { number: '3430', name: 'Os i Østerdalen' } },
    ];
    expect(comparePopulationToParties(table, parties)).toEqual({
      missing: ['0301'],
      extra: [],
      renamed: [{ number: '3430', party: 'Os i Østerdalen', table: 'Os' }],
    });
  });
});

describe('populationFromJsonStat: each field of the answer has its own message', () => {
  /** A copy of the fixture with one value replaced (the last key is added if missing). */
  const withValue = (path: readonly (string | number)[], value: unknown): Json => {
    const copy = answer() as unknown as Record<string | number, unknown>;
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path.at(-1) as string | number] = value;
    return copy;
  };
  const problems = (input: unknown, options?: { year: string }) =>
    catchInputError(() => populationFromJsonStat(input, options)).problems.map((p) => [
      p.path,
      p.code,
      p.message,
    ]);

  it.each<[readonly (string | number)[], unknown, string, string, string]>([
    [['source'], 7, 'source', 'invalid_type', 'must be the publisher as text'],
    [['label'], 7, 'label', 'invalid_type', 'must be the table title as text'],
    [['class'], 'collection', 'class', 'invalid_value', 'must be "dataset"'],
    [
      ['updated'],
      'yesterday',
      'updated',
      'invalid_union',
      'must be an ISO 8601 date or date-time, e.g. "2024-02-21T07:00:00Z"',
    ],
    [['id'], [], 'id', 'too_small', 'must list at least one dimension'],
    [['id', 1], 7, 'id[1]', 'invalid_type', 'must be a dimension id as text'],
    [['size', 0], 4.5, 'size[0]', 'invalid_type', 'must be a whole number ≥ 0'],
    [['size', 0], -5, 'size[0]', 'too_small', 'must be a whole number ≥ 0'],
    [['role', 'geo'], [7], 'role.geo[0]', 'invalid_type', 'must be a dimension id as text'],
    [['role', 'metric'], 'ContentsCode', 'role.metric', 'invalid_type', 'must be an array'],
    [
      ['value'],
      'mange',
      'value',
      'invalid_union',
      'must be a list of numbers (or an object from position to number)',
    ],
    [['value', 2], '5685', 'value[2]', 'invalid_type', 'must be a number or null'],
    [
      ['status'],
      5,
      'status',
      'invalid_union',
      'must be a status symbol, a list of them or an object from position to symbol',
    ],
    [
      ['extension', 'px', 'tableid'],
      7459,
      'extension.px.tableid',
      'invalid_type',
      'must be the table number as text',
    ],
    [
      ['dimension', 'Tid', 'label'],
      2024,
      'dimension.Tid.label',
      'invalid_type',
      'must be the dimension label as text',
    ],
    [
      ['dimension', 'Tid', 'category'],
      'år',
      'dimension.Tid.category',
      'invalid_type',
      'must be an object',
    ],
    [['dimension', 'Tid'], { label: 'år' }, 'dimension.Tid.category', 'required', 'is required'],
    [
      ['dimension', 'Tid', 'category', 'index'],
      2024,
      'dimension.Tid.category.index',
      'invalid_union',
      'must be a list of category codes or an object from code to position',
    ],
    [
      ['dimension', 'Tid', 'category', 'index'],
      [2024],
      'dimension.Tid.category.index[0]',
      'invalid_type',
      'must be a category code as text',
    ],
    [
      ['dimension', 'Tid', 'category', 'index'],
      { '2024': -1 },
      'dimension.Tid.category.index["2024"]',
      'too_small',
      'must be a position: a whole number ≥ 0',
    ],
    [
      ['dimension', 'Tid', 'category', 'index'],
      { '2024': 0.5 },
      'dimension.Tid.category.index["2024"]',
      'invalid_type',
      'must be a position: a whole number ≥ 0',
    ],
    [
      ['dimension', 'Tid', 'category', 'label'],
      { '2024': 2024 },
      'dimension.Tid.category.label["2024"]',
      'invalid_type',
      'must be a category label as text',
    ],
  ])('%j = %j: %s %s', (path, value, at, code, message) => {
    expect(problems(withValue(path, value))).toEqual([[at, code, message]]);
  });

  it('the error is titled as SSB population data, and so is a value that is not an object', () => {
    expect(catchInputError(() => populationFromJsonStat(withValue(['source'], 7))).message).toBe(
      'Invalid SSB population data (JSON-stat) (1 problem):\n  source: must be the publisher as text',
    );
    expect(catchInputError(() => populationFromJsonStat('07459')).message).toBe(
      'Invalid SSB population data (JSON-stat) (1 problem):\n  (input): is not a JSON-stat dataset: expected an object with version, class, id, size, dimension and value',
    );
  });

  it('updated may be a date-time with an offset, or a date', () => {
    expect(
      populationFromJsonStat(withValue(['updated'], '2024-02-21T08:00:00+01:00')).updated,
    ).toBe('2024-02-21T08:00:00+01:00');
    expect(populationFromJsonStat(withValue(['updated'], '2024-02-21')).updated).toBe('2024-02-21');
  });

  it('the table number comes from extension.px.tableid, else from a title that begins with it', () => {
    const noPx = withValue(['extension'], {});
    expect(populationFromJsonStat(noPx).table).toBe('07459');
    const titled = withValue(['label'], 'Tabell 07459: Befolkning');
    delete titled['extension'];
    expect(problems(titled)).toEqual([
      [
        'label',
        'required',
        'must name the statbank table, e.g. "07459: Befolkning, etter region, statistikkvariabel og år"',
      ],
    ]);
    const other = withValue(['extension', 'px', 'tableid'], '06913');
    expect(problems(other)[0]?.[2]).toBe(
      'is table 06913; expected SSB table 07459 (population per 1 January by region)',
    );
  });

  it('value keys must be positions written as whole numbers without leading zeros, below the number of cells', () => {
    const input = answer() as Json;
    input['value'] = { '0': 1891, '01': 1, '1x': 2, x1: 3, '5': 4, '4': 24_772 };
    // In path order: "." before "[", and the number in "1x" before 5 before 01 (compared by length).
    expect(problems(input).map(([path]) => path)).toEqual([
      'value.x1',
      'value["1x"]',
      'value["5"]',
      'value["01"]',
    ]);
  });

  it('a sparse value object with two-digit positions: a cube of 6 regions and 2 years', () => {
    const input = answer();
    input.size = [6, 1, 2];
    const region = input.dimension['Region'];
    const tid = input.dimension['Tid'];
    if (region === undefined || tid === undefined) throw new Error('fixture dimensions');
    region.category.index = ['0', '3430', '5001', '5025', '5026', '5035'];
    region.category.label = { ...region.category.label, '0': 'Hele landet' };
    tid.category = { index: ['2023', '2024'], label: { '2023': '2023', '2024': '2024' } };
    (input as Json)['value'] = { '3': 1891, '5': 214_565, '7': 5685, '9': 2035, '11': 24_772 };
    expect(populationFromJsonStat(input, { year: '2024' })).toEqual(expected);
  });

  it('decodes a cube whose first dimension is the year: the year’s stride is the number of regions', () => {
    const input = answer();
    input.id = ['Tid', 'ContentsCode', 'Region'];
    input.size = [2, 1, 5];
    const tid = input.dimension['Tid'];
    if (tid === undefined) throw new Error('fixture has no Tid');
    tid.category = { index: ['2023', '2024'], label: { '2023': '2023', '2024': '2024' } };
    input.value = [1, 2, 3, 4, 5, 1891, 214_565, 5685, 2035, 24_772];
    expect(populationFromJsonStat(input, { year: '2024' })).toEqual(expected);
    expect(
      populationFromJsonStat(input, { year: '2023' }).values.map((row) => row.population),
    ).toEqual([1, 2, 3, 4, 5]);
  });

  it('category positions out of range, and years, are named in full', () => {
    const input = answer();
    const region = input.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    region.category.index = { '3430': 0, '5001': 1, '5025': 2, '5026': 3, '5035': 5 };
    expect(problems(input)[0]).toEqual([
      'dimension.Region.category.index["5035"]',
      'invalid_index',
      'is position 5, but there are only 5 categories (positions 0 to 4)',
    ]);
    const years = answer();
    years.size = [5, 1, 2];
    const tid = years.dimension['Tid'];
    if (tid === undefined) throw new Error('fixture has no Tid');
    tid.category = { index: ['2023', '2024'], label: { '2023': '2023', '2024': '2024' } };
    years.value = [1, 1891, 2, 214_565, 3, 5685, 4, 2035, 5, 24_772];
    expect(problems(years, { year: '2025' })).toEqual([
      [
        'options.year',
        'unknown_year',
        'is 2025, which the answer does not have; it has 2023, 2024',
      ],
    ]);
    const none = answer();
    none.size = [5, 1, 0];
    none.value = [];
    const tid0 = none.dimension['Tid'];
    if (tid0 === undefined) throw new Error('fixture has no Tid');
    tid0.category = { index: [], label: {} };
    expect(problems(none)).toEqual([['dimension.Tid.category.index', 'no_year', 'has no year']]);
    tid0.category = { index: ['K2024'], label: {} };
    none.size = [5, 1, 1];
    none.value = answer().value;
    expect(problems(none)).toEqual([
      ['dimension.Tid.category.index[0]', 'invalid_year', 'is "K2024", not a year YYYY'],
    ]);
  });

  it('only four-digit region codes are municipalities: not "50001" or "K5001"', () => {
    const input = answer();
    input.size = [7, 1, 1];
    const region = input.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    region.category.index = ['50001', 'K5001', '3430', '5001', '5025', '5026', '5035'];
    region.category.label = { ...region.category.label, '50001': 'X', K5001: 'Y' };
    input.value = [7, 8, 1891, 214_565, 5685, 2035, 24_772];
    expect(populationFromJsonStat(input)).toEqual(expected);
  });

  it('a missing figure for a municipality without a name names the number only', () => {
    const input = answer();
    const region = input.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    delete region.category.label['5026'];
    input.value[3] = null;
    expect(problems(input)).toEqual([
      ['value[3]', 'missing_value', 'is missing: no figure for 5026 in 2024'],
    ]);
  });

  it('when no figure is valid, the bad figures are the problems, not "no municipality"', () => {
    const input = answer();
    input.value = [-1, -1, -1, -1, -1];
    expect(problems(input).map(([path, code]) => `${path} ${code}`)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `value[${i}] invalid_value`),
    );
  });

  it('problems with the table or its dimensions are reported before any figure is read', () => {
    const input = answer();
    input.extension.px['tableid'] = '06913';
    input.value = [null, null, null, null, null];
    expect(problems(input).map(([path, code]) => `${path} ${code}`)).toEqual([
      'extension.px.tableid wrong_table',
    ]);
  });
});

describe('partiesWithPopulation: the error is titled', () => {
  it('"The population table does not cover every party"', () => {
    const table: PopulationTable = { ...expected, values: [] };
    expect(
      catchInputError(() => partiesWithPopulation([{ municipality: { number: '3430' } }], table))
        .message,
    ).toBe(
      'The population table does not cover every party (1 problem):\n  parties[0].municipality.number: is 3430, which has no figure in the population table (SSB 07459, 2024-01-01)',
    );
  });
});

describe('populationFromJsonStat: the structure problems say what is wrong, in full', () => {
  const messages = (input: unknown) =>
    catchInputError(() => populationFromJsonStat(input)).problems.map((p) => [p.path, p.message]);

  it('size against id and the categories, a dimension named twice or missing', () => {
    const short = answer();
    short.size = [5, 1];
    expect(messages(short)).toEqual([['size', 'has 2 entries, but id names 3 dimensions']]);
    const wrong = answer();
    wrong.size = [5, 1, 2];
    wrong.value = Array.from({ length: 10 }, () => 1);
    expect(messages(wrong)).toEqual([['size[2]', 'is 2, but dimension Tid has 1 category']]);
    const more = answer();
    more.size = [6, 1, 1];
    more.value = Array.from({ length: 6 }, () => 1);
    expect(messages(more)).toEqual([['size[0]', 'is 6, but dimension Region has 5 categories']]);
    const twice = answer();
    twice.id = ['Region', 'ContentsCode', 'Region'];
    twice.size = [5, 1, 5];
    twice.value = Array.from({ length: 25 }, () => 1);
    expect(messages(twice)).toEqual([['id[2]', 'names Region a second time']]);
    const missing = answer();
    delete missing.dimension['Tid'];
    expect(messages(missing)).toEqual([
      [
        'dimension.Tid',
        'is missing: id names the dimension Tid, but dimension has no entry for it',
      ],
    ]);
  });

  it('categories: an index required, a code repeated; several statistics variables; no municipality', () => {
    const noIndex = answer();
    const region = noIndex.dimension['Region'];
    if (region === undefined) throw new Error('fixture has no Region');
    delete (region.category as Json)['index'];
    expect(messages(noIndex)).toEqual([
      [
        'dimension.Region.category.index',
        'is required when the dimension has more or fewer than one category',
      ],
    ]);
    const repeated = answer();
    const region2 = repeated.dimension['Region'];
    if (region2 === undefined) throw new Error('fixture has no Region');
    region2.category.index = ['3430', '5001', '5025', '5001', '5035'];
    expect(messages(repeated)).toEqual([
      ['dimension.Region.category.index[3]', 'repeats the code "5001" of position 1'],
    ]);
    const variables = answer();
    variables.size = [5, 2, 1];
    const contents = variables.dimension['ContentsCode'];
    if (contents === undefined) throw new Error('fixture has no ContentsCode');
    contents.category = {
      index: ['Personer1', 'Andel'],
      label: { Personer1: 'Personer', Andel: 'Andel' },
    };
    variables.value = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(messages(variables)).toEqual([
      [
        'dimension.ContentsCode',
        'has 2 categories: "Personer1" Personer, "Andel" Andel; select one, so that only the region varies',
      ],
    ]);
    const country = answer();
    country.size = [1, 1, 1];
    country.value = [5_550_203];
    const region3 = country.dimension['Region'];
    if (region3 === undefined) throw new Error('fixture has no Region');
    region3.category = { index: ['0'], label: { '0': 'Hele landet' } };
    expect(messages(country)).toEqual([
      [
        'dimension.Region.category.index',
        'has no municipality (four-digit kommunenummer) with a figure',
      ],
    ]);
  });
});
