import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError, formatPath, type InputProblem } from '../../src/model/errors.js';

const problem = (path: string, message = 'is wrong'): InputProblem => ({
  path,
  code: 'invalid',
  message,
});

describe('AgreementInputError', () => {
  it('lists its problems in path order, list indexes compared as numbers, then by message', () => {
    const given = [
      problem('parties[34]'),
      problem('parties[5].population'),
      problem('parties[5]', 'b10'),
      problem('parties[5]', 'b9'),
      problem('id'),
      problem('parties'),
      problem(''),
      problem('parties[100]'),
    ];
    const error = new AgreementInputError(given);
    expect(error.problems.map((p) => `${p.path} ${p.message}`)).toEqual([
      ' is wrong',
      'id is wrong',
      'parties is wrong',
      'parties[5] b9',
      'parties[5] b10',
      'parties[5].population is wrong',
      'parties[34] is wrong',
      'parties[100] is wrong',
    ]);
    expect(given[0]?.path).toBe('parties[34]');
  });

  it('the whole input first, a shorter path or message before a longer one it begins, and digits compared as text where one side has none', () => {
    const order = (given: InputProblem[]) =>
      new AgreementInputError(given).problems.map((p) => `${p.path}: ${p.message}`);
    const given = [
      problem('Region', 'a'),
      problem('', 'a'),
      problem('x', 'b2'),
      problem('x', 'b'),
      problem('y', 'a'),
      problem('y', '12 parties'),
    ];
    const expected = [': a', 'Region: a', 'x: b', 'x: b2', 'y: 12 parties', 'y: a'];
    expect(order(given)).toEqual(expected);
    expect(order([...given].reverse())).toEqual(expected);
  });

  it('its message names the subject, counts the problems and gives one line per problem, "(input)" for the whole', () => {
    const one = new AgreementInputError([problem('')], 'Invalid meeting');
    expect(one.message).toBe('Invalid meeting (1 problem):\n  (input): is wrong');
    const two = new AgreementInputError([problem('b', 'second'), problem('a', 'first')]);
    expect(two.message).toBe('Invalid input (2 problems):\n  a: first\n  b: second');
    expect(two.name).toBe('AgreementInputError');
    expect(two).toBeInstanceOf(Error);
    expect(Object.isFrozen(two.problems)).toBe(true);
  });

  it('the order does not depend on the order given, and keeps every problem', () => {
    const segment = fc.oneof(
      fc.constantFrom('parties', 'costKeys', 'population', 'a', 'ab'),
      fc.nat({ max: 200 }),
    );
    const path = fc.array(segment, { maxLength: 4 }).map((p) => formatPath(p));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(path, fc.constantFrom('x1', 'x2', 'x10')), { maxLength: 12 }),
        fc.nat(),
        (pairs, seed) => {
          const problems = pairs.map(([p, m]) => problem(p, m));
          const rotated = [
            ...problems.slice(seed % (problems.length || 1)),
            ...problems.slice(0, seed % (problems.length || 1)),
          ];
          const a = new AgreementInputError(problems).problems;
          const b = new AgreementInputError([...rotated].reverse()).problems;
          expect(a).toEqual(b);
          expect([...a].sort((x, y) => (x.path + x.message < y.path + y.message ? -1 : 1))).toEqual(
            [...problems].sort((x, y) => (x.path + x.message < y.path + y.message ? -1 : 1)),
          );
        },
      ),
    );
  });
});

describe('formatPath', () => {
  it.each<[readonly PropertyKey[], string]>([
    [[], ''],
    [[0], '[0]'],
    [['parties', 3, 'municipality', 'number'], 'parties[3].municipality.number'],
    [['percents', '5001'], 'percents["5001"]'],
    [['rules', 'all-seats', 'clause'], 'rules["all-seats"].clause'],
    [['$ref', '_x1'], '$ref._x1'],
    [['a b'], '["a b"]'],
    [['1a'], '["1a"]'],
    [['æ'], '["æ"]'],
    [['a\n'], '["a\\n"]'],
  ])('%j → %s', (path, written) => {
    expect(formatPath(path)).toBe(written);
  });

  it('refuses what is not a list, as plain JavaScript may pass it (a string would be spelt out)', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
    const untyped = formatPath as (path: any) => string;
    for (const path of ['parties', 3, null, { 0: 'a' }]) {
      let thrown: unknown;
      try {
        untyped(path);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AgreementInputError);
      expect((thrown as AgreementInputError).problems).toEqual([
        { path: 'path', code: 'invalid_type', message: 'must be a list of keys and indexes' },
      ]);
      expect((thrown as AgreementInputError).message.startsWith('Cannot format the path')).toBe(
        true,
      );
    }
  });
});
