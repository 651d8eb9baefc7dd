import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { editDistance, MESSAGES, nearest } from '../../src/cli/messages.js';
import { run } from '../../src/cli/run.js';

function cli(argv: readonly string[], more: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: () => {
      throw Object.assign(new Error('no files'), { code: 'ENOENT' });
    },
    ...more,
  });
  return { code, stdout, stderr };
}

/** The usage error as printed: the message and where to find help. */
const usage = (message: string, command?: string) =>
  `kommunesamarbeid: ${message}\nKjør «kommunesamarbeid ${command === undefined ? '' : `${command} `}--help» for hjelp.\n`;

describe('editDistance and nearest: "did you mean"', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('ammount', 'amount')).toBe(1);
    expect(editDistance('amuont', 'amount')).toBe(2);
    expect(editDistance('', 'date')).toBe(4);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('property: a metric (zero only for equal strings, symmetric, the triangle inequality)', () => {
    const word = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('nearest: the first of the nearest within 2, or none', () => {
    expect(nearest('ammount', ['date', 'amount'])).toBe('amount');
    expect(nearest('dat', ['data', 'date'])).toBe('data');
    expect(nearest('pary', ['party', 'pool'])).toBe('party');
    expect(nearest('xyzzy', ['date', 'amount'])).toBeUndefined();
    expect(nearest('abc', ['abcde'])).toBe('abcde');
    expect(nearest('abc', ['abcdef'])).toBeUndefined();
  });
});

describe('options: our own messages, in the language of --lang', () => {
  it.each([
    [['split', '--ammount', '100'], 'ukjent valg --ammount; mente du --amount?', 'split'],
    [['split', '--bogus'], 'ukjent valg --bogus', 'split'],
    [['split', '-x'], 'ukjent valg -x', 'split'],
    [['split', '--party', '1'], 'split tar ikke --party', 'split'],
    [['shares', '--amont', '1'], 'ukjent valg --amont', 'shares'],
    [['split', '--amount'], '--amount mangler en verdi', 'split'],
    [
      ['split', '--amount', '--date'],
      '--amount mangler en verdi («--date» ser ut som et valg; skriv --amount=--date om det er verdien)',
      'split',
    ],
    [['split', '--json=yes'], '--json tar ingen verdi', 'split'],
    [['split', '--amount', '1', '--amount', '2'], '--amount er gitt to ganger', 'split'],
    [
      ['splitt'],
      'ukjent kommando «splitt»; kommandoene er shares, split, decide, withdraw, admit, settle, deadlines, verify, check, test, docs, export, init; mente du split?',
      undefined,
    ],
    [
      ['zzz'],
      'ukjent kommando «zzz»; kommandoene er shares, split, decide, withdraw, admit, settle, deadlines, verify, check, test, docs, export, init',
      undefined,
    ],
    [[], 'ingen kommando er gitt', undefined],
    [['--date', 'x'], 'ingen kommando er gitt', undefined],
  ])('%j', (argv, message, command) => {
    expect(cli(argv)).toEqual({ code: 2, stdout: '', stderr: usage(message, command) });
  });

  it('the same in English under --lang en (wherever it stands)', () => {
    expect(cli(['split', '--ammount', '100', '--lang', 'en']).stderr).toBe(
      'kommunesamarbeid: unknown option --ammount; did you mean --amount?\nRun "kommunesamarbeid split --help" for usage.\n',
    );
    expect(cli(['--lang=en', 'split', '--amount']).stderr).toBe(
      'kommunesamarbeid: --amount needs a value\nRun "kommunesamarbeid split --help" for usage.\n',
    );
    expect(cli(['split', '--amount', '-5', '--lang', 'en']).stderr).toContain(
      '--amount needs a value ("-5" looks like an option; write --amount=-5 if it is the value)',
    );
    expect(cli(['split', '--party', '1', '--lang', 'en']).stderr).toContain(
      'split does not take --party\n',
    );
    expect(cli(['split', '--json=1', '--lang', 'en']).stderr).toContain('--json takes no value\n');
    expect(cli(['split', '--date', '1', '--date', '2', '--lang', 'en']).stderr).toContain(
      '--date is given twice\n',
    );
    expect(cli(['--lang', 'en']).stderr).toContain('no command given\n');
    expect(cli(['nope', '--lang', 'en']).stderr).toContain('unknown command "nope"; commands: ');
    expect(cli(['split', 'x', '--lang', 'en']).stderr).toContain('unexpected argument "x"\n');
  });

  it('an option that may repeat may repeat; a value may start with - after =', () => {
    const twice = cli(['split', '--reading', 'a=b', '--reading', 'c=d', '--amount', '1']);
    expect(twice.stderr).not.toContain('to ganger');
    expect(cli(['split', '--amount=-5']).stderr).toContain('amount: kan ikke være negativ: "-5"');
    // - alone is standard input, a value
    expect(cli(['check', '--agreement', '-']).stderr).toContain(
      'kan ikke lese -: filen finnes ikke',
    );
  });

  it('the words exist in both languages, the same keys', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.nb).sort());
    expect(MESSAGES.en.problems(1)).toBe('1 problem');
    expect(MESSAGES.en.problems(2)).toBe('2 problems');
    expect(MESSAGES.en.validFile(1)).toBe('valid agreement file. 1 finding.');
    expect(MESSAGES.nb.validFile(1)).toBe('gyldig avtalefil. 1 funn.');
  });
});

