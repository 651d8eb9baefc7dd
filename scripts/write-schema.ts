import { writeFileSync } from 'node:fs';
import { jsonSchemaFiles } from './json-schema.js';

/** Writes schema/*.json from the zod schemas (`npm run schema`). */
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(new URL(`../schema/${name}`, import.meta.url), text);
  console.log(`wrote schema/${name}`);
}
