/**
 * The built package (`dist/`), for the benches: loaded by Node itself, as an
 * app loads it, because vitest.config.ts keeps `dist/` out of vitest's module
 * transform. It is typed as the source it is built from, so that the benches
 * typecheck before anything is built; `npm run bench` builds first.
 */
import type * as Source from '../src/index.js';

const url = new URL('../dist/index.js', import.meta.url).href;

export const built = (await import(/* @vite-ignore */ url)) as typeof Source;

/**
 * The package's own marker for a built-in agreement (trusted as parsed), for
 * the benches of more parties than a file may list; `undefined` when the
 * build has no such module to load.
 */
export const trustedAsBuiltIn = await import(
  /* @vite-ignore */ new URL('../dist/model/trusted.js', import.meta.url).href
).then(
  (module: { builtIn?: <T extends object>(agreement: T) => T }) => module.builtIn,
  () => undefined,
);
