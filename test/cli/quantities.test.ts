import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { readQuantities } from '../../src/cli/quantities.js';
import { run } from '../../src/cli/run.js';

const AGREEMENT = readFileSync(
  new URL('../fixtures/usage-key-agreement.json', import.meta.url),
  'utf8',
);

function ioOf(files: Record<string, string>): CliIo {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: (path) => {
      if (Object.hasOwn(files, path)) return files[path] as string;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
  };
}

function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = run(['--agreement', 'a.json', ...argv], {
    ...ioOf({ 'a.json': AGREEMENT, ...files }),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe('readQuantities: JSON or CSV', () => {
  it('CSV with a period, blank lines and a byte order mark; JSON as the option', () => {
    const csv =
      '\uFEFFmeasure,kommunenummer,value,from,to\r\nwater,0001,100,2025-01-01,2025-12-31\n\nwater,0002, 300 ,2025-01-01,2025-12-31\n';
    expect(readQuantities('q.CSV', ioOf({ 'q.CSV': csv }))).toEqual({
      water: {
        period: { from: '2025-01-01', to: '2025-12-31' },
        values: { '0001': '100', '0002': '300' },
      },
    });
    expect(
      readQuantities('q.json', ioOf({ 'q.json': '{"water":{"values":{"0001":"1"}}}' })),
    ).toEqual({ water: { values: { '0001': '1' } } });
    // A measure or number named __proto__ stays data.
    const proto = readQuantities(
      'p.csv',
      ioOf({ 'p.csv': 'measure,kommunenummer,value\n__proto__,0001,1\n' }),
    );
    expect(Object.keys(proto)).toEqual(['__proto__']);
  });

  it('names the line of each problem', () => {
    const read = (text: string) => () => readQuantities('q.csv', ioOf({ 'q.csv': text }));
    expect(read('kommune,verdi\n')).toThrow(
      'q.csv: the first line must be "measure,kommunenummer,value" or "measure,kommunenummer,value,from,to"',
    );
    expect(read('')).toThrow('q.csv: the first line must be');
    expect(read('measure,kommunenummer,value,from\n')).toThrow('q.csv: the first line must be');
    expect(read('measure,kommunenummer,value\nwater,0001\n')).toThrow(
      'q.csv, line 2: has 2 fields, the header 3',
    );
    expect(read('measure,kommunenummer,value\nwater,0001,1\nwater,0001,2\n')).toThrow(
      'q.csv, line 3: water for 0001 is given twice',
    );
    expect(
      read(
        'measure,kommunenummer,value,from,to\nwater,0001,1,2025-01-01,2025-12-31\nwater,0002,1,2024-01-01,2024-12-31\n',
      ),
    ).toThrow(
      'q.csv, line 3: water has another period (2024-01-01–2024-12-31) than on an earlier line (2025-01-01–2025-12-31)',
    );
    expect(() => readQuantities('none.csv', ioOf({}))).toThrow(
      'cannot read none.csv: no such file',
    );
  });
});

describe('split: no --amount for a rate per inhabitant, --pool, --quantities', () => {
  it('a rate per inhabitant sets the amount: no --amount needed', () => {
    const out = cli(['split', '--pool', 'secretariat', '--json']);
    expect(out.code).toBe(0);
    const split = JSON.parse(out.stdout);
    expect(split.amount).toBe('125000.00');
    expect(split.parties.map((p: { amount: string }) => p.amount)).toEqual([
      '12500.00',
      '25000.00',
      '87500.00',
    ]);
    const text = cli(['split', '--pool', 'secretariat']).stdout;
    expect(text).toContain(
      'Satsen på 12,50 kr per innbygger gir beløpet: 12,50 kr × 10 000 innbyggere = 125 000,00 kr',
    );
  });

  it('an --amount other than the rate sets is exit 2, naming both figures', () => {
    const out = cli(['split', '--pool', 'secretariat', '--amount', '1000']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      'amount: is 1000.00 NOK, but the key of 2026-01-01 (§9) sets the amount: 12.50 NOK × 10000 inhabitants = 125000.00 NOK',
    );
  });

  it('--quantities from CSV for the measured part of the operations pool', () => {
    const csv = 'measure,kommunenummer,value\nwater,0001,100\nwater,0002,300\nwater,0003,600\n';
    const out = cli(
      [
        'split',
        '--pool',
        'operations',
        '--amount',
        '100000',
        '--quantities',
        'q.csv',
        '--lang',
        'en',
        '--json',
      ],
      { 'q.csv': csv },
    );
    expect(out.code).toBe(0);
    const split = JSON.parse(out.stdout);
    expect(split.parties.map((p: { amount: string }) => p.amount)).toEqual([
      '14666.66',
      '27666.67',
      '57666.67',
    ]);
    const texts = split.reasons.map((r: { text: string }) => r.text);
    expect(texts).toContain(
      '50 % is split by the measured Levert vann (1,000 m³ in all): 0001 100, 0002 300, 0003 600.',
    );
    const missing = cli(['split', '--pool', 'operations', '--amount', '1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('quantities.water: is required');
  });
});

describe('settle and shares with a pool, quantities and a rate', () => {
  const water = 'measure,kommunenummer,value\nwater,0001,100\nwater,0002,300\nwater,0003,600\n';

  it('settle without --amount: the rate of the secretariat pool sets the year (12.50 kr × 1 000, 2 000, 7 000)', () => {
    const { code, stdout } = cli(['settle', '--year', '2026', '--pool', 'secretariat', '--json']);
    expect(code).toBe(0);
    const s = JSON.parse(stdout);
    expect(s.parties.map((p: { amount: string }) => p.amount)).toEqual([
      '12500.00',
      '25000.00',
      '87500.00',
    ]);
    expect(s.sum).toBe('125000.00');
    const table = cli(['settle', '--year', '2026', '--pool', 'secretariat']);
    expect(table.stdout).toContain('Årsoppgjør 2026: 125 000,00 kr');
    expect(table.stdout).toContain('Satsen per innbygger gir årets beløp');
  });

  it('settle --pool --quantities splits the year as split does; without --amount a dividing key is a clear error', () => {
    const settled = cli(
      [
        'settle',
        '--year',
        '2026',
        '--amount',
        '1000000.00',
        '--pool',
        'operations',
        '--quantities',
        'w.csv',
        '--json',
      ],
      { 'w.csv': water },
    );
    expect(JSON.parse(settled.stdout).parties.map((p: { amount: string }) => p.amount)).toEqual([
      '146666.66',
      '276666.67',
      '576666.67',
    ]);
    const missing = cli(['settle', '--year', '2026']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'amount: is required: the cost key of 2026-01-01 (§4) divides an amount',
    );
  });

  it('shares --pool --quantities gives the cost shares of that key', () => {
    const { code, stdout } = cli(
      ['shares', '--date', '2026-06-01', '--pool', 'operations', '--quantities', 'w.csv'],
      { 'w.csv': water },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Kostnadsandeler per 1. juni 2026 (etter nøkkelen for Drift)');
    expect(stdout).toMatch(/0001\s+Aby\s+1 000\s+14,67 %\s+14,66 %/);
  });

  it('shares --liability: the statute, marked unverified where LEGAL.md does; it takes no pool', () => {
    let out = '';
    const code = run(['shares', '--liability', '--agreement', 'helseplattformen'], {
      ...ioOf({}),
      stdout: (text) => {
        out += text;
      },
    });
    expect(code).toBe(0);
    expect(out).toContain(
      'Ansvarsandeler (kommuneloven § 19-5, ikke verifisert) per 1. januar 2025',
    );
    const both = cli(['shares', '--liability', '--pool', 'operations']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('shares --liability tar verken --pool eller --quantities');
  });
});
