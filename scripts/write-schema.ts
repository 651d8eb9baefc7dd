import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from './json-schema.js';
import { testTitlesModule } from './test-titles.js';

/** Writes the generated files: schema/*.json and src/docs/test-titles.generated.ts (`npm run generate`). */
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(new URL(`../schema/${name}`, import.meta.url), text);
  console.log(`wrote schema/${name}`);
}
const root = fileURLToPath(new URL('..', import.meta.url));
writeFileSync(
  new URL('../src/docs/test-titles.generated.ts', import.meta.url),
  testTitlesModule(root),
);
console.log('wrote src/docs/test-titles.generated.ts');
