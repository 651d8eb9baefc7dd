import { liabilityShares } from '../finance/liability-shares.js';
import { ownershipShares } from '../finance/ownership-shares.js';
import { settle } from '../finance/settle.js';
import { splitCost } from '../finance/split-cost.js';
import { decide } from '../governance/decide/index.js';
import { admit } from '../lifecycle/admit.js';
import { withdraw } from '../lifecycle/withdraw.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import { parseScenarioFile } from '../model/scenario.js';
import type { Scenario, ScenarioFile } from '../model/scenario-schema.js';

/**
 * One field where the outcome differs from the one expected: its path in
 * `expect` (`parties.5001`, `tally.for`, `reasons`, `error`), what the
 * scenario expected and what the agreement gave (`null`: nothing there).
 *
 * @example
 * const difference: ScenarioDifference = { path: 'parties.5001', expected: '400672.63', actual: '400672.64' };
 */
export interface ScenarioDifference {
  readonly path: string;
  /** As the scenario wrote it; `null` where the scenario expected no input error. */
  readonly expected: string | null;
  /** As the agreement gave it; `null` where it gave nothing (no such party, no error). */
  readonly actual: string | null;
}

/**
 * The result of one scenario (scenario): passed when every field it
 * expects is as expected.
 *
 * @example
 * const result: ScenarioResult = { name: 'Trondheim betaler 40,07 %', clause: '§9', passed: true, differences: [] };
 */
export interface ScenarioResult {
  readonly name: string;
  readonly clause: string;
  readonly passed: boolean;
  /** Every field that differs, in the order the scenario expects them; empty when passed. */
  readonly differences: readonly ScenarioDifference[];
}

/**
 * Options for {@link runScenarios}.
 *
 * @example
 * const options: RunScenariosOptions = { normalizeNumber: (text) => text.replace(',', '.') };
 */
export interface RunScenariosOptions {
  /**
   * Reads a number as a person wrote it (`'400 672,63'`) into dot-decimal
   * form (`'400672.63'`), returning other text unchanged; applied to the
   * amounts a scenario gives and to every value it expects. The CLI passes
   * its reader of Norwegian amounts; by default numbers are taken as written.
   */
  readonly normalizeNumber?: (text: string) => string;
}

/** A value a scenario expects, or the outcome has, as plain data. */
type Json = Scalar | readonly Json[] | { readonly [key: string]: Json };
type Scalar = string | number | boolean | null;

/**
 * Runs the scenarios of a scenario file (scenariotester) and compares each
 * outcome with the one expected: only the fields a scenario gives are
 * compared; numbers as decimals (`"1000"` equals `"1000.00"`); `reasons` as
 * codes that must be among the reasons given, each alone (`"quorum_met"`) or
 * with the clause the reason must cite (`"chair_decides §4.2"`); `error` with the problems of
 * the input error the scenario expects (its `code`, and its `path` when
 * given). Pure: the caller resolves the file's `agreement` (a built-in id or
 * a path) to an agreement.
 *
 * @param file - the scenario file as data (parsed JSON); checked here.
 * @param resolveAgreement - the agreement the file names, by its `agreement` field.
 * @throws {@link index!AgreementInputError} for a file that is not a scenario file,
 *   listing every problem with its path, and whatever `resolveAgreement` throws.
 *
 * @example
 * import { runScenarios } from 'kommunesamarbeid/analysis';
 * import { helseplattformen } from 'kommunesamarbeid/agreements';
 * const file = {
 *   agreement: 'helseplattformen',
 *   scenarios: [{
 *     name: 'Trondheim betaler 400 672,63 kr av 1 million', clause: '§9',
 *     split: { amount: '1000000.00' }, expect: { parties: { '5001': '400672.64' } },
 *   }],
 * };
 * runScenarios(file, () => helseplattformen)[0]?.differences;
 * //=> [{ path: 'parties.5001', expected: '400672.64', actual: '400672.63' }]
 */
export function runScenarios(
  file: unknown,
  resolveAgreement: (ref: string) => Agreement,
  options: RunScenariosOptions = {},
): ScenarioResult[] {
  const scenarios: ScenarioFile = parseScenarioFile(file);
  const agreement = resolveAgreement(scenarios.agreement);
  const normalize = options.normalizeNumber ?? ((text: string) => text);
  return scenarios.scenarios.map((scenario) => {
    const differences = runOne(agreement, scenario, normalize);
    return {
      name: scenario.name,
      clause: scenario.clause,
      passed: differences.length === 0,
      differences,
    };
  });
}

