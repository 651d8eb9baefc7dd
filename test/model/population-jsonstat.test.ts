import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import {
  comparePopulationToParties,
  type PopulationTable,
  partiesWithPopulation,
  populationFromJsonStat,
} from '../../src/model/population-jsonstat.js';
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
