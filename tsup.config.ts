import { defineConfig } from 'tsup';

/** The package's entries: `kommunesamarbeid` (the engine) and its subpaths. */
const entry = {
  index: 'src/index.ts',
  agreements: 'src/agreements/index.ts',
  docs: 'src/docs/index.ts',
  ssb: 'src/ssb/index.ts',
  deflator: 'src/deflator/index.ts',
  words: 'src/words/index.ts',
  analysis: 'src/analysis/index.ts',
};

/**
 * Two builds of the same code, chosen by the export conditions:
 *
 * - Node (`import`, `require`): one bundled file per entry, with the
 *   dependencies inlined and the code the entries share in common chunks, so
 *   that importing the engine reads a few files instead of 170 modules (the
 *   start-up of bench/startup.mjs). ESM and CommonJS, each with its types.
 * - Bundlers (`module`, which webpack, esbuild, rollup and vite honour and
 *   Node ignores): one output file per source module in dist/module/, the
 *   dependencies left as imports, so that, told by `"sideEffects": false`, a
 *   bundler drops every module an app does not use (an app that imports only
 *   `splitCost` bundles no zod schemas).
 *
 * The CLI: one bundled ESM file with a shebang.
 *
 * The explorer of the handbook's page: one minified script for the browser
 * (an IIFE, everything inlined), which `docs` embeds in each HTML handbook so
 * that the page works from file://, offline.
 *
 * No source maps: a map without its sources points nowhere, and with them it
 * was well over half the tarball (docs/package-size.md). The output is
 * unminified, so a stack trace still reads as the source.
 */
export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/cli/**', '!src/explorer/**'],
    outDir: 'dist/module',
    format: ['esm'],
    bundle: false,
    target: 'node20',
  },
  {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    target: 'node20',
    noExternal: [/^zod/, /^decimal\.js/, /^@noble\/hashes/, /^date-fns/, /^@date-fns\/utc/],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    entry: { explorer: 'src/explorer/main.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    noExternal: [/.*/],
  },
]);
