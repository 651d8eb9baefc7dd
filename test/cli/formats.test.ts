import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInAgreements } from '../../src/cli/load-agreement.js';
import { run } from '../../src/cli/run.js';
import { small } from '../fixtures/small-agreement.js';

/** Runs the CLI in-process on the small agreement (0001 Aby 100, 0002 Bby 50 inhabitants). */
function cli(argv: readonly string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const all: Record<string, string> = { 'small.json': JSON.stringify(small()), ...files };
  const code = run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      if (Object.hasOwn(all, path)) return all[path] as string;
      throw Object.assign(new Error(path), { code: 'ENOENT' });
    },
  });
  return { code, stdout, stderr };
}

const SMALL = ['--agreement', 'small.json'];

describe('--format csv and csv-nb: every command that prints a table', () => {
  // 1 000,01 kr by 100 : 50 inhabitants: 666,673… and 333,336…, rounded down to 666,67 and
  // 333,33; the one øre left goes to the larger remainder (0,6… of Bby against 0,3… of Aby).
  it('split: csv with the JSON field names, csv-nb for a Norwegian spreadsheet', () => {
    const split = ['split', ...SMALL, '--amount', '1 000,01'];
    expect(cli([...split, '--format', 'csv'])).toEqual({
      code: 0,
      stdout: 'number,name,population,amount\r\n0001,Aby,100,666.67\r\n0002,Bby,50,333.34\r\n',
      stderr: '',
    });
    expect(cli([...split, '--format', 'csv-nb']).stdout).toBe(
      '\uFEFFKommunenummer;Kommune;Innbyggere;Beløp (kr)\r\n"0001";Aby;100;666,67\r\n"0002";Bby;50;333,34\r\n',
    );
    expect(cli([...split, '--format=csv']).stdout).toBe(cli([...split, '--format', 'csv']).stdout);
  });

  it('shares: 100/150 and 50/150 as percent, half up and by largest remainder', () => {
    expect(cli(['shares', ...SMALL, '--format', 'csv']).stdout).toBe(
      'number,name,population,percent,percentLargestRemainder\r\n0001,Aby,100,66.67,66.67\r\n0002,Bby,50,33.33,33.33\r\n',
    );
  });

  it('settle: a whole year of 365 days each, no extra costs', () => {
    expect(
      cli(['settle', ...SMALL, '--year', '2025', '--amount', '1000,01', '--format', 'csv-nb'])
        .stdout,
    ).toBe(
      '\uFEFFKommunenummer;Kommune;Dager;Andel (kr);Ekstra (kr);Faktura (kr)\r\n"0001";Aby;365;666,67;0,00;666,67\r\n"0002";Bby;365;333,34;0,00;333,34\r\n',
    );
  });

  it('admit: the shares after 0003 Cby (50 inhabitants) joins: 100/200, 50/200, 50/200', () => {
    const admit = ['admit', ...SMALL, '--number', '0003', '--name', 'Cby', '--population', '50'];
    expect(cli([...admit, '--date', '2025-06-01', '--format', 'csv']).stdout).toBe(
      'number,name,population,percent\r\n0001,Aby,100,50.00\r\n0002,Bby,50,25.00\r\n0003,Cby,50,25.00\r\n',
    );
  });

  it('deadlines: from (empty when none) and due as ISO dates', () => {
    expect(cli(['deadlines', ...SMALL, '--year', '2025', '--format', 'csv']).stdout).toBe(
      'from,due,who,what,clause\r\n,2025-02-28,Styret,Rapport,§2\r\n',
    );
    expect(cli(['deadlines', ...SMALL, '--year', '2025', '--format', 'csv-nb']).stdout).toBe(
      '\uFEFFFra;Frist;Hvem;Hva;Punkt\r\n;2025-02-28;Styret;Rapport;§2\r\n',
    );
  });

  it('withdraw: the shares of the 33 that remain when 3430 leaves, as in the JSON', () => {
    const withdraw = ['withdraw', '--party', '3430', '--notice-date', '2025-03-01'];
    const lines = cli([...withdraw, '--format', 'csv']).stdout.split('\r\n');
    expect(lines[0]).toBe('number,name,population,percent');
    expect(lines).toHaveLength(1 + 33 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines.some((l) => l.startsWith('3430,'))).toBe(false);
    const json = JSON.parse(cli([...withdraw, '--json']).stdout) as {
      sharesAfter: { number: string; percent: string }[];
    };
    expect(lines.slice(1, -1).map((l) => [l.split(',')[0], l.split(',')[3]])).toEqual(
      json.sharesAfter.map((p) => [p.number, p.percent]),
    );
  });

  it('a text with a comma is quoted; a Helseplattformen duty is one field', () => {
    const out = cli(['deadlines', '--year', '2026', '--format', 'csv']).stdout;
    const what = builtInAgreements['helseplattformen']?.lifecycle?.calendar?.find(
      (c) => c.id === 'reporting',
    )?.what as string;
    expect(what).toContain(',');
    expect(out).toContain(`\r\n,2026-02-28,Oppgavefellesskapet,"${what}",§10\r\n`);
  });

  it('--format json is --json; --format table is the default', () => {
    const split = ['split', ...SMALL, '--amount', '100'];
    expect(cli([...split, '--format', 'json']).stdout).toBe(cli([...split, '--json']).stdout);
    expect(cli([...split, '--format', 'table']).stdout).toBe(cli(split).stdout);
  });

  it('decide prints no table: --format csv is a usage error; --json with --format csv too', () => {
    const decide = cli([
      'decide',
      '--organ',
      'o',
      '--matter',
      'm',
      '--meeting',
      'x',
      '--format',
      'csv',
    ]);
    expect(decide.code).toBe(2);
    expect(decide.stderr).toContain(
      '--format må være table eller json (denne kommandoen skriver ingen tabell); fikk "csv"',
    );
    const both = cli(['split', '--amount', '1', '--json', '--format', 'csv']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(
      '--json er --format json; det kan ikke gis sammen med --format csv',
    );
    expect(cli(['export', '--format', 'csv']).stderr).toContain('export tar ikke --format');
  });

  it('CSV keeps the CRLF but not a control character from a file', () => {
    const file = small();
    file.parties = file.parties.map((p, i) =>
      i === 0 ? { ...p, municipality: { number: '0001', name: 'A\u001b[2J\rby' } } : p,
    );
    const out = cli(['shares', '--agreement', 'a.json', '--format', 'csv'], {
      'a.json': JSON.stringify(file),
    }).stdout;
    // The CR made the field quoted; then it was removed.
    expect(out).toContain('\r\n0001,"Aby",100,66.67,66.67\r\n');
  });
});

describe('check: findings (or problems) as rows, and its exit code', () => {
  it('a valid agreement with warnings and information: exit 0; the findings as CSV', () => {
    const { code, stdout } = cli(['check', '--format', 'csv']);
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('severity,clause,code,message');
    expect(lines[1]).toBe(
      'warning,§9,stated_sum_not_100,"Prosentene i Tabell 9.1 summerer til 100,01 %, ikke 100,00 %."',
    );
  });

  it('an invalid agreement file: the report, and exit 2 (in every format)', () => {
    const file = JSON.stringify({ ...small(), id: 'Not An Id' });
    const table = cli(['check', '--agreement', 'bad.json'], { 'bad.json': file });
    expect(table).toEqual({
      code: 2,
      stdout:
        'bad.json: ugyldig avtalefil (1 feil):\n  id: må være en id av små bokstaver, sifre og bindestreker, f.eks. "legevakt-nord"\n',
      stderr: '',
    });
    const json = cli(['check', '--agreement', 'bad.json', '--json'], { 'bad.json': file });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ agreement: null, valid: false });
    const csv = cli(['check', '--agreement', 'bad.json', '--format', 'csv-nb'], {
      'bad.json': file,
    });
    expect(csv.code).toBe(2);
    expect(csv.stdout).toBe(
      '\uFEFFSti;Kode;Feil\r\nid;invalid_format;"må være en id av små bokstaver, sifre og bindestreker, f.eks. ""legevakt-nord"""\r\n',
    );
  });

  it('a finding of severity error (a body without seats): exit 2; English labels under --lang en', () => {
    const file = small();
    file.organs = file.organs.map((o) => ({ ...o, seats: { perParty: false, clause: '§1' } }));
    const files = { 'a.json': JSON.stringify(file) };
    const nb = cli(['check', '--agreement', 'a.json'], files);
    expect(nb.code).toBe(2);
    expect(nb.stdout).toContain('a.json: gyldig avtalefil. 8 funn.\n\nFEIL      §1       ');
    const en = cli(['check', '--agreement', 'a.json', '--lang', 'en'], files);
    expect(en.code).toBe(2);
    expect(en.stdout).toContain('a.json: valid agreement file. 8 findings.\n\nERROR     §1       ');
    expect(en.stdout).toContain('\nWARNING   ');
  });
});

