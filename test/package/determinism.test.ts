import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const runIn = (tz: string, args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TZ: tz } })
    .stdout;

describe('determinism: byte-identical output across runs and time zones', () => {
  it.each([
    [['shares', '--json']],
    [['split', '--amount', '12345678.91', '--json']],
    [['withdraw', '--party', '3430', '--notice-date', '2025-03-01', '--json']],
    [['deadlines', '--year', '2028', '--json']],
    [['settle', '--year', '2026', '--amount', '1000000', '--json']],
    [['check', '--json']],
  ])('%j', (args) => {
    const outputs = ['UTC', 'Europe/Oslo', 'Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'].map(
      (tz) => runIn(tz, args),
    );
    expect(outputs[0]?.length).toBeGreaterThan(10);
    for (const out of outputs) expect(out).toBe(outputs[0]);
  });
});
