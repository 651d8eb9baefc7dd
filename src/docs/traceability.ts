import { builtInRules } from '../agreements/rules.js';
import type { Agreement } from '../model/agreement.js';
import { clauseContaining } from '../model/clause-ref.js';
import type { AnyAgreementRule } from '../model/extension.js';

/**
 * Where a clause stands: computed by which rules, or not computable and why,
 * and the tests that name it.
 *
 * @example
 * const traces = traceClauses(helseplattformen, TEST_TITLES.helseplattformen ?? []);
 * const trace: ClauseTrace | undefined = traces.find((t) => t.ref === '§9');
 * trace?.rules; //=> ['ownershipShares', 'splitCost', 'settle', 'whatIf', 'deadlines']
 */
export interface ClauseTrace {
  readonly ref: string;
  readonly title: string;
  /** The library functions that compute this clause (from the agreement data and the rules' own declarations). */
  readonly rules: readonly string[];
  /** Why no rule computes it, when none does. */
  readonly notComputable: string | null;
  /** In a computed clause, the sentences no rule computes (then it is only partly computed). */
  readonly notComputedParts: readonly string[];
  /**
   * The tests whose own title (the last segment after " › ", not the
   * `describe` headings) names this clause, outside a range such as "§1–§7".
   */
  readonly tests: readonly string[];
}

/**
 * Which rule functions compute which clauses of an agreement: derived from
 * the data the rules read (a cost key's clause is computed by the cost
 * functions, an organ's by `decide`, the withdrawal rule's by the withdrawal
 * functions …) plus the clauses the agreement's own rules
 * ({@link index!AgreementRule}) declare: by default the built-in ones whose
 * `agreement` is this agreement's id.
 *
 * @example
 * ruleClauses(helseplattformen).get('§9'); //=> ['ownershipShares', 'splitCost', 'settle', 'whatIf', 'deadlines']
 */
export function ruleClauses(
  agreement: Agreement,
  ownRules: readonly AnyAgreementRule[] = builtInRules,
): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  const add = (ref: string | undefined, ...rules: string[]) => {
    if (ref === undefined) return;
    const base = clauseOf(agreement, ref) ?? ref;
    const list = map.get(base) ?? [];
    for (const rule of rules) if (!list.includes(rule)) list.push(rule);
    map.set(base, list);
  };
  add(agreement.partiesClause, 'membersOn', 'ownershipShares');
  add(agreement.validityClause, 'isInForce');
  for (const key of agreement.costKeys) {
    add(key.clause, 'ownershipShares', 'splitCost', 'settle', 'whatIf');
    if (key.kind === 'parts') for (const part of key.parts) add(part.clause, 'splitCost');
  }
  for (const measure of agreement.measures ?? []) add(measure.clause, 'splitCost');
  for (const pool of agreement.costPools ?? []) add(pool.clause, 'splitCost');
  for (const area of agreement.serviceAreas ?? []) add(area.clause, 'splitCost');
  for (const organ of agreement.organs ?? []) {
    if (organ.matters.length === 0) continue;
    add(organ.clause, 'decide');
    add(organ.quorum?.clause, 'decide', 'checkQuorum');
    add(organ.chair?.clause, 'decide');
    for (const matter of organ.matters) {
      add(matter.rule.clause, 'decide', 'applyDecisionRule');
      add(matter.candidateProtected?.clause, 'decide');
    }
  }
  const life = agreement.lifecycle;
  add(life?.withdrawal?.clause, 'withdrawalEffectiveDate', 'withdraw', 'settle');
  add(life?.withdrawal?.minimumMembership?.clause, 'withdrawalEffectiveDate', 'withdraw', 'settle');
  add(life?.admission?.clause, 'admit');
  add(life?.admission?.newcomerShare?.clause, 'admit');
  add(life?.amendment?.clause, 'adoptionStatus', 'textFingerprint');
  add(life?.dissolution?.clause, 'decide', 'adoptionStatus');
  add(life?.breach?.clause, 'breachComplaint', 'terminationRequirement');
  add(life?.merger?.clause, 'mergerConsequence');
  add(agreement.hostRoles?.clause, 'hostRoles', 'checkHostAssignment');
  for (const entry of life?.calendar ?? []) add(entry.clause, 'deadlines');
  for (const rule of ownRules) {
    if (rule.agreement !== agreement.id) continue;
    for (const ref of rule.clauses(agreement)) add(ref, rule.id);
  }
  return map;
}

/** The clause a reference points into: itself, or the clause it is a part of ("§4 A i" → "§4"). */
function clauseOf(agreement: Agreement, ref: string): string | undefined {
  return clauseContaining(
    agreement.clauses.map((c) => c.ref),
    ref,
  );
}

/**
 * Whether a test title names a clause: "§1" names §1 but not §1.3 or §10.
 *
 * @example
 * titleCites('§1 the parties', '§1'); //=> true
 * titleCites('§1.3 the parties', '§1'); //=> false
 */
export function titleCites(title: string, ref: string): boolean {
  let from = 0;
  for (;;) {
    const at = title.indexOf(ref, from);
    if (at < 0) return false;
    const before = at === 0 ? ' ' : (title[at - 1] as string);
    const after = title.slice(at + ref.length, at + ref.length + 2);
    const boundaryBefore = !/[\p{L}\p{N}]/u.test(before);
    const boundaryAfter = !/^[\p{L}\p{N}]|^\.\d/u.test(after);
    if (boundaryBefore && boundaryAfter) return true;
    from = at + 1;
  }
}

