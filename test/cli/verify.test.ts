import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rorosOsHoltalen } from '../../src/agreements/roros-os-holtalen/index.js';
import { verifyInvoice } from '../../src/analysis/verify.js';
import { INVOICE_DEVIATES_EXIT } from '../../src/cli/commands/verify.js';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { small } from '../fixtures/small-agreement.js';

/** The small agreement: Aby 100 and Bby 50 inhabitants, key by population (§2), from 2025-01-01. */
const AGREEMENT = JSON.stringify(small());

function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const all: Record<string, string> = { 'a.json': AGREEMENT, ...files };
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      if (Object.hasOwn(all, path)) return all[path] as string;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
  };
  // The small agreement unless the test names its own (an option given twice is a usage error).
  const agreement = argv.includes('--agreement') ? [] : ['--agreement', 'a.json'];
  const code = run(['verify', ...agreement, ...argv], io);
  return { code, stdout, stderr };
}

describe('verify --invoice FILE: an invoice against the split', () => {
  it('csv (commas, dot decimals) that matches: the table, the verdict, exit 0', () => {
    const { code, stdout, stderr } = cli(['--invoice', 'f.csv', '--amount', '150'], {
      'f.csv': 'number,name,amount\r\n0001,Aby,100.00\r\n0002,Bby,50\r\n',
    });
    expect([code, stderr]).toEqual([0, '']);
    // 150.00 by 100:50 is 100.00 and 50.00.
    expect(stdout).toBe(
      [
        'Liten avtale',
        'Kontroll av faktura f.csv (csv) mot fordelingen av 150,00 kr per 1. januar 2025',
        '',
        'Nr.   Kommune  Forventet  Fakturert  Avvik',
        '0001  Aby         100,00     100,00',
        '0002  Bby          50,00      50,00',
        '----  -------  ---------  ---------  -----',
        '      Sum         150,00     150,00',
        '',
        'Resultat: fakturaen stemmer med fordelingen.',
        '',
        'Begrunnelse:',
        '  §1  2 kommuner er deltakere per 1. januar 2025.',
        '  §2  Kostnadene fordeles etter antall innbyggere per 1. januar 2024: 150 innbyggere i 2 kommuner.',
        '  §2  150,00 kr er fordelt på 2 kommuner etter fordelingsnøkkelen. Hver andel går opp i hele øre;',
        '      ingen øre gjenstår.',
        '  §2  Fakturaen stemmer med fordelingen: hver av de 2 kommunene er fakturert det fordelingen gir,',
        '      til sammen 150,00 kr.',
        '',
      ].join('\n'),
    );
  });

  it(`csv-nb (byte order mark, semicolons, grouped amounts with a decimal comma) that deviates: exit ${INVOICE_DEVIATES_EXIT}, missing and extra named`, () => {
    const { code, stdout, stderr } = cli(['--invoice', 'f.csv', '--amount', '1 500,00'], {
      'f.csv': '\uFEFFNr.;Kommune;Beløp (kr)\n0001;Aby;"1 000,01"\n0003;Cby;5,00\n',
    });
    expect([code, stderr]).toEqual([3, '']);
    // 1 500.00 by 100:50 is 1 000.00 and 500.00; Aby 0.01 over, Bby missing, Cby extra.
    expect(stdout).toContain(
      [
        'Nr.   Kommune  Forventet  Fakturert    Avvik',
        '0001  Aby       1 000,00   1 000,01     0,01',
        '0002  Bby         500,00    mangler  -500,00',
        '----  -------  ---------  ---------  -------',
        '      Sum       1 500,00   1 000,01  -499,99',
        '',
        'Mangler på fakturaen: 0002 Bby (500,00 kr)',
        '',
        'Linjer for kommuner som ikke er deltakere:',
        '  0003  5,00 kr',
        'Fakturaens sum med disse linjene: 1 005,01 kr',
        '',
        'Resultat: AVVIK (1 beløp avviker, 1 mangler, 1 ekstra); returkode 3.',
      ].join('\n'),
    );
    expect(stdout).toContain('(csv-nb) mot fordelingen av 1 500,00 kr per 1. januar 2025\n');
    expect(stdout).toContain(
      '  §2  Fakturaens linjer summerer til 1 005,01 kr, ikke 1 500,00 kr: 494,99 kr for lite.',
    );
  });

  it('JSON, --json: { ok, deviations, missing, extra, reasons, … }; without --amount the invoice sum is the amount', () => {
    const { code, stdout } = cli(['--invoice', 'f.json', '--json', '--lang', 'en'], {
      'f.json': JSON.stringify({
        lines: [
          { number: '0001', amount: '20.00' },
          { number: '0002', amount: '10.00' },
        ],
      }),
    });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual([
      'agreement',
      'ok',
      'amount',
      'amountFrom',
      'date',
      'parties',
      'deviations',
      'missing',
      'extra',
      'invoicedSum',
      'reasons',
    ]);
    expect([out.agreement, out.ok, out.amount, out.amountFrom, out.invoicedSum]).toEqual([
      'liten',
      true,
      '30.00',
      'invoice',
      '30.00',
    ]);
    expect(out.reasons.slice(-2)).toEqual([
      {
        code: 'invoice_sum_as_amount',
        agreement: 'liten',
        clause: '§2',
        values: { amount: '30.00', lines: 2 },
        text: "No amount given: the invoice's sum, NOK 30.00 (2 lines), is the amount split.",
      },
      {
        code: 'invoice_matches',
        agreement: 'liten',
        clause: '§2',
        values: { parties: 2, amount: '30.00' },
        text: 'The invoice matches the split: each of the 2 municipalities is invoiced what the split gives it, NOK 30.00 in all.',
      },
    ]);
    const table = cli(['--invoice', 'f.json'], {
      'f.json': '{"lines":[{"number":"0001","amount":"2.00"},{"number":"0002","amount":"1.00"}]}',
    });
    expect(table.stdout).toContain(
      'Kontroll av faktura f.json (json) mot fordelingen av 3,00 kr per 1. januar 2025\nIntet beløp er oppgitt: fakturaens sum er beløpet som fordeles.\n\nNr.',
    );
  });

  it('--json when it deviates: the lists, exit 3; --date and the other options reach the split', () => {
    const { code, stdout } = cli(
      ['--invoice', '-', '--amount', '150.00', '--date', '2025-06-30', '--json'],
      { '-': 'kommunenummer,amount\n0001,100.00\n0002,49.99\n' },
    );
    expect(code).toBe(3);
    const out = JSON.parse(stdout);
    expect([out.ok, out.date, out.deviations, out.missing, out.extra]).toEqual([
      false,
      '2025-06-30',
      [{ number: '0002', name: 'Bby', expected: '50.00', invoiced: '49.99', difference: '-0.01' }],
      [],
      [],
    ]);
  });

  it('--pool and --quantities reach the split; --service-area too (an unknown one is exit 2)', () => {
    const usageKey = readFileSync(
      new URL('../fixtures/usage-key-agreement.json', import.meta.url),
      'utf8',
    );
    // The operations pool: 20 % equal, 30 % by population 1:2:7, 50 % by water 1:3:6, of 100 000:
    // Aby 6 666.66… + 3 000 + 5 000, Bby 6 666.66… + 6 000 + 15 000, Cby 6 666.66… + 21 000 + 30 000;
    // the two øre left go to the equal remainders' larger shares, Cby's and Bby's.
    const files = {
      'u.json': usageKey,
      'q.csv': 'measure,kommunenummer,value\nwater,0001,100\nwater,0002,300\nwater,0003,600\n',
      'f.csv': 'nr,amount\n0001,14666.66\n0002,27666.67\n0003,57666.67\n',
    };
    const args = ['--agreement', 'u.json', '--invoice', 'f.csv', '--amount', '100000'];
    const ok = cli([...args, '--pool', 'operations', '--quantities', 'q.csv'], files);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect(ok.stdout).toContain('Resultat: fakturaen stemmer med fordelingen.');
    const area = cli(['--invoice', 'f.csv', '--amount', '1', '--service-area', 'nowhere'], files);
    expect([area.code, area.stderr]).toEqual([2, expect.stringContaining('serviceArea')]);
  });

  it('a party owed 0.00 and left off: no "mangler", nothing in Avvik; the invoice read from standard input', () => {
    // 0.01 by 100:50: the one øre goes to the larger remainder, Aby's.
    const { code, stdout } = cli(['--invoice', '-', '--amount', '0,01'], {
      '-': 'number,amount\n0001,0.01\n',
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        'Kontroll av faktura fra standard input (csv) mot fordelingen av 0,01 kr per 1. januar 2025',
        '',
        'Nr.   Kommune  Forventet  Fakturert  Avvik',
        '0001  Aby           0,01       0,01',
        '0002  Bby           0,00',
      ].join('\n'),
    );
  });

  it('a rate per inhabitant sets the amount: the heading says so', () => {
    const file = small();
    const rated = JSON.stringify({
      ...file,
      costKeys: [
        { kind: 'per-inhabitant', validFrom: '2025-01-01', clause: '§2', ratePerInhabitant: '2' },
      ],
    });
    // kr 2 × 100 and × 50 inhabitants.
    const { code, stdout } = cli(['--agreement', 'r.json', '--invoice', 'f.csv'], {
      'r.json': rated,
      'f.csv': 'number,amount\n0001,200\n0002,100\n',
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      'mot fordelingen av 300,00 kr per 1. januar 2025\nSatsen per innbygger gir beløpet.\n\nNr.',
    );
  });

  it('bad input is exit 2: no --invoice, a bad line (every one, by line number), an invalid JSON invoice', () => {
    expect(cli([]).stderr).toBe(
      'kommunesamarbeid: verify trenger --invoice FILE (CSV eller JSON; - for standard inn)\nKjør «kommunesamarbeid verify --help» for hjelp.\n',
    );
    expect(cli(['--lang', 'en']).stderr).toBe(
      'kommunesamarbeid: verify needs --invoice FILE (CSV or JSON; - for standard input)\nRun "kommunesamarbeid verify --help" for usage.\n',
    );
    const bad = cli(['--invoice', 'f.csv'], {
      'f.csv': 'Nr.;Beløp\n5001;1,234\n;100\n12;1 0\n5001;\n',
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      [
        'kommunesamarbeid: Ugyldig faktura f.csv (6 feil):',
        '  f.csv, linje 2, Beløp: må være et beløp i kroner med høyst to desimaler, f.eks. 1 234,50 eller 1234.50: "1.234"',
        '  f.csv, linje 3, Nr.: har ikke noe kommunenummer (en sumlinje? verify summerer linjene selv: fjern den)',
        '  f.csv, linje 4, Beløp: må være et beløp i kroner med høyst to desimaler, f.eks. 1 234,50 eller 1234.50: "1 0"',
        '  f.csv, linje 4, Nr.: må være et kommunenummer på fire sifre, f.eks. 5001: "12"',
        '  f.csv, linje 5, Beløp: må være et beløp i kroner med høyst to desimaler, f.eks. 1 234,50 eller 1234.50: ""',
        '  f.csv, linje 5, Nr.: 5001 er fakturert på linje 2 også',
        '',
      ].join('\n'),
    );
    const json = cli(['--invoice', 'f.json'], {
      'f.json': '{"lines":[{"number":"0001","amount":100}]}',
    });
    expect([json.code, json.stderr]).toEqual([
      2,
      'kommunesamarbeid: Ugyldig faktura (1 feil):\n  invoice.lines[0].amount: må være et beløp i kroner som tekst: sifre med punktum foran høyst to desimaler, f.eks. "1234.50"\n',
    ]);
    expect(cli(['--invoice', 'nowhere.csv']).stderr).toContain(
      'kan ikke lese nowhere.csv: filen finnes ikke',
    );
    expect(cli(['--invoice', '-', '--quantities', '-']).stderr).toContain(
      'bare én fil kan leses fra standard inn (-)',
    );
    expect(cli(['--invoice', 'f.csv', '--liability'], { 'f.csv': '' }).stderr).toContain(
      'verify tar ikke --liability',
    );
  });

  it("the README's example (faktura.csv for Røros–Os–Holtålen) is what verify prints, and the library example agrees", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Kontroller en faktura / verify an invoice'));
    const csv = /```text\n(Kommunenummer;[\s\S]*?)```/.exec(section)?.[1] as string;
    const shown =
      /<!-- verify-example -->\n```text\n\$ npx kommunesamarbeid (.*)\n([\s\S]*?)```/.exec(section);
    const [, command, output] = shown as unknown as [string, string, string];
    let stdout = '';
    const code = run(
      (command.match(/"[^"]*"|\S+/g) ?? []).map((arg) => arg.replace(/^"|"$/g, '')),
      {
        stdout: (text) => {
          stdout += text;
        },
        stderr: () => undefined,
        readFile: (path) => (path === 'faktura.csv' ? csv : ''),
      },
    );
    expect([code, stdout]).toEqual([3, output]);
    // By hand: 300 000 by 5 685, 1 891 and 2 035 of 9 611 inhabitants is 177 452.918…, 59 026.115…
    // and 63 520.965…: floors 177 452.91, 59 026.11, 63 520.96, and the two øre left go to the
    // largest remainders, Røros's and Os's; Holtålen is invoiced 0.96 short.
    expect(section).toContain(
      "result.deviations; //=> [{ number: '5026', name: 'Holtålen', expected: '63520.96', invoiced: '63520.00', difference: '-0.96' }]",
    );
    expect(
      verifyInvoice(
        rorosOsHoltalen,
        '300000.00',
        {
          lines: [
            { number: '5025', amount: '177452.92' },
            { number: '3430', amount: '59026.12' },
            { number: '5026', amount: '63520.00' },
          ],
        },
        { date: '2025-01-01' },
      ).deviations,
    ).toEqual([
      {
        number: '5026',
        name: 'Holtålen',
        expected: '63520.96',
        invoiced: '63520.00',
        difference: '-0.96',
      },
    ]);
  });

  it('--help names verify, its exit code and the invoice columns', () => {
    let out = '';
    const code = run(['verify', '--help'], {
      stdout: (t) => {
        out += t;
      },
      stderr: () => undefined,
      readFile: () => '',
    });
    expect(code).toBe(0);
    expect(out).toContain('Bruk: kommunesamarbeid verify --invoice FILE [--amount A] [--date D]');
    expect(out).toContain(
      '\nAvslutningskoder: 0 fakturaen stemmer; 3 et beløp avviker, en kommune mangler eller en linje er\nekstra;',
    );
    expect(out).toContain(
      'navngir kommunenummer (Kommunenummer, Nr. eller number) og beløp\n  (Beløp, Beløp (kr) eller amount)',
    );
    expect(out.split('\n').every((line) => line.length <= 100)).toBe(true);
  });
});
