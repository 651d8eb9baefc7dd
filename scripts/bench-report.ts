/**
 * Turns `bench/results.json` (written by `vitest bench --run --outputJson
 * bench/results.json`) into `docs/benchmarks.md`. Run by `npm run bench`, or
 * on its own: `npx tsx scripts/bench-report.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results.json');
const REPORT = join(ROOT, 'docs', 'benchmarks.md');

const SUBJECT = 'splitCost';
/** The groups of split-cost.bench.ts: "splitCost, 34 parties" and "splitCost, 34 parties, after 10000". */
const SIZE_GROUP = /splitCost, (\d+) parties(?:, after (\d+))?$/;
const BASELINE = 'baseline: plain-integer largest remainder';
const TUNED = 'tuned: typed-array largest remainder';
/** splitCost should take at most this many times the tuned allocator's time (issue 13). */
const GOAL = 1.5;
/** decide on the 34-seat representantskap, parsed meeting: calls per second asked for (issue 13). */
const DECIDE_GOAL = 150_000;

/** The part of vitest's `--outputJson` file this report reads (times in ms). */
const BenchmarkSchema = z.object({
  name: z.string(),
  mean: z.number(),
  median: z.number(),
  hz: z.number(),
  rme: z.number(),
  sampleCount: z.number(),
});
const ResultsSchema = z.object({
  files: z.array(
    z.object({
      groups: z.array(z.object({ fullName: z.string(), benchmarks: z.array(BenchmarkSchema) })),
    }),
  ),
});
type Benchmark = z.output<typeof BenchmarkSchema>;

interface SizeResult {
  readonly parties: number;
  /** For the repeat group: the size split just before it in the same process. */
  readonly after: number | null;
  readonly subject: Benchmark;
  readonly baseline: Benchmark;
  readonly tuned: Benchmark;
  /** Every bench of the size, baseline included, in the order they ran. */
  readonly all: readonly Benchmark[];
  /** Mean time of splitCost over mean time of the tuned allocator. */
  readonly ratio: number;
}

/** Groups other than the splitCost sizes: each bench against the group's baseline. */
function otherGroups(): { name: string; benches: Benchmark[]; baseline: Benchmark | undefined }[] {
  const results = ResultsSchema.parse(JSON.parse(readFileSync(RESULTS, 'utf8')));
  return results.files
    .flatMap((file) => file.groups)
    .filter((group) => !SIZE_GROUP.test(group.fullName))
    .map((group) => ({
      name: group.fullName.split(' > ').at(-1) ?? group.fullName,
      benches: group.benchmarks,
      baseline: group.benchmarks.find((b) => b.name.startsWith('baseline')),
    }));
}

/** size-limit's JSON (bench/size.json), if it was written. */
function bundleSizes(): { name: string; size: number; sizeLimit: number; passed: boolean }[] {
  const path = join(ROOT, 'bench', 'size.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as {
      name: string;
      size: number;
      sizeLimit: number;
      passed: boolean;
    }[];
  } catch {
    return [];
  }
}

function readResults(): SizeResult[] {
  const results = ResultsSchema.parse(JSON.parse(readFileSync(RESULTS, 'utf8')));
  const sizes: SizeResult[] = [];
  for (const file of results.files) {
    for (const group of file.groups) {
      const match = SIZE_GROUP.exec(group.fullName);
      if (match === null) continue;
      const find = (name: string): Benchmark => {
        const found = group.benchmarks.find((b) => b.name === name);
        if (found === undefined) throw new Error(`${group.fullName}: no bench named "${name}"`);
        return found;
      };
      const subject = find(SUBJECT);
      const baseline = find(BASELINE);
      const tuned = find(TUNED);
      sizes.push({
        parties: Number(match[1]),
        after: match[2] === undefined ? null : Number(match[2]),
        subject,
        baseline,
        tuned,
        all: group.benchmarks,
        ratio: subject.mean / tuned.mean,
      });
    }
  }
  if (sizes.length === 0) throw new Error(`${RESULTS}: no "splitCost, N parties" groups`);
  // The sizes in the order they ran: small to large, then the repeat.
  return sizes.sort((a, b) => (a.after ?? 0) - (b.after ?? 0) || a.parties - b.parties);
}

