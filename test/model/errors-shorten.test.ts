import { describe, expect, it } from 'vitest';
import {
  AgreementInputError,
  ECHO_LIMIT,
  formatPath,
  shortenEcho,
  shortenMessage,
} from '../../src/model/errors.js';

const x = (n: number) => 'x'.repeat(n);

describe('echoed input is shortened in messages', () => {
  it('the limit for one echoed key or value is 60 characters', () => {
    expect(ECHO_LIMIT).toBe(60);
  });

  it('shortenEcho keeps text of up to 60 characters, and cuts longer text to 59 and …', () => {
    expect(shortenEcho(x(60))).toBe(x(60));
    expect(shortenEcho(x(61))).toBe(`${x(59)}…`);
    expect(shortenEcho(x(10_000_000))).toBe(`${x(59)}…`);
    expect(shortenEcho('abcdef', 4)).toBe('abc…');
    expect(shortenEcho('abcd', 4)).toBe('abcd');
  });

  it('shortenEcho never splits a surrogate pair (an emoji at the cut is dropped whole)', () => {
    // 59 code units are kept: here the 59th is the emoji's first half, so it goes.
    expect(shortenEcho(`${x(58)}😀${x(10)}`)).toBe(`${x(58)}…`);
    // Here the emoji is the 58th and 59th code units: kept whole.
    expect(shortenEcho(`${x(57)}😀${x(10)}`)).toBe(`${x(57)}😀…`);
    // The first and last first halves (U+D800, U+DBFF) go too.
    expect(shortenEcho(`${x(58)}\ud800${x(10)}`)).toBe(`${x(58)}…`);
    expect(shortenEcho(`${x(58)}\udbff${x(10)}`)).toBe(`${x(58)}…`);
    // U+D7FF is no surrogate at all, and is kept.
    expect(shortenEcho(`${x(58)}\ud7ff${x(10)}`)).toBe(`${x(58)}\ud7ff…`);
    // A low surrogate (U+DC00) is not a first half: a cut after it keeps it.
    expect(shortenEcho(`${x(58)}\udc00${x(10)}`)).toBe(`${x(58)}\udc00…`);
  });

  it('formatPath shortens a long key, and quotes it so that the cut shows', () => {
    expect(formatPath(['parties', 0, x(100)])).toBe(`parties[0]["${x(59)}…"]`);
    expect(formatPath(['percents', `${x(100)} y`])).toBe(`percents["${x(59)}…"]`);
    expect(formatPath(['a', x(60)])).toBe(`a.${x(60)}`);
  });

  it('shortenMessage cuts each quoted stretch to 60 characters and keeps the words around it', () => {
    expect(shortenMessage(`"${x(100)}" is not a reading of "y"`)).toBe(
      `"${x(59)}…" is not a reading of "y"`,
    );
    expect(shortenMessage(`got "${x(60)}"`)).toBe(`got "${x(60)}"`);
    expect(shortenMessage('no quotes at all')).toBe('no quotes at all');
  });

  it('shortenMessage reads backslash escapes inside quotes, and an unclosed quote runs to the end', () => {
    expect(shortenMessage(`"a\\"${x(100)}" after`)).toBe(`"a\\"${x(56)}…" after`);
    expect(shortenMessage(`key "${x(100)}`)).toBe(`key "${x(59)}…`);
    expect(shortenMessage('ends in "')).toBe('ends in "');
    expect(shortenMessage('"a" and "b"')).toBe('"a" and "b"');
  });

  it('shortenMessage caps the whole message at 600 characters, whatever it echoes unquoted', () => {
    expect(shortenMessage(x(600))).toBe(x(600));
    expect(shortenMessage(`${x(10_000)}`)).toBe(`${x(599)}…`);
    const many = Array.from({ length: 20 }, () => `"${x(100)}"`).join(' ');
    expect(shortenMessage(many)).toHaveLength(600);
  });

  it('an AgreementInputError echoes a 1 MB key and value in at most a few hundred characters, and keeps problems whole', () => {
    const key = x(1_000_000);
    const problems = [
      {
        path: formatPath(['parties', key]),
        code: 'unknown_field',
        message: 'is not a known field',
      },
      { path: 'amount', code: 'invalid', message: `is not an amount: "${key}"` },
      { path: x(1000), code: 'odd', message: 'a path not made by formatPath' },
    ];
    const error = new AgreementInputError(problems, 'Invalid agreement');
    expect(error.message).toBe(
      [
        'Invalid agreement (3 problems):',
        `  amount: is not an amount: "${x(59)}…"`,
        `  parties["${x(59)}…"]: is not a known field`,
        `  ${x(599)}…: a path not made by formatPath`,
      ].join('\n'),
    );
    expect(error.problems[0]?.message).toBe(`is not an amount: "${key}"`);
  });
});
