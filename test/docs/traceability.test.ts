import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testTitlesModule } from '../../scripts/test-titles.js';
import { builtInAgreements } from '../../src/cli/load-agreement.js';
import { TEST_TITLES } from '../../src/docs/test-titles.generated.js';
import {
  clauseCoverage,
  titleCites,
  traceClauses,
  traceProblems,
} from '../../src/docs/traceability.js';

describe('traceability: clause → rule → test', () => {
  // Under mutation testing the sandbox's sources are instrumented, so the regenerated text differs.
  it.skipIf(process.env['STRYKER_MUTATOR_WORKER'] !== undefined)(
    'src/docs/test-titles.generated.ts is up to date with the tests (run `npm run generate` if this fails)',
    () => {
      const root = fileURLToPath(new URL('../..', import.meta.url));
      const committed = readFileSync(
        new URL('../../src/docs/test-titles.generated.ts', import.meta.url),
        'utf8',
      );
      expect(committed).toBe(testTitlesModule(root));
    },
  );

  it.each(Object.keys(builtInAgreements))(
    '%s: every computable clause has a rule and a test; every other clause says why it is not computable; no rule cites a missing clause',
    (id) => {
      const agreement = builtInAgreements[id];
      if (agreement === undefined) throw new Error(id);
      expect(traceProblems(agreement, TEST_TITLES[id] ?? [])).toEqual([]);
    },
  );

  it('the coverage summary of Helseplattformen: 22 clauses, 10 computed and tested, 12 not computable', () => {
    const traces = traceClauses(
      builtInAgreements['helseplattformen'] as never,
      TEST_TITLES['helseplattformen'] ?? [],
    );
    expect(clauseCoverage(traces)).toEqual({
      clauses: 22,
      computable: 10,
      implemented: 10,
      tested: 10,
      notComputable: 12,
    });
    expect(traces.find((t) => t.ref === '§9')?.rules).toEqual([
      'ownershipShares',
      'splitCost',
      'settle',
      'whatIf',
      'deadlines',
    ]);
  });

  it('a title names §1 but not §1.3 or §10, and "Om KHS" as a whole phrase', () => {
    expect(titleCites('§1 the parties', '§1')).toBe(true);
    expect(titleCites('§1.3 the parties', '§1')).toBe(false);
    expect(titleCites('§10 reporting', '§1')).toBe(false);
    expect(titleCites('§5 a–c and §1.', '§1')).toBe(true);
    expect(titleCites('KHS › Om KHS: 21 municipalities', 'Om KHS')).toBe(true);
  });

  it('finds a computable clause without a test, and an unmarked clause', () => {
    const agreement = builtInAgreements['helseplattformen'];
    if (agreement === undefined) throw new Error('helseplattformen');
    const titles = (TEST_TITLES['helseplattformen'] ?? []).filter((t) => !titleCites(t, '§16'));
    expect(traceProblems(agreement, titles)).toEqual([
      'helseplattformen §16: computed by breachComplaint, terminationRequirement but no test names it',
    ]);
    const unmarked = {
      ...agreement,
      clauses: agreement.clauses.map((c) =>
        c.ref === '§18' ? { ref: c.ref, title: c.title, text: c.text } : c,
      ),
    };
    expect(traceProblems(unmarked, TEST_TITLES['helseplattformen'] ?? [])).toEqual([
      'helseplattformen §18: no rule computes it, and it is not marked not computable',
    ]);
  });
});

describe('README', () => {
  it('shows the clause coverage the code computes (update the table between the coverage markers if this fails)', async () => {
    const { coverageTable } = await import('../../src/docs/coverage-table.js');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = /<!-- coverage:start -->\n([\s\S]*?)\n<!-- coverage:end -->/.exec(readme)?.[1];
    expect(section).toBe(coverageTable(Object.values(builtInAgreements), TEST_TITLES));
  });
});
