import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * A validator for one of the published JSON Schema files (schema/NAME.json),
 * made by a third-party validator (ajv, draft 2020-12, strict, with the
 * formats), not by zod: what a user in another language would run. Returns
 * the errors as "path message" lines; an empty list is valid.
 */
export function schemaValidator(name: string): (data: unknown) => string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  const schema = JSON.parse(
    readFileSync(new URL(`../../schema/${name}.json`, import.meta.url), 'utf8'),
  ) as object;
  const validate = ajv.compile(schema);
  return (data) =>
    validate(data)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
