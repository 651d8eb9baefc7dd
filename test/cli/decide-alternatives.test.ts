import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { run } from '../../src/cli/run.js';

const HP = helseplattformen.parties.map((p) => p.municipality.number);

/** `decide` in-process on one meeting file; stdout, stderr and the exit code. */
function decideCli(meeting: object, extra: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = run(['decide', '--organ', 'representantskap', '--meeting', 'm.json', ...extra], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: () => JSON.stringify(meeting),
  });
  return { code, stdout, stderr };
}

/** A meeting where the given seats attend as members and vote for. */
const allFor = (seats: readonly string[]) => ({
  date: '2025-03-12',
  presiding: '5001',
  attendance: Object.fromEntries(seats.map((s) => [s, 'member'])),
  ballots: Object.fromEntries(seats.map((s) => [s, 'for'])),
});

describe('kommunesamarbeid decide: readings, alternatives and the councils', () => {
  it('§15 the table shows the readings applied, the outcome under each other reading, and that the councils must adopt', () => {
    const { code, stdout } = decideCli(allFor(HP.slice(0, 18)), [
      '--matter',
      'agreement-amendment',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Vedtatt:     nei\n');
    expect(stdout).toContain(
      'Kommunestyrene: et vedtak her må også vedtas av alle de 34 kommunestyrene (§15)\n',
    );
    expect(stdout).toContain(
      'Tolkninger:  duty-to-vote = must-vote, consensus-scope = all-seats\n',
    );
    expect(stdout).toContain(
      [
        'Utfall under de andre tolkningene:',
        '  duty-to-vote = may-abstain: ikke vedtatt (samme utfall)',
        '  consensus-scope = present: vedtatt (annet utfall)',
        '  consensus-scope = no-objection: vedtatt (annet utfall)',
      ].join('\n'),
    );
  });

  it('§15 --json carries readings, alternatives (each with its reasons in the JSON form) and councilsMustAdopt', () => {
    const { code, stdout } = decideCli(allFor(HP), ['--matter', 'agreement-amendment', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      adopted: boolean;
      councilsMustAdopt: unknown;
      readings: unknown;
      alternatives: {
        note: string;
        reading: string;
        adopted: boolean;
        reasons: { code: string; text: string }[];
      }[];
      reasons: { code: string; clause: string; text: string }[];
    };
    expect(out.adopted).toBe(true);
    expect(out.councilsMustAdopt).toEqual({ clause: '§15', councils: 34 });
    expect(out.readings).toEqual({ 'duty-to-vote': 'must-vote', 'consensus-scope': 'all-seats' });
    expect(out.alternatives.map((a) => [a.note, a.reading, a.adopted])).toEqual([
      ['duty-to-vote', 'may-abstain', true],
      ['consensus-scope', 'present', true],
      ['consensus-scope', 'no-objection', true],
    ]);
    expect(out.alternatives[1]?.reasons.at(-2)?.code).toBe('unanimity_met');
    expect(typeof out.alternatives[1]?.reasons[0]?.text).toBe('string');
    expect(out.reasons.at(-1)).toMatchObject({ code: 'councils_must_adopt', clause: '§15' });
  });

  it('§5 an abstention under "may-abstain": the alternative "must-vote" is shown as a meeting that does not fit', () => {
    const m = allFor(HP.slice(0, 18));
    const ballots = { ...m.ballots, [HP[1] as string]: 'abstain' };
    const { stdout } = decideCli({ ...m, ballots }, [
      '--matter',
      'budget',
      '--reading',
      'duty-to-vote=may-abstain',
    ]);
    // A line over 100 columns wraps: compared with its spaces and line breaks as one space.
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      ` duty-to-vote = must-vote: møtet passer ikke til organet under denne tolkningen (meeting.ballots["${HP[1]}"]: abstention_not_allowed)`,
    );
  });

  it('§5 an election tie under the reading "lot" says lots are drawn', () => {
    const seats = HP.slice(0, 18);
    const ballots = Object.fromEntries(seats.map((s, i) => [s, i < 9 ? 'for' : 'against']));
    const { stdout } = decideCli({ ...allFor(seats), ballots }, [
      '--matter',
      'election',
      '--reading',
      'election-ties=lot',
    ]);
    expect(stdout).toContain('Loddtrekning: stemmelikhet avgjøres ved loddtrekning\n');
    expect(stdout).toContain('  election-ties = chair-decides: vedtatt (annet utfall)');
  });
});
