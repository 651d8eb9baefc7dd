import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import type { CliIo, OutputFile } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { textFingerprint } from '../../src/lifecycle/adoption.js';
import type { Matter } from '../../src/model/organ.js';
import { small } from '../fixtures/small-agreement.js';
import { turnOfYearFile } from '../fixtures/withdrawal-timing.js';

/** The package's version, read from package.json here, apart from the code under test. */
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with an in-memory file system; `extra` adds to or replaces the host's I/O. */
function cli(
  argv: string[],
  files: Record<string, string> = {},
  extra: Partial<CliIo> = {},
): Outcome {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      if (Object.hasOwn(files, path)) return files[path] as string;
      if (path === 'dir/') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    ...extra,
  });
  return { code, stdout, stderr };
}

const json = (outcome: Outcome) => JSON.parse(outcome.stdout) as Record<string, unknown>;

describe('kommunesamarbeid shares', () => {
  it('a vertskommune cooperation has cost shares (kostnadsandeler), not ownership; no cost key is said plainly', () => {
    const ros = cli(['shares', '--agreement', 'roros-os-holtalen', '--date', '2024-06-01']);
    expect(ros.code).toBe(0);
    expect(ros.stdout).toContain('Kostnadsandeler per 1. juni 2024');
    expect(ros.stdout).not.toContain('Eierandeler');
    const digi = cli(['shares', '--agreement', 'digitrondelag']);
    expect(digi.code).toBe(2);
    expect(digi.stderr).toContain('digitrondelag has no cost key');
    expect(digi.stderr).not.toContain('undefined');
  });

  it('prints the ownership table in Norwegian number format, with both roundings and the 100.01 note', () => {
    const { code, stdout, stderr } = cli(['shares']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Eierandeler per 1. januar 2025');
    expect(stdout).toMatch(/5001 {2}Trondheim +214 565 +40,07 % +40,07 % +40,07 %/);
    expect(stdout).toMatch(/1511 {2}Vanylven +3 026 +0,57 % +0,56 % +0,57 %/);
    expect(stdout).toMatch(/Sum +535 512 +100,01 % +100,00 % +100,01 %/);
    expect(stdout).toContain(
      '§9    Prosentene som står i tabell 9.1 summerer til 100,01 %, ikke 100,00 % som tabellen oppgir.',
    );
  });

  it('--json gives the contract fields, dot-decimal strings and the reasons', () => {
    const out = json(cli(['shares', '--json']));
    expect(out).toMatchObject({
      agreement: 'helseplattformen',
      date: '2025-01-01',
      totalPopulation: 535512,
      percentSum: '100.01',
      percentLargestRemainderSum: '100.00',
      statedPercentSum: '100.01',
    });
    const parties = out['parties'] as Record<string, unknown>[];
    expect(parties).toHaveLength(34);
    expect(parties[0]).toEqual({
      number: '5001',
      name: 'Trondheim',
      population: 214565,
      share: { numerator: 214565, denominator: 535512 },
      percent: '40.07',
      percentLargestRemainder: '40.07',
      statedPercent: '40.07',
    });
    const reasons = out['reasons'] as Record<string, unknown>[];
    expect(reasons.map((r) => [r['code'], r['clause']])).toEqual([
      ['parties_active', '§1.3'],
      ['cost_key_population', '§9'],
      ['percent_half_up', '§9'],
      ['percent_largest_remainder', '§9'],
      ['stated_percent_sum', '§9'],
    ]);
    expect(reasons[0]?.['text']).toBe('34 kommuner er deltakere per 1. januar 2025.');
  });

  it('--agreement takes a JSON file; a table that no longer matches the populations is pointed out', () => {
    const [trondheim, kristiansund] = helseplattformen.parties;
    const file = JSON.stringify({
      ...helseplattformen,
      parties: [trondheim, kristiansund],
      costKeys: [
        {
          kind: 'population',
          validFrom: '2025-01-01',
          clause: '§9',
          statedTable: {
            name: 'Tabell 9.1',
            percents: { '5001': '40.07', '1505': '4.56' },
            totalPercent: '100.00',
          },
        },
      ],
    });
    const out = json(cli(['shares', '--agreement', 'mine.json', '--json'], { 'mine.json': file }));
    expect(out['totalPopulation']).toBe(214_565 + 24_404);
    // 214 565 / 238 969 = 89.787… % and 24 404 / 238 969 = 10.212… %, against the printed 40.07 and 4.56.
    expect(out['statedPercentSum']).toBe('44.63');
    const reasons = out['reasons'] as { code: string; values: unknown }[];
    expect(reasons.slice(-2)).toMatchObject([
      {
        code: 'stated_percent_differs',
        values: {
          differences: [
            { number: '5001', stated: '40.07', computed: '89.79' },
            { number: '1505', stated: '4.56', computed: '10.21' },
          ],
        },
      },
      { code: 'stated_percent_sum', values: { statedSum: '44.63', statedTotal: '100.00' } },
    ]);
  });
});

describe('kommunesamarbeid shares on a later date', () => {
  it('leaves out the printed column when the table no longer applies, and says why', () => {
    const file = JSON.stringify({
      ...helseplattformen,
      parties: helseplattformen.parties.map((p) =>
        p.municipality.number === '3430'
          ? { ...p, membership: { joined: '2025-01-01', withdrawn: '2026-01-01' } }
          : p,
      ),
    });
    const { code, stdout } = cli(['shares', '--agreement', 'a.json', '--date', '2026-01-01'], {
      'a.json': file,
    });
    expect(code).toBe(0);
    expect(stdout).not.toContain('I avtalen');
    expect(stdout).not.toContain('3430');
    expect(stdout).toMatch(/Sum +533 621 +100,0\d % +100,00 %\n/);
    expect(stdout).toContain('Tabell 9.1 gjelder deltakerne per 1. januar 2025');
  });
});

describe('kommunesamarbeid split', () => {
  it('prints each part and a sum equal to the amount', () => {
    const { code, stdout } = cli(['split', '--amount', '1000000']);
    expect(code).toBe(0);
    expect(stdout).toContain('Fordeling av 1 000 000,00 kr per 1. januar 2025');
    expect(stdout).toMatch(/5001 {2}Trondheim +214 565 +400 672,63\n/);
    expect(stdout).toMatch(/Sum +535 512 +1 000 000,00\n/);
  });

  it('--json gives amount, parties and sum as dot-decimal strings', () => {
    const out = json(cli(['split', '--amount', '1000000.00', '--date', '2025-06-30', '--json']));
    expect(out).toMatchObject({
      agreement: 'helseplattformen',
      amount: '1000000.00',
      sum: '1000000.00',
    });
    expect((out['parties'] as unknown[])[0]).toEqual({
      number: '5001',
      name: 'Trondheim',
      population: 214565,
      amount: '400672.63',
    });
  });
});

describe('kommunesamarbeid decide', () => {
  const seats = helseplattformen.parties.map((p) => p.municipality.number);
  const file = (forSeats: string[], againstSeats: string[]) =>
    JSON.stringify({
      date: '2025-03-12',
      presiding: '5001',
      attendance: Object.fromEntries([...forSeats, ...againstSeats].map((s) => [s, 'member'])),
      ballots: Object.fromEntries([
        ...forSeats.map((s) => [s, 'for']),
        ...againstSeats.map((s) => [s, 'against']),
      ]),
    });

  it('§5 prints whether the meeting was quorate and the matter adopted, with the reasons', () => {
    const tie = file(seats.slice(0, 9), seats.slice(9, 18));
    const { code, stdout } = cli(
      ['decide', '--organ', 'representantskap', '--matter', 'budget', '--meeting', 'm.json'],
      { 'm.json': tie },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Vedtaksfør:  ja (18 av 34 til stede)');
    expect(stdout).toContain('Vedtatt:     ja');
    expect(stdout).toContain('Dobbeltstemme brukt: ja');
    expect(stdout).toContain('§5  Stemmelikhet (9–9): møteleders stemme (5001) er avgjørende');
  });

  it('§5 a meeting of 16 of 34 is not quorate, and the table says no to both', () => {
    const { code, stdout } = cli(
      ['decide', '--organ', 'representantskap', '--matter', 'budget', '--meeting', 'm.json'],
      { 'm.json': file(seats.slice(0, 16), []) },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Vedtaksfør:  nei (16 av 34 til stede)');
    expect(stdout).toContain('Vedtatt:     nei');
    expect(stdout).toContain('Dobbeltstemme brukt: nei\n');
  });

  it('DigiTrøndelag §4.3: without consensus the leader decides, and the table says so', () => {
    const regions = JSON.stringify([
      { id: 'sor', name: 'Eksempel: sør', municipalities: ['5028'] },
    ]);
    const meeting = JSON.stringify({
      date: '2020-05-01',
      presiding: 'trondheim',
      attendance: { trondheim: 'member', 'ks-trondelag': 'member', sor: 'member' },
      ballots: { trondheim: 'for', 'ks-trondelag': 'against', sor: 'against' },
    });
    const { code, stdout } = cli(
      [
        'decide',
        '--agreement',
        'digitrondelag',
        '--organ',
        'programstyre',
        '--matter',
        'decision',
        '--meeting',
        'm.json',
        '--regions',
        'r.json',
      ],
      { 'm.json': meeting, 'r.json': regions },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Programstyret: Beslutninger i programstyret');
    expect(stdout).toContain('Vedtatt:     ja');
    expect(stdout).toContain('Dobbeltstemme brukt: nei; leder besluttet');
  });

  it('--json gives the contract fields', () => {
    const m = file(seats.slice(0, 16), []);
    const out = json(
      cli(
        [
          'decide',
          '--organ',
          'representantskap',
          '--matter',
          'budget',
          '--meeting',
          'm.json',
          '--json',
        ],
        { 'm.json': m },
      ),
    );
    expect(out).toMatchObject({
      agreement: 'helseplattformen',
      quorate: false,
      adopted: false,
      rule: { kind: 'simple-majority', tie: 'chair-decides', clause: '§5' },
      tally: { for: 16, against: 0, abstain: 0, absent: 18 },
      tieBrokenByChair: false,
    });
    expect((out['reasons'] as { clause: string }[])[0]?.clause).toBe('§5');
  });

  it('--reading selects an interpretation, and --regions supplies a region division', () => {
    const m = file(seats.slice(0, 17), []);
    const base = [
      'decide',
      '--organ',
      'representantskap',
      '--matter',
      'agreement-amendment',
      '--meeting',
      'm.json',
      '--json',
    ];
    expect(json(cli(base, { 'm.json': m }))['adopted']).toBe(false);
    expect(
      json(cli([...base, '--reading', 'consensus-scope=present'], { 'm.json': m }))['adopted'],
    ).toBe(true);
    const regions = JSON.stringify([{ id: 'alle', name: 'Alle', municipalities: seats }]);
    const styre = JSON.stringify({
      date: '2025-03-12',
      presiding: 'alle',
      attendance: { alle: 'member' },
      ballots: { alle: 'for' },
    });
    const d = json(
      cli(
        [
          'decide',
          '--organ',
          'styre',
          '--matter',
          'decision',
          '--meeting',
          's.json',
          '--regions',
          'r.json',
          '--json',
        ],
        { 's.json': styre, 'r.json': regions },
      ),
    );
    expect(d['adopted']).toBe(true);
  });

  it('bad meeting files and options: exit 2 with the problem named', () => {
    const bad = JSON.stringify({
      date: '2025-03-12',
      presiding: '5001',
      attendance: { '5001': 'member' },
      ballots: { '5001': 'maybe' },
    });
    const r1 = cli(
      ['decide', '--organ', 'representantskap', '--matter', 'budget', '--meeting', 'm.json'],
      { 'm.json': bad },
    );
    expect([r1.code, r1.stderr]).toEqual([
      2,
      expect.stringContaining('ballots["5001"]: må være "for", "against" eller "abstain"'),
    ]);
    const r2 = cli(['decide', '--organ', 'representantskap']);
    expect([r2.code, r2.stderr]).toEqual([
      2,
      expect.stringContaining('decide trenger --matter, --meeting'),
    ]);
    const r3 = cli(
      [
        'decide',
        '--organ',
        'representantskap',
        '--matter',
        'budget',
        '--meeting',
        'm.json',
        '--reading',
        'x',
      ],
      { 'm.json': bad },
    );
    expect([r3.code, r3.stderr]).toEqual([
      2,
      expect.stringContaining('--reading tar notat=lesning'),
    ]);
  });
});

describe('an agreement whose key states the shares and gives no populations', () => {
  // A key of stated shares needs no inhabitants; the tables leave those cells blank
  // rather than print 0 (which would be a wrong population, not a missing one).
  const file = JSON.stringify({
    id: 'stated',
    title: 'Avtale med oppgitte andeler',
    legalForm: 'kommunalt-oppgavefellesskap',
    validFrom: '2025-01-01',
    parties: [
      { municipality: { number: '0301', name: 'Oslo' }, membership: { joined: '2025-01-01' } },
      { municipality: { number: '3201', name: 'Bærum' }, membership: { joined: '2025-01-01' } },
    ],
    costKeys: [
      {
        kind: 'stated-shares',
        validFrom: '2025-01-01',
        clause: '§3',
        shares: { '0301': '3/4', '3201': '1/4' },
      },
    ],
    clauses: [{ ref: '§3', title: 'Kostnader', text: 'Oslo betaler tre firedeler.' }],
  });
  const run = (argv: string[]) => cli([...argv, '--agreement', 'a.json'], { 'a.json': file });

  it('split: 3/4 and 1/4 of 1 000 kr, the population cells and their sum blank', () => {
    const { code, stdout } = run(['split', '--amount', '1000']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/0301 {2}Oslo {2}\s+750,00\n/);
    expect(stdout).toMatch(/3201 {2}Bærum\s+250,00\n/);
    expect(stdout).toMatch(/ {2}Sum {3}\s+1 000,00\n/);
    expect(stdout).not.toMatch(/\b0\s+1 000,00/);
    const parties = json(run(['split', '--amount', '1000', '--json']))['parties'];
    expect(parties).toEqual([
      { number: '0301', name: 'Oslo', amount: '750.00' },
      { number: '3201', name: 'Bærum', amount: '250.00' },
    ]);
  });

  it('shares: 75 % and 25 %, with no population column values', () => {
    const { code, stdout } = run(['shares']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/0301 {2}Oslo {2}\s+75,00 % +75,00 %\n/);
    expect(stdout).toMatch(/Sum {3}\s+100,00 % +100,00 %\n/);
  });
});

describe('kommunesamarbeid withdraw, admit, settle, deadlines', () => {
  it('§12 withdraw gives the dates and the shares after, as the contract says', () => {
    const out = json(cli(['withdraw', '--party', '3430', '--notice-date', '2025-03-01', '--json']));
    expect(out).toMatchObject({ effectiveDate: '2026-03-01', lastFinancedDate: '2026-02-28' });
    const after = out['sharesAfter'] as { number: string; percent: string }[];
    expect(after).toHaveLength(33);
    expect(after[0]).toMatchObject({ number: '5001', percent: '40.21' });
    const table = cli(['withdraw', '--party', '3430', '--notice-date', '2025-03-01']).stdout;
    expect(table).toContain('Siste finansierte dag: 28. februar 2026');
  });

  it('§14 and §1.3 admit reports each condition met or unknown, the protection against opposition, how it is decided, and the shares after', () => {
    const args = [
      'admit',
      '--number',
      '1811',
      '--name',
      'Bindal',
      '--population',
      '1400',
      '--date',
      '2026-07-01',
    ];
    const out = json(
      cli([...args, '--condition', 'samarbeidsavtalen', '--condition', 'tjenesteavtale', '--json']),
    );
    expect(out).toMatchObject({
      eligibility: 'unknown',
      eligible: false,
      protectedFromOpposition: 'yes',
      notGiven: ['aksjonaer', 'tatt-i-bruk'],
      procedure: { organ: 'representantskap', rule: { kind: 'unanimity' } },
    });
    expect((out['sharesAfter'] as unknown[]).length).toBe(35);
    const all = ['aksjonaer', 'samarbeidsavtalen', 'tjenesteavtale', 'tatt-i-bruk'];
    const every = json(cli([...args, ...all.flatMap((id) => ['--condition', id]), '--json']));
    expect([every['eligibility'], every['eligible']]).toEqual(['met', true]);
    expect(json(cli([...args, '--json']))).toMatchObject({
      eligible: false,
      eligibility: 'unknown',
      protectedFromOpposition: 'unknown',
      notGiven: all,
    });
    const table = cli([...args]).stdout;
    expect(table).toContain('Oppfyller alle vilkårene: ukjent');
    expect(table).toContain('Vernet mot motstand (§14): ukjent');
    expect(table).toContain('  er aksjonær i Helseplattformen AS (§1.3): ukjent (ikke oppgitt)');
    expect(table).not.toContain('Kvalifisert');
    const wrong = cli([...args, '--condition', 'medlem']);
    expect([wrong.code, wrong.stderr]).toEqual([
      2,
      expect.stringContaining(
        'conditionsMet.medlem: is not an admission condition of the agreement (it has: aksjonaer, samarbeidsavtalen, tjenesteavtale, tatt-i-bruk)',
      ),
    ]);
  });

  it('§14 admit under an agreement whose conditions protect no candidate prints no protection line', () => {
    const admission = helseplattformen.lifecycle?.admission;
    if (admission === undefined) throw new Error('Helseplattformen has §14');
    const file = JSON.stringify({
      ...helseplattformen,
      lifecycle: {
        ...helseplattformen.lifecycle,
        admission: {
          ...admission,
          conditions: admission.conditions.map((c) => ({ ...c, protects: false })),
        },
      },
    });
    const args = ['admit', '--agreement', 'a.json', '--number', '1811', '--name', 'Bindal'];
    const { code, stdout } = cli([...args, '--population', '1400'], { 'a.json': file });
    expect(code).toBe(0);
    expect(stdout).toContain('Oppfyller alle vilkårene: ukjent');
    expect(stdout).not.toContain('Vernet mot motstand');
  });

  it('§9 settle splits the year by days, with an events file', () => {
    const events = JSON.stringify([
      { type: 'withdrawal', party: '5038', noticeSentOn: '2025-07-01', extraCosts: '25000.00' },
    ]);
    const out = json(
      cli(['settle', '--year', '2026', '--amount', '12000000', '--events', 'e.json', '--json'], {
        'e.json': events,
      }),
    );
    expect(out['sum']).toBe('12025000.00');
    expect(
      (out['parties'] as { number: string; days: number }[]).find((p) => p.number === '5038')?.days,
    ).toBe(181);
    const bad = cli(['settle', '--year', '2026', '--amount', '1', '--events', 'e.json'], {
      'e.json': '[{"type":"leave"}]',
    });
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringContaining('[0].type: must be an event with type "withdrawal" or "admission"'),
    ]);
  });

  it('§10 deadlines lists the year’s dated duties', () => {
    const out = json(cli(['deadlines', '--year', '2026', '--json']));
    expect((out['deadlines'] as { id: string; due: string }[]).map((d) => [d.id, d.due])).toEqual([
      ['reporting', '2026-02-28'],
      ['invoicing', '2026-12-31'],
    ]);
    expect(cli(['deadlines', '--year', 'next']).stderr).toContain('--year må være et helt tall');
  });
});

describe('kommunesamarbeid withdraw, admit, settle, deadlines as tables', () => {
  it('§12 withdraw with extra costs: the table and the reasons name them', () => {
    const out = json(
      cli([
        'withdraw',
        '--party',
        '5038',
        '--notice-date',
        '2025-07-01',
        '--extra-costs',
        '25000',
        '--json',
      ]),
    );
    expect(
      (out['reasons'] as { code: string }[]).some((r) => r.code === 'extra_costs_charged'),
    ).toBe(true);
  });

  it('§14 admit as a table: the conditions, the protection, the organ and its rule, the shares from the date', () => {
    const { code, stdout } = cli([
      'admit',
      '--number',
      '1811',
      '--name',
      'Bindal',
      '--population',
      '1400',
      '--condition',
      'samarbeidsavtalen',
      '--condition',
      'tjenesteavtale',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Opptak: 1811 Bindal');
    expect(stdout).toContain('  har inngått Samarbeidsavtalen (§14): ja');
    expect(stdout).toContain('Vernet mot motstand (§14): ja');
    expect(stdout).toContain('Oppfyller alle vilkårene: ukjent');
    expect(stdout).toMatch(/1811 +Bindal +1 400/);
  });

  it('§9 settle as a table: days, share, extra and invoice per municipality, and the sums', () => {
    const { code, stdout } = cli(['settle', '--year', '2026', '--amount', '12000000']);
    expect(code).toBe(0);
    expect(stdout).toContain('Årsoppgjør 2026: 12 000 000,00 kr');
    expect(stdout).toMatch(/5001 +Trondheim +365 /);
    expect(stdout).toMatch(/Sum +12 000 000,00 +0,00 +12 000 000,00/);
  });

  it('§10 deadlines as a table, for all or for one party; an empty year says so', () => {
    const all = cli(['deadlines', '--year', '2026']).stdout;
    expect(all).toContain('Frister 2026\n');
    expect(all).toContain('28. februar 2026');
    expect(all).toMatch(/1\. desember 2026 {2}31\. desember 2026/);
    expect(cli(['deadlines', '--year', '2026', '--party', '5001']).stdout).toContain(
      'Frister 2026 for 5001 Trondheim\n',
    );
    expect(cli(['deadlines', '--year', '2030', '--agreement', 'digitrondelag']).stdout).toContain(
      'Ingen frister.',
    );
  });

  it.each([
    [['withdraw', '--party', '3430'], 'withdraw trenger --notice-date eller --notice-received'],
    [['admit', '--number', '1811'], 'admit trenger --name, --population'],
    [['settle'], 'settle trenger --year'],
    [['deadlines'], 'deadlines trenger --year'],
    [
      ['admit', '--number', '1811', '--name', 'B', '--population', '1,4'],
      '--population må være et helt tall, f.eks. 1400; fikk "1,4"',
    ],
  ])('exits 2 on %j: "%s"', (argv, message) => {
    const { code, stdout, stderr } = cli(argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
  });
});

describe('kommunesamarbeid withdraw: timing from the agreement file', () => {
  const files = { 'arsskifte.json': JSON.stringify(turnOfYearFile()) };

  it('--notice-received for an agreement that counts from receipt; the turn of the year', () => {
    const args = ['withdraw', '--agreement', 'arsskifte.json', '--party', '0001'];
    const out = json(
      cli(
        [...args, '--notice-date', '2025-03-15', '--notice-received', '2025-03-20', '--json'],
        files,
      ),
    );
    expect(out).toMatchObject({
      noticeSentOn: '2025-03-15',
      noticeReceivedOn: '2025-03-20',
      effectiveDate: '2027-01-01',
      lastFinancedDate: '2026-12-31',
    });
    const table = cli([...args, '--notice-received', '2025-03-20'], files);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(
      'Varsel mottatt:        20. mars 2025\nUttreden fra:          1. januar 2027',
    );
    expect(table.stdout).not.toContain('Varsel sendt');
    expect(
      json(cli([...args, '--notice-received', '2025-03-20', '--json'], files))['noticeSentOn'],
    ).toBeNull();
    const sentOnly = cli([...args, '--notice-date', '2025-03-15'], files);
    expect([sentOnly.code, sentOnly.stdout]).toEqual([2, '']);
    expect(sentOnly.stderr).toContain('noticeReceivedOn');
  });
});

describe('kommunesamarbeid admit: a new table of stated shares', () => {
  const file = {
    ...small(),
    costKeys: [
      {
        kind: 'stated-shares',
        validFrom: '2025-01-01',
        clause: '§2',
        shares: { '0001': '2/3', '0002': '1/3' },
      },
    ],
  };
  const files = {
    'stated.json': JSON.stringify(file),
    'table.json': JSON.stringify({ '0001': '50', '0002': '25', '0003': '25' }),
  };
  const args = [
    'admit',
    '--agreement',
    'stated.json',
    '--number',
    '0003',
    '--name',
    'Cby',
    '--population',
    '50',
    '--date',
    '2025-07-01',
  ];

  it('--shares FILE: the table the body decided', () => {
    const out = json(cli([...args, '--shares', 'table.json', '--json'], files));
    expect(
      (out['sharesAfter'] as { number: string; percent: string }[]).map((p) => [
        p.number,
        p.percent,
      ]),
    ).toEqual([
      ['0001', '50.00'],
      ['0002', '25.00'],
      ['0003', '25.00'],
    ]);
  });

  it('without it, exit 2 naming what to give', () => {
    const { code, stderr } = cli(args, files);
    expect(code).toBe(2);
    expect(stderr).toContain('statedShares');
    expect(stderr).toContain('needs the new table of shares decided by representantskapet');
  });
});

describe('kommunesamarbeid check', () => {
  it('reports the findings of a built-in agreement, exit 0', () => {
    const { code, stdout } = cli(['check']);
    expect(code).toBe(0);
    expect(stdout).toContain('helseplattformen: gyldig avtalefil.');
    expect(stdout).toContain(
      'ADVARSEL  §9       Prosentene i Tabell 9.1 summerer til 100,01 %, ikke 100,00 %.',
    );
  });

  it('--json gives valid, problems and findings with severity, clause and message', () => {
    const out = json(cli(['check', '--agreement', 'roros-os-holtalen', '--json']));
    expect(out).toMatchObject({ agreement: 'roros-os-holtalen', valid: true, problems: [] });
    expect((out['findings'] as { severity: string }[]).some((f) => f.severity === 'warning')).toBe(
      true,
    );
  });

  it('an invalid agreement file is reported with every problem (valid false), exit 0', () => {
    const file = JSON.stringify({ ...helseplattformen, id: 'Not An Id', validFrom: '2025-02-30' });
    const out = json(cli(['check', '--agreement', 'bad.json', '--json'], { 'bad.json': file }));
    expect(out).toMatchObject({ valid: false, findings: [] });
    expect((out['problems'] as { path: string }[]).map((p) => p.path)).toEqual(['id', 'validFrom']);
  });
});

describe('bad input: exit code 2 and a message that names the problem', () => {
  it.each([
    [['split', '--amount', '100.005'], 'amount: har mer enn to desimaler: "100.005"'],
    [['split', '--amount=-5'], 'amount: kan ikke være negativ: "-5"'],
    [
      ['split', '--amount', '-5'],
      '--amount mangler en verdi («-5» ser ut som et valg; skriv --amount=-5 om det er verdien)',
    ],
    [['split', '--amount', 'NaN'], 'amount: må være et beløp i kroner'],
    [['split'], 'amount: is required: the cost key of 2025-01-01 (§9) divides an amount'],
    [
      ['shares', '--date', '2025-02-30'],
      'date: må være en dato ÅÅÅÅ-MM-DD som finnes i kalenderen',
    ],
    [
      ['shares', '--date', '2020-01-01'],
      'date: 2020-01-01 is before helseplattformen applies (from 2025-01-01)',
    ],
    [['shares', '--agreement', 'nope'], 'ukjent avtale "nope"'],
    [['shares', '--agreement', 'missing.json'], 'kan ikke lese missing.json: filen finnes ikke'],
    [['shares', '--agreement', 'dir/'], 'kan ikke lese dir/: det er en mappe'],
    [['shares', '--bogus'], 'ukjent valg --bogus\n'],
    [['shares', '--amount', '5'], 'shares tar ikke --amount\n'],
    [['shares', 'extra'], 'uventet argument «extra»'],
    [['frobnicate'], 'ukjent kommando «frobnicate»'],
    [[], 'ingen kommando er gitt'],
  ])('%j', (argv, message) => {
    const { code, stdout, stderr } = cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('an agreement file may start with a byte order mark', () => {
    const file = `\uFEFF${JSON.stringify(helseplattformen)}`;
    expect(cli(['shares', '--agreement', 'bom.json'], { 'bom.json': file }).code).toBe(0);
  });

  it('an agreement file with broken JSON', () => {
    const { code, stderr } = cli(['shares', '--agreement', 'a.json'], { 'a.json': '{ "id": ' });
    expect(code).toBe(2);
    expect(stderr).toContain('a.json er ikke gyldig JSON');
  });

  it('an agreement file with several problems lists each with its path', () => {
    const parties = helseplattformen.parties.map((p, i) =>
      i === 3
        ? { ...p, population: -1 }
        : i === 5
          ? { ...p, municipality: { number: '50', name: 'X' } }
          : p,
    );
    const file = JSON.stringify({
      ...helseplattformen,
      parties: [...parties, helseplattformen.parties[1]],
    });
    const { code, stderr } = cli(['split', '--amount', '1', '--agreement', 'a.json'], {
      'a.json': file,
    });
    expect(code).toBe(2);
    // Sula's number changed, so tabell 9.1 (in the cost key) now names a party that is not there.
    expect(stderr).toContain('Ugyldig avtale (4 feil)');
    expect(stderr).toContain(
      'costKeys[0].statedTable.percents["1531"]: nevner 1531, som ikke er blant partene',
    );
    expect(stderr).toContain('parties[3].population: må være et helt tall ≥ 0');
    expect(stderr).toContain('parties[5].municipality.number: må være et kommunenummer');
    expect(stderr).toContain('parties[34].municipality.number: duplicate party 1505');
    expect(stderr.indexOf('parties[5]')).toBeLessThan(stderr.indexOf('parties[34]'));
  });

  const withParty = (i: number, change: Record<string, unknown>) =>
    JSON.stringify({
      ...helseplattformen,
      parties: helseplattformen.parties.map((p, j) => (j === i ? { ...p, ...change } : p)),
    });

  it.each([
    [
      'a malformed kommunenummer',
      withParty(2, { municipality: { number: '15O6', name: 'Molde' } }),
      'parties[2].municipality.number: må være et kommunenummer: fire sifre som tekst, f.eks. "5001"',
    ],
    [
      'a duplicate party',
      withParty(2, { municipality: { number: '1505', name: 'Kristiansund' } }),
      'parties[2].municipality.number: duplicate party 1505: already listed as parties[1]',
    ],
    [
      'a negative population',
      withParty(4, { population: -10 }),
      'parties[4].population: må være et helt tall ≥ 0',
    ],
    [
      'a fractional population',
      withParty(4, { population: 3026.5 }),
      'parties[4].population: må være et helt tall ≥ 0',
    ],
    [
      'a zero total population',
      JSON.stringify({
        ...helseplattformen,
        parties: helseplattformen.parties.map((p) => ({ ...p, population: 0 })),
      }),
      'parties: the total population of the parties is 0',
    ],
  ])('an agreement file with %s', (_, file, message) => {
    const { code, stdout, stderr } = cli(['shares', '--agreement', 'a.json'], { 'a.json': file });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('an unexpected failure exits 1 and asks for a report', () => {
    let stderr = '';
    const code = run(['shares'], {
      stdout: () => {
        throw new Error('EPIPE');
      },
      stderr: (text) => {
        stderr += text;
      },
      readFile: () => '',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('intern feil; meld den gjerne fra');
  });

  it('--help after a command prints the usage too, and exits 0', () => {
    const { code, stdout, stderr } = cli(['split', '--help']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Bruk: kommunesamarbeid split [--amount A]');
  });

  it('a file that cannot be read for another reason names the system’s code, or the error', () => {
    const denied = cli(
      ['shares', '--agreement', 'a.json'],
      {},
      {
        readFile: () => {
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        },
      },
    );
    expect([denied.code, denied.stderr]).toEqual([
      2,
      'kommunesamarbeid: kan ikke lese a.json: EACCES\nKjør «kommunesamarbeid shares --help» for hjelp.\n',
    ]);
    const odd = cli(
      ['shares', '--agreement', 'a.json'],
      {},
      {
        readFile: () => {
          throw new Error('disk on fire');
        },
      },
    );
    expect([odd.code, odd.stderr]).toEqual([
      2,
      'kommunesamarbeid: kan ikke lese a.json: Error: disk on fire\nKjør «kommunesamarbeid shares --help» for hjelp.\n',
    ]);
  });

  it('an unexpected failure that is not an Error is still reported, with exit 1', () => {
    let stderr = '';
    const code = run(['shares'], {
      stdout: () => {
        throw 'not an Error';
      },
      stderr: (text) => {
        stderr += text;
      },
      readFile: () => '',
    });
    expect(code).toBe(1);
    expect(stderr).toBe('kommunesamarbeid: intern feil; meld den gjerne fra:\nnot an Error\n');
  });

  it('--help prints the usage and exits 0', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Bruk: kommunesamarbeid <kommando> [valg]');
  });
});

describe('kommunesamarbeid docs', () => {
  /** Runs `docs` in-process; returns what it printed and the files it wrote. */
  function docs(argv: string[], comingYear?: number, agreementFiles: Record<string, string> = {}) {
    const files = new Map<string, string>();
    const writeFiles = (directory: string, list: readonly OutputFile[]) => {
      for (const { name, text } of list) files.set(`${directory}/${name}`, text);
    };
    const outcome = cli(['docs', ...argv], agreementFiles, {
      writeFiles,
      ...(comingYear === undefined ? {} : { comingYear }),
    });
    return { ...outcome, files };
  }

  it('writes a Markdown and an HTML handbook per built-in agreement, plus both indexes, and lists them', () => {
    const { code, stdout, stderr, files } = docs(['--out', 'site']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const ids = ['helseplattformen', 'digitrondelag', 'roros-os-holtalen', 'khs-vestre-viken'];
    for (const id of ids) {
      expect(files.get(`site/${id}.md`)).toMatch(/^# /m);
      expect(files.get(`site/${id}.html`)).toContain('<!doctype html>');
      expect(files.get('site/index.html')).toContain(`<a href="${id}.html">`);
      expect(files.get('site/index.md')).toContain(`(${id}.md)`);
    }
    expect(files.size).toBe(ids.length * 2 + 2);
    expect(stdout.trimEnd().split('\n')).toEqual([...files.keys()]);
  });

  it('--agreement writes only that handbook; --year sets the budget year it shows', () => {
    const { code, files } = docs([
      '--out',
      'o',
      '--agreement',
      'helseplattformen',
      '--year',
      '2031',
    ]);
    expect(code).toBe(0);
    expect([...files.keys()]).toEqual([
      'o/helseplattformen.md',
      'o/helseplattformen.html',
      'o/index.html',
      'o/index.md',
    ]);
    expect(files.get('o/helseplattformen.md')).toContain('## Frister 2031');
    expect(files.get('o/helseplattformen.md')).not.toContain('## Frister 2026');
  });

  it('without --date and --year: the day the agreement starts and its year, never the clock (the process says 2029)', () => {
    const { files } = docs(['--out', 'o', '--agreement', 'helseplattformen'], 2029);
    const book = files.get('o/helseplattformen.md');
    // Helseplattformen starts 1 January 2025 (§12).
    expect(book).toContain('## Frister 2025');
    expect(book).not.toContain('2029');
    expect(book).toContain(
      '- Håndbokens dato: 1. januar 2025 (datoen avtalen gjelder fra; ingen annen dato ble oppgitt).',
    );
  });

  it("--date sets the handbook's date and, without --year, the calendar's year; the header names the package version and the fingerprint", () => {
    const { code, files } = docs([
      '--out',
      'o',
      '--agreement',
      'helseplattformen',
      '--date',
      '2027-03-01',
    ]);
    expect(code).toBe(0);
    const book = files.get('o/helseplattformen.md') ?? '';
    expect(book).toContain('## Frister 2027');
    expect(book).toContain('- Håndbokens dato: 1. mars 2027.\n');
    expect(book).toContain(`- Programversjon: kommunesamarbeid ${PACKAGE_VERSION}.`);
    expect(book).toContain(`\`${textFingerprint(helseplattformen.clauses)}\``);
    const html = files.get('o/helseplattformen.html') ?? '';
    // The running footer of the printout: the source, the version, the date and the fingerprint.
    expect(html).toContain(
      `@bottom-left{content:"Kommunal samarbeidsavtale – kommunalt oppgavefellesskap Helseplattformen · kommunesamarbeid ${PACKAGE_VERSION} · håndbok per 1. mars 2027\\A SHA-256 av avtaleteksten: ${textFingerprint(helseplattformen.clauses)}"`,
    );
  });

  it.each([
    [
      ['--out', 'o', '--date', '2027-02-29'],
      '--date må være en dato ÅÅÅÅ-MM-DD som finnes i kalenderen; fikk "2027-02-29"',
    ],
    [
      ['--out', 'o', '--api-base', 'a b'],
      '--api-base må være en adresse som https://example.org/api eller ../api; fikk "a b"',
    ],
    [['--out', 'o', '--results', 'missing.json'], 'kan ikke lese missing.json: filen finnes ikke'],
  ])('exits 2 on %j with "%s"', (argv, message) => {
    const { code, stderr, files } = docs(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(files.size).toBe(0);
  });

  /** A vitest JSON report: two tests of Helseplattformen that ran, one skipped, one of another folder. */
  const report = JSON.stringify({
    startTime: Date.UTC(2026, 11, 1, 23, 59),
    testResults: [
      {
        name: '/repo/test/agreements/helseplattformen/s09.test.ts',
        assertionResults: [
          {
            ancestorTitles: ['§9 Eierandel'],
            title: '§9: Trondheim har eierandel 40,07 %',
            status: 'passed',
          },
          {
            ancestorTitles: ['§9 Eierandel'],
            title: '§5: et møte med 16 av 34 vedtar ingenting',
            status: 'failed',
          },
          { ancestorTitles: [], title: '§5: ordrett i kildedokumentet', status: 'skipped' },
        ],
      },
      {
        name: '/repo/test/docs/handbook.test.ts',
        assertionResults: [{ ancestorTitles: [], title: '§9 in another folder', status: 'passed' }],
      },
    ],
  });

  it("--results: each test with its result in that run, a skipped one apart and never as evidence; the run's date and counts in the header", () => {
    const { code, files } = docs(
      ['--out', 'o', '--agreement', 'helseplattformen', '--results', 'tests.json'],
      undefined,
      { 'tests.json': report },
    );
    expect(code).toBe(0);
    const book = files.get('o/helseplattformen.md') ?? '';
    expect(book).toContain(
      '- Testene ble kjørt 1. desember 2026 for denne håndboken: 1 bestått, 1 feilet, 1 ikke kjørt. En test som ikke ble kjørt, regnes ikke som bevis og står for seg.',
    );
    const s5 = book.slice(book.indexOf('### §5 '), book.indexOf('### §6 '));
    expect(s5).toContain(
      'Tester (0 av 1 bestått, 1 feilet):\n\n<a id="k-5-tester"></a>\n\n- Feilet: §5: et møte med 16 av 34 vedtar ingenting\n',
    );
    expect(s5).toContain(
      'Ikke kjørt (1; regnes ikke som bevis):\n\n- §5: ordrett i kildedokumentet\n',
    );
    const s9 = book.slice(book.indexOf('### §9 '), book.indexOf('### §10 '));
    expect(s9).toContain(
      'Tester (1 av 1 bestått):\n\n<a id="k-9-tester"></a>\n\n- Bestått: §9: Trondheim har eierandel 40,07 %\n',
    );
    expect(book).not.toContain('in another folder');
    // An agreement the report has no tests of: the run is named, with nothing in it.
    const digi = docs(
      ['--out', 'o', '--agreement', 'digitrondelag', '--results', 'tests.json'],
      undefined,
      {
        'tests.json': report,
      },
    ).files.get('o/digitrondelag.md');
    expect(digi).toContain(
      '- Testene ble kjørt 1. desember 2026 for denne håndboken: 0 bestått, 0 feilet, 0 ikke kjørt.',
    );
    // The titles of the source files are not shown when the run's are given.
    expect(book).not.toContain('§9 tabell 9.1 lister opp 34 eierkommuner');
  });

  it('without --api-base no link leaves the page but for the index; with it, each rule links to its page', () => {
    const without = docs(['--out', 'o']).files;
    for (const [name, text] of without) {
      expect(text, name).not.toContain('../api');
      expect(text, name).not.toContain('LEGAL.md');
      expect(text, name).not.toContain('UNVERIFIED');
      if (name.endsWith('.html') && name !== 'o/index.html')
        expect(
          [...text.matchAll(/href="([^"#][^"]*)"/g)]
            .map((m) => m[1])
            .filter((h) => !/^https?:/.test(h ?? '')),
          name,
        ).toEqual([]);
    }
    const withApi = docs([
      '--out',
      'o',
      '--agreement',
      'helseplattformen',
      '--api-base',
      'https://example.org/api/',
    ]).files;
    expect(withApi.get('o/helseplattformen.md')).toMatch(
      /\n\| <a id="regel-splitCost"><\/a>splitCost \| \[§9\]\(#k-9\) \| \[§9 \(\d+\)\]\(#k-9-tester\) \| \[splitCost\]\(https:\/\/example\.org\/api\/functions\/index\.splitCost\.html\) \|\n/,
    );
    expect(withApi.get('o/index.html')).toContain(
      '<a href="https://example.org/api/index.html">API-referanse</a>',
    );
  });

  it.each([
    [['--agreement', 'helseplattformen'], 'docs trenger --out'],
    [['--out', 'o', '--year', '31'], '--year må være et år som 2026; fikk "31"'],
  ])('exits 2 on %j with "%s"', (argv, message) => {
    const { code, stdout, stderr, files } = docs(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(files.size).toBe(0);
  });

  it('exits 2 where the host gives no way to write files', () => {
    const { code, stderr } = cli(['docs', '--out', 'o']);
    expect(code).toBe(2);
    expect(stderr).toContain('docs kan ikke skrive filer her');
  });
});

describe('the bin as a process', () => {
  const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
  const bin = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8' });

  it('exits 2 on a bad amount, with the message and no stack trace', () => {
    const result = bin(['split', '--amount', '1.234']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'kommunesamarbeid: Ugyldig beløp (1 feil):\n  amount: har mer enn to desimaler: "1.234"\n',
    );
  });

  it('exits 0 and writes JSON that a pipeline can read', () => {
    const result = bin(['split', '--amount', '100', '--json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { sum: string }).sum).toBe('100.00');
  });

  it('package.json points its bin at the built CLI', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.bin).toEqual({ kommunesamarbeid: './dist/cli.js' });
  });
});

describe('kommunesamarbeid --lang: reasons, rules and duties in bokmål (default) or English', () => {
  it('reasons in bokmål by default and with --lang nb, in English with --lang en', () => {
    const nb = cli(['split', '--amount', '10000000']);
    expect(cli(['split', '--amount', '10000000', '--lang', 'nb']).stdout).toBe(nb.stdout);
    expect(nb.stdout).toContain('Begrunnelse:\n');
    expect(nb.stdout).toContain('34 kommuner er deltakere per 1. januar 2025.');
    const en = cli(['split', '--amount', '10000000', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Reasons:\n');
    expect(en.stdout).toContain('§1.3  34 municipalities are parties on 1 January 2025.');
    expect(en.stdout).not.toContain('Begrunnelse');
    expect(en.stdout).not.toContain('kommuner er deltakere');
  });

  it('--json: each reason is { code, agreement, clause, values, text }, the text in the language asked', () => {
    type JsonReason = { code: string; clause: string; values: unknown; text: string };
    const reasons = (lang: string[]) =>
      json(cli(['shares', '--json', ...lang]))['reasons'] as JsonReason[];
    const nb = reasons([]);
    const en = reasons(['--lang', 'en']);
    expect(Object.keys(nb[0] ?? {})).toEqual(['code', 'agreement', 'clause', 'values', 'text']);
    expect(nb[0]).toEqual({
      code: 'parties_active',
      agreement: 'helseplattformen',
      clause: '§1.3',
      values: { date: '2025-01-01', count: 34 },
      text: '34 kommuner er deltakere per 1. januar 2025.',
    });
    expect(en[0]?.text).toBe('34 municipalities are parties on 1 January 2025.');
    expect(en.map((r) => [r.code, r.clause, r.values])).toEqual(
      nb.map((r) => [r.code, r.clause, r.values]),
    );
  });

  it('check words its findings, in the table and in JSON, in the language asked', () => {
    const out = json(cli(['check', '--json', '--lang', 'en']));
    const findings = out['findings'] as { code: string; message: string }[];
    const reasons = out['reasons'] as { code: string; text: string }[];
    const checklist = findings.find((f) => f.code === 'statutory_checklist');
    expect(checklist?.message).toContain('The list is not verified against the statute');
    expect(reasons.find((r) => r.code === 'statutory_checklist')?.text).toBe(checklist?.message);
    expect(cli(['check', '--lang', 'en']).stdout).toContain(
      'The list is not verified against the statute',
    );
    expect(cli(['check']).stdout).toContain('Listen er ikke verifisert mot lovteksten');
  });

  it('§14 admit words the decision rule in the language asked', () => {
    const admit = ['admit', '--number', '1811', '--name', 'Bindal', '--population', '1400'];
    const rule = helseplattformen.organs
      .flatMap((o): readonly Matter[] => o.matters)
      .find((m) => m.id === 'admission')?.rule;
    expect(rule?.kind).toBe('unanimity');
    expect(cli(admit).stdout).toContain('enstemmighet blant');
    const en = cli([...admit, '--lang', 'en']).stdout;
    expect(en).toContain('unanimity of');
    expect(en).not.toContain('enstemmighet');
    expect(en).toContain('Admission is decided by');
    const out = json(cli([...admit, '--json', '--lang', 'en']));
    const procedure = out['procedure'] as { reasons: { values: unknown; text: string }[] };
    expect(procedure.reasons[0]?.values).toEqual({ organ: 'representantskapet', rule });
    expect(procedure.reasons[0]?.text).toContain('Admission is decided by representantskapet: ');
  });

  it('deadlines word each duty: a withdrawal’s in either language, a stated one in the agreement’s words', () => {
    const left = {
      ...helseplattformen,
      parties: helseplattformen.parties.map((p) =>
        p.municipality.number === '3430'
          ? {
              ...p,
              membership: {
                joined: '2025-01-01',
                noticeSentOn: '2025-03-01',
                withdrawn: '2026-03-01',
              },
            }
          : p,
      ),
    };
    const files = { 'left.json': JSON.stringify(left) };
    const args = ['deadlines', '--agreement', 'left.json', '--year', '2026', '--party', '3430'];
    // The duty wraps in its column: "til" ends one line, "finansiering" starts the next.
    expect(cli(args, files).stdout).toMatch(/Siste dag med plikt til +§12\n +finansiering\n/);
    const en = cli([...args, '--lang', 'en'], files).stdout.replace(/\s+/g, ' ');
    expect(en).toMatch(/Last day of the duty to( §12)? finance/);
    expect(en).not.toContain('Siste dag med plikt til finansiering');
    const out = json(cli([...args, '--json', '--lang', 'en'], files));
    const entries = out['deadlines'] as { id: string; duty: unknown; what: string }[];
    expect(entries.find((d) => d.id === 'withdrawal-effective')).toMatchObject({
      duty: { kind: 'withdrawal-effective' },
      what: 'The withdrawal takes effect; its share is spread over the remaining parties by adjusted ownership share',
    });
    const reporting = helseplattformen.lifecycle?.calendar?.find((c) => c.id === 'reporting');
    expect(entries.find((d) => d.id === 'reporting')).toMatchObject({
      duty: { kind: 'stated', what: reporting?.what },
      what: reporting?.what,
    });
    const reasons = out['reasons'] as { code: string; text: string }[];
    expect(reasons.map((r) => r.code)).toEqual(entries.map(() => 'deadline_due'));
    expect(reasons[1]?.text).toBe(
      'By 28 February 2026: 3430 Os – Last day of the duty to finance.',
    );
  });

  it('withdraw and settle print their reasons in English under --lang en', () => {
    const withdraw = cli([
      'withdraw',
      '--party',
      '3430',
      '--notice-date',
      '2025-03-01',
      '--lang',
      'en',
    ]);
    expect(withdraw.stdout).toContain('Reasons:\n');
    expect(withdraw.stdout).not.toContain('Begrunnelse:');
    const settle = cli(['settle', '--year', '2026', '--amount', '12000000', '--lang', 'en']);
    expect(settle.stdout).toContain('Reasons:\n');
    expect(settle.stdout).toContain('The cost of 2026 is split by calendar day');
  });

  it('a language other than nb or en is a usage error (exit 2); docs takes --lang for its messages', () => {
    const bad = cli(['shares', '--lang', 'de']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang må være nb eller en; fikk "de"');
    expect(bad.stdout).toBe('');
    const docs = cli(['docs', '--lang', 'en']);
    expect(docs.code).toBe(2);
    expect(docs.stderr).toBe(
      'kommunesamarbeid: docs needs --out, the directory to write to\nRun "kommunesamarbeid docs --help" for usage.\n',
    );
    expect(cli(['--help']).stdout).toContain('--lang nb|en');
  });
});
