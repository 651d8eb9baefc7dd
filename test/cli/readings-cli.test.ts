import { describe, expect, it } from 'vitest';
import { rorosOsHoltalen } from '../../src/agreements/roros-os-holtalen/index.js';
import { run } from '../../src/cli/run.js';

/** The CLI in-process, with the given files. */
function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: (path) => {
      if (Object.hasOwn(files, path)) return files[path] as string;
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
  });
  return { code, stdout, stderr };
}

const roros = ['--agreement', 'roros-os-holtalen'];

describe('split, shares and settle: readings and service areas at the command line', () => {
  it('Røros–Os–Holtålen §8: split shows §8 as written and, beside it, the figures under the 40/60 reading (worked by hand in the handbook tests)', () => {
    const { code, stdout } = cli([
      'split',
      ...roros,
      '--amount',
      '1000000',
      '--date',
      '2024-06-01',
    ]);
    expect(code).toBe(0);
    // A line over 100 columns wraps: compared with its spaces and line breaks as one space.
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Fordeling av 1 000 000,00 kr per 1. juni 2024 (felles nøkkel for hele avtalen; et tjenesteområde velges med --service-area)',
    );
    // 1 000 000 × 5 685 / 9 611 = 591 509,73
    expect(stdout).toMatch(/5025 {2}Røros +5 685 +591 509,73/);
    expect(stdout).toContain(
      'Under de andre tolkningene:\n  cost-key-2019 = fixed-and-population-2019: 5025 488 239,17; 3430 251 385,57; 5026 260 375,26\n',
    );
  });

  it('Røros–Os–Holtålen §4 C: --service-area splits a NAV cost between Røros and Holtålen only; --reading chooses the 40/60 key', () => {
    const { code, stdout } = cli([
      'split',
      ...roros,
      '--amount',
      '1000000',
      '--date',
      '2024-06-01',
      '--service-area',
      'nav',
      '--reading',
      'cost-key-2019=fixed-and-population-2019',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('(Felles NAV-kontor)');
    expect(stdout).not.toContain('3430');
    // 40 % of 1 000 000 in two equal parts (200 000 each) + 600 000 × 5 685 / 7 720 = 441 839,38 → Røros 641 839,38.
    expect(stdout).toMatch(/5025 {2}Røros +5 685 +641 839,38/);
    expect(stdout).toMatch(/5026 {2}Holtålen +2 035 +358 160,62/);
    // The default reading is now the other one: by population, 1 000 000 × 5 685 / 7 720 = 736 398,96.
    expect(stdout).toContain('  cost-key-2019 = as-written: 5025 736 398,96; 5026 263 601,04');
  });

  it('a split of an agreement without service areas says nothing of them', () => {
    const { stdout } = cli(['split', '--amount', '1000']);
    expect(stdout).toContain('Fordeling av 1 000,00 kr per 1. januar 2025\n');
    expect(stdout).not.toContain('Under de andre tolkningene');
  });

  it('shares shows the percentages under the other reading', () => {
    const { code, stdout } = cli(['shares', ...roros, '--date', '2024-06-01']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      / {2}cost-key-2019 = fixed-and-population-2019: 5025 \d+,\d\d %; 3430 \d+,\d\d %; 5026 \d+,\d\d %\n/,
    );
  });

  it('Helseplattformen §12: settle shows that the actual-costs reading cannot be worked out from one amount; choosing it is exit 2', () => {
    const { stdout } = cli(['settle', '--year', '2026', '--amount', '1000000']);
    expect(stdout).toContain(
      '  settlement-by-calendar-day = actual-costs: kan ikke regnes ut av årets samlede beløp alene\n',
    );
    const chosen = cli([
      'settle',
      '--year',
      '2026',
      '--amount',
      '1000000',
      '--reading',
      'settlement-by-calendar-day=actual-costs',
    ]);
    expect(chosen.code).toBe(2);
  });

  it('--reading for a note the agreement does not have, or twice for one note, is exit 2', () => {
    expect(cli(['split', '--amount', '1', '--reading', 'nope=x']).code).toBe(2);
    const twice = cli([
      'shares',
      ...roros,
      '--reading',
      'cost-key-2019=as-written',
      '--reading',
      'cost-key-2019=as-written',
    ]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--reading nevner notatet cost-key-2019 to ganger');
  });

  it('§8 where no key applies under the other reading on the date, the line says so', () => {
    // Both keys apply only under a reading: the population key under "as-written", the 40/60 key
    // (from 2019) under the other. In 2018 the other reading has no key at all.
    const file = {
      ...rorosOsHoltalen,
      costKeys: rorosOsHoltalen.costKeys.map((key) =>
        key.reading === undefined
          ? { ...key, reading: { note: 'cost-key-2019', reading: 'as-written' } }
          : key,
      ),
    };
    const { code, stdout } = cli(
      ['split', '--agreement', 'a.json', '--amount', '1000', '--date', '2018-06-01'],
      { 'a.json': JSON.stringify(file) },
    );
    expect(code).toBe(0);
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      ' cost-key-2019 = fixed-and-population-2019: ingen kostnadsnøkkel gjelder under denne tolkningen på datoen ',
    );
  });

  it('--service-area for an area the agreement does not have is exit 2', () => {
    expect(cli(['split', ...roros, '--amount', '1', '--service-area', 'nope']).code).toBe(2);
  });
});

describe('--help fits a terminal', () => {
  it('no line of the help is wider than 100 columns', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((line) => [...line].length > 100)).toEqual([]);
  });
});
