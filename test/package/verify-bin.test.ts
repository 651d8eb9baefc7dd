import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { splitCost } from '../../src/finance/split-cost.js';

/** The built bin (`npm test` builds first), as a finance officer runs it. */
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const verify = (args: string[], input: string) =>
  spawnSync(process.execPath, [bin, 'verify', ...args], { input, encoding: 'utf8' });

/** A Norwegian spreadsheet's amount: `'400672.63'` → `'400 672,63'`. */
const nb = (amount: string) => {
  const [kroner, ore] = amount.split('.') as [string, string];
  return `${kroner.replace(/\B(?=(\d{3})+$)/g, '\u00A0')},${ore}`;
};

describe('the built bin: verify --invoice - (csv-nb on standard input)', () => {
  const parties = splitCost(helseplattformen, '1000000.00').parties;
  const csvNb = (change: (number: string, amount: string) => string) =>
    `\uFEFFKommunenummer;Kommune;Beløp (kr)\r\n${parties
      .map((p) => `${p.number};${p.name};"${nb(change(p.number, p.amount))}"`)
      .join('\r\n')}\r\n`;

  it('an invoice that is the split: exit 0, "stemmer"', () => {
    const result = verify(
      ['--invoice', '-', '--amount', '1 000 000,00'],
      csvNb((_, a) => a),
    );
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain('Resultat: fakturaen stemmer med fordelingen.');
    // The heading is 102 characters: it wraps at 100 columns, the rest indented.
    expect(result.stdout).toContain(
      '\nKontroll av faktura fra standard input (csv-nb) mot fordelingen av 1 000 000,00 kr per 1. januar\n  2025\n\n',
    );
  });

  it('Trondheim one øre over: exit 3, one deviation of 0.01 in the JSON', () => {
    const result = verify(
      ['--invoice', '-', '--amount', '1000000,00', '--json'],
      csvNb((number, amount) => (number === '5001' ? '400672.64' : amount)),
    );
    expect(parties[0]).toMatchObject({ number: '5001', amount: '400672.63' });
    expect(result.status).toBe(3);
    const out = JSON.parse(result.stdout);
    expect([out.ok, out.deviations, out.missing, out.extra]).toEqual([
      false,
      [
        {
          number: '5001',
          name: 'Trondheim',
          expected: '400672.63',
          invoiced: '400672.64',
          difference: '0.01',
        },
      ],
      [],
      [],
    ]);
  });

  it('a bad line: exit 2, the line named, no stack trace', () => {
    const result = verify(['--invoice', '-'], 'Nr.;Beløp\n5001;12,345\n');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'kommunesamarbeid: Ugyldig faktura standard input (1 feil):\n  standard input, linje 2, Beløp: må være et beløp i kroner med høyst to desimaler, f.eks. 1 234,50 eller 1234.50: "12.345"\n',
    );
  });
});
