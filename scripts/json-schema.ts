import * as z from 'zod/mini';
import { AgreementSchema } from '../src/model/agreement.js';
import { EventsSchema } from '../src/model/events.js';
import { InvoiceSchema } from '../src/model/invoice.js';
import { MeetingSchema } from '../src/model/meeting.js';
import { RegionsSchema } from '../src/model/parse-regions.js';
import { ScenarioFileSchema } from '../src/model/scenario-schema.js';

/** The JSON Schema files in `schema/`, generated from the zod schemas: file name → text. */
export function jsonSchemaFiles(): Record<string, string> {
  const document = (
    schema: z.ZodMiniType,
    name: string,
    title: string,
    description: string,
  ): string => {
    const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' });
    const out = {
      $schema: generated.$schema,
      $id: `https://kommunesamarbeid.no/schema/${name}`,
      title,
      description: `${description} Generated from the zod schema in src/model; do not edit by hand (npm run schema).`,
      ...generated,
    };
    return `${JSON.stringify(out, null, 2)}\n`;
  };
  return {
    'agreement.json': document(
      AgreementSchema,
      'agreement.json',
      'Samarbeidsavtale (kommunesamarbeid agreement file)',
      'An inter-municipal cooperation agreement as data: parties, cost keys, regions, organs, clauses and interpretation notes.',
    ),
    'meeting.json': document(
      MeetingSchema,
      'meeting.json',
      'Møte (kommunesamarbeid meeting file)',
      "A meeting of one body: date, who presides, who attends each seat (member or deputy), and each seat's vote.",
    ),
    'events.json': document(
      EventsSchema,
      'events.json',
      'Hendelser (kommunesamarbeid events file)',
      'Changes of membership over time: withdrawals (uttreden) and admissions (opptak), read by settle --events and whatIf.',
    ),
    'invoice.json': document(
      InvoiceSchema,
      'invoice.json',
      'Faktura (kommunesamarbeid invoice file)',
      'An invoice to check against the split the agreement gives: one line per municipality, its kommunenummer and the amount invoiced, read by verify --invoice and verifyInvoice.',
    ),
    'regions.json': document(
      RegionsSchema,
      'regions.json',
      'Regioninndeling (kommunesamarbeid regions file)',
      'A region division: regions with their municipalities, read by decide --regions for bodies with a seat per region.',
    ),
    'scenario.json': document(
      ScenarioFileSchema,
      'scenario.json',
      'Scenarioer (kommunesamarbeid scenario file)',
      'Scenarios of one agreement, written as data: each a name, the clause it tests, the input of one kind (split, shares, decide, withdraw, settle, admit) and the outcome expected; run by kommunesamarbeid test.',
    ),
  };
}
