import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from '../../src/internal/json-text.js';

/** The key as JSON text with every character as a `\uXXXX` escape: the same key to a JSON reader. */
const escapedKey = (key: string) =>
  `"${[...key].map((c) => [...c].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')).join('')}"`;

describe('findDuplicateKeys', () => {
  it('finds a key given twice, with the line and column of both', () => {
    expect(findDuplicateKeys('{"a": 1,\n "a": 2}')).toEqual([
      { path: ['a'], line: 2, column: 2, firstLine: 1, firstColumn: 2 },
    ]);
  });

  it('names the path through objects and lists: a population given twice in the second party', () => {
    const text = [
      '{',
      '  "parties": [',
      '    { "number": "5001", "population": 1 },',
      '    { "number": "1505",',
      '      "population": 2, "population": 3 }',
      '  ]',
      '}',
    ].join('\n');
    expect(findDuplicateKeys(text)).toEqual([
      { path: ['parties', 1, 'population'], line: 5, column: 24, firstLine: 5, firstColumn: 7 },
    ]);
  });

  it('reads keys as JSON does: "a" and "\\u0061" are the same key', () => {
    expect(findDuplicateKeys('{"a":1,"\\u0061":2}')).toEqual([
      { path: ['a'], line: 1, column: 8, firstLine: 1, firstColumn: 2 },
    ]);
    expect(findDuplicateKeys('{"a\\"b":1,"a\\u0022b":2}').map((d) => d.path)).toEqual([['a"b']]);
  });

  it('treats __proto__, constructor and toString as ordinary keys', () => {
    expect(findDuplicateKeys('{"__proto__":1,"__proto__":2}').map((d) => d.path)).toEqual([
      ['__proto__'],
    ]);
    expect(findDuplicateKeys('{"constructor":1,"toString":2,"hasOwnProperty":3}')).toEqual([]);
    expect(findDuplicateKeys('{"constructor":{"x":1,"x":2}}').map((d) => d.path)).toEqual([
      ['constructor', 'x'],
    ]);
  });

  it('reports every repetition, in text order, each against the first', () => {
    expect(findDuplicateKeys('{"b":1,"a":1,"b":2,"a":2,"b":3}')).toEqual([
      { path: ['b'], line: 1, column: 14, firstLine: 1, firstColumn: 2 },
      { path: ['a'], line: 1, column: 20, firstLine: 1, firstColumn: 8 },
      { path: ['b'], line: 1, column: 26, firstLine: 1, firstColumn: 2 },
    ]);
  });

  it('does not count the same key in sibling objects, keys of nested objects, or string values', () => {
    expect(findDuplicateKeys('[{"a":1},{"a":1}]')).toEqual([]);
    expect(findDuplicateKeys('{"a":{"a":{"a":1}}}')).toEqual([]);
    expect(findDuplicateKeys('{"a":"a","b":"a","c":["a","a"]}')).toEqual([]);
    const tricky = '{"a":"x\\"{,[\\\\","b":{"c":[1,{"a":2}]},"a":true}';
    expect(findDuplicateKeys(tricky)).toEqual([
      { path: ['a'], line: 1, column: tricky.lastIndexOf('"a"') + 1, firstLine: 1, firstColumn: 2 },
    ]);
  });

  it('keeps list indexes right after nested lists and objects', () => {
    expect(findDuplicateKeys('[[1,2],{"x":[3]},null,{"k":1,"k":2}]').map((d) => d.path)).toEqual([
      [3, 'k'],
    ]);
  });

  it('handles nesting 100 000 deep without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}{"a":1,"a":2}${']'.repeat(100_000)}`;
    const [found] = findDuplicateKeys(deep);
    expect(found?.path).toHaveLength(100_001);
    expect(found?.column).toBe(100_008);
  });

  it('ends on text that is not JSON (an unclosed string) and reports nothing', () => {
    expect(findDuplicateKeys('{"a":1,"a')).toEqual([]);
    expect(findDuplicateKeys('{"a":1,"a\\')).toEqual([]);
    expect(findDuplicateKeys('1,2,{"a":1,"a":2}]]').map((d) => d.path)).toEqual([['a']]);
  });

  it('property: JSON written by JSON.stringify, compact or indented, has no duplicate keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        expect(findDuplicateKeys(JSON.stringify(value, null, indent))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a duplicate injected at any path is found at that path, line and column', () => {
    const segment = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('__proto__', 'constructor', 'a"b', 'æ\\ø'),
      fc.nat({ max: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 5 }),
        fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'toString')),
        fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), {
          maxKeys: 3,
        }),
        fc.boolean(),
        (path, key, siblings, escaped) => {
          const others = Object.entries(siblings).filter(([k]) => k !== key);
          const entries = others.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
          const head = `{${JSON.stringify(key)}:1,${entries.map((e) => `${e},`).join('')}`;
          const second = escaped ? escapedKey(key) : JSON.stringify(key);
          const inner = `${head}${second}:2}`;
          // Wrap the object in the path, outermost last; count what comes before it.
          let before = '';
          let after = '';
          for (const step of [...path].reverse()) {
            if (typeof step === 'number') {
              before = `[${'0,'.repeat(step)}${before}`;
              after = `${after}]`;
            } else {
              before = `{"sibling":0,${JSON.stringify(step)}:${before}`;
              after = `${after}}`;
            }
          }
          const text = `${before}${inner}${after}`;
          expect(JSON.parse(text)).toBeDefined();
          expect(findDuplicateKeys(text)).toEqual([
            {
              path: [...path, key],
              line: 1,
              column: before.length + head.length + 1,
              firstLine: 1,
              firstColumn: before.length + 2,
            },
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
