import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { parseAmount } from '../../src/finance/money.js';
import { AgreementInputError } from '../../src/model/errors.js';
import { parseEvents } from '../../src/model/events.js';
import { parseMeeting } from '../../src/model/meeting.js';
import { safeParseAgreement } from '../../src/model/parse-agreement.js';
import { parseRegions } from '../../src/model/parse-regions.js';
import { populationFromJsonStat } from '../../src/model/population-jsonstat.js';

/** Arbitrary JSON with the nasty bits: __proto__ keys, huge numbers, long strings, deep nesting, invalid dates. */
const hostile = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.constantFrom(
      '2025-02-30',
      '2024-13-01',
      '9999999999999999999999',
      '-0',
      '1e309',
      '__proto__',
      'constructor',
      '§9',
    ),
    fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1e308, 1e308, 0.1 + 0.2),
    fc.string({ minLength: 10_000, maxLength: 20_000 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'parties',
        'date',
        'ballots',
        'attendance',
      ),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

/** JSON text of a hostile value, parsed back: `__proto__` becomes an own key, as from a file. */
const asFile = (value: unknown) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown;

const onlyInputErrors = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AgreementInputError);
  }
};

describe('hostile input', () => {
  it('every parse function throws only AgreementInputError, leaves its input alone, and pollutes no prototype', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const input = asFile(raw);
        const before = JSON.stringify(input);
        expect(
          safeParseAgreement(input).success === true || safeParseAgreement(input).success === false,
        ).toBe(true);
        onlyInputErrors(() => parseMeeting(input));
        onlyInputErrors(() => parseEvents(input));
        onlyInputErrors(() => parseRegions(input));
        onlyInputErrors(() => populationFromJsonStat(input));
        onlyInputErrors(() => parseAmount(input));
        expect(JSON.stringify(input)).toBe(before);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 150 },
    );
  });

  it('every CLI command given a hostile file exits 0 or 2, never 1, and writes no stack trace', () => {
    const commands = [
      ['shares', '--agreement', 'f.json'],
      ['check', '--agreement', 'f.json'],
      ['decide', '--organ', 'representantskap', '--matter', 'budget', '--meeting', 'f.json'],
      ['settle', '--year', '2026', '--amount', '100', '--events', 'f.json'],
      [
        'decide',
        '--organ',
        'styre',
        '--matter',
        'decision',
        '--meeting',
        'm.json',
        '--regions',
        'f.json',
      ],
    ];
    fc.assert(
      fc.property(hostile, fc.constantFrom(...commands), (raw, argv) => {
        let stderr = '';
        const meeting = JSON.stringify({
          date: '2025-03-12',
          presiding: 'x',
          attendance: {},
          ballots: {},
        });
        const code = run(argv, {
          stdout: () => undefined,
          stderr: (text) => {
            stderr += text;
          },
          readFile: (path) => (path === 'm.json' ? meeting : (JSON.stringify(raw) ?? 'null')),
        });
        expect([0, 2]).toContain(code);
        expect(stderr).not.toMatch(/\n\s+at /);
      }),
      { numRuns: 150 },
    );
  });

  it('a __proto__ key in an agreement file is an unknown field, not a prototype', () => {
    const file = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    const result = safeParseAgreement(file);
    expect(result.success).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
