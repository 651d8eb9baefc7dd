import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../scripts/json-schema.js';

describe('schema/*.json', () => {
  it.each(Object.entries(jsonSchemaFiles()))(
    'schema/%s is what the zod schema generates (run `npm run schema` if this fails)',
    (name, generated) => {
      const committed = readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8');
      expect(committed).toBe(generated);
    },
  );
});
