import { builtInRules } from '../../agreements/rules.js';
import type { Agreement } from '../../model/agreement.js';
import type { Block, Inline } from '../blocks.js';
import { type ClauseTrace, generalTests, traceClauses } from '../traceability.js';

/**
 * Options for {@link handbook}.
 *
 * @example
 * const options: HandbookOptions = { testTitles: [], year: 2026, apiBase: '../api' };
 */
export interface HandbookOptions {
  /** Titles of the tests of this agreement, listed under each clause they name. */
  readonly testTitles: readonly string[];
  /** The year of the deadline calendar. */
  readonly year: number;
  /** Relative URL of the typedoc API reference, for links to the rules. */
  readonly apiBase: string;
}

/** What every section of the handbook reads beside the agreement, computed once. */
export interface HandbookContext {
  readonly options: HandbookOptions;
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
  /** A link to a rule's page in the API reference. */
  readonly api: (rule: string) => Inline;
}

/** The context of an agreement's handbook. */
export function handbookContext(agreement: Agreement, options: HandbookOptions): HandbookContext {
  const notes = agreement.interpretations ?? [];
  return {
    options,
    traces: traceClauses(agreement, options.testTitles),
    refs: agreement.clauses.map((c) => c.ref),
    notes,
    general: generalTests(agreement, options.testTitles),
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
    api: (rule) => ({
      link: `${options.apiBase}/functions/${entryOf(rule)}.${rule}.html`,
      text: rule,
    }),
  };
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
