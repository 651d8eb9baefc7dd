import { builtInRules } from '../../agreements/rules.js';
import { textFingerprint } from '../../lifecycle/adoption.js';
import type { Agreement } from '../../model/agreement.js';
import { assertDate } from '../../model/assert-date.js';
import { type Block, type Inline, textsOf } from '../blocks.js';
import type { TestResult, TestStatus } from '../test-results.js';
import {
  type ClauseTrace,
  generalTests,
  testBelongsTo,
  titleCites,
  traceClauses,
} from '../traceability.js';
import { type Example, splitExamples, workedExamples } from './examples.js';

/**
 * Options for {@link handbook}. Nothing is read from the clock: the date of
 * the handbook and the year of its deadline calendar are given.
 *
 * @example
 * const options: HandbookOptions = { testTitles: [], year: 2026, date: '2026-01-01', version: '0.1.0' };
 */
export interface HandbookOptions {
  /**
   * Titles of the tests of this agreement, listed under each clause they
   * name when no `results` are given (then as not run here).
   */
  readonly testTitles: readonly string[];
  /**
   * The tests of this agreement with their results in the run that produced
   * the handbook ({@link readTestResults}); each is shown with its result, a
   * skipped one apart, never as evidence.
   */
  readonly results?: readonly TestResult[];
  /** The day that run started (YYYY-MM-DD), when known. */
  readonly testedOn?: string;
  /** The year of the deadline calendar. */
  readonly year: number;
  /** The date of the handbook (YYYY-MM-DD); default the day the agreement starts (validFrom). */
  readonly date?: string;
  /** The version of the program that made the handbook, e.g. the package's "0.1.0". */
  readonly version?: string;
  /**
   * URL of the typedoc API reference (e.g. "../api" or a hosted address),
   * for links from each rule to its page; without it, no such links.
   */
  readonly apiBase?: string;
  /**
   * The explorer's browser script (the package's `dist/explorer.global.js`):
   * given, the HTML page gets a section "Utforsk avtalen" where the reader
   * splits a cost, holds a meeting, takes a municipality out or in and loads
   * an agreement file, all computed in the browser; the Markdown says where
   * to find it.
   */
  readonly explorerScript?: string;
}

/** What every section of the handbook reads beside the agreement, computed once. */
export interface HandbookContext {
  readonly options: HandbookOptions;
  /** The date of the handbook: the option, or the day the agreement starts. */
  readonly date: string;
  /** The SHA-256 fingerprint of the clause text ({@link textFingerprint}). */
  readonly fingerprint: string;
  /** Whether the tests were run for this handbook (results were given). */
  readonly testsRun: boolean;
  /** A test's result in the run, by its title; undefined when not run here. */
  readonly status: (title: string) => TestStatus | undefined;
  /** The tests skipped in the run: never evidence, listed apart. */
  readonly skipped: readonly string[];
  /** The worked examples, computed once, each with the clauses its text cites. */
  readonly examples: readonly (Example & { readonly clauses: readonly string[] })[];
  /** The skipped tests of a clause (`undefined`: of no single clause). */
  readonly skippedOf: (ref: string | undefined) => readonly string[];
  /** Each clause with its rules, status and tests, in the agreement's order. */
  readonly traces: readonly ClauseTrace[];
  /** The clauses' references, in order. */
  readonly refs: readonly string[];
  /** The interpretation register (tolkningsnotater). */
  readonly notes: NonNullable<Agreement['interpretations']>;
  /** Tests of several clauses at once, counted under none. */
  readonly general: readonly string[];
  readonly areas: NonNullable<Agreement['serviceAreas']>;
  readonly obligations: NonNullable<Agreement['obligations']>;
  /** A link to an interpretation note by its number ("tolkning 2"), or its id as code. */
  readonly noteLink: (id: string) => Inline;
  /** An interpretation note's name by its number ("tolkning 2"), or its id. */
  readonly noteName: (id: string) => string;
  /** A link to a rule in the handbook's rule index. */
  readonly api: (rule: string) => Inline;
  /** A link to a rule's page in the API reference; undefined without `apiBase`. */
  readonly apiPage: ((rule: string) => Inline) | undefined;
}

