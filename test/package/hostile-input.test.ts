import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTextFile, writeFilesSafely } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/run.js';
import { forTerminal } from '../../src/cli/terminal.js';
import { AgreementInputError } from '../../src/model/errors.js';
import { parseEvents } from '../../src/model/events.js';
import { parseMeeting } from '../../src/model/meeting.js';
import { safeParseAgreement } from '../../src/model/parse-agreement.js';
import { parseRegions } from '../../src/model/parse-regions.js';
import { parseAmount } from '../../src/rules/money.js';
import { populationFromJsonStat } from '../../src/ssb/index.js';

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

// Each test starts the CLI or runs a property many times: under load (mutation testing, a busy
// machine) that takes longer than vitest's 5 s default, so they get a minute; a hang still fails.
describe('hostile input', { timeout: 60_000 }, () => {
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

  /** Every command that reads a file, with `f` the hostile one (and `m.json` a valid meeting). */
  const READERS = [
    ['shares', '--agreement', 'f'],
    ['split', '--amount', '100', '--agreement', 'f'],
    ['check', '--agreement', 'f'],
    ['withdraw', '--party', '5001', '--notice-date', '2025-03-01', '--agreement', 'f'],
    ['admit', '--number', '1811', '--name', 'Bindal', '--population', '1400', '--agreement', 'f'],
    ['deadlines', '--year', '2026', '--agreement', 'f'],
    ['decide', '--organ', 'representantskap', '--matter', 'budget', '--meeting', 'f'],
    ['settle', '--year', '2026', '--amount', '100', '--events', 'f'],
    ['decide', '--organ', 'styre', '--matter', 'decision', '--meeting', 'm', '--regions', 'f'],
  ];
  const MEETING = JSON.stringify({
    date: '2025-03-12',
    presiding: 'x',
    attendance: {},
    ballots: {},
  });

  /** Runs argv with the real reader over a temp dir holding `f` (the bytes) and `m` (a meeting). */
  const runOnBytes = (dir: string, argv: readonly string[], bytes: Uint8Array) => {
    writeFileSync(join(dir, 'f'), bytes);
    writeFileSync(join(dir, 'm'), MEETING);
    let stdout = '';
    let stderr = '';
    const code = run(
      argv.map((a) => (a === 'f' || a === 'm' ? join(dir, a) : a)),
      {
        stdout: (t) => {
          stdout += t;
        },
        stderr: (t) => {
          stderr += t;
        },
        readFile: (path) => readTextFile(path),
      },
    );
    return { code, stdout, stderr };
  };

  it('arbitrary bytes into every command that reads a file: exit 0 or 2, one message, no stack trace, nothing to steer a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ks-hostile-'));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      hostile.map((v) => new TextEncoder().encode(JSON.stringify(v) ?? 'null')),
      fc
        .tuple(fc.jsonValue(), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat())
        .map(([v, junk, at]) => {
          const text = new TextEncoder().encode(JSON.stringify(v) ?? 'null');
          const cut = at % (text.length + 1);
          return new Uint8Array([...text.subarray(0, cut), ...junk, ...text.subarray(cut)]);
        }),
    );
    try {
      fc.assert(
        fc.property(bytes, fc.constantFrom(...READERS), (input, argv) => {
          const { code, stdout, stderr } = runOnBytes(dir, argv, input);
          expect([0, 2]).toContain(code);
          expect(stderr).not.toMatch(/\n\s+at /);
          expect(stdout).toBe(forTerminal(stdout));
          expect(stderr).toBe(forTerminal(stderr));
          // check reports an invalid file on standard output with exit 2; the rest print nothing.
          if (code === 2 && argv[0] === 'check' && stderr === '') {
            expect(stdout).toMatch(/: ugyldig avtalefil \(\d+ feil\):\n/);
          } else if (code === 2) {
            expect(stdout).toBe('');
            expect(stderr.match(/^kommunesamarbeid: /gm)).toHaveLength(1);
          }
        }),
        { numRuns: 200 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a key given twice anywhere in a file: every command exits 2 and names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ks-hostile-'));
    try {
      fc.assert(
        fc.property(
          fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), {
            maxKeys: 3,
          }),
          fc.constantFrom('__proto__', 'constructor', 'parties', 'date', 'x'),
          fc.constantFrom(...READERS),
          (object, key, argv) => {
            const rest = JSON.stringify(object).slice(1);
            const text = `{"${key}":1,${rest === '}' ? '' : rest.slice(0, -1).concat(',')}"${key}":2}`;
            const { code, stderr } = runOnBytes(dir, argv, new TextEncoder().encode(text));
            expect(code).toBe(2);
            expect(stderr).toContain('er gitt to ganger i samme objekt');
          },
        ),
        { numRuns: 100 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('docs never writes outside --out, whatever already lies in it (links in, out and dangling; directories; files)', () => {
    const kinds = fc.constantFrom('none', 'file', 'dir', 'link-out', 'link-dangling', 'link-dir');
    const names = ['khs-vestre-viken.md', 'khs-vestre-viken.html', 'index.html', 'index.md'];
    fc.assert(
      fc.property(fc.tuple(kinds, kinds, kinds, kinds), fc.boolean(), (layout, outIsLink) => {
        const root = mkdtempSync(join(tmpdir(), 'ks-docs-hostile-'));
        try {
          const outside = join(root, 'outside');
          mkdirSync(outside);
          writeFileSync(join(outside, 'keep'), 'keep me');
          const real = join(root, 'real');
          mkdirSync(real);
          const out = outIsLink ? join(root, 'out') : real;
          if (outIsLink) symlinkSync(real, out);
          layout.forEach((kind, i) => {
            const path = join(real, names[i] as string);
            if (kind === 'file') writeFileSync(path, 'old');
            if (kind === 'dir') mkdirSync(path);
            if (kind === 'link-out') symlinkSync(join(outside, 'keep'), path);
            if (kind === 'link-dangling') symlinkSync(join(outside, `new-${i}`), path);
            if (kind === 'link-dir') symlinkSync(outside, path);
          });
          let stderr = '';
          const code = run(['docs', '--out', out, '--agreement', 'khs-vestre-viken'], {
            stdout: () => undefined,
            stderr: (t) => {
              stderr += t;
            },
            readFile: readTextFile,
            writeFiles: writeFilesSafely,
            comingYear: 2026,
          });
          expect(readdirSync(outside)).toEqual(['keep']);
          expect(readFileSync(join(outside, 'keep'), 'utf8')).toBe('keep me');
          const clean = !outIsLink && layout.every((k) => k === 'none' || k === 'file');
          expect(code).toBe(clean ? 0 : 2);
          if (!clean) expect(stderr).toMatch(/^kommunesamarbeid: (--out|skriver ikke)/);
          if (clean) expect(readdirSync(real).sort()).toEqual([...names].sort());
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      {
        numRuns: 40,
        examples: [
          [['none', 'none', 'none', 'none'], false],
          [['file', 'none', 'file', 'none'], false],
          [['none', 'link-out', 'none', 'none'], false],
        ],
      },
    );
  });

  it('endless and random devices as any input file: the built CLI ends with exit 2 within its timeout', () => {
    const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
    for (const argv of [
      ['shares', '--agreement', '/dev/zero'],
      ['decide', '--organ', 'representantskap', '--matter', 'budget', '--meeting', '/dev/urandom'],
      ['settle', '--year', '2026', '--amount', '1', '--events', '/dev/zero'],
    ]) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...argv], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(result.signal).toBeNull();
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /^kommunesamarbeid: kan ikke lese \/dev\/\w+: den er (større enn grensen|ikke UTF-8-tekst)/,
      );
    }
  }, 60_000); // three CLI starts of up to 20 s each (spawnSync's timeout), not vitest's 5 s default
});
