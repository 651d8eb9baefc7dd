/**
 * Mutation score per folder, from Stryker's JSON report, with a floor that
 * every folder must reach: Stryker's own break threshold covers only the total.
 *
 *   tsx scripts/mutation-score.ts [report.json]
 *
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage),
 * as Stryker counts it; mutants ignored by a `Stryker disable` comment (each
 * with its reason, see docs/quality.md) and compile errors are left out.
 * Exits 1 if a folder is below the floor or absent from the report.
 */
import { readFileSync } from 'node:fs';

const FLOOR = 90;
const FOLDERS = [
  'src/analysis',
  'src/deflator',
  'src/finance',
  'src/governance',
  'src/model',
  'src/rules',
  'src/ssb',
];
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

interface Report {
  readonly files: Record<string, { readonly mutants: readonly { readonly status: string }[] }>;
}

const path = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(path, 'utf8')) as Report;

const tally = new Map(FOLDERS.map((folder) => [folder, { detected: 0, undetected: 0, files: 0 }]));
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = FOLDERS.find((f) => file.startsWith(`${f}/`));
  const t = folder === undefined ? undefined : tally.get(folder);
  if (t === undefined) continue;
  t.files++;
  for (const { status } of mutants) {
    if (DETECTED.has(status)) t.detected++;
    else if (UNDETECTED.has(status)) t.undetected++;
  }
}

let failed = false;
console.log('| Folder | Files | Mutants scored | Detected | Undetected | Score |');
console.log('| --- | --: | --: | --: | --: | --: |');
for (const [folder, { detected, undetected, files }] of tally) {
  const scored = detected + undetected;
  const score = scored === 0 ? Number.NaN : (100 * detected) / scored;
  const ok = score >= FLOOR;
  failed ||= !ok;
  console.log(
    `| \`${folder}\` | ${files} | ${scored} | ${detected} | ${undetected} | ${
      Number.isNaN(score) ? 'not in the report' : `${score.toFixed(1)} %`
    }${ok ? '' : ` — below ${FLOOR} %`} |`,
  );
}
if (failed) {
  console.error(`\nmutation score: every folder must reach ${FLOOR} %`);
  process.exit(1);
}
