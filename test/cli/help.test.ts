import { describe, expect, it } from 'vitest';
import { COMMAND_HELP, commandHelp, globalHelp } from '../../src/cli/help.js';
import { run } from '../../src/cli/run.js';

function cli(argv: readonly string[]) {
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
  });
  return { code, stdout, stderr };
}

/** The commands the whole help lists, in its order. */
const listed = (help: string) =>
  [...help.slice(help.indexOf('\n\n') + 2).matchAll(/^ {2}([a-z-]+) {2,}/gm)]
    .map((m) => m[1] as string)
    .filter((c, i, all) => all.indexOf(c) === i && !c.startsWith('-'));

describe('help: the whole and each command’s own, in bokmål or English', () => {
  it('--help, -h and help print the whole help in bokmål; --lang en in English', () => {
    const nb = cli(['--help']);
    expect([nb.code, nb.stderr]).toEqual([0, '']);
    expect(nb.stdout.startsWith('Bruk: kommunesamarbeid <kommando> [valg]\n\nKommandoer:\n')).toBe(
      true,
    );
    expect(cli(['-h']).stdout).toBe(nb.stdout);
    expect(cli(['help']).stdout).toBe(nb.stdout);
    const en = cli(['help', '--lang', 'en']).stdout;
    expect(en.startsWith('Usage: kommunesamarbeid <command> [options]\n\nCommands:\n')).toBe(true);
    expect(en).toContain('\n  -v, --version           the version of the package\n');
    expect(en).toContain(
      'Exit codes: 0 success (a "no" outcome is a success), 2 bad input or usage, 1 internal error.\n',
    );
    expect(nb).not.toContain('Exit codes');
  });

  it('lists every command, with help as a command too', () => {
    expect(listed(cli(['--help']).stdout)).toEqual([
      'shares',
      'split',
      'decide',
      'withdraw',
      'admit',
      'settle',
      'deadlines',
      'verify',
      'check',
      'test',
      'docs',
      'export',
      'init',
      'help',
    ]);
  });

  it('every command has its own help, in both languages: usage, options, an example, exit codes', () => {
    for (const command of listed(cli(['--help']).stdout).filter((c) => c !== 'help')) {
      expect(Object.hasOwn(COMMAND_HELP, command), command).toBe(true);
      const nb = cli([command, '--help']).stdout;
      expect(nb.startsWith(`Bruk: kommunesamarbeid ${command}`), command).toBe(true);
      expect(nb).toContain('\nValg:\n');
      expect(nb).toContain(`\nEksempler:\n  kommunesamarbeid ${command}`);
      expect(nb).toContain('\nAvslutningskoder: 0 ');
      expect(cli(['help', command]).stdout).toBe(nb);
      expect(cli([command, '-h']).stdout).toBe(nb);
      const en = cli([command, '--help', '--lang', 'en']).stdout;
      expect(en.startsWith(`Usage: kommunesamarbeid ${command}`), command).toBe(true);
      expect(en).toContain('\nOptions:\n');
      expect(en).toContain('\nExit codes: 0 ');
      for (const line of [...nb.split('\n'), ...en.split('\n')])
        expect(line.length, line).toBeLessThanOrEqual(100);
    }
  });

  it('settle --help says what --events must contain, with an example of schema/events.json', () => {
    const help = cli(['settle', '--help', '--lang', 'en']).stdout;
    expect(help).toContain(
      '\nFiles:\n  --events: JSON by schema/events.json, a list of withdrawals and admissions, e.g.\n    [ { "type": "withdrawal", "party": "5038", "noticeSentOn": "2025-03-15",\n        "extraCosts": "25000.00" },\n      { "type": "admission", "effectiveDate": "2026-07-01",\n        "party": { "number": "1811", "name": "Bindal", "population": 1400 } } ]\n  --quantities: JSON of the shape',
    );
    expect(help).toContain(
      '  --events FILE           withdrawals and admissions in the year (see "Files")\n',
    );
    const nb = cli(['settle', '--help']).stdout;
    expect(nb).toContain(
      '\nFiler:\n  --events: JSON etter schema/events.json, en liste med uttredener',
    );
    expect(nb).toContain(
      '\n  --quantities: JSON med samme form som valget quantities til splitCost',
    );
  });

  it('a table command explains the formats: csv, csv-nb, the quoted kommunenummer, no sum row, no reasons', () => {
    const help = cli(['split', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('csv: RFC 4180 (komma, CRLF, desimalpunktum');
    expect(help).toContain('kommunenummeret står i anførselstegn ("0301")');
    expect(help).toContain(
      'CSV har bare radene: ingen sumrad (regnearket summerer) og ingen begrunnelser',
    );
    // decide, verify and test take table or json only: no CSV in their help.
    for (const command of ['decide', 'verify', 'test']) {
      const own = cli([command, '--help', '--lang', 'en']).stdout;
      expect(own, command).not.toContain('csv-nb:');
      expect(own, command).toContain('\n  --format table|json     table (default) or json\n');
    }
  });

  it('check --help documents its exit codes', () => {
    expect(cli(['check', '--help', '--lang', 'en']).stdout.replace(/\s+/g, ' ')).toContain(
      'Exit codes: 0 a valid agreement file with no finding of severity error (warnings and info give 0); 2 an invalid agreement file, a finding of severity error, or bad usage',
    );
  });

  it('help of a command that does not exist, or with more than one topic, is a usage error', () => {
    const none = cli(['help', 'splitt']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'kommunesamarbeid: ukjent kommando «splitt»; kommandoene er shares, split, decide, withdraw, admit, settle, deadlines, verify, check, test, docs, export, init; mente du split?\nKjør «kommunesamarbeid --help» for hjelp.\n',
    );
    const two = cli(['help', 'split', 'shares']);
    expect([two.code, two.stderr]).toEqual([
      2,
      'kommunesamarbeid: uventet argument «shares»\nKjør «kommunesamarbeid split --help» for hjelp.\n',
    ]);
  });

  it('a command without words here still gets its usage and options', () => {
    // report: a command no COMMAND_HELP entry has words for.
    expect(Object.hasOwn(COMMAND_HELP, 'report')).toBe(false);
    expect(globalHelp(['shares', 'report'], ['x'], 'en')).toContain(
      '\n  shares  ownership (eierandeler) or cost shares on a date\n  report\n  help    this help',
    );
    const help = commandHelp('report', ['agreement', 'amount', 'invoice', 'help'], 'en');
    expect(help).toBe(
      [
        'Usage: kommunesamarbeid report [options] [--agreement <id|file.json>]',
        '',
        'Options:',
        '  --amount A              the amount in NOK with at most two decimals: 1000000.50, 1000000,50 or',
        '                          1\u00a0000\u00a0000,50',
        '  --invoice FILE',
        '  --agreement <id|file.json>',
        '                          a built-in agreement (id) or an agreement file (schema/agreement.json); -',
        '                          is standard input; default helseplattformen',
        '  -h, --help              this help',
        '',
        'Exit codes: 0 success (a "no" outcome is a success), 2 bad input or usage, 1 internal error.',
        '',
      ].join('\n'),
    );
  });
});
