import { describe, expect, it } from 'vitest';
import { attempt } from '../../src/model/attempt.js';
import { AgreementInputError } from '../../src/model/errors.js';

const failing =
  (...paths: string[]) =>
  () => {
    throw new AgreementInputError(
      paths.map((path) => ({ path, code: 'invalid_type', message: 'no' })),
      'Test',
    );
  };

describe('attempt', () => {
  it('the value when parsing succeeds', () => {
    expect(attempt('options', () => 42)).toEqual({ value: 42 });
  });

  it('the problems of an input error (sorted by path), each path under the prefix', () => {
    const result = attempt('options', failing('date', '[0]', ''));
    expect(result).toEqual({
      problems: [
        { path: 'options', code: 'invalid_type', message: 'no' },
        { path: 'options[0]', code: 'invalid_type', message: 'no' },
        { path: 'options.date', code: 'invalid_type', message: 'no' },
      ],
    });
    expect(attempt('', failing('date'))).toEqual({
      problems: [{ path: 'date', code: 'invalid_type', message: 'no' }],
    });
  });

  it('any other error is thrown on', () => {
    expect(() =>
      attempt('options', () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
