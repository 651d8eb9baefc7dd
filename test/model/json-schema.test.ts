import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../scripts/json-schema.js';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { builtInAgreements } from '../../src/cli/load-agreement.js';
import { parseEvents } from '../../src/model/events.js';
import { parseInvoice } from '../../src/model/invoice.js';
import { parseRegions } from '../../src/model/parse-regions.js';
import { schemaValidator } from '../helpers/json-schema.js';

describe('schema/*.json', () => {
  it.each(Object.entries(jsonSchemaFiles()))(
    'schema/%s is what the zod schema generates (run `npm run schema` if this fails)',
    (name, generated) => {
      const committed = readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8');
      expect(committed).toBe(generated);
    },
  );
});

describe('schema/*.json read by a third-party validator (ajv, draft 2020-12, strict)', () => {
  const agreement = schemaValidator('agreement');
  const events = schemaValidator('events');
  const regions = schemaValidator('regions');
  const invoice = schemaValidator('invoice');

  it.each(Object.entries(builtInAgreements))('the built-in agreement %s is valid', (_, a) => {
    expect(agreement(JSON.parse(JSON.stringify(a)))).toEqual([]);
  });

  it('an agreement without parties, and with a legal form not in the list, is not', () => {
    const { parties: _, ...noParties } = JSON.parse(JSON.stringify(helseplattformen));
    expect(agreement(noParties)).toEqual(["/ must have required property 'parties'"]);
    expect(
      agreement({ ...JSON.parse(JSON.stringify(helseplattformen)), legalForm: 'iks' }),
    ).toEqual(['/legalForm must be equal to one of the allowed values']);
  });

  it('an events file: a withdrawal by notice and an admission are valid; an unknown type or a bad date is not', () => {
    const file = [
      { type: 'withdrawal', party: '5038', noticeSentOn: '2025-03-15', extraCosts: '25000.00' },
      { type: 'withdrawal', party: '5038', effectiveDate: '2026-01-01', extraCosts: 25000 },
      {
        type: 'admission',
        party: { number: '1811', name: 'Bindal', population: 1400 },
        effectiveDate: '2026-07-01',
      },
    ];
    expect(events(file)).toEqual([]);
    expect(parseEvents(file)).toHaveLength(3);
    expect(events([{ type: 'merger', party: '5038' }])).not.toEqual([]);
    expect(events([{ type: 'withdrawal', party: '5038', noticeSentOn: '2025-02-30' }])).not.toEqual(
      [],
    );
    expect(events({})).toEqual(['/ must be array']);
  });

  it('an invoice file: lines of kommunenummer and dot-decimal text are valid; a number amount, a decimal comma or no lines is not', () => {
    const file = {
      lines: [
        { number: '5001', amount: '400672.63', name: 'Trondheim' },
        { number: '1505', amount: '45571.34' },
      ],
    };
    expect(invoice(file)).toEqual([]);
    expect(parseInvoice(file).lines).toHaveLength(2);
    expect(invoice({ lines: [{ number: '5001', amount: 400672.63 }] })).toEqual([
      '/lines/0/amount must be string',
    ]);
    expect(invoice({ lines: [{ number: '5001', amount: '400672,63' }] })).toEqual([
      '/lines/0/amount must match pattern "^\\d{1,15}(?:\\.\\d{1,2})?$"',
    ]);
    expect(invoice({ lines: [] })).toEqual(['/lines must NOT have fewer than 1 items']);
  });

  it('a regions file: regions with municipalities are valid; an empty list or a five-digit number is not', () => {
    const file = [
      { id: 'nord', name: 'Nord', municipalities: ['5001', '5006'] },
      { id: 'sor', name: 'Sør', municipalities: ['0301'] },
    ];
    expect(regions(file)).toEqual([]);
    expect(parseRegions(file)).toHaveLength(2);
    expect(regions([])).toEqual(['/ must NOT have fewer than 1 items']);
    expect(regions([{ id: 'nord', name: 'Nord', municipalities: ['50010'] }])).toEqual([
      '/0/municipalities/0 must match pattern "^\\d{4}$"',
    ]);
  });
});
