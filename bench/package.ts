/**
 * The built package (`dist/`), for the benches: loaded by Node itself, as an
 * app loads it, because vitest.config.ts keeps `dist/` out of vitest's module
 * transform. It is typed as the source it is built from, so that the benches
 * typecheck before anything is built; `npm run bench` builds first.
 */
import type * as Agreements from '../src/agreements/index.js';
import type * as Analysis from '../src/analysis/index.js';
import type * as Source from '../src/index.js';

const url = (entry: string) => new URL(`../dist/${entry}.js`, import.meta.url).href;

export const built = (await import(/* @vite-ignore */ url('index'))) as typeof Source;

/** The built-in agreements, from their own entry (`kommunesamarbeid/agreements`). */
export const builtAgreements = (await import(
  /* @vite-ignore */ url('agreements')
)) as typeof Agreements;

/** The analyses, from their own entry (`kommunesamarbeid/analysis`). */
export const builtAnalysis = (await import(/* @vite-ignore */ url('analysis'))) as typeof Analysis;

/**
 * The per-module build bundlers get (`dist/module/`), with the package's own
 * marker for a built-in agreement (trusted as parsed): for the benches of
 * more parties than a file may list. A marker only trusts for the copy of
 * the code it belongs to, so these benches call that copy's `splitCost`.
 * `undefined` when the build has no such module to load.
 */
export const moduleBuild = await Promise.all([
  import(/* @vite-ignore */ url('module/index')) as Promise<typeof Source>,
  import(/* @vite-ignore */ url('module/model/trusted')) as Promise<{
    builtIn: <T extends object>(agreement: T) => T;
  }>,
]).then(
  ([engine, trusted]) => ({ splitCost: engine.splitCost, builtIn: trusted.builtIn }),
  () => undefined,
);
