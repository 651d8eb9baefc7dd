import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The tests mirror src/: every module of the engine folders has its own test
 * file at the same path under test/ (`src/rules/quorum.ts` →
 * `test/rules/quorum.test.ts`), written on the neutral fixture
 * (test/fixtures/small-agreement.ts). The agreements' checklists live apart,
 * in test/agreements/<id>/. src/governance is mirrored by its own tests.
 */
const MIRRORED = [
  'internal',
  'model',
  'rules',
  'finance',
  'lifecycle',
  'analysis',
  'words',
  'ssb',
  'deflator',
];

const SCHEMA_TESTS =
  'schema only: covered by test/model/parse-agreement.test.ts and schema-messages.test.ts';

const SSB_TESTS =
  'a part of the SSB reader, split along its seams: tested through it by test/ssb/population-jsonstat.test.ts';
const SHARE_BASIS_TESTS =
  'a part of share-basis, split along its seams: tested through it by test/finance/share-basis.test.ts and cost-keys.test.ts';
const CONSISTENCY_TESTS =
  "a part of parseAgreement's consistency pass: tested through it by test/model/parse-agreement.test.ts";

/** Modules without a test file of their own, each with the reason. Keep it short. */
const ALLOWED_WITHOUT_TEST: Readonly<Record<string, string>> = {
  'internal/deep-readonly.ts': 'types only',
  'rules/finding.ts': 'types only',
  'ssb/index.ts': 'entry: re-exports only',
  'deflator/index.ts': 'entry: re-exports only',
  'analysis/index.ts': 'entry: re-exports only',
  'words/index.ts': 'entry: re-exports only',
  'rules/reasons/analysis.ts': 'types only',
  'rules/reasons/board.ts': 'types only',
  'rules/reasons/deflator.ts': 'types only',
  'rules/reasons/finance.ts': 'types only',
  'rules/reasons/governance.ts': 'types only',
  'rules/reasons/lifecycle.ts': 'types only',
  'rules/reasons/votes.ts': 'types only',
  'ssb/table.ts': 'types only',
  'ssb/schema.ts': SSB_TESTS,
  'ssb/choose-year.ts': SSB_TESTS,
  'ssb/compare.ts': SSB_TESTS,
  'ssb/decode.ts': SSB_TESTS,
  'ssb/values.ts': SSB_TESTS,
  'finance/key-readings.ts': SHARE_BASIS_TESTS,
  'finance/participants.ts': SHARE_BASIS_TESTS,
  'model/consistency/index.ts': CONSISTENCY_TESTS,
  'model/consistency/clause-references.ts': CONSISTENCY_TESTS,
  'model/consistency/cost-keys.ts': CONSISTENCY_TESTS,
  'model/consistency/organs.ts': CONSISTENCY_TESTS,
  'model/consistency/parties.ts': CONSISTENCY_TESTS,
  'model/consistency/raw.ts': CONSISTENCY_TESTS,
  'model/consistency/readings.ts': CONSISTENCY_TESTS,
  'model/agreement.ts': SCHEMA_TESTS,
  'model/clause.ts': SCHEMA_TESTS,
  'model/cost-key.ts': SCHEMA_TESTS,
  'model/interpretation.ts': SCHEMA_TESTS,
  'model/iso-date.ts': SCHEMA_TESTS,
  'model/legal-form.ts': SCHEMA_TESTS,
  'model/lifecycle.ts': SCHEMA_TESTS,
  'model/limits.ts': SCHEMA_TESTS,
  'model/municipality.ts': SCHEMA_TESTS,
  'model/scenario-schema.ts':
    'schema only: covered by test/model/scenario.test.ts (parseScenarioFile, and ajv on schema/scenario.json)',
  'model/organ.ts': SCHEMA_TESTS,
  'model/party.ts': SCHEMA_TESTS,
  'model/region.ts': SCHEMA_TESTS,
  'model/service-area.ts': SCHEMA_TESTS,
  'words/en.ts':
    'message table: every code worded in both languages by test/words/messages.test.ts',
  'words/nb.ts':
    'message table: every code worded in both languages by test/words/messages.test.ts',
};

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const TEST = fileURLToPath(new URL('../', import.meta.url));

/** The .ts files under `dir`, as paths relative to `root` with forward slashes. */
function sourceFiles(dir: string, root = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, root);
    return entry.name.endsWith('.ts') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

const modules = MIRRORED.flatMap((folder) => sourceFiles(join(SRC, folder))).sort();
const testOf = (module: string) => join(TEST, module.replace(/\.ts$/, '.test.ts'));

describe('tests mirror src/', () => {
  it('finds the modules of every mirrored folder', () => {
    for (const folder of MIRRORED) {
      expect(modules.some((m) => m.startsWith(`${folder}/`))).toBe(true);
    }
  });

  it('every engine module has test/<same path>.test.ts, unless it is allowed without one', () => {
    const missing = modules.filter((m) => !(m in ALLOWED_WITHOUT_TEST) && !existsSync(testOf(m)));
    expect(missing).toEqual([]);
  });

  it('the allowlist names only modules that exist and still have no test of their own', () => {
    const stale = Object.keys(ALLOWED_WITHOUT_TEST).filter(
      (m) => !modules.includes(m) || existsSync(testOf(m)),
    );
    expect(stale).toEqual([]);
  });

  it('every allowed module gives its reason', () => {
    for (const reason of Object.values(ALLOWED_WITHOUT_TEST)) {
      expect(reason).toMatch(/^(types only|entry: |schema only: |message table: |a part of )/);
    }
  });
});

/** Titles of describe and it blocks, as written on one line. */
const TITLE = /^\s*(?:describe|it|test)(?:\.\w+)*(?:\([^)]*\))?\(\s*(['"`])(.*?)\1/gm;

describe('engine tests carry no clause numbers', () => {
  it('no describe or it title in the mirrored folders cites a clause (§N), except of LEGAL.md, a statute (§ 17-1) or a quoted example', () => {
    const cited = MIRRORED.flatMap((folder) =>
      sourceFiles(join(TEST, folder), TEST)
        .filter((file) => file.endsWith('.test.ts'))
        .flatMap((file) =>
          [...readFileSync(join(TEST, file), 'utf8').matchAll(TITLE)]
            .map((m) => m[2] ?? '')
            .filter(
              (title) => /§\d/.test(title.replace(/"[^"]*"/g, '')) && !title.includes('LEGAL.md'),
            )
            .map((title) => `${file}: ${title}`),
        ),
    );
    expect(cited).toEqual([]);
  });

  it('the title pattern finds titles, and a clause number among them', () => {
    const found = [
      ..."describe('§5 Representantskapet', () => {\n  it.each(x)('§12 %s', () => {".matchAll(
        TITLE,
      ),
    ].map((m) => m[2]);
    expect(found).toEqual(['§5 Representantskapet', '§12 %s']);
  });
});
