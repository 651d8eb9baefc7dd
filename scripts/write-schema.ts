import { writeFileSync } from 'node:fs';
import { agreementJsonSchemaText } from './json-schema.js';

/** Writes schema/agreement.json from the zod schema (`npm run schema`). */
writeFileSync(new URL('../schema/agreement.json', import.meta.url), agreementJsonSchemaText());
console.log('wrote schema/agreement.json');