describe('--version and -v', () => {
  it('print the version the host gives (the bin reads package.json)', () => {
    const io = { version: () => '9.8.7' };
    expect(cli(['--version'], io)).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
    expect(cli(['-v'], io).stdout).toBe('9.8.7\n');
    expect(cli(['split', '--version'], io).stdout).toBe('9.8.7\n');
    expect(cli(['--version']).stdout).toBe('unknown\n');
  });
});

describe('errors under --json: one JSON object on standard error, the exit code unchanged', () => {
  it('a usage error: exit 2, the title, one problem with its path and code', () => {
    const { code, stdout, stderr } = cli(['split', '--ammount', '1', '--json']);
    expect([code, stdout]).toEqual([2, '']);
    expect(JSON.parse(stderr)).toEqual({
      error: 'feil bruk',
      problems: [
        {
          path: '--ammount',
          code: 'unknown_option',
          message: 'ukjent valg --ammount; mente du --amount?',
        },
      ],
    });
    expect(
      JSON.parse(cli(['split', '--format', 'json', '--lang', 'en', '--amount']).stderr),
    ).toEqual({
      error: 'bad usage',
      problems: [{ path: '--amount', code: 'missing_value', message: '--amount needs a value' }],
    });
    expect(JSON.parse(cli(['--json', 'split', 'x']).stderr)).toEqual({
      error: 'feil bruk',
      problems: [{ path: 'x', code: 'unexpected_argument', message: 'uventet argument «x»' }],
    });
    expect(JSON.parse(cli(['split', '--json', '--', '--json']).stderr).problems[0].code).toBe(
      'unexpected_argument',
    );
  });

  it('a usage error from a command: code usage, no path', () => {
    expect(JSON.parse(cli(['settle', '--json']).stderr)).toEqual({
      error: 'feil bruk',
      problems: [{ path: '', code: 'missing_option', message: 'settle trenger --year' }],
    });
  });

  it('bad input: exit 2, the title and every problem with path, code and message', () => {
    const { code, stdout, stderr } = cli(['split', '--amount', '1.234', '--json']);
    expect([code, stdout]).toEqual([2, '']);
    expect(JSON.parse(stderr)).toEqual({
      error: 'Ugyldig beløp',
      problems: [
        {
          path: 'amount',
          code: 'too_many_decimals',
          message: 'har mer enn to desimaler: "1.234"',
        },
      ],
    });
  });

  it('an internal error: exit 1, the title and the error as the one problem', () => {
    const { code, stderr } = cli(['shares', '--json'], {
      stdout: () => {
        throw new Error('EPIPE');
      },
    });
    expect(code).toBe(1);
    expect(JSON.parse(stderr)).toEqual({
      error: 'intern feil; meld den gjerne fra',
      problems: [{ path: '', code: 'internal', message: 'Error: EPIPE' }],
    });
  });

  it('without --json, the text; --format table is not JSON', () => {
    expect(cli(['split', '--amount', '1.234', '--format', 'table']).stderr).toBe(
      'kommunesamarbeid: Ugyldig beløp (1 feil):\n  amount: har mer enn to desimaler: "1.234"\n',
    );
  });
});
