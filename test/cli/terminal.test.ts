import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControlInJson, forTerminal } from '../../src/cli/terminal.js';

/** C0, DEL or C1, by code point. */
const isControl = (c: string) => {
  const code = c.codePointAt(0) as number;
  return code < 0x20 || (code >= 0x7f && code < 0xa0);
};

describe('forTerminal: nothing printed can steer the terminal', () => {
  it.each([
    ['a colour (CSI)', 'A\u001b[31;1mB\u001b[0m', 'AB'],
    ['clear screen and cursor home', 'A\u001b[2J\u001b[HB', 'AB'],
    ['a CSI with intermediate bytes', 'A\u001b[1 qB', 'AB'],
    ['the one-byte CSI (C1, U+009B)', 'A\u009b31mB', 'AB'],
    ['a window title (OSC ended by BEL)', 'A\u001b]0;pwned\u0007B', 'AB'],
    ['a hyperlink (OSC ended by ESC \\)', 'A\u001b]8;;http://x\u001b\\B', 'AB'],
    ['a device control string (DCS)', 'A\u001bPq#0\u001b\\B', 'AB'],
    ['an unended OSC: the rest of the line is dropped', 'A\u001b]0;title', 'A'],
    ['a two-character escape (ESC c resets the terminal)', 'A\u001bcB', 'AB'],
    ['a lone ESC at the end', 'AB\u001b', 'AB'],
    [
      'BEL, backspace, carriage return, vertical tab, form feed, NUL',
      'A\u0007\b\r\u000b\f\u0000B',
      'AB',
    ],
    ['DEL and C1 controls', 'A\u007f\u0080\u0085\u009fB', 'AB'],
  ])('removes %s', (_, input, output) => {
    expect(forTerminal(input)).toBe(output);
  });

  it('keeps newlines, tabs, Norwegian letters, §, – and … as they are', () => {
    const text = 'Nr.\tKommune\n5001  Trondheim  40,07 %\n§9 – Holtålen, Røros, Ørland …\n';
    expect(forTerminal(text)).toBe(text);
  });

  it('property: the result has no control character but newline and tab, and printable text is kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = forTerminal(text);
        expect([...out].filter((c) => isControl(c) && c !== '\n' && c !== '\t')).toEqual([]);
        expect(forTerminal(out)).toBe(out);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const printable = [...text].filter((c) => !isControl(c)).join('');
        expect(forTerminal(printable)).toBe(printable);
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeControlInJson: JSON output keeps its value and carries no raw control character', () => {
  it('writes DEL and C1 as \\u escapes, which JSON reads back as the same characters', () => {
    const value = { title: 'A\u007fB\u0085C\u009bD' };
    const json = escapeControlInJson(JSON.stringify(value));
    expect(json).toBe('{"title":"A\\u007fB\\u0085C\\u009bD"}');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('property: for any JSON value, the escaped text parses to the same value and forTerminal leaves it alone', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = escapeControlInJson(JSON.stringify(value));
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(forTerminal(json)).toBe(json);
      }),
      { numRuns: 300 },
    );
  });
});