/** The context of an agreement's handbook. */
export function handbookContext(agreement: Agreement, options: HandbookOptions): HandbookContext {
  const notes = agreement.interpretations ?? [];
  const date = options.date ?? agreement.validFrom;
  assertDate(date, 'date');
  if (options.testedOn !== undefined) assertDate(options.testedOn, 'testedOn');
  const results = options.results;
  const statuses = new Map((results ?? []).map((r) => [r.title, r.status]));
  // With results, the concrete titles of the run; a skipped test is not evidence and is listed apart.
  const titles =
    results === undefined
      ? options.testTitles.map(withoutPlaceholders)
      : results.filter((r) => r.status !== 'skipped').map((r) => r.title);
  const apiBase = options.apiBase;
  const refs = agreement.clauses.map((c) => c.ref);
  const skipped = (results ?? []).filter((r) => r.status === 'skipped').map((r) => r.title);
  const examples = [...splitExamples(agreement), ...workedExamples(agreement)].map((e) => {
    const text = textsOf(e.blocks).join('\n');
    return { ...e, clauses: refs.filter((ref) => titleCites(text, ref)) };
  });
  return {
    options,
    date,
    fingerprint: textFingerprint(agreement.clauses),
    testsRun: results !== undefined,
    status: (title) => statuses.get(title),
    skipped,
    examples,
    skippedOf: (ref) =>
      skipped.filter((t) =>
        ref === undefined ? !refs.some((r) => testBelongsTo(t, r)) : testBelongsTo(t, ref),
      ),
    traces: traceClauses(agreement, titles),
    refs,
    notes,
    general: generalTests(agreement, titles),
    areas: agreement.serviceAreas ?? [],
    obligations: agreement.obligations ?? [],
    noteLink: (id) => {
      const note = notes.find((n) => n.id === id);
      return note === undefined
        ? { code: id }
        : { link: `#tolkning-${note.id}`, text: `tolkning ${notes.indexOf(note) + 1}` };
    },
    noteName: (id) => {
      const index = notes.findIndex((n) => n.id === id);
      return index < 0 ? id : `tolkning ${index + 1}`;
    },
    api: (rule) => ({ link: `#${ruleAnchor(rule)}`, text: rule }),
    apiPage:
      apiBase === undefined || apiBase === ''
        ? undefined
        : (rule) => ({
            link: `${apiBase.replace(/\/$/, '')}/functions/${entryOf(rule)}.${rule}.html`,
            text: rule,
          }),
  };
}

/** The anchor of a rule in the handbook's rule index: "regel-splitCost". */
export const ruleAnchor = (rule: string) => `regel-${rule}`;

/**
 * A test title without the placeholders of an `it.each` template ("%s",
 * "$name"): the source's title, when the run's concrete titles are not at
 * hand, reads "…" where a value goes.
 */
export function withoutPlaceholders(title: string): string {
  return title.replace(/%[sdifjo#%]|\$[A-Za-z_][\w.]*/g, (m) => (m === '%%' ? '%' : '…'));
}

/**
 * The entry whose page in the API reference documents a rule function
 * (typedoc names a page `<entry>.<function>`): an agreement's own rule is in
 * `agreements`, the analyses in `analysis`, the rest in the engine's `index`.
 * The handbook test checks that every link names a page that exists.
 */
function entryOf(rule: string): string {
  if (builtInRules.some((r) => r.id === rule)) return 'agreements';
  return ANALYSES.has(rule) ? 'analysis' : 'index';
}

/**
 * The functions of the `kommunesamarbeid/analysis` entry, by name: importing
 * the entry itself would bundle `check` and `whatIf` into every handbook.
 */
const ANALYSES: ReadonlySet<string> = new Set(['check', 'whatIf']);

/** A section of the handbook: its blocks, from the agreement and the context. */
export type Section = (agreement: Agreement, ctx: HandbookContext) => Block[];
