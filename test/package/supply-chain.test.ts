import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
  'size-limit': { name: string; path: string; limit: string }[];
};

describe('supply chain and budgets', () => {
  it('has exactly five runtime dependencies: zod, decimal.js, date-fns with @date-fns/utc, @noble/hashes', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@date-fns/utc',
      '@noble/hashes',
      'date-fns',
      'decimal.js',
      'zod',
    ]);
  });

  it('has no install scripts of its own', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[hook]).toBeUndefined();
  });

  it('sets a size budget for splitCost alone, for the whole API and for each subpath entry, measured on the build bundlers get, and for the handbook explorer’s script', () => {
    expect(pkg['size-limit'].map((e) => [e.name, e.path])).toEqual([
      ['splitCost only', 'dist/module/index.js'],
      ['finance functions', 'dist/module/index.js'],
      ['the whole API', 'dist/module/index.js'],
      ['kommunesamarbeid/agreements', 'dist/module/agreements/index.js'],
      ['kommunesamarbeid/docs', 'dist/module/docs/index.js'],
      ['kommunesamarbeid/ssb', 'dist/module/ssb/index.js'],
      ['kommunesamarbeid/deflator', 'dist/module/deflator/index.js'],
      ['kommunesamarbeid/words', 'dist/module/words/index.js'],
      ['kommunesamarbeid/analysis', 'dist/module/analysis/index.js'],
      ['the handbook explorer (browser script)', 'dist/explorer.global.js'],
    ]);
  });
});