/**
 * A test's own title: the last segment of "describe › … › it". The
 * `describe` headings group tests; they do not say what one test checks.
 *
 * @example
 * ownTitle('§5 Representantskapet › §5 quorum › §5 is quorate with 17 of 34 present'); //=> '§5 is quorate with 17 of 34 present'
 */
export function ownTitle(title: string): string {
  const at = title.lastIndexOf(' › ');
  return at < 0 ? title : title.slice(at + ' › '.length);
}

/** A range of clauses: "§1–§7", "§3.1-§3.2", "from §1 to §19". */
const RANGE = /§[^\s–—,;:()]+\s*(?:[–—-]|\s(?:to|til|through)\s)\s*§/u;

/**
 * Whether a test's own title speaks of a range of clauses ("§1–§7", "from
 * §1 to §19"). Such a test checks the clause texts as a whole (headings,
 * order, wording), not the rule of any one clause, so it counts for no
 * single clause.
 *
 * @example
 * citesRange('has every clause from §1 to §19'); //=> true
 * citesRange('§5 a–c and §1'); //=> false
 */
export function citesRange(title: string): boolean {
  return RANGE.test(title);
}

/**
 * Whether a test belongs to a clause: its own title (not its `describe`
 * headings) names the clause, and does not speak of a range of clauses.
 *
 * @example
 * testBelongsTo('§5 Representantskapet › §16 a complaint after 3 months is too late', '§5'); //=> false
 * testBelongsTo('§5 Representantskapet › §16 a complaint after 3 months is too late', '§16'); //=> true
 */
export function testBelongsTo(title: string, ref: string): boolean {
  const own = ownTitle(title);
  return !citesRange(own) && titleCites(own, ref);
}

/**
 * The clause → rule → test matrix of an agreement. A test is listed under
 * a clause when `testBelongsTo` says so.
 *
 * @example
 * traceClauses(helseplattformen, TEST_TITLES.helseplattformen ?? []).filter((t) => t.rules.length > 0).length; //=> 10
 */
export function traceClauses(agreement: Agreement, testTitles: readonly string[]): ClauseTrace[] {
  const rules = ruleClauses(agreement);
  return agreement.clauses.map((clause) => ({
    ref: clause.ref,
    title: clause.title,
    rules: rules.get(clause.ref) ?? [],
    notComputable: clause.notComputable ?? null,
    notComputedParts: clause.notComputedParts ?? [],
    tests: testTitles.filter((t) => testBelongsTo(t, clause.ref)),
  }));
}

/**
 * The tests that belong to no single clause: their own title speaks of a
 * range of clauses or names none (the clause texts as a whole, word for
 * word against the source, headings and order, input checks).
 *
 * @example
 * generalTests(helseplattformen, ['§1–§19 the clauses › gives every clause its heading', '§9 › §9 splits by population']);
 * //=> ['§1–§19 the clauses › gives every clause its heading']
 */
export function generalTests(agreement: Agreement, testTitles: readonly string[]): string[] {
  return testTitles.filter((t) => !agreement.clauses.some((c) => testBelongsTo(t, c.ref)));
}

/**
 * What the matrix must not show: a clause marked computable (a rule computes
 * it) without a test; a clause neither computed nor marked not computable; a
 * rule citing a clause that does not exist.
 *
 * @example
 * traceProblems(helseplattformen, TEST_TITLES.helseplattformen ?? []); //=> []
 */
export function traceProblems(agreement: Agreement, testTitles: readonly string[]): string[] {
  const problems: string[] = [];
  const refs = new Set(agreement.clauses.map((c) => c.ref));
  for (const ref of ruleClauses(agreement).keys()) {
    if (!refs.has(ref))
      problems.push(`${agreement.id}: a rule cites ${ref}, which is not a clause`);
  }
  for (const trace of traceClauses(agreement, testTitles)) {
    if (trace.rules.length > 0 && trace.tests.length === 0) {
      problems.push(
        `${agreement.id} ${trace.ref}: computed by ${trace.rules.join(', ')} but no test names it`,
      );
    }
    if (trace.rules.length === 0 && trace.notComputable === null) {
      problems.push(
        `${agreement.id} ${trace.ref}: no rule computes it, and it is not marked not computable`,
      );
    }
  }
  return problems;
}

/**
 * The coverage summary of an agreement's clauses.
 *
 * @example
 * clauseCoverage(traceClauses(helseplattformen, TEST_TITLES.helseplattformen ?? []));
 * //=> { clauses: 22, computable: 10, implemented: 10, tested: 10, partlyComputed: 3, notComputable: 12 }
 */
export function clauseCoverage(traces: readonly ClauseTrace[]): {
  readonly clauses: number;
  readonly computable: number;
  readonly implemented: number;
  readonly tested: number;
  /** Clauses with a rule that leaves some sentences not computed. */
  readonly partlyComputed: number;
  readonly notComputable: number;
} {
  const computable = traces.filter((t) => t.notComputable === null);
  const implemented = computable.filter((t) => t.rules.length > 0);
  return {
    clauses: traces.length,
    computable: computable.length,
    implemented: implemented.length,
    tested: implemented.filter((t) => t.tests.length > 0).length,
    partlyComputed: implemented.filter((t) => t.notComputedParts.length > 0).length,
    notComputable: traces.length - computable.length,
  };
}
