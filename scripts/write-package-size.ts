/**
 * Writes `docs/package-size.md` from the JSON `npm pack --json` printed:
 * `npx tsx scripts/write-package-size.ts pack.json` (run by
 * `scripts/check-package.sh`, which packs the tarball it checks).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type PackResult, packageSizeReport } from './package-size.js';

const [file] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: write-package-size.ts PACK.json');
const [pack] = JSON.parse(readFileSync(file, 'utf8')) as PackResult[];
if (pack === undefined) throw new Error(`${file}: no package in the output of npm pack --json`);
writeFileSync(new URL('../docs/package-size.md', import.meta.url), packageSizeReport(pack));
console.log('wrote docs/package-size.md');