function runOne(
  agreement: Agreement,
  scenario: Scenario,
  normalize: (text: string) => string,
): ScenarioDifference[] {
  const expect = scenario.expect as { readonly [key: string]: Json };
  const wanted = expect['error'] as { readonly code: string; readonly path?: string } | undefined;
  let actual: { readonly [key: string]: Json };
  try {
    actual = outcomeOf(agreement, scenario, normalize);
  } catch (error) {
    if (!(error instanceof AgreementInputError)) throw error;
    return wanted === undefined
      ? [
          {
            path: 'error',
            expected: null,
            actual: error.problems.map((p) => `${describeProblem(p)}: ${p.message}`).join('; '),
          },
        ]
      : errorDifferences(wanted, error);
  }
  if (wanted !== undefined) {
    return [{ path: 'error', expected: describeError(wanted), actual: null }];
  }
  const differences: ScenarioDifference[] = [];
  compare(expect, actual, '', normalize, differences);
  return differences;
}

function describeError(wanted: { readonly code: string; readonly path?: string }): string {
  return wanted.path === undefined ? wanted.code : `${wanted.code} (${wanted.path})`;
}

/** A problem as a difference shows it: its code and its path. */
function describeProblem(problem: { readonly code: string; readonly path: string }): string {
  return `${problem.code} (${problem.path})`;
}

/** The input error expected against the one thrown: one of its problems must match. */
function errorDifferences(
  wanted: { readonly code: string; readonly path?: string },
  error: AgreementInputError,
): ScenarioDifference[] {
  const matches = error.problems.some(
    (p) => p.code === wanted.code && (wanted.path === undefined || p.path === wanted.path),
  );
  if (matches) return [];
  return [
    {
      path: 'error',
      expected: describeError(wanted),
      actual: error.problems.map(describeProblem).join('; '),
    },
  ];
}

/** A value of the outcome's parties, keyed by kommunenummer. */
function byNumber<T extends { readonly number: string }>(
  parties: readonly T[],
  field: (party: T) => Json,
): { readonly [number: string]: Json } {
  return Object.fromEntries(parties.map((p) => [p.number, field(p)]));
}

/** Reasons as "code clause" (`chair_decides §4.2`), as a scenario may expect them. */
const codes = (reasons: readonly { readonly code: string; readonly clause: string }[]): Json =>
  reasons.map((r) => `${r.code} ${r.clause}`);

/** An amount the scenario gives, as a person may have written it. */
function amountIn(value: string | number, normalize: (text: string) => string): string | number {
  return typeof value === 'string' ? normalize(value) : value;
}

