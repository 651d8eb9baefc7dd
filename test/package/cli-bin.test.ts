import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The built bin as a finance officer's shell or a script runs it (`npm test` builds first). */
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const bin = (args: readonly string[], input?: string) =>
  // No encoding: standard output and error as bytes.
  spawnSync(process.execPath, [cli, ...args], input === undefined ? {} : { input });
const text = (bytes: Buffer) => bytes.toString('utf8');

describe('the built bin: versions, help, formats and errors as scripts see them', () => {
  it('--version and -v print the version in package.json', () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    for (const flag of ['--version', '-v']) {
      const result = bin([flag]);
      expect([result.status, text(result.stdout), text(result.stderr)]).toEqual([
        0,
        `${version}\n`,
        '',
      ]);
    }
  });

  it('csv-nb to a file: the byte order mark, semicolons and CRLF as bytes', () => {
    const result = bin(['split', '--amount', '1 000 000,50', '--format', 'csv-nb']);
    expect(result.status).toBe(0);
    expect([...result.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text(result.stdout).slice(1).split('\r\n');
    expect(lines[0]).toBe('Kommunenummer;Kommune;Innbyggere;Beløp (kr)');
    // 1 000 000,50 × 214 565 / 535 512 = 400 672,97…, as the library splits it.
    expect(lines[1]).toMatch(/^"5001";Trondheim;214565;400672,\d\d$/);
    expect(lines).toHaveLength(1 + 34 + 1);
    expect(text(result.stdout)).not.toMatch(/[^\r]\n/);
  });

  it('split --help is the command’s own help, in English with --lang en', () => {
    const result = bin(['split', '--help', '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(text(result.stdout)).toMatch(/^Usage: kommunesamarbeid split \[--amount A\]/);
  });

  it('with --json an error is one JSON object on standard error; check of an invalid file exits 2', () => {
    const bad = bin(['split', '--ammount', '100', '--json']);
    expect(bad.status).toBe(2);
    expect(text(bad.stdout)).toBe('');
    expect(JSON.parse(text(bad.stderr))).toEqual({
      error: 'feil bruk',
      problems: [
        {
          path: '--ammount',
          code: 'unknown_option',
          message: 'ukjent valg --ammount; mente du --amount?',
        },
      ],
    });
    const check = bin(['check', '--agreement', '-', '--json'], '{}');
    expect(check.status).toBe(2);
    expect(JSON.parse(text(check.stdout))).toMatchObject({ agreement: null, valid: false });
  });
});
