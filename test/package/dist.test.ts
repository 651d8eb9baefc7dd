import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The built package, used as a consumer would (`npm test` builds first).
 */
const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

describe('the built package', () => {
  it('works from CommonJS (require), each entry', () => {
    const require = createRequire(import.meta.url);
    const lib = require(dist('index.cjs')) as typeof import('../../src/index.js');
    const { helseplattformen } = require(
      dist('agreements.cjs'),
    ) as typeof import('../../src/agreements/index.js');
    expect(lib.splitCost(helseplattformen, '100').sum).toBe('100.00');
    expect(() => lib.parseAmount('1.001')).toThrow(lib.AgreementInputError);
    const deflator = require(dist('deflator.cjs')) as typeof import('../../src/deflator/index.js');
    // One AgreementInputError class for every entry: the entries share their code.
    expect(() => deflator.adjustForDeflator('1.001', { fromYear: 2024, toYear: 2025 })).toThrow(
      lib.AgreementInputError,
    );
    expect(deflator.adjustForDeflator('100.00', { fromYear: 2024, toYear: 2025 }).adjusted).toBe(
      '103.90',
    );
  });

  it('works from ESM (import), each entry', async () => {
    const lib = (await import(dist('index.js'))) as typeof import('../../src/index.js');
    const { helseplattformen } = (await import(
      dist('agreements.js')
    )) as typeof import('../../src/agreements/index.js');
    expect(lib.ownershipShares(helseplattformen).percentLargestRemainderSum).toBe('100.00');
    const ssb = (await import(dist('ssb.js'))) as typeof import('../../src/ssb/index.js');
    expect(() => ssb.populationFromJsonStat({})).toThrow(lib.AgreementInputError);
    const docs = (await import(dist('docs.js'))) as typeof import('../../src/docs/index.js');
    expect([docs.titleCites('§12 withdrawal', '§12'), docs.titleCites('§1.3 x', '§1')]).toEqual([
      true,
      false,
    ]);
  });

  it('gives Node one bundled file per entry, and bundlers the per-module build', () => {
    const pkg = JSON.parse(readFileSync(dist('../package.json'), 'utf8')) as {
      exports: Record<string, Record<string, unknown>>;
    };
    for (const [path, name] of [
      ['.', 'index'],
      ['./agreements', 'agreements'],
      ['./docs', 'docs'],
      ['./ssb', 'ssb'],
      ['./deflator', 'deflator'],
      ['./words', 'words'],
      ['./analysis', 'analysis'],
    ] as const) {
      const module = `./dist/module/${name === 'index' ? 'index' : `${name}/index`}.js`;
      expect(pkg.exports[path]).toEqual({
        module: { types: `./dist/${name}.d.ts`, default: module },
        node: {
          import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
          require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
        },
        import: { types: `./dist/${name}.d.ts`, default: module },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
    // The Node files import no dependency at run time: zod and the rest are inlined.
    const nodeFiles = readdirSync(dist('.')).filter((f) => /\.c?js$/.test(f) && f !== 'cli.js');
    expect(nodeFiles.length).toBeGreaterThan(10);
    for (const file of nodeFiles)
      expect(readFileSync(dist(file), 'utf8'), file).not.toMatch(
        /from ["'](?!\.\/)|require\(["'](?!\.\/)/,
      );
  });

  it('publishes the JSON Schema of every input file under kommunesamarbeid/schema/NAME.json', () => {
    const pkg = JSON.parse(readFileSync(dist('../package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect([pkg.exports['./schema/*.json'], pkg.files.includes('schema')]).toEqual([
      './schema/*.json',
      true,
    ]);
    // The package resolves its own name through "exports", as a consumer's require would.
    const require = createRequire(import.meta.url);
    for (const name of ['agreement', 'meeting', 'events', 'regions', 'invoice', 'scenario']) {
      const path = require.resolve(`kommunesamarbeid/schema/${name}.json`);
      expect((require(path) as { $id: string }).$id).toBe(
        `https://kommunesamarbeid.no/schema/${name}.json`,
      );
    }
  });

  it('ships no source maps: none is built, and no file points to one', () => {
    const files = readdirSync(dist('.'), { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => /\.c?js$/.test(f)))
      expect(readFileSync(dist(file), 'utf8'), file).not.toContain('sourceMappingURL');
  });

  it('gives the Norwegian formatters from kommunesamarbeid/words, to ESM and CommonJS alike', async () => {
    const require = createRequire(import.meta.url);
    const cjs = {
      words: require(dist('words.cjs')) as typeof import('../../src/words/index.js'),
      lib: require(dist('index.cjs')) as typeof import('../../src/index.js'),
    };
    const esm = {
      words: (await import(dist('words.js'))) as typeof import('../../src/words/index.js'),
      lib: (await import(dist('index.js'))) as typeof import('../../src/index.js'),
    };
    for (const { words, lib } of [cjs, esm]) {
      expect([
        words.formatAmountNb('1234567.89'),
        words.formatPercentNb('40.07'),
        words.formatDateNb('2025-01-01'),
      ]).toEqual(['1 234 567,89', '40,07 %', '1. januar 2025']);
      // One AgreementInputError class across the entries of a build, for a plain-JavaScript mistake.
      expect(() => words.formatAmountNb(1234.5 as unknown as string)).toThrow(
        lib.AgreementInputError,
      );
    }
    const lib = cjs.lib;
    expect(() => lib.formatAmount('1234567.8' as unknown as bigint)).toThrow(
      'must be whole øre as a bigint',
    );
  });

  it('the bin’s JSON reasons are the library’s reasons with their text (reasonWithText)', () => {
    const require = createRequire(import.meta.url);
    const lib = require(dist('index.cjs')) as typeof import('../../src/index.js');
    const { helseplattformen } = require(
      dist('agreements.cjs'),
    ) as typeof import('../../src/agreements/index.js');
    const words = require(dist('words.cjs')) as typeof import('../../src/words/index.js');
    for (const lang of ['nb', 'en'] as const) {
      const result = spawnSync(
        process.execPath,
        [dist('cli.js'), 'split', '--amount', '10000000', '--json', '--lang', lang],
        { encoding: 'utf8' },
      );
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).reasons).toEqual(
        lib
          .splitCost(helseplattformen, '10000000')
          .reasons.map((r) => words.reasonWithText(r, lang)),
      );
    }
  });

  it('runs as a bin with a shebang', () => {
    expect(readFileSync(dist('cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const result = spawnSync(process.execPath, [dist('cli.js'), 'shares', '--json'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).totalPopulation).toBe(535_512);
  });

  it.each(['browser', 'node', 'neutral'] as const)(
    'an app (%s) that imports only splitCost and the agreement by name bundles no zod',
    async (platform) => {
      const result = await build({
        stdin: {
          contents: [
            "import { splitCost } from 'kommunesamarbeid';",
            "import { helseplattformen } from 'kommunesamarbeid/agreements';",
            'console.log(splitCost(helseplattformen, 1).sum);',
          ].join('\n'),
          // The package's own root: the bundler resolves the name through "exports".
          resolveDir: dist('..'),
        },
        bundle: true,
        minify: true,
        write: false,
        format: 'esm',
        platform,
        metafile: true,
        logLevel: 'silent',
      });
      const code = result.outputFiles[0]?.text ?? '';
      expect(code).toContain('Trondheim');
      expect(code).not.toMatch(/\$ZodType|ZodError|zod\/mini/);
      // It took the per-module build, not the Node bundles.
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs).toContain('dist/module/finance/split-cost.js');
      expect(inputs.filter((f) => /^dist\/[^/]+\.js$/.test(f))).toEqual([]);
    },
  );
});
