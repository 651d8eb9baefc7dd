import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { small } from '../fixtures/small-agreement.js';

/** Two scenarios on Røros–Os–Holtålen, §8 B i: 300 000 kr by population 5 685 : 1 891 : 2 035. */
const ROROS = {
  agreement: 'roros-os-holtalen',
  scenarios: [
    {
      name: 'Røros betaler 177 452,92 kr',
      clause: '§8 B i',
      split: { amount: '300 000', date: '2018-06-01' },
      expect: { parties: { '5025': '177 452,92' }, sum: '300 000,00' },
    },
    {
      name: 'Os betaler 59 026,13 kr',
      clause: '§8 B i',
      split: { amount: '300000', date: '2018-06-01' },
      expect: { parties: { '3430': '59026.13' }, reasons: ['quorum_met'] },
    },
  ],
};

/** The small agreement by a path relative to the scenario file: 0001 Aby 100, 0002 Bby 50. */
const LITEN = {
  agreement: '../avtaler/liten.json',
  scenarios: [
    {
      name: 'Aby betaler 100 kr',
      clause: '§2',
      split: { amount: '150' },
      expect: { parties: { '0001': '100' } },
    },
  ],
};

function cli(argv: string[], files: Record<string, unknown> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      if (Object.hasOwn(files, path)) {
        const file = files[path];
        return typeof file === 'string' ? file : JSON.stringify(file);
      }
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
  };
  const code = run(argv, io);
  return { code, stdout, stderr };
}

