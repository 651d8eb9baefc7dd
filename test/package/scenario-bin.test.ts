import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** One scenario on Røros–Os–Holtålen, §8 B i, that fails: Os pays 59 026.12, not 59 026.13. */
const OS_FAILS = {
  agreement: 'roros-os-holtalen',
  scenarios: [
    {
      name: 'Os betaler 59 026,13 kr',
      clause: '§8 B i',
      split: { amount: '300000', date: '2018-06-01' },
      expect: { parties: { '3430': '59026.13' } },
    },
  ],
};

describe('kommunesamarbeid test, through the built bin', () => {
  it('runs the project’s own scenario files (exit 0) and a failing file (exit 1)', () => {
    const cliJs = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
    const scenarios = fileURLToPath(new URL('../scenarios/', import.meta.url));
    const ok = spawnSync(
      process.execPath,
      [cliJs, 'test', join(scenarios, 'roros-os-holtalen/s08-kostnader.json')],
      { encoding: 'utf8' },
    );
    expect([ok.status, ok.stderr, ok.stdout.trimEnd().split('\n').at(-1)]).toEqual([
      0,
      '',
      '2 scenarioer: 2 bestått, 0 feilet',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    try {
      writeFileSync(join(dir, 'os.json'), JSON.stringify(OS_FAILS));
      const failed = spawnSync(process.execPath, [cliJs, 'test', '--json', join(dir, 'os.json')], {
        encoding: 'utf8',
      });
      expect([failed.status, JSON.parse(failed.stdout).failed]).toEqual([1, 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