describe('tables fit in 100 columns', () => {
  it.each(Object.keys(builtInAgreements))('%s: every command, every line', (id) => {
    for (const argv of [
      ['shares'],
      ['split', '--amount', '1000000'],
      ['settle', '--year', '2026', '--amount', '1000000'],
      ['deadlines', '--year', '2026'],
      ['check'],
      ['check', '--lang', 'en'],
    ]) {
      const { stdout } = cli([...argv, '--agreement', id]);
      for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    }
  });

  it('a withdrawal names the party leaving, and deadlines the party asked for', () => {
    const w = cli(['withdraw', '--party', '3430', '--notice-date', '2025-03-01']).stdout;
    expect(w).toContain('\nUttreden: 3430 Os\n');
    const d = cli(['deadlines', '--year', '2026', '--party', '3430']).stdout;
    expect(d).toContain('\nFrister 2026 for 3430 Os\n');
  });
});

describe("the README's spreadsheet example (Fordeling til regneark)", () => {
  it('is what split --format csv-nb prints, and each part is the exact share of 300 000,00 kr rounded to the øre', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('### Fordeling til regneark / split to a spreadsheet'),
    );
    const shown =
      /```text\n\$ npx kommunesamarbeid (.*) > fordeling\.csv\n\$ cat fordeling\.csv\n([\s\S]*?)```/.exec(
        section,
      );
    const [, command, file] = shown as unknown as [string, string, string];
    const { code, stdout } = cli(
      (command.match(/"[^"]*"|\S+/g) ?? []).map((arg) => arg.replace(/^"|"$/g, '')),
    );
    expect(code).toBe(0);
    expect(stdout).toBe(`\uFEFF${file.replace(/\n/g, '\r\n')}`);
    // Independently: 300 000 kr × population ÷ 9 611 (5 685 + 1 891 + 2 035), in øre.
    const ore = file
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [, , population, amount] = line.split(';') as [string, string, string, string];
        return { population: Number(population), ore: Number(amount.replace(',', '')) };
      });
    expect(ore.reduce((sum, p) => sum + p.ore, 0)).toBe(30_000_000);
    for (const p of ore) {
      expect(Math.abs(p.ore - (30_000_000 * p.population) / 9_611)).toBeLessThan(1);
    }
  });
});
