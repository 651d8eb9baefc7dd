import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testTitlesModule } from '../../scripts/test-titles.js';
import { builtInAgreements } from '../../src/cli/load-agreement.js';
import { TEST_TITLES } from '../../src/docs/test-titles.generated.js';
import {
  citesRange,
  clauseCoverage,
  generalTests,
  ownTitle,
  ruleClauses,
  testBelongsTo,
  titleCites,
  traceClauses,
  traceProblems,
} from '../../src/docs/traceability.js';
import type { Agreement } from '../../src/model/agreement.js';
import { turnOfYear } from '../fixtures/withdrawal-timing.js';

const agreementOf = (id: string): Agreement => {
  const agreement = builtInAgreements[id];
  if (agreement === undefined) throw new Error(id);
  return agreement;
};

/** Test titles as they stood when the reviews were written (the review counted them per clause by hand). */
const DIGI_TITLES = [
  '§1–§7 the DigiTrøndelag clauses, as data › has every clause from §1 to §7, with §3.1–§3.2 and §4.1–§4.6, in the agreement’s order',
  '§1–§7 the DigiTrøndelag clauses, as data › gives every clause its heading from the agreement',
  '§1–§7 the DigiTrøndelag clauses, as data › §3 is a heading only, with no text of its own',
  '§1–§7 the DigiTrøndelag clauses, as data › §1 keeps the footnote marker and ends with the footnote to it',
  '§1–§7 the DigiTrøndelag clauses, as data › §4.3 lists the members and the tasks of the programme board one per line',
  '§1–§7 the DigiTrøndelag clauses, as data › every paragraph of every clause is word for word in the source document',
  '§1–§7 the DigiTrøndelag clauses, as data › the source document has no clause heading the data lacks',
  '§6 Varighet and §7 Endringer (DigiTrøndelag) › §6 "gjelder … frem til 2022": in force through 31 December 2022, not after (interpretation "end-of-2022")',
  '§6 Varighet and §7 Endringer (DigiTrøndelag) › §6 "evalueres innen februar 2021": the evaluation is in the 2021 calendar only',
  '§6 Varighet and §7 Endringer (DigiTrøndelag) › §7 changes are made in writing and need all the parties',
  '§4 Organisering (DigiTrøndelag) › §6 a meeting after the end of 2022 is outside the agreement',
  '§4 Organisering (DigiTrøndelag) › §3.1 every party takes project-owner responsibility for regional projects and is a member of DigiFin; §5 projects are financed separately',
];
const HP_TITLES = [
  '§5 Representantskapet › §5 a–c "kan kun fattes ved konsensus" (interpretation "consensus-scope") › §5/§13–§15 %s fails with one vote against among 34',
  '§5 Representantskapet › §5 a–c "kan kun fattes ved konsensus" (interpretation "consensus-scope") › §13 dissolution by the representantskap needs unanimity',
  '§13 Avvikling, §16 Mislighold, §10 Rapportering, §9 Fakturering › §13 dissolution needs unanimity in the representantskap and a decision in every council; Trondheim keeps the documents',
  '§13 Avvikling, §16 Mislighold, §10 Rapportering, §9 Fakturering › §16 a complaint within three months of becoming aware is in time',
  '§13 Avvikling, §16 Mislighold, §10 Rapportering, §9 Fakturering › §16 a late complaint loses the remedies, unless the breach was intentional or grossly negligent',
  '§13 Avvikling, §16 Mislighold, §10 Rapportering, §9 Fakturering › §16 terminating the agreement against one party needs all 33 others',
  '§13 Avvikling, §16 Mislighold, §10 Rapportering, §9 Fakturering › §10 and §9: the 2028 calendar — report by 29 February (a leap year), invoice in December',
  '§13 Avvikling, §16 Mislighold, §10 Rapportering, §9 Fakturering › §12 a party’s calendar includes its last financed day and the day its withdrawal takes effect',
  '§13 Avvikling, §16 Mislighold, §10 Rapportering, §9 Fakturering › §12 "Avtalen løper frem til den blir sagt opp av samtlige parter": no end date',
  'lifecycle edge cases (after review) › §10 the report on the year before falls due only from the second year; a party gone all year has only its own dates',
  'lifecycle edge cases (after review) › §16 without a complaint, the claim is open until the deadline has passed',
];

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

  it('the coverage summary of Helseplattformen: 22 clauses, 10 computed and tested, 3 of them (§9, §13, §16) only partly, 12 not computable', () => {
    const traces = traceClauses(
      builtInAgreements['helseplattformen'] as never,
      TEST_TITLES['helseplattformen'] ?? [],
    );
    expect(clauseCoverage(traces)).toEqual({
      clauses: 22,
      computable: 10,
      implemented: 10,
      tested: 10,
      partlyComputed: 3,
      notComputable: 12,
    });
    expect(traces.filter((t) => t.notComputedParts.length > 0).map((t) => t.ref)).toEqual([
      '§9',
      '§13',
      '§16',
    ]);
    expect(traces.find((t) => t.ref === '§9')?.notComputedParts).toHaveLength(4);
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

  it('a test belongs to the clause its own title names, not to the clauses of its describe headings', () => {
    expect(ownTitle('§13 Avvikling, §16 Mislighold › §16 a complaint in time')).toBe(
      '§16 a complaint in time',
    );
    expect(ownTitle('a title without headings')).toBe('a title without headings');
    expect(ownTitle('A › B › C')).toBe('C');
    expect(testBelongsTo('§13 Avvikling, §16 Mislighold › §16 a complaint in time', '§16')).toBe(
      true,
    );
    expect(testBelongsTo('§13 Avvikling, §16 Mislighold › §16 a complaint in time', '§13')).toBe(
      false,
    );
  });

  it('a title about a range of clauses ("§1–§7", "§3.1-§3.2", "from §1 to §19") belongs to no single clause', () => {
    expect(citesRange('§1–§7 the clauses')).toBe(true);
    expect(citesRange('§3.1-§3.2 as data')).toBe(true);
    expect(citesRange('§1 — §2 as data')).toBe(true);
    expect(citesRange('has every clause from §1 to §19, with §1.1')).toBe(true);
    expect(citesRange('fra §1 til §19')).toBe(true);
    expect(citesRange('§1 through §3')).toBe(true);
    expect(citesRange('§5 a–c and §1')).toBe(false);
    expect(citesRange('§5 and §6')).toBe(false);
    expect(citesRange('§10 and §9: the 2028 calendar')).toBe(false);
    expect(citesRange('§12 the 2028–2029 calendar')).toBe(false);
    expect(testBelongsTo('X › has every clause from §1 to §7, with §3.1–§3.2', '§1')).toBe(false);
    expect(testBelongsTo('X › has every clause from §1 to §7, with §3.1–§3.2', '§3.1')).toBe(false);
  });

  it('DigiTrøndelag §7 (review §1.4): 1 test, not the 10 whose headings name §1–§7 or §7; §4: no test of its own', () => {
    const traces = traceClauses(agreementOf('digitrondelag'), DIGI_TITLES);
    const count = (ref: string) => traces.find((t) => t.ref === ref)?.tests.length;
    // Counted by hand from DIGI_TITLES: only the own title "§7 changes are made in writing …" names §7.
    expect(traces.find((t) => t.ref === '§7')?.tests).toEqual([DIGI_TITLES[9]]);
    expect(count('§6')).toBe(3);
    expect(count('§4')).toBe(0);
    expect(count('§1')).toBe(1);
    expect(count('§3')).toBe(1);
    expect(count('§3.1')).toBe(1);
    expect(count('§4.3')).toBe(1);
    expect(count('§5')).toBe(1);
    expect(count('§3.2')).toBe(0);
    expect(count('§4.1')).toBe(0);
    expect(generalTests(agreementOf('digitrondelag'), DIGI_TITLES)).toEqual([
      DIGI_TITLES[0],
      DIGI_TITLES[1],
      DIGI_TITLES[5],
      DIGI_TITLES[6],
    ]);
  });

  it('Helseplattformen §10, §13 and §16 (review §4): 2, 2 and 4 tests, not 8, 9 and 8', () => {
    const traces = traceClauses(agreementOf('helseplattformen'), HP_TITLES);
    const count = (ref: string) => traces.find((t) => t.ref === ref)?.tests.length;
    expect(traces.find((t) => t.ref === '§10')?.tests).toEqual([HP_TITLES[6], HP_TITLES[9]]);
    expect(traces.find((t) => t.ref === '§13')?.tests).toEqual([HP_TITLES[1], HP_TITLES[2]]);
    expect(traces.find((t) => t.ref === '§16')?.tests).toEqual([
      HP_TITLES[3],
      HP_TITLES[4],
      HP_TITLES[5],
      HP_TITLES[10],
    ]);
    expect(count('§12')).toBe(2);
    expect(count('§9')).toBe(1);
    expect(count('§5')).toBe(0);
    expect(count('§15')).toBe(0);
    expect(count('§19')).toBe(0);
    expect(generalTests(agreementOf('helseplattformen'), HP_TITLES)).toEqual([HP_TITLES[0]]);
  });

  it('the real test titles: no clause lists a test whose own title speaks of a range; every test is either under a clause or among the general tests', () => {
    for (const [id, agreement] of Object.entries(builtInAgreements)) {
      const titles = TEST_TITLES[id] ?? [];
      const traces = traceClauses(agreement, titles);
      for (const trace of traces)
        for (const t of trace.tests) expect(citesRange(ownTitle(t)), t).toBe(false);
      const listed = new Set([
        ...traces.flatMap((t) => t.tests),
        ...generalTests(agreement, titles),
      ]);
      expect(listed.size).toBe(new Set(titles).size);
    }
    const digi = traceClauses(agreementOf('digitrondelag'), TEST_TITLES['digitrondelag'] ?? []);
    expect(digi.find((t) => t.ref === '§7')?.tests.some((t) => t.startsWith('§1–§7'))).toBe(false);
  });

  it('an agreement’s own rules are traced to the clauses they declare, only for their own agreement', () => {
    const agreement = { ...agreementOf('helseplattformen'), id: 'constructor' };
    expect(ruleClauses(agreement).get('§6')).not.toContain('validateHelseplattformenBoard');
    expect(ruleClauses(agreementOf('helseplattformen')).get('§6')).toContain(
      'validateHelseplattformenBoard',
    );
  });

  it('finds a computable clause without a test, and an unmarked clause', () => {
    const agreement = builtInAgreements['helseplattformen'];
    if (agreement === undefined) throw new Error('helseplattformen');
    const titles = (TEST_TITLES['helseplattformen'] ?? []).filter((t) => !testBelongsTo(t, '§16'));
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

describe('the clauses of withdrawal timing and of the new party’s share are computed', () => {
  it('a minimum membership’s clause, and the clause of the new share', () => {
    const agreement = turnOfYear();
    expect(ruleClauses(agreement).get('§7')).toEqual([
      'withdrawalEffectiveDate',
      'withdraw',
      'settle',
    ]);
    const withShare: Agreement = {
      ...agreement,
      lifecycle: {
        admission: {
          clause: '§1',
          organ: 'styret',
          matter: 'opptak',
          conditions: [],
          newcomerShare: { by: 'population', clause: '§5' },
        },
      },
    };
    expect(ruleClauses(withShare).get('§5')).toContain('admit');
    expect(ruleClauses(withShare).get('§7')).toBeUndefined();
  });
});
