/**
 * Start-up: how long a Node process takes to import each entry of the
 * package, over a bare `node` that imports nothing. Whole processes, spawned
 * in interleaved rounds (bare, main entry, each subpath, …, then again), so
 * that a slow moment of the machine falls on all of them alike; the median of
 * each over the rounds. Run after a build: `npm run build && node
 * bench/startup.mjs [rounds] [file …]`: each extra file (e.g. the main
 * entry of an earlier build) is imported by path as one more case. It prints a Markdown section and writes it
 * into docs/benchmarks.md (replacing the section of a former run) and the
 * figures into bench/startup.json.
 *
 * Each entry is imported by its package name from the package root (Node
 * resolves the package's own name through "exports"), as an app would; Node
 * takes the `import` or `require` condition, not `module`. For comparison,
 * the per-module build that bundlers get (dist/module/) is imported by path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.argv[2] ?? 40);
const EXTRA = process.argv.slice(3);
const BUDGET_MS = 30;

const esm = (specifier) => ['--input-type=module', '-e', `import ${JSON.stringify(specifier)};`];
const cjs = (specifier) => ['-e', `require(${JSON.stringify(specifier)});`];
const CASES = [
  { name: 'bare node (ESM, imports nothing)', args: ['--input-type=module', '-e', ''] },
  { name: 'kommunesamarbeid (import)', args: esm('kommunesamarbeid'), budget: true },
  { name: 'kommunesamarbeid (require)', args: cjs('kommunesamarbeid') },
  { name: 'kommunesamarbeid/agreements (import)', args: esm('kommunesamarbeid/agreements') },
  {
    name: 'kommunesamarbeid + /agreements (import)',
    args: [
      '--input-type=module',
      '-e',
      "import 'kommunesamarbeid'; import 'kommunesamarbeid/agreements';",
    ],
  },
  { name: 'kommunesamarbeid/docs (import)', args: esm('kommunesamarbeid/docs') },
  { name: 'kommunesamarbeid/ssb (import)', args: esm('kommunesamarbeid/ssb') },
  { name: 'kommunesamarbeid/deflator (import)', args: esm('kommunesamarbeid/deflator') },
  {
    name: 'per-module build for bundlers, dist/module/index.js (import)',
    args: esm('./dist/module/index.js'),
  },
  ...EXTRA.map((file) => ({ name: `${file} (import)`, args: esm(pathToFileURL(file).href) })),
];

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}

/** Milliseconds one process takes, from spawn to exit. */
function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')}: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const loadBefore = loadavg()[0];
for (const c of CASES) time(c.args); // warm the file cache
const samples = CASES.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  CASES.forEach((c, i) => {
    samples[i].push(time(c.args));
  });
}
const loadAfter = loadavg()[0];
const bare = median(samples[0]);
const results = CASES.map((c, i) => ({
  name: c.name,
  median: median(samples[i]),
  overBare: median(samples[i]) - bare,
  budget: c.budget === true,
}));

const fixed = (n) => n.toFixed(1);
const lines = [
  '## Start-up (bench/startup.mjs)',
  '',
  `Whole Node processes (${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after),`,
  `${ROUNDS} interleaved rounds, median wall time`,
  'from spawn to exit; "over bare" is the median minus that of a bare `node` that imports',
  `nothing. The goal: importing the main entry costs at most ${BUDGET_MS} ms over bare.`,
  'Node gets one bundled file per entry (dependencies inlined, shared code in common',
  'chunks); bundlers get the per-module build through the `module` condition.',
  '',
  '| Import | Median (ms) | Over bare (ms) | Within |',
  '| --- | --: | --: | --- |',
  ...results.map((r, i) =>
    i === 0
      ? `| ${r.name} | ${fixed(r.median)} | — | |`
      : `| ${r.name} | ${fixed(r.median)} | ${fixed(r.overBare)} | ${r.budget ? (r.overBare <= BUDGET_MS ? `yes (≤ ${BUDGET_MS} ms)` : `no (> ${BUDGET_MS} ms)`) : ''} |`,
  ),
  '',
];
const section = lines.join('\n');
console.log(section);
writeFileSync(
  join(ROOT, 'bench', 'startup.json'),
  `${JSON.stringify({ node: process.version, rounds: ROUNDS, load: [loadBefore, loadAfter], results }, null, 2)}\n`,
);
const report = join(ROOT, 'docs', 'benchmarks.md');
const before = readFileSync(report, 'utf8');
const at = before.indexOf('## Start-up (bench/startup.mjs)');
const kept = at === -1 ? `${before.trimEnd()}\n\n` : before.slice(0, at);
writeFileSync(report, `${kept}${section}`);
