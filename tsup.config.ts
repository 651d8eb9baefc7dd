import { defineConfig } from 'tsup';

/**
 * ESM: one output file per source module, so that a bundler, told by
 * `"sideEffects": false`, drops every module an app does not use (an app
 * that imports only `splitCost` bundles no zod schemas).
 * CommonJS: one bundled file. Types: one declaration bundle per format.
 * CLI: one bundled ESM file with a shebang.
 */
export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    target: 'node20',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: { only: true },
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
