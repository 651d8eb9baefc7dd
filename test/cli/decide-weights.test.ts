import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { weightedIks } from '../fixtures/weighted-iks.js';

/** `decide` in-process on the weighted IKS file and one meeting file. */
function decideCli(
  organ: string,
  matter: string,
  meeting: object,
  agreement: object = weightedIks(),
) {
  let stdout = '';
  let stderr = '';
  const code = run(
    [
      'decide',
      '--agreement',
      'iks.json',
      '--organ',
      organ,
      '--matter',
      matter,
      '--meeting',
      'm.json',
    ],
    {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      readFile: (path) => JSON.stringify(path === 'iks.json' ? agreement : meeting),
    },
  );
  return { code, stdout, stderr };
}

const ALL = ['0001', '0002', '0003', '0004'];

describe('kommunesamarbeid decide: weights, double majorities and defaults', () => {
  it('the table shows the weight beside the heads, and the double majority part by part', () => {
    const { code, stdout } = decideCli('representantskap', 'vedtekter', {
      date: '2025-03-12',
      presiding: '0001',
      attendance: Object.fromEntries(ALL.map((s) => [s, 'member'])),
      ballots: { '0001': 'against', '0002': 'for', '0003': 'for', '0004': 'for' },
      members: { '0002': ['varaordfører'] },
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Stemmer:     for 3, mot 1, avstår 0, fraværende 0\n');
    // 300 + 145 + 100 for, 455 against, of 1000.
    expect(stdout).toContain(
      'Vekt:        for 545, mot 455, avstår 0, fraværende 0, av 1000 (slik avtalen oppgir)\n',
    );
    expect(stdout).toContain('Vedtatt:     nei\n');
    expect(stdout).toContain(
      '0002s stemme ble avgitt av varaordfører, som trer inn fordi ordfører ikke var til stede.',
    );
    expect(stdout).toContain('(vilkår 2)');
  });

  it('by ownership and by population, and the statute where the agreement says nothing', () => {
    const meeting = {
      date: '2025-03-12',
      presiding: '0001-1',
      attendance: {
        '0001-1': 'member',
        '0002-1': 'member',
        '0003-1': 'member',
        '0004-1': 'member',
      },
      ballots: { '0001-1': 'for', '0002-1': 'against', '0003-1': 'for', '0004-1': 'against' },
    };
    const { stdout } = decideCli('styre', 'drift', meeting);
    expect(stdout).toContain(
      'Vekt:        for 6800, mot 3200, avstår 0, fraværende 10000, av 20000 (etter eierandel)\n',
    );
    // A line over 100 columns wraps: compared with its spaces and line breaks as one space.
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'lovens regel gjelder: møteleders stemme er avgjørende (kommuneloven § 11-9; ordlyden er ikke verifisert)',
    );
    const file = weightedIks();
    const organs = file.organs.map((o) =>
      o['id'] === 'styre' ? { ...o, weights: { by: 'population', clause: '§5' } } : o,
    );
    expect(decideCli('styre', 'drift', meeting, { ...file, organs }).stdout).toContain(
      '(etter folketall)\n',
    );
  });
});
