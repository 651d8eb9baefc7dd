import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { schemaProblems, valueAt } from '../../src/model/schema-problems.js';

const Shape = z.strictObject({
  name: z.string(),
  count: z.number(),
  value: z.union([z.string(), z.array(z.number())]),
});
const problemsOf = (input: unknown) => schemaProblems(Shape.safeParse(input), input);

describe('schemaProblems', () => {
  it('a valid input has no problems', () => {
    expect(problemsOf({ name: 'a', count: 1, value: 'x' })).toEqual([]);
  });

  it('a missing field is "required"; an unknown field is named with how to check its spelling', () => {
    expect(problemsOf({ count: 1, value: 'x', extra: 1, other: 2 })).toEqual([
      { path: 'name', code: 'required', message: 'is required' },
      {
        path: 'extra',
        code: 'unknown_field',
        message: 'is not a known field (check the spelling against the JSON Schema in schema/)',
      },
      {
        path: 'other',
        code: 'unknown_field',
        message: 'is not a known field (check the spelling against the JSON Schema in schema/)',
      },
    ]);
  });

  it('a type without a message of its own says what it must be, with "a" or "an"', () => {
    expect(problemsOf({ name: 1, count: 'x', value: 'x' }).map((p) => [p.path, p.message])).toEqual(
      [
        ['name', 'must be a string'],
        ['count', 'must be a number'],
      ],
    );
    expect(schemaProblems(z.array(z.number()).safeParse({}), {})[0]?.message).toBe(
      'must be an array',
    );
  });

  it('a union reports the issues of the alternative the value has the shape of, else the union', () => {
    expect(problemsOf({ name: 'a', count: 1, value: [1, 'two'] })).toEqual([
      { path: 'value[1]', code: 'invalid_type', message: 'must be a number' },
    ]);
    expect(problemsOf({ name: 'a', count: 1, value: true }).map((p) => [p.path, p.code])).toEqual([
      ['value', 'invalid_union'],
    ]);
  });
});

describe('valueAt', () => {
  it('the value at a path, or undefined where the path leaves the data', () => {
    const input = { a: [{ b: 1 }], c: null };
    expect(valueAt(input, ['a', 0, 'b'])).toBe(1);
    expect(valueAt(input, [])).toBe(input);
    expect(valueAt(input, ['a', 1, 'b'])).toBeUndefined();
    expect(valueAt(input, ['c', 'd'])).toBeUndefined();
    expect(valueAt(input, ['toString'])).toBeUndefined();
  });
});
