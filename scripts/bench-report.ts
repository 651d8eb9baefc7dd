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
/** splitCost should take at most this many times the baseline's time. */
const GOAL = 2;

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
  /** Every bench of the size, baseline included, in the order they ran. */
  readonly all: readonly Benchmark[];
  /** Mean time of splitCost over mean time of the baseline. */
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
      sizes.push({
        parties: Number(match[1]),
        after: match[2] === undefined ? null : Number(match[2]),
        subject,
        baseline,
        all: group.benchmarks,
        ratio: subject.mean / baseline.mean,
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
    'øre by largest remainder, formats every part and writes the reasons in bokmål and',
    'English. The baseline is a plain largest-remainder split of the same 12 345 678 987',
    'øre by the same populations on ordinary JavaScript numbers, with nothing else: no',
    'parsing, no checks, no formatting, no reasons. A test',
    '(`test/finance/split-baseline.test.ts`) checks that both give every party the same',
    `øre. The goal is that \`splitCost\` takes at most ${GOAL}× the baseline's time.`,
    '',
    'How `splitCost` keeps up: under a population key, for amounts up to 2^53 − 1 øre',
    '(about 90 trillion kroner) and a total population up to 94 906 265, it splits in',
    'ordinary numbers used as whole numbers, where every step is exact, and otherwise',
    'in `bigint`; a property test checks that both ways give the same parts. It sorts',
    'the remainders of a few dozen parts by insertion, and of more parts natively. The',
    '10 000 synthetic parties have about 1.25 billion inhabitants in all, above that',
    'limit, so that group shows the `bigint` path.',
    '',
    '`apportion` is the exact `bigint` core alone, with its input checks, as a program',
    'calls it directly: without reading the amount, formatting the parts or writing',
    'reasons.',
    '',
    'Sizes: Helseplattformen itself (34 parties), and synthetic agreements of 357 and',
    '10 000 parties (populations 500–250 000 from a fixed-seed generator). The benches',
    'time the built package (`dist/`), loaded by Node as an app loads it.',
    '',
    'The last group splits the 34 parties again, after the 10 000-party group in the same',
    'process. A split of 10 000 parties keeps thousands of parts alive across a garbage',
    'collection, and V8 may then decide to allocate all later parts directly in its old',
    'generation ("pretenuring"), where short-lived parts cost more to collect. An earlier',
    'layout of this bench, which split every size once while loading, showed it in about',
    'half of its runs: the 34-party split then averaged about 8 µs against a median of',
    '5 µs (V8 logged the decision with `--trace-pretenuring`). The split is now checked',
    'against the baseline in a test instead, and the repeat group shows whether a large',
    'split before a small one still costs anything.',
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
      'baseline mean (µs)',
      'Ratio of means',
      'Ratio of medians',
      `Within ${GOAL}× (means)`,
    ]),
    row(['--:', '--:', '--:', '--:', '--:', '---']),
    ...sizes.map((s) =>
      row([
        label(s),
        micros(s.subject.mean),
        micros(s.baseline.mean),
        `${fixed(s.ratio, 2)}×`,
        `${fixed(s.subject.median / s.baseline.median, 2)}×`,
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
      `splitCost / baseline (mean): **${fixed(s.ratio, 2)}×**; within the ${GOAL}× goal: ${verdict(s.ratio)}.`,
    );
  }
  for (const group of otherGroups()) {
    lines.push(
      '',
      `## ${group.name}`,
      '',
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
  console.log(
    `${label(s)} parties: splitCost/baseline ${fixed(s.ratio, 2)}× (${verdict(s.ratio)})`,
  );
}
console.log(`wrote ${REPORT}`);