describe('kommunesamarbeid test FILE…', () => {
  it('prints ✓ or ✗ per scenario with what differed, and a summary; exit 1 when one failed', () => {
    // 300 000 × 1 891/9 611 = 59 026.1159…: Os pays 59 026.12, not 59 026.13.
    const result = cli(['test', 'roros.json'], { 'roros.json': ROROS });
    expect(result).toEqual({
      code: 1,
      stdout: [
        'roros.json (roros-os-holtalen)',
        '  ✓ §8 B i Røros betaler 177 452,92 kr',
        // A line over 100 columns wraps, the rest indented under the mark.
        '  ✗ §8 B i Os betaler 59 026,13 kr — parties.3430: forventet 59026.13, fikk 59026.12; reasons:',
        '    forventet quorum_met, fikk parties_active §1, cost_key_population §8 B, split_largest_remainder',
        '    §8 B',
        '2 scenarioer: 1 bestått, 1 feilet',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('exit 0 when all pass; an agreement file is read relative to the scenario file; several files, one summary', () => {
    const passing = { ...ROROS, scenarios: ROROS.scenarios.slice(0, 1) };
    const result = cli(['test', 'a.json', 'sc/liten.json'], {
      'a.json': passing,
      'sc/liten.json': LITEN,
      'avtaler/liten.json': small(),
    });
    expect(result).toEqual({
      code: 0,
      stdout: [
        'a.json (roros-os-holtalen)',
        '  ✓ §8 B i Røros betaler 177 452,92 kr',
        '',
        'sc/liten.json (../avtaler/liten.json)',
        '  ✓ §2 Aby betaler 100 kr',
        '2 scenarioer: 2 bestått, 0 feilet',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('an absolute agreement path is taken as it is; one scenario is "1 scenario"', () => {
    const result = cli(['test', 'sc/liten.json'], {
      'sc/liten.json': { ...LITEN, agreement: '/avtaler/liten.json' },
      '/avtaler/liten.json': small(),
    });
    expect([result.code, result.stdout.split('\n').at(-2)]).toEqual([
      0,
      '1 scenario: 1 bestått, 0 feilet',
    ]);
  });

  it('--lang en: the words of the lines and the summary in English', () => {
    const result = cli(['test', '--lang', 'en', 'roros.json'], {
      'roros.json': { ...ROROS, scenarios: ROROS.scenarios.slice(1) },
    });
    expect(result.stdout.split('\n').slice(1)).toEqual([
      '  ✗ §8 B i Os betaler 59 026,13 kr — parties.3430: expected 59026.13, got 59026.12; reasons:',
      '    expected quorum_met, got parties_active §1, cost_key_population §8 B, split_largest_remainder §8',
      '    B',
      '1 scenario: 0 passed, 1 failed',
      '',
    ]);
  });

  it('an expected error that does not come, and an error not expected, say so in words', () => {
    const file = {
      agreement: 'roros-os-holtalen',
      scenarios: [
        {
          name: 'a',
          clause: '§8',
          split: { amount: '1', date: '2018-06-01' },
          expect: { error: { code: 'x' } },
        },
        { name: 'b', clause: '§8', split: { amount: '1.005' }, expect: {} },
      ],
    };
    expect(cli(['test', 'f.json'], { 'f.json': file }).stdout.split('\n').slice(1, 4)).toEqual([
      '  ✗ §8 a — error: forventet x, fikk ingenting',
      '  ✗ §8 b — error: forventet ingen feil, fikk too_many_decimals (amount): has more than two',
      '    decimals: "1.005"',
    ]);
    expect(
      cli(['test', '--lang', 'en', 'f.json'], { 'f.json': file }).stdout.split('\n').slice(1, 4),
    ).toEqual([
      '  ✗ §8 a — error: expected x, got nothing',
      '  ✗ §8 b — error: expected no error, got too_many_decimals (amount): has more than two decimals:',
      '    "1.005"',
    ]);
  });

  it('--json: ok, the counts, and each file with its agreement and results', () => {
    const result = cli(['test', '--json', 'roros.json'], { 'roros.json': ROROS });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      passed: 1,
      failed: 1,
      files: [
        {
          file: 'roros.json',
          agreement: 'roros-os-holtalen',
          scenarios: [
            {
              name: 'Røros betaler 177 452,92 kr',
              clause: '§8 B i',
              passed: true,
              differences: [],
            },
            {
              name: 'Os betaler 59 026,13 kr',
              clause: '§8 B i',
              passed: false,
              differences: [
                { path: 'parties.3430', expected: '59026.13', actual: '59026.12' },
                {
                  path: 'reasons',
                  expected: 'quorum_met',
                  actual:
                    'parties_active §1, cost_key_population §8 B, split_largest_remainder §8 B',
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('a file that is not a scenario file is bad input (exit 2), every problem named with the file', () => {
    const result = cli(['test', 'ok.json', 'bad.json'], {
      'ok.json': ROROS,
      'bad.json': {
        agreement: 'roros-os-holtalen',
        scenarios: [{ name: 'x', clause: '§8', expect: {} }, { name: 'y' }],
      },
    });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'kommunesamarbeid: bad.json: Ugyldig scenariofil (2 feil):',
        '  scenarios[0]: must hold exactly one of split, shares, decide, withdraw, settle, admit',
        '  scenarios[1]: must hold exactly one of split, shares, decide, withdraw, settle, admit',
        '',
      ].join('\n'),
    });
  });

  it('an agreement file with problems is named by the scenario file too; a missing file or unknown id is a usage error', () => {
    const broken = cli(['test', 'sc/liten.json'], {
      'sc/liten.json': LITEN,
      'avtaler/liten.json': { ...small(), validFrom: '2025-02-30' },
    });
    expect(broken.code).toBe(2);
    expect(broken.stderr.split('\n').slice(0, 2)).toEqual([
      'kommunesamarbeid: sc/liten.json: Ugyldig avtale (1 feil):',
      '  validFrom: må være en dato ÅÅÅÅ-MM-DD som finnes i kalenderen',
    ]);
    expect(cli(['test', 'sc/liten.json'], { 'sc/liten.json': LITEN }).stderr).toBe(
      'kommunesamarbeid: kan ikke lese avtaler/liten.json: filen finnes ikke\nKjør «kommunesamarbeid test --help» for hjelp.\n',
    );
    const unknown = cli(['test', 'u.json'], { 'u.json': { ...ROROS, agreement: 'roros' } });
    expect([unknown.code, unknown.stderr.split(':').slice(0, 2).join(':')]).toEqual([
      2,
      'kommunesamarbeid: ukjent avtale "roros"',
    ]);
  });

  it('needs a file, and takes neither --agreement nor the options of other commands', () => {
    expect(cli(['test'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'kommunesamarbeid: test trenger én eller flere scenariofiler\nKjør «kommunesamarbeid test --help» for hjelp.\n',
    });
    expect(cli(['test', '--agreement', 'digitrondelag', 'a.json']).stderr).toContain(
      'test tar ikke --agreement',
    );
    expect(cli(['shares', 'extra']).stderr).toContain('uventet argument «extra»');
    expect(cli(['--help']).stdout).toContain(
      '\n  test       kjør scenariofiler: en linje per scenario, bestått eller feilet\n',
    );
  });
});
