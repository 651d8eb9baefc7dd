import { existsSync } from 'node:fs';

/**
 * Whether a test that reads a file under `../shared` (the agreements'
 * source documents, LEGAL.md) may be skipped when the file is absent: in a
 * checkout without `../shared`, yes, visibly as skipped; but never where
 * `KS_REQUIRE_SOURCES` is set (CI's `npm test`), so that a missing source
 * fails there instead of passing silently.
 */
export function sourceMissing(path: string | URL): boolean {
  if (existsSync(path)) return false;
  if (process.env['KS_REQUIRE_SOURCES'] !== undefined) {
    throw new Error(`KS_REQUIRE_SOURCES is set, and ${String(path)} is missing`);
  }
  return true;
}