/** Runs the scenario's function and gives its outcome in the fields `expect` may name. */
function outcomeOf(
  agreement: Agreement,
  scenario: Scenario,
  normalize: (text: string) => string,
): { readonly [key: string]: Json } {
  if ('split' in scenario) {
    const { amount, ...rest } = scenario.split;
    const split = splitCost(
      agreement,
      amount === undefined ? null : amountIn(amount, normalize),
      rest,
    );
    return {
      amount: split.amount,
      date: split.date,
      sum: split.sum,
      parties: byNumber(split.parties, (p) => p.amount),
      reasons: codes(split.reasons),
    };
  }
  if ('shares' in scenario) {
    const { liability, ...rest } = scenario.shares;
    const shares =
      liability === true ? liabilityShares(agreement, rest) : ownershipShares(agreement, rest);
    return {
      date: shares.date,
      totalPopulation: shares.totalPopulation,
      parties: byNumber(shares.parties, (p) => p.percent),
      percentLargestRemainder: byNumber(shares.parties, (p) => p.percentLargestRemainder),
      percentSum: shares.percentSum,
      percentLargestRemainderSum: shares.percentLargestRemainderSum,
      statedPercentSum: shares.statedPercentSum ?? null,
      reasons: codes(shares.reasons),
    };
  }
  if ('decide' in scenario) {
    const d = decide(agreement, scenario.decide);
    return {
      quorate: d.quorate,
      adopted: d.adopted,
      tieBrokenByChair: d.tieBrokenByChair,
      decidedByChair: d.decidedByChair,
      drawLots: d.drawLots,
      councilsMustAdopt: d.councilsMustAdopt !== null,
      presiding: d.presiding,
      tally: {
        seats: d.tally.seats,
        present: d.tally.present,
        for: d.tally.for,
        against: d.tally.against,
        abstain: d.tally.abstain,
        absent: d.tally.absent,
      },
      readings: { ...d.readings },
      reasons: codes(d.reasons),
    };
  }
  if ('withdraw' in scenario) {
    const { extraCosts, ...rest } = scenario.withdraw;
    const w = withdraw(agreement, {
      ...rest,
      ...(extraCosts === undefined ? {} : { extraCosts: amountIn(extraCosts, normalize) }),
    });
    return {
      effectiveDate: w.effectiveDate,
      lastFinancedDate: w.lastFinancedDate,
      // No shares after where stated ownership must be stated anew.
      sharesAfter:
        w.sharesAfter === null ? null : byNumber(w.sharesAfter.parties, (p) => p.percent),
      reasons: codes([...w.reasons, ...(w.sharesAfter?.reasons ?? [])]),
    };
  }
  if ('settle' in scenario) {
    const { amount, events, ...rest } = scenario.settle;
    const s = settle(agreement, {
      ...rest,
      amount: amount === undefined ? null : amountIn(amount, normalize),
      events: events ?? [],
    });
    return {
      amount: s.amount,
      extraCosts: s.extraCosts,
      sum: s.sum,
      parties: byNumber(s.parties, (p) => p.amount),
      shares: byNumber(s.parties, (p) => p.share),
      days: byNumber(s.parties, (p) => p.days),
      reasons: codes(s.reasons),
    };
  }
  const a = admit(agreement, scenario.admit);
  return {
    eligible: a.eligible,
    eligibility: a.eligibility,
    protectedFromOpposition: a.protectedFromOpposition,
    conditions: Object.fromEntries(a.conditions.map((c) => [c.id, c.status])),
    organ: a.procedure.organ,
    sharesAfter: byNumber(a.sharesAfter.parties, (p) => p.percent),
    reasons: codes([...a.reasons, ...a.procedure.reasons]),
  };
}

/** Compares what a scenario expects with the outcome, field by field, adding each difference. */
function compare(
  expected: Json,
  actual: Json | undefined,
  path: string,
  normalize: (text: string) => string,
  out: ScenarioDifference[],
): void {
  if (path === 'reasons' && Array.isArray(expected)) {
    // "code" matches a reason of that code; "code clause" one that also cites that clause.
    const given = actual as readonly string[];
    for (const want of expected as readonly string[]) {
      const found = want.includes(' ')
        ? given.includes(want)
        : given.some((reason) => reason.slice(0, reason.indexOf(' ')) === want);
      if (!found) out.push({ path, expected: want, actual: given.join(', ') });
    }
    return;
  }
  if (typeof expected === 'object' && expected !== null && !Array.isArray(expected)) {
    const record = expected as { readonly [key: string]: Json };
    // The schema lets `expect` name only fields the outcome has, of the same shape.
    const inside = actual as { readonly [key: string]: Json } | null | undefined;
    // An outcome with none of it (no shares after a withdrawal that leaves them to be stated anew).
    if (inside === null || inside === undefined) {
      out.push({ path, expected: JSON.stringify(expected), actual: null });
      return;
    }
    for (const key of Object.keys(record)) {
      compare(
        record[key] as Json,
        Object.hasOwn(inside, key) ? inside[key] : undefined,
        path === '' ? key : `${path}.${key}`,
        normalize,
        out,
      );
    }
    return;
  }
  const got = actual === undefined ? null : canonical(actual as Scalar, normalize);
  if (canonical(expected as Scalar, normalize) !== got) {
    out.push({
      path,
      expected: String(expected),
      actual: actual === undefined || actual === null ? null : String(actual),
    });
  }
}

/**
 * A scalar as text to compare: a decimal number without leading zeros or
 * trailing decimal zeros (`"0400.50"` and `400.5` are both `"400.5"`),
 * anything else as it is.
 */
function canonical(value: Scalar, normalize: (text: string) => string): string | null {
  if (value === null) return null;
  const text = typeof value === 'string' ? normalize(value) : String(value);
  // Amounts, percentages and counts are never negative: a sign is compared as text.
  const number = /^0*(\d+?)(?:\.(\d*?)0*)?$/.exec(text);
  if (number === null) return text;
  const [, whole, decimals] = number as unknown as [string, string, string | undefined];
  return decimals ? `${whole}.${decimals}` : whole;
}