/** "34 parties" → 34; "34 parties, after 10000" → 34 after 10 000. */
function label(s: SizeResult): string {
  return s.after === null
    ? fixed(s.parties, 0)
    : `${fixed(s.parties, 0)}, after ${fixed(s.after, 0)}`;
}

/** Groups the digits of the whole part in threes with a space: `1234567.891` → `1 234 567.89`. */
function fixed(value: number, decimals: number): string {
  const [whole = '', fraction] = value.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Microseconds from vitest's milliseconds. */
const micros = (ms: number): string => fixed(ms * 1000, 2);

function verdict(ratio: number): string {
  return ratio <= GOAL ? `yes (≤ ${GOAL}×)` : `no (> ${GOAL}×)`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function render(sizes: readonly SizeResult[]): string {
  const cpu = cpus();
  const lines: string[] = [
    '# Benchmarks',
    '',
    '<!-- Generated by scripts/bench-report.ts from bench/results.json; do not edit by hand. -->',
    '',
    '`splitCost` splits 123 456 789,87 kr among the members of an agreement: it reads the',
    'amount into whole øre, finds the members and the cost key on the date, apportions the',
    'øre by largest remainder, formats every part and gives its reasons as codes and',
    'values (no sentences: words are made only when asked, by `explain`). It is timed',
    'against two allocators of the same 12 345 678 987 øre by the same populations, with',
    'nothing else (no parsing, no checks, no formatting, no reasons): a plain one on',
    'ordinary JavaScript numbers and arrays of objects, and a tuned one on typed arrays',
    '(`Float64Array` weights and remainders, an `Int32Array` of indices sorted by insertion',
    'up to 64 parties). A test (`test/finance/split-baseline.test.ts`) checks that all three',
    'give every party the same øre. The goal (issue 13): `splitCost` within',
    `${GOAL}× of the tuned allocator's time at 34 and at 10 000 parties.`,
    '',
    'How `splitCost` keeps up: it computes the members and their weights once, checks',
    'the date once, and splits in ordinary numbers used as whole numbers as long as',
    'every step is provably below 2^53 (the remainder of the amount over the total',
    'population, times the largest weight, plus the total), otherwise in `bigint`; a',
    'property test checks both ways against each other at the edges. It finds the',
    'threshold of the leftover øre by selection (quickselect) instead of sorting every',
    'part. There is no cliff at a total population: the two groups of 100 000 parties',
    'on either side of the old limit (94 906 265 inhabitants) take about the same time.',
    '',
    '`apportion` is the exact `bigint` core alone, with its input checks, as a program',
    'calls it directly: without reading the amount, formatting the parts or writing',
    'reasons.',
    '',
    'Sizes: Helseplattformen itself (34 parties), and synthetic agreements of 357,',
    '10 000 and 100 000 parties (populations from a fixed-seed generator). The benches',
    'time the built package (`dist/`), loaded by Node as an app loads it.',
    '',
    'The last group splits the 34 parties again, after the 10 000-party group in the same',
    'process, to show whether a large split before a small one still costs anything (V8',
    'may then allocate short-lived parts directly in its old generation).',
    '',
    'Everything runs in one process, one bench after the other, in',
    '`bench/split-cost.bench.ts` (vitest bench, about 500 ms per bench). Rerun with `npm',
    'run bench`, which builds, writes `bench/results.json` and then this file. Timings vary',
    'between runs and machines; compare the ratios rather than the absolute times.',
    '',
    '## Machine',
    '',
    `- Node ${process.version} (${process.platform} ${process.arch})`,
    `- CPU: ${cpu[0]?.model.trim() ?? 'unknown'}`,
    `- Cores: ${cpu.length}`,
    '',
    '## Summary',
    '',
    row([
      'Parties',
      'splitCost mean (µs)',
      'tuned mean (µs)',
      'plain mean (µs)',
      '÷ tuned (means)',
      '÷ tuned (medians)',
      '÷ plain (means)',
      `Within ${GOAL}× of tuned (means)`,
    ]),
    row(['--:', '--:', '--:', '--:', '--:', '--:', '--:', '---']),
    ...sizes.map((s) =>
      row([
        label(s),
        micros(s.subject.mean),
        micros(s.tuned.mean),
        micros(s.baseline.mean),
        `${fixed(s.ratio, 2)}×`,
        `${fixed(s.subject.median / s.tuned.median, 2)}×`,
        `${fixed(s.subject.mean / s.baseline.mean, 2)}×`,
        verdict(s.ratio),
      ]),
    ),
  ];
  for (const s of sizes) {
    lines.push(
      '',
      `## ${label(s)} parties`,
      '',
      row(['Bench', 'Mean (µs)', '× baseline', 'Median (µs)', 'hz (calls/s)', 'rme', 'Samples']),
      row(['---', '--:', '--:', '--:', '--:', '--:', '--:']),
      ...s.all.map((b) =>
        row([
          `\`${b.name}\``,
          micros(b.mean),
          `${fixed(b.mean / s.baseline.mean, 2)}×`,
          micros(b.median),
          fixed(b.hz, 0),
          `±${fixed(b.rme, 2)} %`,
          fixed(b.sampleCount, 0),
        ]),
      ),
      '',
      `splitCost / tuned (mean): **${fixed(s.ratio, 2)}×**; within the ${GOAL}× goal: ${verdict(s.ratio)}.`,
    );
  }
  for (const group of otherGroups()) {
    const decide = group.benches.find((b) => b.name === 'decide');
    lines.push(
      '',
      `## ${group.name}`,
      '',
      ...(decide === undefined
        ? []
        : [
            `\`decide\` on a parsed meeting: **${fixed(decide.hz, 0)} calls/s** (goal ≥ ${fixed(DECIDE_GOAL, 0)}: ${decide.hz >= DECIDE_GOAL ? 'met' : 'not met'}).`,
            '',
          ]),
      row(['Bench', 'Mean (µs)', '× baseline', 'Median (µs)', 'hz (calls/s)', 'rme', 'Samples']),
      row(['---', '--:', '--:', '--:', '--:', '--:', '--:']),
    );
    for (const b of group.benches) {
      lines.push(
        row([
          `\`${b.name}\``,
          micros(b.mean),
          group.baseline === undefined ? '' : `${fixed(b.mean / group.baseline.mean, 2)}×`,
          micros(b.median),
          fixed(b.hz, 0),
          `±${fixed(b.rme, 2)} %`,
          fixed(b.sampleCount, 0),
        ]),
      );
    }
  }
  const budget = bundleSizes();
  if (budget.length > 0) {
    lines.push(
      '',
      '## Bundle size (size-limit: minified and gzipped, with all dependencies)',
      '',
      'An app that imports only `splitCost` bundles no zod (a test checks it with esbuild).',
      '',
      row(['Import', 'Size (kB)', 'Budget (kB)', 'Within']),
      row(['---', '--:', '--:', '---']),
      ...budget.map((b) =>
        row([
          b.name,
          fixed(b.size / 1000, 2),
          fixed(b.sizeLimit / 1000, 0),
          b.passed ? 'yes' : 'no',
        ]),
      ),
    );
  }
  lines.push('');
  return lines.join('\n');
}

const sizes = readResults();
// The start-up section is written by bench/startup.mjs (whole processes, not vitest): keep it.
const former = readFileSync(REPORT, 'utf8');
const startup = former.indexOf('## Start-up (bench/startup.mjs)');
writeFileSync(
  REPORT,
  startup === -1 ? render(sizes) : `${render(sizes)}\n${former.slice(startup)}`,
);
for (const s of sizes) {
  console.log(`${label(s)} parties: splitCost/tuned ${fixed(s.ratio, 2)}× (${verdict(s.ratio)})`);
}
console.log(`wrote ${REPORT}`);
