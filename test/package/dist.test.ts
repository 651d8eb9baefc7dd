import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The built package, used as a consumer would (`npm test` builds first).
 */
const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

describe('the built package', () => {
  it('works from CommonJS (require)', () => {
    const require = createRequire(import.meta.url);
    const lib = require(dist('index.cjs')) as typeof import('../../src/index.js');
    expect(lib.splitCost(lib.helseplattformen, '100').sum).toBe('100.00');
    expect(() => lib.parseAmount('1.001')).toThrow(lib.AgreementInputError);
  });

  it('works from ESM (import)', async () => {
    const lib = (await import(dist('index.js'))) as typeof import('../../src/index.js');
    expect(lib.ownershipShares(lib.helseplattformen).percentLargestRemainderSum).toBe('100.00');
  });

  it('runs as a bin with a shebang', () => {
    expect(readFileSync(dist('cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const result = spawnSync(process.execPath, [dist('cli.js'), 'shares', '--json'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).totalPopulation).toBe(535_512);
  });

  it('an app that imports only splitCost and the agreement bundles no zod', async () => {
    const result = await build({
      stdin: {
        contents: `import { splitCost, helseplattformen } from ${JSON.stringify(dist('index.js'))};\nconsole.log(splitCost(helseplattformen, 1).sum);`,
        resolveDir: process.cwd(),
      },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toContain('Trondheim');
    expect(code).not.toMatch(/\$ZodType|ZodError|zod\/mini/);
  });
});
