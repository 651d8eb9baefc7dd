import * as z from 'zod/mini';
import { AgreementSchema } from '../src/model/agreement.js';

/** The text of `schema/agreement.json`, generated from the zod schema. */
export function agreementJsonSchemaText(): string {
  const schema = z.toJSONSchema(AgreementSchema, { target: 'draft-2020-12' });
  const document = {
    $schema: schema.$schema,
    $id: 'https://kommunesamarbeid.no/schema/agreement.json',
    title: 'Samarbeidsavtale (kommunesamarbeid agreement file)',
    description:
      'An inter-municipal cooperation agreement as data: parties, cost keys, clauses and interpretation notes. Generated from the zod schema in src/model; do not edit by hand (npm run schema).',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
