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

describe('kommunesamarbeid decide: a quorum of members from a meeting file listing them', () => {
  const file = weightedIks();
  const organs = file.organs.map((o) =>
    o['id'] === 'representantskap'
      ? {
          ...o,
          quorum: {
            kind: 'fraction-present',
            fraction: { numerator: 1, denominator: 2 },
            counts: 'members',
            clause: '§4',
          },
        }
      : o,
  );
  const agreement = { ...file, organs };
  const meeting = (members: object) => ({
    date: '2025-03-12',
    presiding: '0001',
    attendance: Object.fromEntries(ALL.map((s) => [s, 'member'])),
    ballots: { '0001': 'for', '0002': 'for', '0003': 'against', '0004': 'for' },
    members,
  });

  it('counts the members listed: 5 of 4 × 3 = 12 is not half', () => {
    const { code, stdout } = decideCli(
      'representantskap',
      'budsjett',
      meeting({
        '0001': ['ordfører', 'medlem'],
        '0002': ['ordfører'],
        '0003': ['varaordfører'],
        '0004': ['ordfører'],
      }),
      agreement,
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Ikke vedtaksfør: 5 av 12 medlemmer er til stede (for 4 av 4 seter); minst 6 medlemmer kreves.',
    );
    expect(stdout).toContain('Vedtatt:     nei\n');
  });

  it('a seat attended without its members listed: exit 2, the seat named, no stack trace', () => {
    const { code, stdout, stderr } = decideCli(
      'representantskap',
      'budsjett',
      meeting({ '0001': ['ordfører'], '0002': ['ordfører'], '0003': ['ordfører'] }),
      agreement,
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('meeting.members["0004"]');
    expect(stderr).toContain(
      '0004 attends representantskap, whose quorum counts members (§4): list the members attending for 0004 in meeting.members',
    );
    expect(stderr).not.toContain('    at ');
  });
});

describe('kommunesamarbeid check: the settings a body leaves to the statute', () => {
  it('one line of information for the board, naming the four settings and the statutes, unverified', () => {
    let stdout = '';
    const code = run(['check', '--agreement', 'iks.json', '--lang', 'en'], {
      stdout: (t) => {
        stdout += t;
      },
      stderr: () => undefined,
      readFile: () => JSON.stringify(weightedIks()),
    });
    expect(code).toBe(0);
    // The finding wraps at 100 columns under its text.
    expect(stdout).toContain(
      [
        'INFO      §5       For Styret the agreement does not say when the body can decide, what a tie does,',
        "                   whether deputies may attend and whether members may abstain; the statute's rules",
        "                   apply. (Not verified against the statute's text; source: kommuneloven § 11-9;",
        '                   kommuneloven § 8-1.)',
      ].join('\n'),
    );
    expect(stdout.match(/For Styret/g)?.length).toBe(1);
    expect(stdout).not.toContain('For Representantskapet');
  });
});
