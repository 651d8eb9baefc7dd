import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agreementJsonSchemaText } from '../../scripts/json-schema.js';

describe('schema/agreement.json', () => {
  it('is what the zod schema generates (run `npm run schema` if this fails)', () => {
    const committed = readFileSync(new URL('../../schema/agreement.json', import.meta.url), 'utf8');
    expect(committed).toBe(agreementJsonSchemaText());
  });
});
