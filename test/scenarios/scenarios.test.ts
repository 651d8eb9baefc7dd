import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioGroup, scenarioTitle } from '../../scripts/test-titles.js';
import { runScenarios } from '../../src/analysis/scenarios.js';
import { builtInAgreements } from '../../src/cli/load-agreement.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { normalizeAmount } from '../../src/words/norwegian-amount.js';
import { schemaValidator } from '../helpers/json-schema.js';

/**
 * The agreements' scenario files (test/scenarios/<id>/*.json), written as a
 * lawyer or a finance officer would write them, run through the library
 * runner like `kommunesamarbeid test` runs them: one test per scenario,
 * titled with its clause and name, so that the handbook lists it under its
 * clause (scripts/test-titles.ts reads the same files).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const valid = schemaValidator('scenario');

const resolve =
  (dir: string) =>
  (ref: string): Agreement =>
    Object.hasOwn(builtInAgreements, ref)
      ? (builtInAgreements[ref] as Agreement)
      : parseAgreement(JSON.parse(readFileSync(join(dir, ref), 'utf8')));

for (const id of readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()) {
  const dir = join(root, id);
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      readonly agreement: string;
      readonly scenarios: readonly { readonly clause: string; readonly name: string }[];
    };
    describe(scenarioGroup(id, name), () => {
      it.each(file.scenarios.map((s) => [scenarioTitle(s), s] as const))('%s', (_, scenario) => {
        const [result] = runScenarios({ ...file, scenarios: [scenario] }, resolve(dir), {
          normalizeNumber: normalizeAmount,
        });
        expect(result?.differences).toEqual([]);
        expect(result?.passed).toBe(true);
      });

      it(`the file is valid against schema/scenario.json and names the agreement ${id}`, () => {
        expect(valid(file)).toEqual([]);
        expect(file.agreement).toBe(id);
      });
    });
  }
}
